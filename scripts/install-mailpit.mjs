#!/usr/bin/env node
// Builds Mailpit (the local mail server of development and tests: SMTP in, web UI and HTTP API) with
// the Go toolchain into .tools/mailpit/ (git-ignored), once. `npm start` runs it and points the app's
// SMTP at it unless SMTP_URL is set; the e-mail tests start their own on free ports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 'v1.33.1';
const MODULE = 'github.com/axllent/mailpit';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.tools', 'mailpit');
export const mailpitBinary = path.join(outDir, 'mailpit');
const stamp = path.join(outDir, 'VERSION');

const log = (msg) => console.log(`[mailpit] ${msg}`);

function fail(msg) {
  console.error(`\n[mailpit] ${msg}\n`);
  process.exit(1);
}

export const installedMailpitVersion = () =>
  fs.existsSync(mailpitBinary) && fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;

function build() {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    fail(
      'Go is not installed. Install Go 1.24 or newer to build Mailpit, or set SMTP_URL to use another mail server.',
    );
  }
  log(`building Mailpit ${VERSION} with ${go.stdout.trim()} (first time only; takes a few minutes)`);
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    'go',
    ['install', '-trimpath', `-ldflags=-s -w -X ${MODULE}/config.Version=${VERSION}`, `${MODULE}@${VERSION}`],
    { stdio: 'inherit', env: { ...process.env, GOBIN: outDir, CGO_ENABLED: '0' } },
  );
  if (r.status !== 0 || !fs.existsSync(mailpitBinary)) {
    fail('go install failed (see above). Set SMTP_URL to use another mail server instead.');
  }
  fs.writeFileSync(stamp, `${VERSION}\n`);
}

/** Builds Mailpit when it is missing; returns the binary's path. */
export function ensureMailpit() {
  if (installedMailpitVersion() === VERSION) return mailpitBinary;
  build();
  log(`installed ${mailpitBinary}`);
  return mailpitBinary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  ensureMailpit();
  log(`ready: ${mailpitBinary}`);
}
