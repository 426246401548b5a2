/**
 * Every consultation route against every kind of caller: anonymous, observer, a member of another
 * organisation, a member of the commenting organisation, the custodian organisation, a host. Plus
 * bad input (400) and a hidden indicator answering exactly like a missing one (404).
 */
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import {
  commentVia,
  consultationCast,
  consultedParagraphs,
  indicatorInConsultation,
  type ConsultationCast,
} from '../helpers/consultation';
import type { ParagraphDto } from '../../shared/schemas/consultation';

type Caller = 'anonymous' | 'observer' | 'otherOrg' | 'sameOrg' | 'custodian' | 'host';
const CALLERS: Caller[] = ['anonymous', 'observer', 'otherOrg', 'sameOrg', 'custodian', 'host'];

let ctx: TestContext;
let cast: ConsultationCast;
let as: Record<Caller, request.Agent>;
beforeAll(async () => {
  ctx = await startTestServer();
  cast = await consultationCast(ctx);
  as = {
    anonymous: cast.anonymous,
    observer: cast.observer,
    otherOrg: cast.memberB,
    sameOrg: cast.colleagueA,
    custodian: cast.custodian,
    host: cast.host,
  };
});
afterAll(() => ctx.close());

/** A fresh indicator in consultation with organisation A's draft and submitted comments on it. */
async function scene() {
  const code = await indicatorInConsultation(cast);
  const paragraphs = await consultedParagraphs(cast.memberA, code);
  const draft = await commentVia(cast.memberA, code, paragraphs[0]!, {}, false);
  const submitted = await commentVia(cast.memberA, code, paragraphs[1]!);
  return { code, p: paragraphs[2]!, draft, submitted };
}
const newComment = (p: ParagraphDto) => ({
  field: p.field,
  paragraphId: p.id,
  type: 'general',
  comment: 'A fresh comment',
});

const rows: [string, (a: request.Agent) => Promise<request.Response>, Record<Caller, number>][] = [
  [
    'read the consultation text of a members indicator',
    async (a) => a.get(`/api/indicators/${(await scene()).code}/consultation`),
    { anonymous: 404, observer: 200, otherOrg: 200, sameOrg: 200, custodian: 200, host: 200 },
  ],
  [
    'list the comments',
    async (a) => a.get(`/api/indicators/${(await scene()).code}/comments`),
    { anonymous: 401, observer: 200, otherOrg: 200, sameOrg: 200, custodian: 200, host: 200 },
  ],
  [
    'comment on a paragraph',
    async (a) => {
      const s = await scene();
      return a.post(`/api/indicators/${s.code}/comments`).send(newComment(s.p));
    },
    { anonymous: 401, observer: 403, otherOrg: 201, sameOrg: 201, custodian: 201, host: 201 },
  ],
  [
    'revise organisation A’s draft',
    async (a) => {
      const s = await scene();
      return a.patch(`/api/indicators/${s.code}/comments/${s.draft}`).send({ comment: 'Revised text' });
    },
    { anonymous: 401, observer: 403, otherOrg: 404, sameOrg: 200, custodian: 404, host: 404 },
  ],
  [
    'submit organisation A’s draft',
    async (a) => {
      const s = await scene();
      return a.post(`/api/indicators/${s.code}/comments/${s.draft}/submit`);
    },
    { anonymous: 401, observer: 403, otherOrg: 404, sameOrg: 200, custodian: 404, host: 404 },
  ],
  [
    'delete organisation A’s draft',
    async (a) => {
      const s = await scene();
      return a.delete(`/api/indicators/${s.code}/comments/${s.draft}`);
    },
    { anonymous: 401, observer: 403, otherOrg: 404, sameOrg: 204, custodian: 404, host: 404 },
  ],
  [
    'revise a submitted comment',
    async (a) => {
      const s = await scene();
      return a.patch(`/api/indicators/${s.code}/comments/${s.submitted}`).send({ comment: 'Revised text' });
    },
    { anonymous: 401, observer: 403, otherOrg: 403, sameOrg: 409, custodian: 403, host: 403 },
  ],
  [
    'answer a submitted comment',
    async (a) => {
      const s = await scene();
      return a
        .put(`/api/indicators/${s.code}/comments/${s.submitted}/disposition`)
        .send({ decision: 'noted' });
    },
    { anonymous: 401, observer: 403, otherOrg: 403, sameOrg: 403, custodian: 200, host: 200 },
  ],
  [
    'export the compilation',
    async (a) => a.get(`/api/indicators/${(await scene()).code}/comments/export.xlsx`),
    { anonymous: 401, observer: 200, otherOrg: 200, sameOrg: 200, custodian: 200, host: 200 },
  ],
];

describe.each(rows)('%s', (_name, call, expected) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const res = await call(as[caller]);
    expect(res.status).toBe(expected[caller]);
  });
});

describe('hidden indicators', () => {
  it('answers every route for a hosts-only indicator exactly as for a missing one', async () => {
    const hidden = await indicatorInConsultation(cast, { visibility: 'hosts' });
    const paragraphs = await consultedParagraphs(cast.host, hidden);
    const hostComment = await commentVia(cast.host, hidden, paragraphs[0]!);
    const id = hostComment;
    const calls = (code: string) => [
      cast.memberA.get(`/api/indicators/${code}/consultation`),
      cast.memberA.get(`/api/indicators/${code}/comments`),
      cast.memberA.post(`/api/indicators/${code}/comments`).send(newComment(paragraphs[0]!)),
      cast.memberA.patch(`/api/indicators/${code}/comments/${id}`).send({ comment: 'Revised text' }),
      cast.memberA.post(`/api/indicators/${code}/comments/${id}/submit`),
      cast.memberA.delete(`/api/indicators/${code}/comments/${id}`),
      cast.custodian.put(`/api/indicators/${code}/comments/${id}/disposition`).send({ decision: 'noted' }),
      cast.memberA.get(`/api/indicators/${code}/comments/export.docx`),
    ];
    const [forHidden, forMissing] = [await Promise.all(calls(hidden)), await Promise.all(calls('NOPE-77'))];
    expect(forHidden.map((r) => r.status)).toEqual(forMissing.map(() => 404));
    expect(forHidden.map((r) => r.body)).toEqual(forMissing.map((r) => r.body));
  });
});

describe('bad input', () => {
  it('answers 400 with the field, never 500', async () => {
    const { code, p, submitted } = await scene();
    const cases: [Promise<request.Response>, RegExp][] = [
      [
        cast.memberA.post(`/api/indicators/${code}/comments`).send({ ...newComment(p), field: 'title' }),
        /field/,
      ],
      [
        cast.memberA
          .post(`/api/indicators/${code}/comments`)
          .send({ ...newComment(p), paragraphId: { $ne: 1 } }),
        /paragraphId/,
      ],
      [
        cast.memberA
          .post(`/api/indicators/${code}/comments`)
          .send({ ...newComment(p), comment: 'x'.repeat(5000) }),
        /comment/,
      ],
      [
        cast.memberA.patch(`/api/indicators/${code}/comments/${submitted}`).send({}),
        /Change at least one field/,
      ],
      [
        cast.host
          .put(`/api/indicators/${code}/comments/${submitted}/disposition`)
          .send({ decision: 'maybe' }),
        /decision/,
      ],
      [
        cast.host
          .put(`/api/indicators/${code}/comments/${submitted}/disposition`)
          .send({ decision: 'noted', addressedInRevision: 'two' }),
        /addressedInRevision/,
      ],
      [cast.host.put(`/api/indicators/${code}/comments/123/disposition`).send({ decision: 'noted' }), /id/],
      [cast.host.get(`/api/indicators/bad code/comments`), /code/],
      [cast.host.get(`/api/indicators/${code}/comments?constituency=aliens`), /constituency/],
      [cast.host.get(`/api/indicators/${code}/comments?page=2`), /page/],
    ];
    for (const [pending, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
    }
  });
});
