import { paragraphsOf } from '@shared/paragraphs';
import { Indicator, type IndicatorRecord } from '../models/Indicator';
import { IndicatorRevision } from '../models/IndicatorRevision';
import { Organisation } from '../models/Organisation';
import { User } from '../models/User';
import { ConsultationComment } from '../models/ConsultationComment';
import { SEED_COMMENTS } from './data/consultationComments';

const CODE = 'CSAM-01';

/**
 * Demo comments from three organisations on CSAM-01's open consultation, anchored to the
 * paragraphs of the revision in consultation. Idempotent: nothing is added once CSAM-01 has
 * comments (or when it is not in consultation).
 */
export async function seedDemoConsultation(): Promise<number> {
  const ind = await Indicator.findOne({ code: CODE }).lean<IndicatorRecord>();
  const c = ind?.consultation;
  if (!ind || !c || ind.status !== 'consultation') return 0;
  if (await ConsultationComment.exists({ indicatorId: ind._id })) return 0;
  const revision = await IndicatorRevision.findOne({ indicatorId: ind._id, number: c.revision }).lean();
  if (!revision) return 0;
  const paragraphs = paragraphsOf(revision.fields);
  const [orgs, users] = await Promise.all([
    Organisation.find({ slug: { $in: SEED_COMMENTS.map((s) => s.organisation) } }, { slug: 1 }).lean(),
    User.find(
      { email: { $in: SEED_COMMENTS.flatMap((s) => [s.by, s.disposition?.by ?? s.by]) } },
      { email: 1 },
    ).lean(),
  ]);
  const orgId = new Map(orgs.map((o) => [o.slug, o._id]));
  const userId = new Map(users.map((u) => [u.email, u._id]));
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3600_000);
  const rows = SEED_COMMENTS.flatMap((s, i) => {
    const p = paragraphs.filter((x) => x.field === s.field)[s.paragraph];
    const organisationId = orgId.get(s.organisation);
    if (!p || !organisationId) return [];
    const by = userId.get(s.by) ?? null;
    return [
      {
        indicatorId: ind._id,
        round: c.round,
        revision: c.revision,
        organisationId,
        authorId: by,
        field: p.field,
        paragraphId: p.id,
        paragraphNumber: p.number,
        paragraphText: p.text,
        quote: s.quote ?? null,
        type: s.type,
        comment: s.comment,
        proposedChange: s.proposedChange ?? null,
        status: s.draft ? 'draft' : 'submitted',
        submittedAt: s.draft ? null : at(30 - i),
        submittedBy: s.draft ? null : by,
        disposition: s.disposition
          ? {
              decision: s.disposition.decision,
              response: s.disposition.response,
              addressedInRevision: null,
              by: userId.get(s.disposition.by) ?? null,
              at: at(5 - i),
            }
          : null,
      },
    ];
  });
  await ConsultationComment.insertMany(rows);
  return rows.length;
}
