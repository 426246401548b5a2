// Runs Mailpit for `npm start` in development: SMTP on MAIL_SMTP_PORT (1025), web UI and API on
// MAIL_UI_PORT (8025), both on loopback, messages kept in DATA_DIR/mailpit.db.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, step } from './setup.mjs';

export async function startMailpit() {
  const { ensureMailpit } = await import('../install-mailpit.mjs');
  const binary = ensureMailpit();
  const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
  const uiPort = Number(process.env.MAIL_UI_PORT ?? 8025);
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? './data');
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    binary,
    [
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${uiPort}`,
      '--database',
      path.join(dataDir, 'mailpit.db'),
      '--disable-version-check',
      '--quiet',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  child.on(
    'exit',
    (code) => code && step(`Mailpit stopped (exit ${code}); is port ${smtpPort} or ${uiPort} in use?`),
  );
  const ui = `http://localhost:${uiPort}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${ui}/api/v1/info`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  step(`Mailpit: every e-mail the app sends is at ${ui} (SMTP 127.0.0.1:${smtpPort})`);
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    uiUrl: ui,
    stop: () => child.exitCode === null && child.kill('SIGTERM'),
  };
}
