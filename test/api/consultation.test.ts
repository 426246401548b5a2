/** Consultation rounds through the API: numbered paragraphs, comments, dispositions, the endorsement gate. */
import { startTestServer, type TestContext } from '../helpers/server';
import {
  CONSULTED_TEXT,
  commentVia,
  consultationCast,
  consultedParagraphs,
  indicatorInConsultation,
  type ConsultationCast,
} from '../helpers/consultation';
import { Notification } from '../../server/models/Notification';

let ctx: TestContext;
let cast: ConsultationCast;
beforeAll(async () => {
  ctx = await startTestServer({ INDICATOR_QUORUM: '0.01' });
  cast = await consultationCast(ctx);
});
afterAll(() => ctx.close());

describe('numbered paragraphs', () => {
  it('numbers every paragraph in page order and keeps the ids of unchanged paragraphs in a new revision', async () => {
    const code = await indicatorInConsultation(cast);
    const before = await consultedParagraphs(cast.memberA, code);
    expect(before.map((p) => [p.number, p.field])).toEqual([
      [1, 'definition'],
      [2, 'definition'],
      [3, 'computation'],
      [4, 'computation'],
      [5, 'computation'],
      [6, 'limitations'],
    ]);
    const onFirst = await commentVia(cast.memberA, code, before[0]!);
    const onLimitations = await commentVia(cast.memberB, code, before[5]!);
    await cast.host
      .patch(`/api/indicators/${code}`)
      .send({
        baseRevision: 1,
        definition: `A new first paragraph.\n${CONSULTED_TEXT.definition}`,
        limitations: 'Hotlines check removal at different intervals.',
      })
      .expect(200);
    // The consultation still shows the revision in consultation…
    expect(await consultedParagraphs(cast.memberA, code)).toEqual(before);
    // …and its comments find their paragraphs in the new revision: moved down one, or changed.
    const list = await cast.observer.get(`/api/indicators/${code}/comments`).expect(200);
    const anchors = Object.fromEntries(
      list.body.items.map((c: { id: string; anchor: unknown }) => [c.id, c.anchor]),
    );
    expect(anchors[onFirst]).toEqual({
      status: 'attached',
      revision: 2,
      paragraphId: before[0]!.id,
      number: 2,
    });
    expect(anchors[onLimitations]).toMatchObject({ status: 'changed', revision: 2, number: 7 });
    // The Markdown export numbers the paragraphs of the current text.
    const md = await cast.memberA.get(`/api/indicators/${code}/export.md`).expect(200);
    expect(md.text).toContain('¶2 The time between a confirmed report and removal.');
  });
});

describe('comments', () => {
  it('lets an organisation draft privately, revise, and submit; then every reader sees it and nobody changes it', async () => {
    const code = await indicatorInConsultation(cast);
    const [, second] = await consultedParagraphs(cast.memberA, code);
    const draft = await cast.memberA
      .post(`/api/indicators/${code}/comments`)
      .send({
        field: second!.field,
        paragraphId: second!.id,
        quote: 'verified by the hotline',
        type: 'editorial',
        comment: 'Say which hotline verifies.',
        proposedChange: 'Removal is verified by the hotline that first confirmed the report.',
      })
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      organisation: { name: 'Alpha Hotline', category: 'hotline' },
      clause: '1.1 Definition and concepts',
      paragraph: { number: 2, text: second!.text },
      anchor: { status: 'attached', number: 2 },
      can: { edit: true, dispose: false },
    });
    expect(draft.body.proposedDiff).toEqual(
      expect.arrayContaining([{ type: 'insert', text: expect.stringContaining('first') }]),
    );
    const id = draft.body.id as string;
    // Another organisation, the custodian and the host do not see the draft; a colleague does.
    for (const other of [cast.memberB, cast.custodian, cast.host]) {
      const list = await other.get(`/api/indicators/${code}/comments`).expect(200);
      expect(list.body.items).toEqual([]);
      await other.patch(`/api/indicators/${code}/comments/${id}`).send({ comment: 'Mine now' }).expect(404);
    }
    await cast.colleagueA
      .patch(`/api/indicators/${code}/comments/${id}`)
      .send({ comment: 'Say which hotline verifies removal.' })
      .expect(200);
    const submitted = await cast.colleagueA.post(`/api/indicators/${code}/comments/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedBy: { name: 'Cole Alpha' } });

    const seen = await cast.observer.get(`/api/indicators/${code}/comments`).expect(200);
    expect(seen.body).toMatchObject({ total: 1, undisposed: 1, can: { comment: false, dispose: false } });
    expect(seen.body.items[0]).toMatchObject({
      comment: 'Say which hotline verifies removal.',
      type: 'editorial',
    });
    const late = await cast.memberA
      .patch(`/api/indicators/${code}/comments/${id}`)
      .send({ comment: 'Too late' });
    expect(late.status).toBe(409);
    await cast.memberA.delete(`/api/indicators/${code}/comments/${id}`).expect(409);
  });

  it('refuses a paragraph that does not exist, a quote that is not in the paragraph, and unknown fields (400)', async () => {
    const code = await indicatorInConsultation(cast);
    const [p] = await consultedParagraphs(cast.memberA, code);
    const post = (body: Record<string, unknown>) =>
      cast.memberA.post(`/api/indicators/${code}/comments`).send(body);
    const base = { field: p!.field, paragraphId: p!.id, type: 'general', comment: 'A comment' };
    expect((await post({ ...base, paragraphId: 'pzzzzzz' })).status).toBe(400);
    expect((await post({ ...base, field: 'computation' })).status).toBe(400);
    const quote = await post({ ...base, quote: 'words that are not there' });
    expect(quote.status).toBe(400);
    expect(quote.body.fields).toEqual({ quote: 'Not found in the paragraph' });
    expect((await post({ ...base, type: 'rant' })).status).toBe(400);
    expect((await post({ ...base, comment: '' })).status).toBe(400);
    expect((await post({ ...base, $set: { status: 'submitted' } })).status).toBe(400);
    expect(
      (await cast.memberA.patch(`/api/indicators/${code}/comments/not-an-id`).send({ comment: 'x y z' }))
        .status,
    ).toBe(400);
  });

  it('closes comments with the consultation (409)', async () => {
    const code = await indicatorInConsultation(cast);
    const [p] = await consultedParagraphs(cast.memberA, code);
    const draft = await commentVia(cast.memberA, code, p!, {}, false);
    await cast.host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'drafting', reason: 'Back to drafting' })
      .expect(200);
    const res = await cast.memberA.post(`/api/indicators/${code}/comments/${draft}/submit`);
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('consultation_closed');
  });
});

describe('dispositions and the endorsement gate', () => {
  it('lets the custodian organisation and hosts answer, notifies the author, and blocks endorsement until all are answered', async () => {
    const code = await indicatorInConsultation(cast);
    const paragraphs = await consultedParagraphs(cast.memberA, code);
    const first = await commentVia(cast.memberA, code, paragraphs[0]!);
    const second = await commentVia(cast.memberB, code, paragraphs[3]!, { type: 'general' });
    await cast.memberA.put(`/api/indicators/${code}/positions`).send({ stance: 'support' }).expect(200);

    const gate = await cast.host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'endorsed', reason: 'Ready', override: true });
    expect(gate.status).toBe(409);
    expect(gate.body).toMatchObject({ error: 'transition_refused', undisposedComments: 2 });
    expect(gate.body.message).toMatch(/2 comment\(s\)/);

    const answer = (agent = cast.custodian, id = first, body: Record<string, unknown> = {}) =>
      agent.put(`/api/indicators/${code}/comments/${id}/disposition`).send({ decision: 'accepted', ...body });
    expect((await answer(cast.memberB)).status).toBe(403);
    expect((await answer(cast.observer)).status).toBe(403);
    expect((await answer(cast.custodian, first, { decision: 'not-accepted' })).status).toBe(400); // needs a response
    expect((await answer(cast.custodian, first, { addressedInRevision: 1 })).status).toBe(400); // the consulted one
    expect((await answer(cast.custodian, first, { addressedInRevision: 99 })).status).toBe(400);
    await cast.host
      .patch(`/api/indicators/${code}`)
      .send({ baseRevision: 1, limitations: 'Addressed.' })
      .expect(200);
    const ok = await answer(cast.custodian, first, {
      response: 'Done in revision 2.',
      addressedInRevision: 2,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.disposition).toMatchObject({
      decision: 'accepted',
      response: 'Done in revision 2.',
      addressedInRevision: 2,
      by: { name: 'Cus Todian' },
    });
    const note = await Notification.findOne({
      recipientId: cast.ids.memberA,
      kind: 'comment-disposition',
    }).lean();
    expect(note?.text).toContain(`¶1 of ${code}`);

    const still = await cast.host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'endorsed', reason: 'Ready' });
    expect(still.body).toMatchObject({ undisposedComments: 1 });
    await answer(cast.host, second, { decision: 'noted' }).expect(200);
    const filtered = await cast.observer
      .get(`/api/indicators/${code}/comments?disposition=noted`)
      .expect(200);
    expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([second]);
    await cast.host
      .post(`/api/indicators/${code}/status`)
      .send({ to: 'endorsed', reason: 'All answered' })
      .expect(200);
    expect((await answer(cast.host, second, { decision: 'accepted' })).status).toBe(409);
  });

  it('lists comments in paragraph order and filters by organisation, constituency and type', async () => {
    const code = await indicatorInConsultation(cast);
    const p = await consultedParagraphs(cast.memberA, code);
    const late = await commentVia(cast.memberA, code, p[4]!, { type: 'editorial' });
    const early = await commentVia(cast.memberB, code, p[1]!, { type: 'general' });
    const mid = await commentVia(cast.host, code, p[2]!);
    const ids = async (q = '') =>
      (await cast.observer.get(`/api/indicators/${code}/comments${q}`).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids()).toEqual([early, mid, late]);
    expect(await ids(`?organisation=${cast.orgA.slug}`)).toEqual([late]);
    expect(await ids('?constituency=industry')).toEqual([early]);
    expect(await ids('?type=technical')).toEqual([mid]);
    expect(await ids('?disposition=none')).toEqual([early, mid, late]);
    expect((await cast.observer.get(`/api/indicators/${code}/comments?type=rant`)).status).toBe(400);
    expect((await cast.observer.get(`/api/indicators/${code}/comments?organisation=..%2F`)).status).toBe(400);
  });
});
