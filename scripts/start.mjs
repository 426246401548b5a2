#!/usr/bin/env node
// `npm start`: installs what is missing, builds what is stale, starts the embedded database and the app.
import { spawn } from 'node:child_process';
import { ensureClientBuild, ensureDependencies, ensureServerBuild, root, step } from './lib/setup.mjs';

const started = Date.now();
ensureDependencies();
if (!process.env.MONGODB_URI) {
  const { ensureFerretDb } = await import('./install-ferretdb.mjs');
  ensureFerretDb();
}
// Development mail: Mailpit catches every e-mail the app sends (SMTP_URL points elsewhere in production).
const mailpit =
  !process.env.SMTP_URL && process.env.NODE_ENV !== 'production' && !process.env.SESSION_SECRET
    ? await (await import('./lib/mailpit.mjs')).startMailpit()
    : null;
ensureClientBuild();
await ensureServerBuild();
step(`ready to start after ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server…`);

const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/index.js'], {
  cwd: root,
  stdio: 'inherit',
  // Production mode needs SESSION_SECRET (see README); without one this is a local, development-mode run.
  env: {
    ...process.env,
    ...(mailpit ? { SMTP_URL: mailpit.smtpUrl } : {}),
    NODE_ENV: process.env.NODE_ENV ?? (process.env.SESSION_SECRET ? 'production' : 'development'),
  },
});
// The server handles SIGINT/SIGTERM itself (it stops the database first); we forward and wait.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => {
  mailpit?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
