#!/usr/bin/env node
// `npm run fuzz`: property-based fuzzing of the whole JSON API with Schemathesis, driven by the
// published /api/openapi.json. It starts the app from source on a free port with a fresh data
// directory (embedded FerretDB, demo content), signs in the demo member and host, and runs
// Schemathesis three times — anonymous, member, host — with two checks: no answer is a server
// error (5xx), and every answer's body matches the schema declared for its status.
//
// Schemathesis is a Python tool: it is installed, pinned, into a virtual environment of its own
// under .cache/fuzz-venv (git-ignored) on first use. Reports and the app's log go to .cache/fuzz/.
//
//   FUZZ_EXAMPLES  test cases per operation and phase (default 40)
//   FUZZ_SEED      the random seed, for a reproducible run (default 13)
//   FUZZ_ROLES     which callers to fuzz as (default anonymous,member,host)
//   FUZZ_ARGS      more Schemathesis options, e.g. "--include-path-regex ^/api/indicators"
//   FUZZ_APP_DIR   the checkout to start the app from (default: this one)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDependencies, root, step } from './lib/setup.mjs';

const SCHEMATHESIS_VERSION = '4.32.5';
const VENV = path.join(root, '.cache', 'fuzz-venv');
const OUT = path.join(root, '.cache', 'fuzz');
const ST = path.join(VENV, 'bin', 'st');
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES ?? 40);
const SEED = process.env.FUZZ_SEED ?? '13';
const ROLES = (process.env.FUZZ_ROLES ?? 'anonymous,member,host').split(',');
// The demo accounts (server/seed/data/accounts.ts).
const DEMO_PASSWORD = 'coalition-demo-2013';
const ACCOUNTS = { member: 'member@example.org', host: 'host@example.org' };

const fail = (msg) => {
  console.error(`\x1b[31m[fuzz]\x1b[0m ${msg}`);
  process.exit(1);
};

/** The pinned Schemathesis in its own virtual environment; installed or replaced when missing or another version. */
function ensureSchemathesis() {
  const version = () => spawnSync(ST, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (fs.existsSync(ST) && version() === `st, version ${SCHEMATHESIS_VERSION}`) return;
  const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version']).status === 0);
  if (!python) fail('Python 3 is needed for Schemathesis; install python3 (with its venv module) first');
  step(`installing Schemathesis ${SCHEMATHESIS_VERSION} into ${path.relative(root, VENV)}…`);
  fs.rmSync(VENV, { recursive: true, force: true });
  const venv = spawnSync(python, ['-m', 'venv', VENV], { stdio: 'inherit' });
  if (venv.status !== 0) fail(`${python} -m venv failed (on Debian: apt-get install python3-venv)`);
  const pip = spawnSync(
    path.join(VENV, 'bin', 'python'),
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      `schemathesis==${SCHEMATHESIS_VERSION}`,
    ],
    { stdio: 'inherit' },
  );
  if (pip.status !== 0) fail('pip install schemathesis failed (see above)');
  if (version() !== `st, version ${SCHEMATHESIS_VERSION}`) fail(`st does not report ${SCHEMATHESIS_VERSION}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The app from source (as `npm run dev` runs it), on its own port and data directory. */
async function startApp() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-fuzz-'));
  const log = fs.openSync(path.join(OUT, 'app.log'), 'w');
  const child = spawn(
    process.execPath,
    // tsx as a loader, not its CLI: the signal below then reaches the server itself, which stops its database.
    ['--import', 'tsx', 'server/index.ts'],
    {
      cwd: process.env.FUZZ_APP_DIR ?? root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        PUBLIC_URL: url,
        DATA_DIR: dataDir,
        UPLOADS_DIR: path.join(dataDir, 'uploads'),
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        // Fuzzing sends thousands of requests from one address: the per-IP limits would answer most of them 429.
        LOGIN_IP_LIMIT: '1000000',
        APPLY_IP_LIMIT: '1000000',
        MESSAGE_RATE: '100000/1',
      },
      stdio: ['ignore', log, log],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) fail(`the app exited with ${child.exitCode}; see .cache/fuzz/app.log`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      await exited;
      fail('the app did not answer /api/health within 120 s; see .cache/fuzz/app.log');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await stopDatabaseLeftBehind(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

/**
 * The server stops its embedded FerretDB when it stops; should it have died first, the FerretDB it
 * started (named by the pid file in this run's data directory, and only if its command line names
 * that directory) is stopped here, so no database outlives the run.
 */
async function stopDatabaseLeftBehind(dataDir) {
  const stateDir = path.join(dataDir, 'ferretdb-state');
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(stateDir, 'ferretdb.pid'), 'utf8'));
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(stateDir)) return;
  } catch {
    return; // no pid file, or that process is gone
  }
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
}

async function signIn(url, email) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) fail(`signing in ${email} answered ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cw.sid='));
  if (!cookie) fail(`signing in ${email} set no session cookie`);
  return cookie.split(';')[0];
}

/**
 * Real ids, slugs, codes and tokens from the demo content (plus an invitation and an application
 * made here), offered to Schemathesis as dictionaries for path parameters: half the generated paths
 * use one, so requests get past "not found" into the routes' own logic.
 */
async function realValues(url, hostCookie) {
  const headers = { cookie: hostCookie, origin: url, 'content-type': 'application/json' };
  const get = async (p) => (await (await fetch(`${url}${p}`, { headers })).json()).items ?? [];
  const post = async (p, body) =>
    (await fetch(`${url}${p}`, { method: 'POST', headers, body: JSON.stringify(body) })).json();
  const invitation = await post('/api/invitations', { email: 'fuzz-invitee@example.test', role: 'member' });
  await post('/api/applications', {
    organisationName: 'Fuzz Applicant',
    category: 'other',
    country: 'Chile',
    contactName: 'Fuzz Contact',
    contactEmail: 'fuzz-applicant@example.test',
    motivation: 'An application made before fuzzing, so the approve and reject routes find one.',
  });
  const threads = await get('/api/threads?limit=100');
  const messages = [];
  for (const t of threads) messages.push(...(await get(`/api/threads/${t.id}/messages`)));
  const meetings = await get('/api/meetings?limit=100');
  const organisations = await get('/api/organisations?limit=100');
  const ids = [
    ...(await get('/api/users?limit=100')),
    ...organisations,
    ...meetings,
    ...(await get('/api/documents?limit=100')),
    ...threads,
    ...messages,
    ...(await get('/api/follow-ups?limit=100')),
    ...(await get('/api/invitations?limit=100')),
    ...(await get('/api/applications?limit=100')),
    ...(await get('/api/notifications?limit=100')),
  ].map((x) => x.id);
  const slugs = [...organisations, ...meetings, ...(await get('/api/terms?limit=100'))].map((x) => x.slug);
  const codes = (await get('/api/indicators?limit=100')).map((x) => x.code);
  return { ids, slugs, codes, tokens: [invitation.token] };
}

/**
 * Text that once broke search boxes or could (issue #13): NUL and other control characters, regex
 * syntax, operators, bidirectional marks, joiners, the longest class of input. Offered to every
 * free-text query parameter a third of the time, beside what Schemathesis generates itself.
 */
const AWKWARD_TEXT = [
  '\u0000',
  'Child\u0000abuse',
  '\u0001',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\t\n',
  '.*',
  '(',
  '[a-',
  '\\',
  'a{1,99999}',
  '(?i)x',
  '$where',
  '{"$gt":""}',
  '\u200fabc',
  '\u202eabc\u202c',
  '\u2067\u0645\u0631\u062d\u0628\u0627\u2069',
  '\ufeff',
  '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}',
  'e\u0301',
  '%00',
  '('.repeat(60),
];
const FREE_TEXT_PARAMETERS = ['q', 'country', 'tag', 'targetId'];

/** A Schemathesis configuration: real values for path parameters, awkward text for free-text ones. */
function writeConfig(values) {
  // A TOML basic string: everything but printable ASCII as \\u / \\U escapes (TOML allows no raw control characters).
  const toml = (x) =>
    `"${[...String(x)]
      .map((c) => {
        const cp = c.codePointAt(0);
        if (cp >= 0x20 && cp < 0x7f && c !== '"' && c !== '\\') return c;
        return cp > 0xffff
          ? `\\U${cp.toString(16).padStart(8, '0')}`
          : `\\u${cp.toString(16).padStart(4, '0')}`;
      })
      .join('')}"`;
  const list = (xs) => `[${[...new Set(xs.filter(Boolean))].map(toml).join(', ')}]`;
  const file = path.join(OUT, 'schemathesis.toml');
  fs.writeFileSync(
    file,
    [
      '# Written by scripts/fuzz.mjs for one run: real values from the app it started.',
      '[dictionaries]',
      ...Object.entries({ ...values, text: AWKWARD_TEXT }).map(
        ([name, xs]) => `${name} = { values = ${list(xs)} }`,
      ),
      '',
      '[parameters]',
      '"path.id" = { dictionary = "ids", probability = 0.5 }',
      '"path.slug" = { dictionary = "slugs", probability = 0.5 }',
      '"path.code" = { dictionary = "codes", probability = 0.5 }',
      '"path.token" = { dictionary = "tokens", probability = 0.5 }',
      ...FREE_TEXT_PARAMETERS.map((p) => `"query.${p}" = { dictionary = "text", probability = 0.5 }`),
      '',
    ].join('\n'),
  );
  return file;
}

/** `name: count` lines of one section of Schemathesis' summary ("Failures:", "Errors:"). */
function summarySection(out, title) {
  const section = new RegExp(`^${title}:\\n((?:[ \\t]+\\S.*\\n)+)`, 'm').exec(out)?.[1] ?? '';
  return [...section.matchAll(/^\s+\S+\s+(?:ST\d+\s+)?(.+?):\s+(\d+)\s*$/gm)].map((m) => ({
    name: m[1],
    count: Number(m[2]),
  }));
}
const total = (items, re) => items.filter((i) => re.test(i.name)).reduce((n, i) => n + i.count, 0);

/** One Schemathesis run; resolves with its figures, read from its summary (a JUnit report is kept too). */
function fuzzAs(role, url, config, cookie) {
  const junit = path.join(OUT, `${role}.junit.xml`);
  const args = [
    '--config-file',
    config,
    'run',
    `${url}/api/openapi.json`,
    '--url',
    url,
    '--checks',
    'not_a_server_error,response_schema_conformance',
    '--max-examples',
    String(EXAMPLES),
    '--seed',
    SEED,
    // One worker: with two, Hypothesis' lambda-source cache (shared between threads) now and then
    // fails with "AST constructor recursion depth mismatch", an error of the tool, not of the app.
    '--workers',
    '1',
    '--generation-database',
    'none',
    '--request-timeout',
    '30',
    '--continue-on-failure',
    '--no-color',
    '--header',
    `Origin: ${url}`,
    '--report',
    'junit',
    '--report-junit-path',
    junit,
  ];
  args.push(...(process.env.FUZZ_ARGS ?? '').split(/\s+/).filter(Boolean));
  // Signing out would end the session the rest of the run needs.
  if (cookie) args.push('--header', `Cookie: ${cookie}`, '--exclude-path', '/api/auth/logout');
  step(`fuzzing as ${role}: ${EXAMPLES} examples per operation and phase, seed ${SEED}…`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(ST, args, { cwd: OUT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      process.stdout.write(c);
    });
    child.on('exit', (code) => {
      fs.writeFileSync(path.join(OUT, `${role}.log`), out);
      const cases = /Test cases:\s*\n?\s*(\d+) generated,\s*(.*)/.exec(out);
      resolve({
        role,
        code,
        seconds: Math.round((Date.now() - started) / 1000),
        operations: Number(/Tested: (\d+)/.exec(out)?.[1] ?? NaN),
        cases: Number(cases?.[1] ?? NaN),
        outcome: cases?.[2]?.trim() ?? '(no summary)',
        serverErrors: total(summarySection(out, 'Failures'), /server error/i),
        schemaViolations: total(summarySection(out, 'Failures'), /violates schema/i),
        otherFailures: total(summarySection(out, 'Failures'), /^(?!.*(server error|violates schema))/i),
        errors: total(summarySection(out, 'Errors'), /./),
      });
    });
  });
}

ensureDependencies();
if (!process.env.MONGODB_URI) {
  const { ensureFerretDb } = await import('./install-ferretdb.mjs');
  ensureFerretDb();
} else fail('npm run fuzz starts its own embedded database; unset MONGODB_URI');
fs.mkdirSync(OUT, { recursive: true });
ensureSchemathesis();

step('starting the app with a fresh data directory and demo content…');
const app = await startApp();
// Ctrl-C: the app stops with its database, and its data directory is removed, before this exits.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void app.stop().then(() => process.exit(130)));
const results = [];
try {
  const cookies = { anonymous: null };
  for (const role of ['member', 'host']) cookies[role] = await signIn(app.url, ACCOUNTS[role]);
  const config = writeConfig(await realValues(app.url, cookies.host));
  // Anonymous first and host last: a host's writes (suspending the member, say) cannot spoil the others' runs.
  for (const role of ['anonymous', 'member', 'host'].filter((r) => ROLES.includes(r)))
    results.push(await fuzzAs(role, app.url, config, cookies[role]));
} finally {
  await app.stop();
}

const unhandled = fs
  .readFileSync(path.join(OUT, 'app.log'), 'utf8')
  .split('\n')
  .filter((l) => l.includes('"unhandled error"')).length;
const columns = [
  'role',
  'operations',
  'test cases',
  'server errors',
  'schema violations',
  'other',
  'errors',
  'seconds',
];
console.log(`\n${columns.join(' | ')} | outcome`);
for (const r of results) {
  const cells = [
    r.role,
    r.operations,
    r.cases,
    r.serverErrors,
    r.schemaViolations,
    r.otherFailures,
    r.errors,
    r.seconds,
  ];
  console.log(`${cells.map((c, i) => String(c).padEnd(columns[i].length)).join(' | ')} | ${r.outcome}`);
}
console.log(`unhandled errors in the app's log: ${unhandled} (.cache/fuzz/app.log)`);
const failed = results.some((r) => r.code !== 0) || unhandled > 0;
process.exit(failed ? 1 : 0);
