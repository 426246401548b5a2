/**
 * Loaded with `--import` into the profiling app (see profile.ts), before server/index.ts: appends
 * every database command the app sends, with the driver's measured duration, to the JSON-lines
 * file BENCH_COMMAND_LOG. Needs `monitorCommands=true` in MONGODB_URI. Changes nothing else.
 */
import fs from 'node:fs';
import mongoose from 'mongoose';
import type { CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent } from 'mongodb';

export interface LoggedCommand {
  /** Epoch milliseconds when the command was sent. */
  at: number;
  ms: number;
  name: string;
  /** The command as sent, without session and cluster bookkeeping, as JSON. */
  command: string;
  failure?: string;
}

const NOISE = new Set(['lsid', '$db', '$clusterTime', 'txnNumber', '$readPreference', 'apiVersion']);

function describe(command: Record<string, unknown>): string {
  const kept = Object.entries(command)
    .filter(([key]) => !NOISE.has(key))
    .map(([key, value]) => [
      key,
      key === 'documents' && Array.isArray(value) ? `[${value.length} documents]` : value,
    ]);
  return JSON.stringify(Object.fromEntries(kept), (_key, value: unknown) => {
    if (value instanceof RegExp) return String(value);
    if (value instanceof Map) return Object.fromEntries(value); // the driver passes sort as a Map
    if (typeof value === 'bigint') return String(value);
    if (value && typeof value === 'object' && (value as { _bsontype?: string })._bsontype === 'Long')
      return String(value);
    return value;
  });
}

const file = process.env.BENCH_COMMAND_LOG;
if (file) {
  const started = new Map<number, Omit<LoggedCommand, 'ms'>>();
  const finish = (requestId: number, ms: number, failure?: string) => {
    const start = started.get(requestId);
    if (!start) return;
    started.delete(requestId);
    const line: LoggedCommand = { ...start, ms, ...(failure ? { failure } : {}) };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  mongoose.connection.once('connected', () => {
    const client = mongoose.connection.getClient();
    client.on('commandStarted', (e: CommandStartedEvent) =>
      started.set(e.requestId, { at: Date.now(), name: e.commandName, command: describe(e.command) }),
    );
    client.on('commandSucceeded', (e: CommandSucceededEvent) => finish(e.requestId, e.duration));
    client.on('commandFailed', (e: CommandFailedEvent) => finish(e.requestId, e.duration, e.failure.message));
  });
}
