import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { freePort } from '../../server/db/ferretdb';
import { START_MS } from './patience';

export interface ScratchFerretDb {
  /** `mongodb://127.0.0.1:PORT/` */
  uri: string;
  /** Stops FerretDB (SIGTERM, SIGKILL after 10 s) and removes its temporary directory. */
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Resolves true once the child has exited, false after `ms`. */
function exitWithin(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function answersPing(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * A FerretDB of its own for one test file (the binary the run uses, `FERRETDB_BIN` or
 * `.tools/ferretdb/ferretdb`), with extra command-line arguments such as `--test-disable-pushdown`,
 * on a free loopback port and a temporary SQLite directory. Unsupervised: for tests only.
 */
export async function startScratchFerretDb(
  extraArgs: string[] = [],
  { startTimeoutMs = START_MS, env = {} }: { startTimeoutMs?: number; env?: Record<string, string> } = {},
): Promise<ScratchFerretDb> {
  const binary = path.resolve(process.env.FERRETDB_BIN ?? '.tools/ferretdb/ferretdb');
  if (!fs.existsSync(binary)) {
    throw new Error(`FerretDB binary not found at ${binary}: run "node scripts/install-ferretdb.mjs"`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-scratch-ferretdb-'));
  const sqliteDir = path.join(dir, 'db');
  fs.mkdirSync(sqliteDir);
  const deadline = Date.now() + startTimeoutMs;
  let stderr = '';

  const launch = (port: number) => {
    const child = spawn(
      binary,
      [
        '--handler=sqlite',
        `--sqlite-url=file:${sqliteDir}/`,
        `--listen-addr=127.0.0.1:${port}`,
        `--state-dir=${dir}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=error',
        ...extraArgs,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } },
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', (err) => {
      stderr += `\ncould not run ${binary}: ${err.message}`;
    });
    return child;
  };

  const stopChild = async (child: ChildProcess) => {
    child.kill('SIGTERM');
    if (!(await exitWithin(child, 10_000))) {
      child.kill('SIGKILL');
      await exitWithin(child, 2_000);
    }
  };

  // The port may be taken between freePort() and FerretDB's bind: then it exits, and we try another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const uri = `mongodb://127.0.0.1:${port}/`;
    const child = launch(port);
    let ready = false;
    while (!ready && !exited(child) && Date.now() < deadline) {
      // Something else may answer on a reused port while our process failed to bind it.
      ready = (await answersPing(uri)) && !exited(child);
      if (!ready) await exitWithin(child, 100);
    }
    if (ready) {
      let stopping: Promise<void> | undefined;
      return {
        uri,
        stop() {
          stopping ??= stopChild(child).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
          return stopping;
        },
      };
    }
    const died = exited(child);
    await stopChild(child);
    if (!died || attempt === 3) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(
        died
          ? `ferretdb ${extraArgs.join(' ')} exited early: ${stderr.trim()}`
          : `ferretdb ${extraArgs.join(' ')} did not answer a ping within ${startTimeoutMs} ms: ${stderr.trim()}`,
      );
    }
  }
}
