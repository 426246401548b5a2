/**
 * Free text in query parameters (search boxes, name and tag filters): whatever Unicode a caller sends
 * — null bytes, other control characters, bytes that are not UTF-8, lone surrogates, regular
 * expression syntax, right-to-left marks, the longest text the schema allows — the answer is a normal
 * result or a 400 that names the parameter and says what is wrong, never a 500 (issue #13, item 6).
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { escapeRegex } from '../../server/lib/text';
import { FreeTextSchema } from '../../shared/schemas/common';
import { SLOW_TEST_MS } from '../helpers/patience';

type Caller = 'anonymous' | 'member' | 'host';
let ctx: TestContext;
const agents = {} as Record<Caller, request.Agent>;
let threadId = '';

interface Parameter {
  name: string;
  in: string;
  schema: { type?: string; maxLength?: number; pattern?: string; enum?: unknown[]; format?: string };
}
/** One free-text query parameter of one GET route, found in the published OpenAPI document. */
interface Target {
  path: string;
  url: string;
  param: string;
  max: number;
  /** The least privileged caller the route answers: text is handled the same way for everyone. */
  as: Caller | null;
}
const targets: Target[] = [];

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  agents.anonymous = ctx.agent();
  for (const role of ['member', 'host'] as const) {
    agents[role] = ctx.agent();
    await agents[role]
      .post('/api/auth/login')
      .send({ email: `${role}@example.org`, password: DEMO_PASSWORD })
      .expect(200);
  }
  const first = async (list: string, key: string) =>
    String((await agents.host.get(list).expect(200)).body.items[0][key]);
  threadId = await first('/api/threads', 'id');
  // A real value for the path parameter of routes under each collection (`/api/<collection>/{…}`).
  const real: Record<string, string> = {
    threads: threadId,
    meetings: await first('/api/meetings', 'slug'),
    indicators: await first('/api/indicators', 'code'),
    documents: await first('/api/documents', 'id'),
    organisations: await first('/api/organisations', 'slug'),
    terms: await first('/api/terms', 'slug'),
    actions: await first('/api/follow-ups', 'id'),
  };
  // Free text: a string query parameter with no pattern, enum or format to hold it to a shape.
  const spec = (await agents.anonymous.get('/api/openapi.json').expect(200)).body as {
    paths: Record<string, { get?: { parameters?: Parameter[] } }>;
  };
  for (const [path, ops] of Object.entries(spec.paths))
    for (const p of ops.get?.parameters ?? []) {
      const { type, pattern, enum: values, format, maxLength } = p.schema;
      if (p.in !== 'query' || type !== 'string' || pattern || values || format) continue;
      const value = real[path.split('/')[2]!];
      if (path.includes('{') && !value)
        throw new Error(`no real value for ${path}: add its collection to real`);
      const url = path.replace(/\{\w+\}/g, value ?? '');
      let as: Caller | null = null;
      for (const who of ['anonymous', 'member', 'host'] as const)
        if (!as && (await agents[who].get(url)).status === 200) as = who;
      targets.push({ path, url, param: p.name, max: maxLength ?? 1000, as });
    }
}, SLOW_TEST_MS);
afterAll(() => ctx.close());

/** Sends `param=<raw>` where raw is already percent-encoded (so it may hold bytes that are not UTF-8). */
const send = (who: Caller, t: Target, raw: string) => agents[who].get(`${t.url}?${t.param}=${raw}`);
const enc = (s: string) => encodeURIComponent(s);
/** Cursors are opaque: no free text is a valid one, and every such answer is a 400 about the cursor. */
const isCursor = (t: Target) => t.param === 'cursor';

/** Control characters: refused with a 400 that names the parameter. */
const REFUSED: [string, string][] = [
  ['a null byte', '%00'],
  ['a null byte inside a word', 'Child%00abuse'],
  ['start of heading', '%01'],
  ['an escape sequence', '%1B%5B31m'],
  ['delete', '%7F'],
  ['a C1 control (next line)', '%C2%85'],
];

/** Everything else is text: a normal result. */
const ACCEPTED: [string, string][] = [
  ['regex metacharacters', enc('.*+?^${}()|[]\\/')],
  ['an unclosed group', enc('(')],
  ['an unclosed class', enc('[a-')],
  ['a huge repeat', enc('a{1,99999}')],
  ['a backslash escape', enc('\\u0000\\x00\\0')],
  ['a Perl flag group', enc('(?i)abc')],
  ['a $-operator', enc('$where')],
  ['a JSON object', enc('{"$gt":""}')],
  ['bytes that are not UTF-8', '%FF%FE'],
  ['an encoded lone surrogate (CESU-8)', '%ED%A0%80'],
  ['an overlong null', '%C0%80'],
  ['a right-to-left mark', enc('\u200Fabc')],
  ['a right-to-left override', enc('\u202Eabc\u202C')],
  ['isolates and zero-width joiners', enc('\u2067\u0645\u0631\u062D\u0628\u0627\u2069 \u200D\u200C')],
  ['a byte order mark', enc('\uFEFF')],
  ['emoji and combining marks', enc('👩‍👩‍👧 e\u0301')],
  ['a tab and a newline', enc('Child\tsexual\nabuse')],
  ['a percent sign', '%25'],
];

/** Runs `check` for every target and input; returns what went wrong, one line each. */
async function everywhere(
  inputs: [string, string][],
  check: (t: Target, res: request.Response) => string | null,
  only: (t: Target) => boolean = () => true,
) {
  const problems: string[] = [];
  for (const t of targets.filter(only))
    for (const [what, raw] of inputs) {
      const res = await send(t.as!, t, raw);
      const problem = check(t, res);
      if (problem)
        problems.push(
          `${t.as} ${t.path}?${t.param}= ${what}: ${problem} (${res.status} ${JSON.stringify(res.body)})`,
        );
    }
  return problems;
}
const refusedAs = (message: (t: Target) => string) => (t: Target, res: request.Response) =>
  res.status === 400 && res.body.error === 'invalid_input' && res.body.fields?.[t.param] === message(t)
    ? null
    : `expected 400 "${t.param}: ${message(t)}"`;
const CONTROL = 'Must not contain control characters';

// Each battery below sends a few hundred requests: SLOW_TEST_MS.
describe('every free-text query parameter in the OpenAPI document', () => {
  it('is found, the search boxes and name filters among them, each callable by someone', () => {
    const found = targets.filter((t) => !isCursor(t)).map((t) => `${t.path} ${t.param}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '/api/indicators q',
        '/api/organisations q',
        '/api/organisations country',
        '/api/terms q',
        '/api/documents q',
        '/api/documents tag',
        '/api/users q',
        '/api/audit targetId',
        '/api/threads/{id}/mentionable q',
      ]),
    );
    expect(targets.filter((t) => !t.as).map((t) => t.path)).toEqual([]);
    expect(targets.filter(isCursor).length).toBeGreaterThan(10);
  });

  it(
    'answers control characters with a 400 that names the parameter',
    async () => {
      const problems = await everywhere(
        REFUSED,
        refusedAs(() => CONTROL),
        (t) => !isCursor(t),
      );
      expect(problems).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'answers any other text — regex syntax, bytes that are not UTF-8, bidi marks, emoji — normally',
    async () => {
      const problems = await everywhere(
        ACCEPTED,
        (_t, res) => (res.status === 200 && Array.isArray(res.body.items) ? null : 'expected 200 with items'),
        (t) => !isCursor(t),
      );
      expect(problems).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'answers the longest text allowed normally, and one character more with a 400',
    async () => {
      const problems: string[] = [];
      for (const t of targets.filter((x) => !isCursor(x))) {
        const who = t.as!;
        for (const unit of ['a', '(', '\\', '.*', '\u05D0', '😀']) {
          const res = await send(who, t, enc(unit.repeat(Math.floor(t.max / unit.length))));
          if (res.status !== 200)
            problems.push(`${who} ${t.path}?${t.param}= ${t.max} of ${unit}: ${res.status}`);
        }
        const res = await send(who, t, enc('a'.repeat(t.max + 1)));
        if (res.status !== 400 || !/<=|at most|too big/i.test(res.body.fields?.[t.param] ?? ''))
          problems.push(
            `${who} ${t.path}?${t.param}= ${t.max + 1} a's: ${res.status} ${JSON.stringify(res.body)}`,
          );
      }
      expect(problems).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'answers any text as a page cursor with a 400 about the cursor, never a 500',
    async () => {
      const problems = await everywhere(
        [...REFUSED, ...ACCEPTED, ['200 characters', 'a'.repeat(200)]],
        refusedAs(() => 'Invalid cursor'),
        isCursor,
      );
      expect(problems).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('free text is searched literally', () => {
  it('indicators: ".*" and "." match no code or title, while the letters they stand for do', async () => {
    const all = await agents.anonymous.get('/api/indicators').expect(200);
    expect(all.body.items.length).toBeGreaterThan(0);
    for (const q of ['.*', '.', '[A-Z]', '^', '\\w']) {
      const res = await agents.anonymous.get(`/api/indicators?q=${enc(q)}`).expect(200);
      expect({ q, items: res.body.items }).toEqual({ q, items: [] });
    }
    const code = all.body.items[0].code as string;
    const res = await agents.anonymous.get(`/api/indicators?q=${enc(code)}`).expect(200);
    expect(res.body.items.map((i: { code: string }) => i.code)).toContain(code);
  });

  it('organisations, users and people to mention: "." matches nobody, a real name still matches', async () => {
    const orgs = await agents.anonymous.get('/api/organisations?q=.').expect(200);
    expect(orgs.body.items).toEqual([]);
    const users = await agents.host.get('/api/users?q=.*').expect(200);
    expect(users.body.items).toEqual([]);
    const hosts = await agents.host.get('/api/users?q=Hana').expect(200);
    expect(hosts.body.items.map((u: { name: string }) => u.name)).toContain('Hana Host');
    const nobody = await agents.member.get(`/api/threads/${threadId}/mentionable?q=.`).expect(200);
    expect(nobody.body.items).toEqual([]);
    const maya = await agents.member.get(`/api/threads/${threadId}/mentionable?q=Ma`).expect(200);
    expect(maya.body.items.map((u: { name: string }) => u.name)).toContain('Maya Member');
  });

  it('a tab or newline is read as a space', async () => {
    const spaced = await agents.host.get(`/api/users?q=${enc('Hana Host')}`).expect(200);
    const tabbed = await agents.host.get(`/api/users?q=${enc('Hana\tHost')}`).expect(200);
    expect(spaced.body.items.length).toBe(1);
    expect(tabbed.body.items).toEqual(spaced.body.items);
  });
});

describe('FreeTextSchema', () => {
  const schema = {
    safeParse: (v: string) => FreeTextSchema(20).safeParse(v),
    parse: (v: string) => FreeTextSchema(20).parse(v),
  };
  it('refuses control characters and lone surrogates with a clear message', () => {
    for (const bad of ['\u0000', 'a\u0001', '\u009F', 'x\u007F']) {
      const r = schema.safeParse(bad);
      expect({ bad, ok: r.success, msg: r.error?.issues[0]?.message }).toEqual({
        bad,
        ok: false,
        msg: 'Must not contain control characters',
      });
    }
    for (const bad of ['\uD800', 'a\uDC00b', '\uDFFF\uD800']) {
      const r = schema.safeParse(bad);
      expect({ ok: r.success, msg: r.error?.issues[0]?.message }).toEqual({
        ok: false,
        msg: 'Must be valid Unicode text (a lone surrogate was found)',
      });
    }
  });
  it('trims, reads tabs and line breaks as spaces, keeps every other character', () => {
    expect(schema.parse('  a\tb\r\nc  ')).toBe('a b  c');
    expect(schema.parse('\u200F😀 (.*)')).toBe('\u200F😀 (.*)');
    expect(schema.safeParse('a'.repeat(21)).success).toBe(false);
  });
});

describe('escapeRegex', () => {
  /** A fixed pseudo-random stream, so a failure names the same strings on every run. */
  function* strings(seed: number, count: number) {
    let x = seed;
    const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
    const pool = [0, 1, 0x1f, 0x7f, 0x85, 0x2e, 0x5c, 0x24, 0x28, 0x5b, 0x7b, 0x200f, 0xd800, 0xdc00, 0xfeff];
    for (let i = 0; i < count; i++) {
      let s = '';
      const len = next() % 12;
      for (let j = 0; j < len; j++)
        s += String.fromCharCode(next() % 3 === 0 ? pool[next() % pool.length]! : next() % 0x10000);
      yield s;
    }
  }
  it('gives a pattern that matches the text itself, only it, and holds no control character', () => {
    for (const s of strings(13, 3000)) {
      const pattern = escapeRegex(s);
      // Patterns go to the database as BSON C strings: a NUL (or any control character) cannot be in them.
      expect(/\p{Cc}/u.test(pattern)).toBe(false);
      expect(new RegExp(`^${pattern}$`).test(s)).toBe(true);
      expect(new RegExp(`^${pattern}$`, 'i').test(`${s}x`)).toBe(false);
    }
  });
});
