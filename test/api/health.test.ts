import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { freePort, startFerretDb, type FerretDbHandle } from '../../server/db/ferretdb';
import { mongooseOptions } from '../../server/db/connect';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { REQUEST_MS, WAIT_MS, START_MS, SLOW_TEST_MS, waitUntil } from '../helpers/patience';

describe('health, API 404 and API documents', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestServer();
  });
  afterAll(() => ctx.close());

  it('reports ok with the database up', async () => {
    const res = await request(ctx.url).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('serves the client gzipped to browsers that accept it, and API JSON uncompressed', async () => {
    // index.html is below compression's 1 kB threshold; the script is what matters.
    const page = await request(ctx.url).get('/').expect(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await request(ctx.url).get(script!).set('Accept-Encoding', 'gzip').expect(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toContain('immutable');
    const plain = await request(ctx.url).get(script!).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const api = await request(ctx.url).get('/api/organisations').set('Accept-Encoding', 'gzip').expect(200);
    expect(api.headers['content-encoding']).toBeUndefined();
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await request(ctx.url).get('/api/no-such-thing').expect(404);
    expect(res.body.error).toBe('not_found');
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('sends security headers, including a strict CSP', async () => {
    const res = await request(ctx.url).get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes an OpenAPI document listing every mounted route', async () => {
    const res = await request(ctx.url).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/password',
      '/api/organisations',
      '/api/organisations/{slug}',
      '/api/meetings',
      '/api/meetings/{slug}',
    ]) {
      expect(paths).toContain(p);
    }
    expect(res.body.paths['/api/auth/login'].post.requestBody).toBeDefined();
  });

  it('renders a readable API docs page', async () => {
    const res = await request(ctx.url).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('/api/auth/login');
    expect(res.text).not.toMatch(/<script/i);
  });
});

describe('database outage', () => {
  let db: FerretDbHandle;
  let server: RunningServer;
  let dataDir: string;
  let port: number;
  const binary = path.resolve('.tools/ferretdb/ferretdb');

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-outage-'));
    port = await freePort();
    db = await startFerretDb({ binary, dataDir, port, startTimeoutMs: START_MS });
    await mongoose.connect(`${db.uri}outage`, {
      ...mongooseOptions,
      serverSelectionTimeoutMS: 1500,
      heartbeatFrequencyMS: 500,
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      MONGODB_URI: `${db.uri}outage`,
      LOG_LEVEL: 'silent',
    });
    server = await startServer(config, createLogger('silent'), 0);
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await server.close().catch(() => undefined);
    await mongoose.disconnect();
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function waitForHealth(status: number, withinMs = WAIT_MS) {
    let last = 0;
    await waitUntil(
      `health ${status}`,
      async () =>
        (last = (await request(server.url).get('/api/health').timeout(REQUEST_MS)).status) === status,
      withinMs,
      250,
    ).catch(() => {
      throw new Error(`health stayed ${last}, expected ${status}`);
    });
  }

  it(
    'answers 503 while the database is down and recovers by itself when it is back',
    async () => {
      await waitForHealth(200);
      await db.stop();
      await waitForHealth(503);
      const down = await request(server.url).get('/api/health');
      expect(down.body).toEqual({ status: 'unavailable', db: 'down' });
      // A data route answers 503 too, not 500.
      expect((await request(server.url).get('/api/meetings')).status).toBe(503);
      db = await startFerretDb({ binary, dataDir, port, startTimeoutMs: START_MS });
      await waitForHealth(200, START_MS);
      expect((await request(server.url).get('/api/meetings')).status).toBe(200);
    },
    SLOW_TEST_MS,
  );
});
