import { randomBytes } from 'node:crypto';
import type request from 'supertest';

/** A fresh indicator code such as `T4F2A-01`. */
export const newCode = () => `T${randomBytes(3).toString('hex').toUpperCase()}-01`;

/** Creates an indicator through the API (as a member or host) and returns its code. */
export async function createIndicatorVia(
  agent: request.Agent,
  over: Record<string, unknown> = {},
): Promise<string> {
  const code = (over.code as string) ?? newCode();
  const res = await agent.post('/api/indicators').send({
    code,
    title: 'Time to removal after a report',
    tier: 'II',
    definition: 'The time between a confirmed report and removal.',
    computation: 'Subtract the report time from the removal time.',
    visibility: 'members',
    ...over,
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return code;
}

/** Moves an indicator along the lifecycle as a host; `consultation` opens one closing in a week. */
export async function moveTo(
  host: request.Agent,
  code: string,
  to: string,
  extra: Record<string, unknown> = {},
) {
  const body: Record<string, unknown> = { to, reason: `Move to ${to}`, ...extra };
  if (to === 'consultation' && !body.closesAt) body.closesAt = new Date(Date.now() + 7 * 864e5).toISOString();
  const res = await host.post(`/api/indicators/${code}/status`).send(body);
  if (res.status !== 200) throw new Error(`move to ${to} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
