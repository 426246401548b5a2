import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/db/ferretdb';
import { waitFor } from '../lib/processes';
import type { LoggedCommand } from './commandLog';
import { APP_ENV, signIn } from './apps';
import { openSocket, socketSend, type AppSocket } from './latency';

export interface ProfileRequest {
  route: string;
  as: 'member' | 'host';
  /** A GET path, or null for a message:send over Socket.IO into `threadId`. */
  path: string | null;
}

export interface RouteProfile {
  route: string;
  request: string;
  ms: number;
  commands: Omit<LoggedCommand, 'at'>[];
}

/**
 * Which database commands each slow request sends, and how long each took: the app runs once more
 * on the volume database with commandLog.ts loaded and command monitoring on, and each request is
 * sent alone, so every command logged meanwhile is its own (background syncing is switched off).
 */
export async function profileRequests(
  uri: string,
  workDir: string,
  requests: ProfileRequest[],
  threadId: string,
): Promise<RouteProfile[]> {
  const log = path.join(workDir, 'commands.jsonl');
  fs.writeFileSync(log, '');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './bench/volume/commandLog.ts', 'server/index.ts'],
    {
      env: {
        ...process.env,
        ...APP_ENV,
        SEED_DEMO: 'false',
        PORT: String(port),
        NODE_ENV: 'production',
        SESSION_SECRET: 'bench-profile-secret-bench',
        MONGODB_URI: `${uri}?monitorCommands=true`,
        DATA_DIR: workDir,
        UPLOADS_DIR: path.join(workDir, 'uploads'),
        SEARCH_SYNC_MS: '0',
        BENCH_COMMAND_LOG: log,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  let socket: AppSocket | null = null;
  try {
    await waitFor(`${url}/api/documents?limit=1&q=hotline`, child);
    const cookies = {
      member: await signIn(url, 'member@example.org'),
      host: await signIn(url, 'host@example.org'),
    };
    const profiles: RouteProfile[] = [];
    for (const r of requests) {
      if (!r.path) socket ??= await openSocket(url, cookies.member);
      const from = Date.now();
      if (r.path) await (await fetch(`${url}${r.path}`, { headers: { Cookie: cookies[r.as] } })).text();
      else await socketSend(socket!, threadId)();
      const to = Date.now();
      const commands = readLog(log)
        .filter((c) => c.at >= from && c.at <= to)
        .map(({ at: _at, ...c }) => c);
      profiles.push({
        route: r.route,
        request: r.path ? `GET ${r.path}` : 'message:send',
        ms: to - from,
        commands,
      });
    }
    return profiles;
  } finally {
    socket?.disconnect();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

function readLog(file: string): LoggedCommand[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedCommand);
}
