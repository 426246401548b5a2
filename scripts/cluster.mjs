#!/usr/bin/env node
// `npm run cluster`: Redis, the database, three app instances and HAProxy in front, on one machine.
// CLUSTER_PORT (default 3000) moves the block: HAProxy on it, the instances on the next three ports.
import { spawn } from 'node:child_process';
import {
  ensureClientBuild,
  ensureDependencies,
  ensureServerBuild,
  ensureSystemPackages,
  root,
  step,
} from './lib/setup.mjs';

ensureDependencies();
ensureSystemPackages({ 'redis-server': '/usr/bin/redis-server', haproxy: '/usr/sbin/haproxy' });
const { ensureFerretDb } = await import('./install-ferretdb.mjs');
ensureFerretDb();
ensureClientBuild();
await ensureServerBuild();
step('starting the cluster…');
const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cluster/run.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
