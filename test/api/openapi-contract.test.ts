/**
 * The published contract (issue #13, item 7): `/api/openapi.json` is a valid OpenAPI 3.1 document,
 * its patterns are plain regular expressions that real values match (no `/i` leaking from a JS
 * regex), and every GET route it lists answers — anonymously, as a member and as a host, with real
 * ids from the demo content and from records made here — with a status the route declares and a body
 * that the declared schema accepts.
 */
import { spawnSync } from 'node:child_process';
import type request from 'supertest';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestServer, type TestContext } from '../helpers/server';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { createUser } from '../factories';
import { ObjectIdSchema } from '../../shared/schemas/common';
import { SLOW_TEST_MS } from '../helpers/patience';

type Caller = 'anonymous' | 'member' | 'host';
const CALLERS: Caller[] = ['anonymous', 'member', 'host'];
type JsonSchema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
let doc: OpenApiDocument;
/** GET path template → the concrete URLs to call for it. */
const urls = new Map<string, string[]>();

const items = async (agent: request.Agent, url: string) => {
  const res = await agent.get(url).expect(200);
  return res.body.items as Record<string, unknown>[];
};

beforeAll(async () => {
  ctx = await startTestServer({ APPLY_IP_LIMIT: '1000' }, { seedDemo: true });
  agents.anonymous = ctx.agent();
  for (const role of ['member', 'host'] as const) {
    agents[role] = ctx.agent();
    await agents[role]
      .post('/api/auth/login')
      .send({ email: `${role}@example.org`, password: DEMO_PASSWORD })
      .expect(200);
  }
  doc = (await agents.anonymous.get('/api/openapi.json').expect(200)).body as OpenApiDocument;

  // Records the demo content lacks, so each list and detail route has something to present.
  const { host, member, anonymous } = agents;
  const issued = await host
    .post('/api/invitations')
    .send({ email: 'contract-invitee@example.test', role: 'member' })
    .expect(201);
  const revoked = await host
    .post('/api/invitations')
    .send({ email: 'contract-revoked@example.test', role: 'observer' })
    .expect(201);
  await host.delete(`/api/invitations/${revoked.body.invitation.id}`).expect(200);
  const resetUser = await createUser({ role: 'observer', name: 'Reset Person' });
  const reset = await host.post(`/api/users/${String(resetUser._id)}/password-reset`).expect(201);
  for (const n of [1, 2]) {
    await anonymous
      .post('/api/applications')
      .send({
        organisationName: `Contract Applicant ${n}`,
        category: 'other',
        country: 'Chile',
        website: n === 1 ? 'https://applicant.example.test' : null,
        contactName: 'Carla Contract',
        contactEmail: `applicant-${n}@example.test`,
        motivation: 'We would like to take part in the coalition’s work on indicators.',
      })
      .expect(201);
  }
  const meetings = await items(host, '/api/meetings');
  const meetingSlugs = meetings.map((m) => String(m.slug));
  const bali = (await host.get(`/api/meetings/${meetingSlugs[0]}`).expect(200)).body;
  await member
    .post(`/api/meetings/${meetingSlugs[0]}/report-proposals`)
    .send({ report: `${bali.report}\n\nA correction.`, baseVersion: bali.reportVersion, note: 'typo' })
    .expect(201);
  const threads = await items(host, '/api/threads');
  const posted = await member
    .post(`/api/threads/${String(threads[0]!.id)}/messages`)
    .send({ clientId: 'contract-msg-1', body: 'A first wording, @Hana Host' })
    .expect(201);
  await member.patch(`/api/messages/${posted.body.id}`).send({ body: 'A second wording' }).expect(200);

  // Every id and slug the host can see.
  const orgSlugs = (await items(host, '/api/organisations?limit=100')).map((o) => String(o.slug));
  const documents = [
    ...(await items(host, '/api/documents?limit=100')),
    ...(await items(host, '/api/documents?limit=100&archived=true')),
  ].map((d) => String(d.id));
  const threadIds = threads.map((t) => String(t.id));
  const messageIds: string[] = [];
  for (const id of threadIds)
    messageIds.push(...(await items(host, `/api/threads/${id}/messages`)).map((m) => String(m.id)));
  const indicators = (await items(host, '/api/indicators?limit=100')).map((i) => String(i.code));
  const followUpIds = (await items(host, '/api/follow-ups?limit=100')).map((a) => String(a.id));
  const termSlugs = (await items(host, '/api/terms?limit=100')).map((t) => String(t.slug));
  const latestRevision: Record<string, number> = {};
  for (const code of indicators)
    latestRevision[code] = Math.max(
      ...(await items(host, `/api/indicators/${code}/revisions`)).map((r) => Number(r.number)),
    );

  // Path parameters: every real value of the collection the path starts with (`/api/<collection>/{…}`),
  // so a new route under a known collection is called without changing this test.
  const values: Record<string, string[]> = {
    organisations: orgSlugs,
    meetings: meetingSlugs,
    invitations: [issued.body.token, revoked.body.token],
    'password-resets': [reset.body.token],
    documents,
    threads: threadIds,
    messages: messageIds,
    indicators,
    'follow-ups': followUpIds,
    terms: termSlugs,
  };
  /** Required (or telling) query parameters of routes with path parameters. */
  const queryOf: Record<string, (value: string) => string> = {
    '/api/indicators/{code}/diff': (c) => `?from=1&to=${latestRevision[c]}`,
    '/api/threads/{id}/mentionable': () => '?q=h',
  };
  const fixtures: Record<string, string[]> = {
    // Lists: the first page, a one-item page (so the next cursor is followed too), and some filters.
    '/api/documents': ['/api/documents?q=report', '/api/documents?archived=true&sort=title'],
    '/api/notifications': ['/api/notifications?unread=true'],
    '/api/follow-ups': [
      '/api/follow-ups?assignee=me',
      '/api/follow-ups?owner=mine',
      '/api/follow-ups?overdue=true',
    ],
    '/api/indicators': ['/api/indicators?q=CSAM'],
    '/api/users': ['/api/users?q=host', '/api/users?status=suspended'],
    '/api/invitations': ['/api/invitations?state=revoked'],
    '/api/audit': ['/api/audit?action=login.succeeded'],
    '/api/meetings': ['/api/meetings?year=2013'],
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!ops.get) continue;
    if (path.includes('{')) {
      const real = values[path.split('/')[2]!] ?? [];
      urls.set(
        path,
        real.map((v) => path.replace(/\{\w+\}/, encodeURIComponent(v)) + (queryOf[path]?.(v) ?? '')),
      );
      continue;
    }
    const list = 'limit' in Object.fromEntries((ops.get.parameters ?? []).map((p) => [p.name, p]));
    urls.set(path, [path, ...(list ? [`${path}?limit=1`] : []), ...(fixtures[path] ?? [])]);
  }
}, SLOW_TEST_MS);
afterAll(() => ctx.close());

/** Runs the OpenAPI validator (an ES module) in a Node process of its own on the given document. */
function validateOpenApi(document: unknown): { valid: boolean; version?: string; errors?: unknown } {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    const validator = new Validator();
    const res = await validator.validate(JSON.parse(text));
    process.stdout.write(JSON.stringify({ valid: res.valid, version: validator.version, errors: res.errors }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    input: JSON.stringify(document),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`validator failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Every `pattern` in the document, with where it is. */
function patterns(node: unknown, where = '#', out: { where: string; pattern: string }[] = []) {
  if (Array.isArray(node)) node.forEach((v, i) => patterns(v, `${where}/${i}`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') out.push({ where, pattern: v });
      else patterns(v, `${where}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  return out;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    const res = validateOpenApi(doc);
    expect(res).toEqual({ valid: true, version: '3.1', errors: undefined });
  });

  it('is refused by the same validator when broken (the check can fail)', () => {
    const broken = { ...doc, info: { title: 'no version' } };
    expect(validateOpenApi(broken).valid).toBe(false);
  });

  it('has only plain patterns — no /flags — that compile as JSON Schema (Unicode) regexes', () => {
    const found = patterns(doc);
    expect(found.length).toBeGreaterThan(50);
    for (const { where, pattern } of found) {
      expect({ where, flagsLeaked: /\/[dgimsuvy]+$/.test(pattern) }).toEqual({ where, flagsLeaked: false });
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
    // The old, leaked form is what this check is for.
    expect(/\/[dgimsuvy]+$/.test('^[a-f0-9]{24}$/i')).toBe(true);
  });

  it('describes ids with a pattern that real ids (either case) match', () => {
    const idParams = Object.values(doc.paths)
      .flatMap((ops) => Object.values(ops))
      .flatMap((op) => op.parameters ?? [])
      .filter((p) => p.name === 'id' && p.in === 'path');
    expect(idParams.length).toBeGreaterThan(10);
    const realId = String(urls.get('/api/threads/{id}')![0]!.split('/')[3]);
    for (const p of idParams) {
      const re = new RegExp(String(p.schema.pattern), 'u');
      expect([re.test(realId), re.test(realId.toUpperCase()), re.test('x'.repeat(24))]).toEqual([
        true,
        true,
        false,
      ]);
    }
    expect(ObjectIdSchema.safeParse(realId.toUpperCase()).success).toBe(true);
  });

  it('has a URL to call for every GET route, with real ids for each path parameter', () => {
    const missing = [...urls].filter(([, list]) => list.length === 0).map(([path]) => path);
    expect(missing).toEqual([]);
    expect(urls.size).toBeGreaterThan(30);
  });
});

describe('every GET route answers as its schema says', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const compiled = new Map<object, ValidateFunction>();
  const validator = (schema: JsonSchema) => {
    let v = compiled.get(schema);
    if (!v) compiled.set(schema, (v = ajv.compile(schema)));
    return v;
  };
  /** Path template → the statuses it was answered with, by caller. */
  const answered = new Map<string, Record<Caller, Set<number>>>();
  const answers = (path: string) => {
    if (!answered.has(path)) answered.set(path, { anonymous: new Set(), member: new Set(), host: new Set() });
    return answered.get(path)!;
  };

  const check = async (who: Caller, path: string, url: string, problems: string[]) => {
    const op = doc.paths[path]!.get!;
    const res = await agents[who].get(url);
    answers(path)[who].add(res.status);
    const declared = op.responses[String(res.status)];
    if (!declared) {
      problems.push(
        `${who} GET ${url}: ${res.status} is not a declared status (${JSON.stringify(res.body)})`,
      );
      return res;
    }
    const schema = declared.content?.['application/json']?.schema;
    if (!schema) return res;
    if (!/^application\/json/.test(String(res.headers['content-type'])))
      problems.push(`${who} GET ${url}: ${res.status} is ${res.headers['content-type']}, declared JSON`);
    const validate = validator(schema);
    if (!validate(res.body))
      problems.push(`${who} GET ${url}: ${res.status} body: ${ajv.errorsText(validate.errors)}`);
    return res;
  };

  it('refuses a body that breaks the declared schema (the check can fail)', async () => {
    const op = doc.paths['/api/indicators']!.get!;
    const validate = validator(op.responses['200']!.content!['application/json']!.schema);
    const res = await agents.anonymous.get('/api/indicators').expect(200);
    expect(validate(res.body)).toBe(true);
    const broken = structuredClone(res.body);
    delete broken.items[0].code;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...res.body, nextCursor: 5 })).toBe(false);
  });

  it.each(CALLERS)(
    'as %s: a declared status and a body its schema accepts, on every GET route',
    async (who) => {
      const problems: string[] = [];
      for (const [path, list] of urls)
        for (const url of list) {
          const res = await check(who, path, url, problems);
          // One-item pages: follow the cursor once, so later pages are checked too.
          if (res.status === 200 && url.endsWith('limit=1') && res.body.nextCursor)
            await check(who, path, `${url}&cursor=${encodeURIComponent(res.body.nextCursor)}`, problems);
        }
      expect(problems).toEqual([]);
    },
    // About 150 requests per caller, with a validator process of its own.
    SLOW_TEST_MS,
  );

  /** Routes this test cannot reach a success on; their error answers are still checked above. */
  const NO_SUCCESS_FIXTURE: Record<string, string> = {
    '/api/email/unsubscribe': 'needs a token signed with the session secret, which only e-mails carry',
  };

  it('the host had a success answer (so a success body was checked) on every GET route', () => {
    const never = [...urls.keys()].filter((path) => {
      if (path in NO_SUCCESS_FIXTURE) return false;
      const ok = Object.keys(doc.paths[path]!.get!.responses).find((s) => s.startsWith('2'));
      return !answers(path).host.has(Number(ok));
    });
    expect(never).toEqual([]);
  });
});
