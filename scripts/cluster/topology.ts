/**
 * The local cluster: Redis, one FerretDB, N app instances (the production bundle, as `npm start`
 * runs it) and HAProxy in front, on a block of ports from `basePort`:
 *   basePort: HAProxy · basePort+1…+N: the instances · basePort+10: FerretDB · basePort+11: Redis.
 * Used by `npm run cluster`, the cluster tests and `npm run bench:cluster`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startFerretDb, type FerretDbHandle } from '../../server/db/ferretdb';

// Scripts, tests and benches all run from the repository's root.
const ROOT = process.cwd();
const BUNDLE = path.join(ROOT, 'dist/server/index.js');
const HAPROXY_CFG = path.join(ROOT, 'deploy/haproxy.cfg');

export interface ClusterOptions {
  basePort: number;
  instances?: number;
  /** Holds FerretDB's and Redis's files; uploads go to `<dataDir>/uploads` unless given. */
  dataDir: string;
  uploadsDir?: string;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
  /** Seed the demo coalition (through the first instance, before the others start). */
  seedDemo?: boolean;
  /** Each line the parts print, prefixed with the part's name; default: dropped. */
  onLine?: (part: string, line: string) => void;
}

interface AppInstance {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  output: string[];
}

export interface RunningCluster {
  url: string;
  redisUrl: string;
  mongoUri: string;
  instances: AppInstance[];
  /** Kills an instance (SIGKILL by default) and waits for its exit. */
  kill(index: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped instance again on its port. */
  restart(index: number): Promise<void>;
  /** Stops Redis and starts it again on the same port (nothing persisted). */
  restartRedis(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Finds `span` consecutive free loopback ports in 20000–32000: below the kernel's ephemeral range
 * (32768 and up), so no other process's outgoing connection or port-0 server takes one of them
 * between this check and the cluster's parts binding them.
 */
export async function freePortBlock(span = 12): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * (12_000 - span));
    const free = await Promise.all(Array.from({ length: span }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no block of free ports found');
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/** Polls `check` until true; fails after `ms`, or at once when `failed` names a reason (a part exited). */
async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  ms = 60_000,
  failed: () => string | null = () => null,
) {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    const reason = failed();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const healthy = async (url: string) => (await fetch(`${url}/api/health`)).status === 200;
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

function pipeLines(child: ChildProcess, part: string, sink: string[], onLine?: ClusterOptions['onLine']) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        sink.push(line);
        if (sink.length > 5_000) sink.shift();
        onLine?.(part, line);
      }
    });
  }
}

export async function startCluster(opts: ClusterOptions): Promise<RunningCluster> {
  const n = opts.instances ?? 3;
  const { basePort, dataDir } = opts;
  const uploadsDir = opts.uploadsDir ?? path.join(dataDir, 'uploads');
  fs.mkdirSync(path.join(dataDir, 'redis'), { recursive: true });
  fs.mkdirSync(uploadsDir, { recursive: true });
  const redisPort = basePort + 11;
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const url = `http://localhost:${basePort}`;
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
  };

  try {
    // Redis
    let redis = startRedis(redisPort, dataDir, opts.onLine);
    started.push({ stop: async () => stopChild(redis) });
    await waitFor('redis', () => redisAnswers(redisPort), 15_000);

    // The database
    const db: FerretDbHandle = await startFerretDb({
      binary: path.join(ROOT, '.tools/ferretdb/ferretdb'),
      dataDir: path.join(dataDir, 'db'),
      port: basePort + 10,
      log: (line) => opts.onLine?.('ferretdb', line),
    });
    started.push({ stop: () => db.stop() });
    const mongoUri = `${db.uri.replace(/\/$/, '')}/coalition`;

    // The app instances: the first one seeds, then the others start together.
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(24).toString('hex'),
      PUBLIC_URL: url,
      MONGODB_URI: mongoUri,
      REDIS_URL: redisUrl,
      UPLOADS_DIR: uploadsDir,
      TRUST_PROXY: '1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // Replies by e-mail are off here: several instances would contend for one SMTP port.
      INBOUND_SMTP_PORT: 'off',
      ...opts.env,
    };
    const instances: AppInstance[] = Array.from({ length: n }, (_, i) => ({
      name: `app${i + 1}`,
      port: basePort + 1 + i,
      url: `http://localhost:${basePort + 1 + i}`,
      child: null as unknown as ChildProcess,
      output: [],
    }));
    const launch = async (inst: AppInstance, seed: boolean) => {
      inst.child = spawn(process.execPath, ['--enable-source-maps', BUNDLE], {
        cwd: ROOT,
        env: { ...env, PORT: String(inst.port), SEED_DEMO: seed ? 'true' : 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      pipeLines(inst.child, inst.name, inst.output, opts.onLine);
      await waitFor(
        `${inst.name} to answer`,
        () => healthy(inst.url),
        60_000,
        () =>
          inst.child.exitCode !== null ? `${inst.name} exited:\n${inst.output.slice(-40).join('\n')}` : null,
      );
    };
    started.push({
      stop: async () => {
        await Promise.all(instances.map((i) => i.child && stopChild(i.child)));
      },
    });
    await launch(instances[0]!, !!opts.seedDemo);
    await Promise.all(instances.slice(1).map((i) => launch(i, false)));

    // The load balancer
    const haproxy = spawn('haproxy', ['-db', '-f', HAPROXY_CFG], {
      env: {
        ...process.env,
        LB_BIND: `:${basePort}`,
        ...Object.fromEntries(
          Array.from({ length: 3 }, (_, i) => [
            `APP${i + 1}_ADDR`,
            // Fewer instances: the missing servers point at the first (HAProxy needs all three lines).
            `127.0.0.1:${instances[Math.min(i, n - 1)]!.port}`,
          ]),
        ),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const haproxyOut: string[] = [];
    pipeLines(haproxy, 'haproxy', haproxyOut, opts.onLine);
    started.push({ stop: async () => stopChild(haproxy) });
    await waitFor('haproxy', () => healthy(url), 15_000);

    return {
      url,
      redisUrl,
      mongoUri,
      instances,
      async kill(index, signal = 'SIGKILL') {
        const child = instances[index]!.child;
        child.kill(signal);
        await exited(child);
      },
      async restart(index) {
        await launch(instances[index]!, false);
      },
      async restartRedis() {
        await stopChild(redis, 'SIGKILL');
        redis = startRedis(redisPort, dataDir, opts.onLine);
        await waitFor('redis after restart', () => redisAnswers(redisPort), 15_000);
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

function startRedis(port: number, dataDir: string, onLine?: ClusterOptions['onLine']): ChildProcess {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      path.join(dataDir, 'redis'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  pipeLines(child, 'redis', [], onLine);
  return child;
}

/** Sends PING over a plain socket: true on +PONG. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
    socket.write('PING\r\n');
    socket.setTimeout(1_000, () => done(false));
  });
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}
