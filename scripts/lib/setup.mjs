// Shared steps of `npm start` and `npm test`: each installs or builds only what is missing or stale.
// Plain Node with no dependencies, because it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function step(msg) {
  console.log(`\x1b[36m[setup]\x1b[0m ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n[setup] "${cmd} ${args.join(' ')}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

/** Newest modification time of any file under the given paths (skipping node_modules). */
function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return newest;
}

const mtime = (p) => {
  try {
    return fs.statSync(path.join(root, p)).mtimeMs;
  } catch {
    return 0;
  }
};

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = mtime('node_modules/.package-lock.json');
  if (installed && installed >= mtime('package-lock.json')) return;
  step('installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the client with Vite when dist/client is missing or older than its sources. */
export function ensureClientBuild() {
  const built = mtime('dist/client/index.html');
  if (built && built >= newestMtime(['client', 'shared'])) return;
  step('building the client (vite build)…');
  run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'client/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}

/** Bundles the server with esbuild when dist/server is missing or older than its sources. */
export async function ensureServerBuild() {
  const built = Math.min(mtime('dist/server/index.js'), mtime('dist/server/textExtraction.worker.js'));
  if (built && built >= newestMtime(['server', 'shared', 'package-lock.json'])) return;
  step('building the server (esbuild)…');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: {
      index: path.join(root, 'server/index.ts'),
      // Text extraction runs in a worker thread of its own (server/features/library/textExtractionWorker.ts).
      'textExtraction.worker': path.join(root, 'server/workers/textExtraction.worker.ts'),
    },
    define: { __SERVER_BUNDLE__: 'true' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    outdir: path.join(root, 'dist/server'),
  });
}

/**
 * Debian packages the tests and the local cluster use (Chromium for browser tests, Redis and HAProxy
 * for the cluster): installed with apt-get when missing and this is root; otherwise says what to run.
 */
export function ensureSystemPackages(
  packages = {
    chromium: '/usr/bin/chromium',
    'redis-server': '/usr/bin/redis-server',
    haproxy: '/usr/sbin/haproxy',
  },
) {
  const missing = Object.entries(packages)
    .filter(([, binary]) => !fs.existsSync(binary))
    .map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `\n[setup] missing Debian packages: ${missing.join(' ')}. Run: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  step(`installing ${missing.join(', ')} (apt-get)…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
