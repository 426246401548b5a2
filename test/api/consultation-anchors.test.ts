/**
 * Re-anchoring with a generated revision: 60 paragraphs, 150 comments, then a revision that inserts,
 * rewrites, deletes and reorders paragraphs. Comments on unchanged paragraphs must stay attached
 * (at least 95%, to the paragraph with their text); the others say changed or removed and keep the
 * text they were made on.
 */
import { startTestServer, type TestContext } from '../helpers/server';
import {
  consultationCast,
  consultedParagraphs,
  indicatorInConsultation,
  type ConsultationCast,
} from '../helpers/consultation';
import { ConsultationComment } from '../../server/models/ConsultationComment';
import { Indicator } from '../../server/models/Indicator';
import { normaliseParagraph, paragraphsOf } from '../../shared/paragraphs';
import type { CommentDto } from '../../shared/schemas/consultation';

let ctx: TestContext;
let cast: ConsultationCast;
beforeAll(async () => {
  ctx = await startTestServer();
  cast = await consultationCast(ctx);
});
afterAll(() => ctx.close());

let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const WORDS =
  'hotline report removal verified median country provider notice material hosting time survey'.split(' ');
const sentence = () =>
  Array.from({ length: 8 + Math.floor(rand() * 12) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(
    ' ',
  ) + '.';
const FIELDS = [
  'definition',
  'rationale',
  'computation',
  'limitations',
  'dataSources',
  'references',
] as const;

it('keeps at least 95% of the comments on unchanged paragraphs attached after a generated revision', async () => {
  const original = Object.fromEntries(FIELDS.map((f) => [f, Array.from({ length: 10 }, sentence)]));
  const code = await indicatorInConsultation(
    cast,
    Object.fromEntries(FIELDS.map((f) => [f, original[f]!.join('\n')])),
  );
  const paragraphs = await consultedParagraphs(cast.memberA, code);
  expect(paragraphs).toHaveLength(60);

  // 150 comments through the real route's rules, written in bulk (submitted) to keep the test quick.
  const ind = (await Indicator.findOne({ code }).lean())!;
  await ConsultationComment.insertMany(
    Array.from({ length: 150 }, (_, i) => {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)]!;
      return {
        indicatorId: ind._id,
        round: 1,
        revision: 1,
        organisationId: i % 2 ? cast.orgA._id : cast.orgB._id,
        field: p.field,
        paragraphId: p.id,
        paragraphNumber: p.number,
        paragraphText: p.text,
        type: 'technical',
        comment: `Comment ${i}`,
        status: 'submitted',
        submittedAt: new Date(),
      };
    }),
  );

  // The generated revision: per field, rewrite ~20%, delete ~10%, insert new ones, swap two.
  const revised: Record<string, string> = {};
  for (const f of FIELDS) {
    let lines = original[f]!.flatMap((line) => {
      const r = rand();
      if (r < 0.2) return [`${line.slice(0, -1)} (amended).`];
      if (r < 0.3) return [];
      if (r < 0.45) return [sentence(), line];
      return [line];
    });
    if (lines.length > 3) [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    lines = lines.map((l) => (rand() < 0.1 ? `  ${l.replace(/ /g, '  ')}` : l)); // whitespace-only edits
    revised[f] = lines.join('\n');
  }
  await cast.host
    .patch(`/api/indicators/${code}`)
    .send({ baseRevision: 1, ...revised })
    .expect(200);

  const list = await cast.observer.get(`/api/indicators/${code}/comments`).expect(200);
  const comments = list.body.items as CommentDto[];
  expect(comments).toHaveLength(150);
  const now = paragraphsOf({
    ...Object.fromEntries(FIELDS.map((f) => [f, ''])),
    unit: '',
    disaggregation: '',
    ...revised,
  } as never);
  const textNow = (field: string, text: string) =>
    now.filter((p) => p.field === field && normaliseParagraph(p.text) === normaliseParagraph(text));

  const onUnchanged = comments.filter((c) => textNow(c.field, c.paragraph.text).length > 0);
  const onChanged = comments.filter((c) => textNow(c.field, c.paragraph.text).length === 0);
  expect(onUnchanged.length).toBeGreaterThan(60);
  expect(onChanged.length).toBeGreaterThan(10);
  const reattached = onUnchanged.filter(
    (c) =>
      c.anchor.status === 'attached' &&
      textNow(c.field, c.paragraph.text).some((p) => p.number === c.anchor.number),
  );
  expect(reattached.length / onUnchanged.length).toBeGreaterThanOrEqual(0.95);
  for (const c of onChanged) {
    expect(['changed', 'removed']).toContain(c.anchor.status);
    // The text the comment was made on is still there to read.
    expect(paragraphs.find((p) => p.id === c.paragraph.id)?.text).toBe(c.paragraph.text);
  }
  expect(onChanged.some((c) => c.anchor.status === 'changed')).toBe(true);
});
