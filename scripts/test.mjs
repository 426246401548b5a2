#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages, FerretDB, the client build), then runs jest.
import { spawnSync } from 'node:child_process';
import { ensureClientBuild, ensureDependencies, ensureServerBuild, ensureSystemPackages } from './lib/setup.mjs';

ensureDependencies();
// Chromium (browser tests), Redis and HAProxy (cluster tests) come from Debian's packages.
ensureSystemPackages();
const { ensureFerretDb } = await import('./install-ferretdb.mjs');
ensureFerretDb();
// The e-mail tests send to a real Mailpit (test/helpers/mailpit.ts starts one per file).
const { ensureMailpit } = await import('./install-mailpit.mjs');
ensureMailpit();
ensureClientBuild();
// The lifecycle test runs the production server bundle, exactly as `npm start` does.
await ensureServerBuild();
// pdf.js (text extraction) loads its worker with import(); Jest's VM allows that only with vm modules.
const r = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  },
);
process.exit(r.status ?? 1);
