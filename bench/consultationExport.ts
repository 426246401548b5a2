/**
 * Consultation export benchmark: an indicator in consultation with 1,000 submitted comments from 20
 * organisations (half with a proposed change, most answered), and a newer revision so every
 * comment is re-anchored; the app runs as its own production process and a signed-in member
 * downloads the compilation as XLSX and as DOCX, end to end through the HTTP route. Goal: each
 * format in under 5 s. Run with `npm run bench:consultation` (`BENCH_COMMENTS`, `BENCH_RUNS`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { paragraphsOf } from '../shared/paragraphs';
import { COMMENT_TYPES, DISPOSITIONS } from '../shared/schemas/consultation';
import { Indicator } from '../server/models/Indicator';
import { IndicatorRevision } from '../server/models/IndicatorRevision';
import { Organisation } from '../server/models/Organisation';
import { User } from '../server/models/User';
import { ConsultationComment } from '../server/models/ConsultationComment';
import { hashPassword } from '../server/features/accounts/passwords';
import { emptyTextFields } from '../server/features/indicators/indicators';
import { benchDatabase, spawnApp } from './lib/processes';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MS = 5_000;
const PASSWORD = 'bench-password-consultation';

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
const WORDS =
  'hotline report removal verified median country provider notice child material hosting time'.split(' ');
const sentence = (n: number) =>
  Array.from({ length: n }, () => pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase()) + '.';

async function seedConsultation(uri: string) {
  await mongoose.connect(uri);
  const orgs = await Organisation.insertMany(
    Array.from({ length: 20 }, (_, i) => ({
      name: `Organisation ${String(i + 1).padStart(2, '0')}`,
      slug: `org-${i + 1}`,
      category: pick(['industry', 'civil-society', 'hotline', 'government'] as const),
    })),
  );
  const member = await User.create({
    email: 'bench-member@example.test',
    name: 'Bench Member',
    role: 'member',
    organisationId: orgs[0]!._id,
    passwordHash: await hashPassword(PASSWORD),
  });
  const fields = {
    ...emptyTextFields(),
    title: 'Time to removal',
    tier: 'II' as const,
    custodianId: orgs[1]!._id,
  };
  for (const f of ['definition', 'rationale', 'computation', 'limitations', 'dataSources'] as const)
    fields[f] = Array.from({ length: 8 }, () => sentence(25)).join('\n');
  const revised = {
    ...fields,
    computation: `${sentence(10)}\n${fields.computation.split('\n').slice(2).join('\n')}`,
  };
  const now = new Date();
  const ind = await Indicator.create({
    code: 'BENCH-01',
    title: fields.title,
    tier: 'II',
    custodianId: fields.custodianId,
    status: 'consultation',
    visibility: 'members',
    currentRevision: 2,
    lastRevisedAt: now,
    consultation: {
      round: 1,
      revision: 1,
      opensAt: now,
      closesAt: new Date(Date.now() + 864e5),
      openedBy: null,
    },
  });
  await IndicatorRevision.insertMany([
    { indicatorId: ind._id, number: 1, fields, authorId: member._id },
    { indicatorId: ind._id, number: 2, fields: revised, authorId: member._id, baseRevision: 1 },
  ]);
  const paragraphs = paragraphsOf(fields);
  const comments = Array.from({ length: COMMENTS }, () => {
    const p = pick(paragraphs);
    const answered = rand() < 0.7;
    return {
      _id: new Types.ObjectId(),
      indicatorId: ind._id,
      round: 1,
      revision: 1,
      organisationId: pick(orgs)._id,
      authorId: member._id,
      field: p.field,
      paragraphId: p.id,
      paragraphNumber: p.number,
      paragraphText: p.text,
      quote: null,
      type: pick(COMMENT_TYPES),
      comment: `${sentence(30)} ${sentence(20)}`,
      proposedChange:
        rand() < 0.5 ? p.text.replace(/hotline/g, 'reporting hotline') + ` ${sentence(6)}` : null,
      status: 'submitted',
      submittedAt: now,
      submittedBy: member._id,
      disposition: answered
        ? {
            decision: pick(DISPOSITIONS),
            response: sentence(18),
            addressedInRevision: 2,
            by: member._id,
            at: now,
          }
        : null,
    };
  });
  for (let i = 0; i < comments.length; i += 500)
    await ConsultationComment.insertMany(comments.slice(i, i + 500));
  await mongoose.disconnect();
}

async function signIn(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ email: 'bench-member@example.test', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function main() {
  const db = await benchDatabase();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-consultation-'));
  const uri = new URL('bench', db.uri).toString();
  let app: Awaited<ReturnType<typeof spawnApp>> | null = null;
  try {
    await seedConsultation(uri);
    app = await spawnApp(uri, work);
    const cookie = await signIn(app.url);
    const results: Record<string, { runsMs: number[]; bytes: number; ok: boolean }> = {};
    for (const format of ['xlsx', 'docx']) {
      const runsMs: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const res = await fetch(`${app.url}/api/indicators/BENCH-01/comments/export.${format}`, {
          headers: { Cookie: cookie },
        });
        if (!res.ok) throw new Error(`${format}: ${res.status} ${await res.text()}`);
        bytes = (await res.arrayBuffer()).byteLength;
        runsMs.push(Math.round(performance.now() - started));
      }
      results[format] = { runsMs, bytes, ok: Math.max(...runsMs) < GOAL_MS };
      console.log(
        `${format}: ${COMMENTS} comments, ${(bytes / 1024).toFixed(0)} kB, runs ${runsMs.join(' / ')} ms (goal < ${GOAL_MS} ms): ${results[format].ok ? 'ok' : 'TOO SLOW'}`,
      );
    }
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(
      'bench/results/consultation-export.json',
      `${JSON.stringify({ comments: COMMENTS, goalMs: GOAL_MS, at: new Date().toISOString(), results }, null, 2)}\n`,
    );
    if (Object.values(results).some((r) => !r.ok)) process.exitCode = 1;
  } finally {
    await app?.stop();
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
