#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages, FerretDB, the client build), then runs jest.
import { spawnSync } from 'node:child_process';
import { ensureClientBuild, ensureDependencies, ensureServerBuild } from './lib/setup.mjs';

ensureDependencies();
const { ensureFerretDb } = await import('./install-ferretdb.mjs');
ensureFerretDb();
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
