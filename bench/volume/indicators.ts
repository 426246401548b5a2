import type { Types } from 'mongoose';
import {
  INDICATOR_TEXT_FIELDS,
  INDICATOR_TIERS,
  type IndicatorStatus,
  type Stance,
} from '@shared/schemas/indicator';
import type { IndicatorRecord, TransitionRecord } from '../../server/models/Indicator';
import type { IndicatorRevisionRecord, RevisionFields } from '../../server/models/IndicatorRevision';
import type { PositionRecord } from '../../server/models/Position';
import { changedFields } from '../../server/features/indicators/indicatorDiff';
import { VOLUME, auditEvent, type Person, type World } from './world';
import { planLifecycle, type Step } from './lifecycle';

const PREFIXES = ['HOT', 'REM', 'VIC', 'PAY', 'LAW', 'EDU', 'TEC', 'AWR', 'POL', 'CSAM'];
const METRICS = ['Share of', 'Number of', 'Median time to removal of', 'Rate of', 'Proportion of'];
const SUBJECTS = [
  'reported URLs hosting child sexual abuse material',
  'hotline reports confirmed as illegal',
  'victims identified from seized material',
  'payment accounts closed after reports',
  'schools teaching online safety',
  'platforms using hash matching',
  'reports forwarded to law enforcement',
  'children aware of reporting channels',
];
const QUALIFIERS = ['within 72 hours', 'per year', 'by hosting country', 'per 100,000 internet users', ''];
const UNITS = [
  'Percentage',
  'Count per year',
  'Hours (median)',
  'Rate per 100,000 users',
  'Days (median and quartiles)',
];
const TEXT_LENGTHS: Record<(typeof INDICATOR_TEXT_FIELDS)[number], number> = {
  definition: 40,
  unit: 0,
  rationale: 60,
  computation: 40,
  disaggregation: 15,
  dataSources: 20,
  limitations: 30,
  references: 15,
};
/** Share of member organisations that must respond (the app's default INDICATOR_QUORUM). */
const QUORUM = 0.5;

export interface IndicatorData {
  indicators: IndicatorRecord[];
  revisions: IndicatorRevisionRecord[];
  positions: PositionRecord[];
}

/**
 * 300 indicators with 10 revisions each, at every stage of the lifecycle (proposed, drafting,
 * consultation — some open now —, endorsed, retired), with their timelines, consultation rounds
 * and organisations' positions. Each indicator keeps the catalogue copy of its latest revision.
 */
export function generateIndicators(w: World): IndicatorData {
  const { rng, corpus } = w;
  const data: IndicatorData = { indicators: [], revisions: [], positions: [] };
  const hosts = w.people.filter((p) => p.role === 'host');
  const writers = w.people.filter((p) => p.role !== 'observer' && p.status === 'active');
  const memberOrgs = w.orgs.filter((o) => o.membership === 'member');
  const required = Math.max(1, Math.ceil(QUORUM * memberOrgs.length));
  const recorderOf = new Map<string, Person>();
  for (const p of writers) if (p.organisationId) recorderOf.set(String(p.organisationId), p);
  const respondents = memberOrgs.filter((o) => recorderOf.has(String(o._id)));

  for (let i = 0; i < VOLUME.indicators; i++) {
    const code = `${PREFIXES[i % PREFIXES.length]}-${String(10 + Math.floor(i / PREFIXES.length)).padStart(2, '0')}`;
    const status = rng.weighted<IndicatorStatus>({
      proposed: 15,
      drafting: 40,
      consultation: 10,
      endorsed: 30,
      retired: 5,
    });
    const visibility = rng.weighted({ public: 40, members: 50, hosts: 10 });
    const pool =
      visibility === 'hosts'
        ? hosts
        : [...rng.sample(writers, rng.int(2, 5)), ...(rng.chance(0.15) ? [w.demo.member] : [])];
    const creator = pool[0]!;
    const plan = planLifecycle(w, status);
    const _id = rng.oid(plan.createdAt);
    let fields: RevisionFields = {
      title: `${rng.pick(METRICS)} ${rng.pick(SUBJECTS)} ${rng.pick(QUALIFIERS)}`.trim(),
      tier: rng.pick(INDICATOR_TIERS),
      custodianId: (rng.chance(0.05)
        ? w.demo.member.organisationId
        : rng.pick(memberOrgs)._id) as Types.ObjectId,
      ...Object.fromEntries(
        INDICATOR_TEXT_FIELDS.map((f) => [f, f === 'unit' ? rng.pick(UNITS) : corpus.text(TEXT_LENGTHS[f])]),
      ),
    } as RevisionFields;
    const transitions: TransitionRecord[] = [];
    let current: IndicatorStatus | null = null;
    let consultation: IndicatorRecord['consultation'] = null;
    let lastRevision: IndicatorRevisionRecord | null = null;
    const move = (step: Step, to: IndicatorStatus, by: Person, reason: string, override = false) => {
      const revision = to === 'consultation' || to === 'endorsed' ? (consultation?.revision ?? null) : null;
      transitions.push({ from: current, to, by: by._id, at: step.at, reason, revision, override });
      if (current !== null) {
        const action = override ? 'indicator.endorsement-overridden' : 'indicator.status-changed';
        const details = { code, from: current, to, reason, revision };
        w.audit.push(auditEvent(w, step.at, action, by._id, { type: 'indicator', id: _id }, details));
      }
      current = to;
    };

    for (const step of plan.steps) {
      if (step.kind === 'revision') {
        const number = (lastRevision?.number ?? 0) + 1;
        const author = number === 1 ? creator : rng.pick(pool);
        const next =
          number === 1
            ? fields
            : revise(
                w,
                fields,
                memberOrgs.map((o) => o._id),
              );
        const revision: IndicatorRevisionRecord = {
          _id: rng.oid(step.at),
          indicatorId: _id,
          number,
          fields: next,
          authorId: author._id,
          note: number === 1 ? 'First draft' : rng.chance(0.6) ? corpus.sentence(rng.int(4, 10)) : '',
          baseRevision: number === 1 ? null : number - 1,
          changedFields: number === 1 ? [] : changedFields(fields, next),
          createdAt: step.at,
        };
        fields = next;
        data.revisions.push(revision);
        lastRevision = revision;
        const action = number === 1 ? 'indicator.created' : 'indicator.revised';
        const details = number === 1 ? { code } : { code, revision: number, fields: revision.changedFields };
        w.audit.push(auditEvent(w, step.at, action, author._id, { type: 'indicator', id: _id }, details));
        if (number === 1) move(step, 'proposed', creator, 'Proposed');
      } else if (step.kind === 'drafting') {
        move(
          step,
          'drafting',
          rng.chance(0.5) ? creator : rng.pick(hosts),
          'Agreed to develop this further online',
        );
      } else if (step.kind === 'consultation') {
        const round: number = (consultation?.round ?? 0) + 1;
        const host = rng.pick(hosts);
        consultation = {
          round,
          revision: lastRevision!.number,
          opensAt: step.at,
          closesAt: step.closesAt!,
          openedBy: host._id,
        };
        move(step, 'consultation', host, 'Draft ready for member organisations to respond');
        const open = step.closesAt!.getTime() > w.end.getTime();
        const count = open
          ? rng.int(3, 30)
          : step.beforeEndorsement && rng.chance(0.8)
            ? rng.int(required, Math.min(respondents.length, required + 40))
            : rng.int(15, Math.min(60, respondents.length));
        for (const org of rng.sample(respondents, count)) {
          const at = rng.between(step.at, Math.min(step.closesAt!.getTime(), w.end.getTime()));
          const stance = rng.weighted<Stance>({
            support: 55,
            'no-objection': 25,
            concern: step.beforeEndorsement ? 0 : 10,
            abstain: 10,
          });
          const recorder = recorderOf.get(String(org._id))!;
          const comment = stance === 'concern' || rng.chance(0.4) ? corpus.sentence(rng.int(8, 25)) : '';
          const position: PositionRecord = {
            _id: rng.oid(at),
            indicatorId: _id,
            round,
            revision: consultation.revision,
            organisationId: org._id,
            stance,
            comment,
            recordedBy: recorder._id,
            createdAt: at,
            updatedAt: at,
          };
          data.positions.push(position);
          const details = { code, round, organisationId: String(org._id), stance };
          w.audit.push(
            auditEvent(
              w,
              at,
              'indicator.position-recorded',
              recorder._id,
              { type: 'indicator', id: _id },
              details,
            ),
          );
        }
        if (step.beforeEndorsement) step.responses = count;
      } else if (step.kind === 'back') {
        move(step, 'drafting', rng.pick(hosts), 'Concerns to resolve before endorsement');
      } else if (step.kind === 'endorsed') {
        const responses = plan.steps.find((s) => s.beforeEndorsement)?.responses ?? 0;
        const override = responses < required;
        const reason = override
          ? `Endorsed at the session (override: quorum not met (${responses} of ${required} needed responses))`
          : 'Endorsed at the session';
        move(step, 'endorsed', rng.pick(hosts), reason, override);
      } else {
        move(step, 'retired', rng.pick(hosts), 'Superseded by a newer indicator');
      }
    }
    const latest = lastRevision!;
    const lastAt = plan.steps[plan.steps.length - 1]!.at;
    data.indicators.push({
      _id,
      code,
      title: latest.fields.title,
      tier: latest.fields.tier,
      custodianId: latest.fields.custodianId,
      status,
      visibility,
      currentRevision: latest.number,
      lastRevisedAt: latest.createdAt,
      lastRevisedBy: latest.authorId,
      consultation,
      transitions,
      createdBy: creator._id,
      createdAt: plan.createdAt,
      updatedAt: lastAt,
    });
    w.indicators.push({ _id, code, title: latest.fields.title, visibility, createdAt: plan.createdAt });
  }
  return data;
}

/** The next snapshot: one to three text fields reworded, now and then a new title, tier or custodian. */
function revise(w: World, prev: RevisionFields, custodians: Types.ObjectId[]): RevisionFields {
  const { rng, corpus } = w;
  const next: RevisionFields = { ...prev };
  for (const f of rng.sample(INDICATOR_TEXT_FIELDS, rng.int(1, 3))) {
    if (f === 'unit') next.unit = rng.pick(UNITS.filter((u) => u !== prev.unit));
    else
      next[f] =
        prev[f].length > 1500
          ? corpus.text(TEXT_LENGTHS[f])
          : `${prev[f]} ${corpus.sentence(rng.int(6, 16))}`;
  }
  if (rng.chance(0.08)) next.title = `${prev.title.split(' within')[0]} within ${rng.int(2, 30)} days`;
  if (rng.chance(0.05)) next.tier = rng.pick(INDICATOR_TIERS.filter((t) => t !== prev.tier));
  if (rng.chance(0.03)) next.custodianId = rng.pick(custodians);
  return next;
}
