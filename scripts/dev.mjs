#!/usr/bin/env node
// `npm run dev`: the server in watch mode plus the Vite dev server (proxying /api and /socket.io to it).
import { spawn } from 'node:child_process';
import { ensureDependencies, root, step } from './lib/setup.mjs';

ensureDependencies();
if (!process.env.MONGODB_URI) {
  const { ensureFerretDb } = await import('./install-ferretdb.mjs');
  ensureFerretDb();
}
step('server on http://localhost:3000 (watch), client on http://localhost:5173');
const children = [
  spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'watch', '--clear-screen=false', 'server/index.ts'],
    { cwd: root, stdio: 'inherit' },
  ),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'client/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
const stop = (sig) => children.forEach((c) => c.exitCode === null && c.kill(sig));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(sig));
children.forEach((c) =>
  c.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  }),
);
