#!/usr/bin/env node
// `npm run build`: production client and server bundles in dist/.
import fs from 'node:fs';
import path from 'node:path';
import { ensureClientBuild, ensureServerBuild, root } from './lib/setup.mjs';

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
ensureClientBuild();
await ensureServerBuild();
