import type { ApplicationDto } from '@shared/schemas/application';
import type { MembershipApplicationRecord } from '../../models/MembershipApplication';
import { User } from '../../models/User';

export async function presentApplications(items: MembershipApplicationRecord[]): Promise<ApplicationDto[]> {
  const reviewerIds = [
    ...new Set(
      items
        .map((a) => a.reviewerId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const reviewers = reviewerIds.length
    ? await User.find({ _id: { $in: reviewerIds } }, { name: 1 }).lean()
    : [];
  const byId = new Map(reviewers.map((u) => [String(u._id), u]));
  return items.map((a) => {
    const r = a.reviewerId ? byId.get(String(a.reviewerId)) : undefined;
    return {
      id: String(a._id),
      organisationName: a.organisationName,
      category: a.category,
      country: a.country,
      website: a.website,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      motivation: a.motivation,
      status: a.status,
      createdAt: a.createdAt.toISOString(),
      reviewedAt: a.reviewedAt?.toISOString() ?? null,
      reviewer: r ? { id: String(r._id), name: r.name } : null,
      rejectionReason: a.rejectionReason,
      organisationId: a.organisationId ? String(a.organisationId) : null,
    };
  });
}
