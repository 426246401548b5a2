import type request from 'supertest';
import type { TestContext } from './server';
import { createOrganisation, createUser, signIn } from '../factories';
import { createIndicatorVia, moveTo } from './indicators';
import type { ParagraphDto } from '../../shared/schemas/consultation';
import type { OrganisationRecord } from '../../server/models/Organisation';

/** Text with several paragraphs per field, so comments have something to anchor to. */
export const CONSULTED_TEXT = {
  definition:
    'The time between a confirmed report and removal.\nRemoval is verified by the hotline that confirmed the report.',
  computation:
    'Subtract the report time from the removal time.\nReport the median per hosting country.\nCount unverified removals separately.',
  limitations: 'Hotlines verify removal at different intervals.',
};

export interface ConsultationCast {
  orgA: OrganisationRecord;
  orgB: OrganisationRecord;
  custodianOrg: OrganisationRecord;
  anonymous: request.Agent;
  observer: request.Agent;
  /** A member of organisation A (comments for A). */
  memberA: request.Agent;
  /** Another member of organisation A. */
  colleagueA: request.Agent;
  /** A member of organisation B. */
  memberB: request.Agent;
  /** A member of the indicator's custodian organisation. */
  custodian: request.Agent;
  host: request.Agent;
  ids: Record<'memberA' | 'colleagueA' | 'memberB' | 'custodian' | 'host' | 'observer', string>;
}

/** Two commenting organisations, a custodian organisation, an observer and a host, all signed in. */
export async function consultationCast(ctx: TestContext): Promise<ConsultationCast> {
  const [orgA, orgB, custodianOrg, hostOrg] = await Promise.all([
    createOrganisation({ name: 'Alpha Hotline', category: 'hotline' }),
    createOrganisation({ name: 'Beta Industry', category: 'industry' }),
    createOrganisation({ name: 'Custodian Agency', category: 'international-organisation' }),
    createOrganisation({ name: 'Host Union', category: 'international-organisation' }),
  ]);
  const people = {
    memberA: await createUser({ role: 'member', organisationId: orgA._id, name: 'Ada Alpha' }),
    colleagueA: await createUser({ role: 'member', organisationId: orgA._id, name: 'Cole Alpha' }),
    memberB: await createUser({ role: 'member', organisationId: orgB._id, name: 'Bea Beta' }),
    custodian: await createUser({ role: 'member', organisationId: custodianOrg._id, name: 'Cus Todian' }),
    host: await createUser({ role: 'host', organisationId: hostOrg._id, name: 'Hana Host' }),
    observer: await createUser({ role: 'observer', organisationId: orgA._id, name: 'Obi Observer' }),
  };
  const agents = {} as Record<keyof typeof people, request.Agent>;
  for (const [key, user] of Object.entries(people)) {
    const agent = ctx.agent();
    await signIn(agent, user);
    agents[key as keyof typeof people] = agent;
  }
  return {
    orgA,
    orgB,
    custodianOrg,
    anonymous: ctx.agent(),
    ...agents,
    ids: Object.fromEntries(
      Object.entries(people).map(([k, u]) => [k, String(u._id)]),
    ) as ConsultationCast['ids'],
  };
}

/** An indicator (custodian: the cast's custodian organisation) in an open consultation. */
export async function indicatorInConsultation(
  cast: ConsultationCast,
  over: Record<string, unknown> = {},
): Promise<string> {
  const code = await createIndicatorVia(cast.host, {
    ...CONSULTED_TEXT,
    custodianId: String(cast.custodianOrg._id),
    ...over,
  });
  await moveTo(cast.host, code, 'drafting');
  await moveTo(cast.host, code, 'consultation');
  return code;
}

/** The numbered paragraphs of the revision in consultation. */
export async function consultedParagraphs(agent: request.Agent, code: string): Promise<ParagraphDto[]> {
  const res = await agent.get(`/api/indicators/${code}/consultation`).expect(200);
  return res.body.paragraphs as ParagraphDto[];
}

/** Drafts (and by default submits) a comment through the API; returns its id. */
export async function commentVia(
  agent: request.Agent,
  code: string,
  paragraph: ParagraphDto,
  over: Record<string, unknown> = {},
  submit = true,
): Promise<string> {
  const res = await agent.post(`/api/indicators/${code}/comments`).send({
    field: paragraph.field,
    paragraphId: paragraph.id,
    type: 'technical',
    comment: `A comment on ¶${paragraph.number}`,
    ...over,
  });
  if (res.status !== 201) throw new Error(`comment failed: ${res.status} ${JSON.stringify(res.body)}`);
  const id = res.body.id as string;
  if (submit) await agent.post(`/api/indicators/${code}/comments/${id}/submit`).expect(200);
  return id;
}

/**
 * A compilation to export: a technical comment with a proposed change on ¶4 (answered "accepted in
 * part" by the custodian), an editorial one on ¶1 quoting "confirmed report", and a draft on ¶6
 * nobody else sees.
 */
export async function compilationToExport(cast: ConsultationCast, code: string): Promise<void> {
  const p = await consultedParagraphs(cast.memberA, code);
  const a = await commentVia(cast.memberA, code, p[3]!, {
    comment: 'Use the median of verified removals only.',
    proposedChange: 'Report the median of verified removals for each hosting country.',
  });
  await commentVia(cast.memberB, code, p[0]!, {
    type: 'editorial',
    comment: 'Define “confirmed”.',
    quote: 'confirmed report',
  });
  await commentVia(cast.memberB, code, p[5]!, { comment: 'A draft nobody else sees.' }, false);
  await cast.custodian
    .put(`/api/indicators/${code}/comments/${a}/disposition`)
    .send({ decision: 'accepted-in-part', response: 'Median kept; wording changed.' })
    .expect(200);
}
