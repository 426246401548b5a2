import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFerretDb } from '../../server/db/ferretdb';

/** Starts one embedded FerretDB for the whole run; each test file then uses its own database on it. */
export default async function globalSetup() {
  if (process.env.TEST_MONGODB_URI) return; // an outer runner already provides a server
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-test-db-'));
  const binary = path.resolve(process.env.FERRETDB_BIN ?? '.tools/ferretdb/ferretdb');
  const handle = await startFerretDb({ binary, dataDir });
  process.env.TEST_MONGODB_URI = handle.uri;
  (globalThis as Record<string, unknown>).__FERRETDB__ = { handle, dataDir };
}
