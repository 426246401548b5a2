import mongoose from 'mongoose';
import type { Config } from '../config';
import { exitReason, startFerretDb, type FerretDbEvent, type FerretDbHandle } from './ferretdb';
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

/** Logs what the embedded database's supervisor saw and did. */
function logSupervision(log: Logger, event: FerretDbEvent): void {
  if (event.type === 'exited')
    log.error(
      { code: event.code, signal: event.signal },
      `embedded database exited (${exitReason(event.code, event.signal)}); restarting`,
    );
  else if (event.type === 'restarted')
    log.warn(
      { downMs: event.downMs, ferretdbPid: event.pid },
      `embedded database back after ${event.downMs} ms`,
    );
  else
    log.error(
      { err: event.error, retryInMs: event.retryInMs },
      `embedded database did not restart; trying again in ${event.retryInMs} ms`,
    );
}

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
      onEvent: (event) => logSupervision(log, event),
    });
    uri = `${embedded.uri}${dbName}`;
    // Operators and tools read this line for the address.
    log.info({ uri, ferretdbPid: embedded.pid }, `embedded database ready at ${uri}`);
  }
  mongoose.set('strictQuery', true);
  try {
    await mongoose.connect(uri, mongooseOptions);
    await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  } catch (err) {
    await mongoose.disconnect().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
  mongoose.connection.on('disconnected', () => log.warn('database disconnected'));
  mongoose.connection.on('reconnected', () => log.info('database reconnected'));
  return {
    uri,
    embedded,
    async close() {
      embedded?.stopSupervising();
      try {
        await mongoose.disconnect();
      } finally {
        await embedded?.stop();
      }
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
