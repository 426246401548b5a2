/** Two app instances on one database: a document written through one becomes searchable on the other. */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { makePdf } from '../helpers/files';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { SearchChange } from '../../server/models/SearchChange';
import { WAIT_MS, waitUntil } from '../helpers/patience';

let a: TestContext;
let b: RunningServer;
beforeAll(async () => {
  a = await startTestServer({ SEARCH_SYNC_MS: '100' });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    MONGODB_URI: 'mongodb://unused',
    UPLOADS_DIR: a.uploadsDir,
    SEARCH_SYNC_MS: '100',
    LOG_LEVEL: 'silent',
  });
  b = await startServer(config, createLogger('silent'), 0);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

/** The value of `fn` once `ok` holds for it, or its last value after WAIT_MS (for the expect to show). */
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let last: T | undefined;
  await waitUntil('the search answer', async () => ok((last = await fn())), WAIT_MS, 100).catch(
    () => undefined,
  );
  return last!;
}

describe('search index across instances', () => {
  it('picks up uploads, text extraction and archiving done on another instance', async () => {
    const member = a.agent();
    await signIn(member, await createUser({ role: 'member' }));
    const created = await member
      .post('/api/documents')
      .field('title', 'Cross instance')
      .field('kind', 'other')
      .field('visibility', 'public')
      .attach('file', makePdf('okapiword inside'), 'x.pdf')
      .expect(201);
    await a.server.library.idle();
    const onB = () =>
      request(b.url)
        .get('/api/documents?q=okapiword')
        .then((r) => r.body.items.map((d: { id: string }) => d.id));
    expect(await eventually(onB, (ids) => ids.length === 1)).toEqual([created.body.id]);
    await member.delete(`/api/documents/${created.body.id}`).expect(200);
    expect(await eventually(onB, (ids) => ids.length === 0)).toEqual([]);
    expect(await SearchChange.countDocuments({ documentId: created.body.id })).toBeGreaterThanOrEqual(2);
  });
});
