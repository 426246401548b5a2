import mongoose from 'mongoose';
import type { Config } from '../config';
import { startFerretDb, type FerretDbHandle } from './ferretdb';
import type { Logger } from '../logger';

export interface Database {
  uri: string;
  /** The embedded server, when this process launched one. */
  embedded: FerretDbHandle | null;
  close(): Promise<void>;
}

/** Options that let mongoose recover by itself when the server comes back. */
export const mongooseOptions: mongoose.ConnectOptions = {
  serverSelectionTimeoutMS: 5_000,
  heartbeatFrequencyMS: 2_000,
  autoIndex: true,
};

/** Connects mongoose to MONGODB_URI, or launches the embedded FerretDB and connects to it. */
export async function connectDatabase(config: Config, log: Logger, dbName = 'coalition'): Promise<Database> {
  let embedded: FerretDbHandle | null = null;
  let uri = config.mongodbUri;
  if (!uri) {
    log.info({ dataDir: config.dataDir }, 'starting embedded FerretDB');
    embedded = await startFerretDb({
      binary: config.ferretdbBin,
      dataDir: config.dataDir,
      log: (line) => log.warn({ ferretdb: line }, 'ferretdb'),
    });
    uri = embedded.uri;
    log.info({ port: embedded.port }, 'embedded FerretDB ready');
  }
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { ...mongooseOptions, dbName: config.mongodbUri ? undefined : dbName });
  mongoose.connection.on('disconnected', () => log.warn('database disconnected'));
  mongoose.connection.on('reconnected', () => log.info('database reconnected'));
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return {
    uri,
    embedded,
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}

/** True when the database answers a ping right now. */
export async function databaseIsUp(timeoutMs = 1_500): Promise<boolean> {
  if (mongoose.connection.readyState !== 1 || !mongoose.connection.db) return false;
  try {
    await Promise.race([
      mongoose.connection.db.admin().command({ ping: 1 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('ping timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}
