import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { connectTestDatabase } from './db';
import { seedDemo } from '../../server/seed/demo';

export interface TestContext {
  server: RunningServer;
  url: string;
  uploadsDir: string;
  /** A cookie-keeping client that sends this site's Origin, like a browser does. */
  agent(): request.Agent;
  close(): Promise<void>;
}

/**
 * A real server on a free port, on this test file's own database. Models are registered by the
 * routes' imports, so callers may create records right after this resolves.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  opts: { seedDemo?: boolean } = {},
): Promise<TestContext> {
  const db = await connectTestDatabase();
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-uploads-'));
  const config = loadConfig({
    UPLOADS_DIR: uploadsDir,
    NODE_ENV: 'test',
    PORT: '0',
    MONGODB_URI: db.uri,
    LOGIN_IP_LIMIT: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...env,
  });
  // Seeding first, as server/index.ts does, so the library's start-up indexes the demo documents.
  if (opts.seedDemo) await seedDemo(uploadsDir);
  const server = await startServer(config, createLogger(config.logLevel), 0);
  return {
    server,
    url: server.url,
    uploadsDir,
    agent: () => request.agent(server.url).set('Origin', server.url),
    async close() {
      await server.close();
      await db.close();
      fs.rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}
