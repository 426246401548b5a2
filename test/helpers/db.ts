import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { mongooseOptions } from '../../server/db/connect';
import { REQUEST_MS } from './patience';

/** The URI of the run's embedded server plus a database name unique to this test file. */
export function testDatabase() {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run tests with `npm test`');
  const name = `t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  return { uri: new URL(name, uri).toString(), name };
}

/** Connects mongoose to a fresh database for this test file and drops it afterwards. */
export async function connectTestDatabase(): Promise<{ uri: string; name: string; close(): Promise<void> }> {
  const db = testDatabase();
  await mongoose.connect(db.uri, { ...mongooseOptions, serverSelectionTimeoutMS: REQUEST_MS });
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return {
    ...db,
    async close() {
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}
