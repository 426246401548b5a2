import type { ApplicationDto } from '@shared/schemas/application';
import type { MembershipApplicationRecord } from '../../models/MembershipApplication';

/** An application for the review queue, its reviewer named from `names` (user id → name). */
export function presentApplication(
  a: MembershipApplicationRecord,
  names: Map<string, string>,
): ApplicationDto {
  const reviewerName = a.reviewerId ? names.get(String(a.reviewerId)) : undefined;
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
    reviewer: reviewerName !== undefined ? { id: String(a.reviewerId), name: reviewerName } : null,
    rejectionReason: a.rejectionReason,
    organisationId: a.organisationId ? String(a.organisationId) : null,
  };
}
