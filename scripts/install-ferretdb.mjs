#!/usr/bin/env node
// Builds FerretDB v1.24.2 with our patches (scripts/ferretdb/*.patch) into .tools/ferretdb/ (git-ignored)
// when it is missing or was built from other patches.
//
// The patches give FerretDB's SQLite backend filter, sort and limit pushdown on indexes built from
// (type rank, value) expressions, atomic read-modify-write commands and code 11000 for a unique clash
// on update; docs/ARCHITECTURE.md ("Database") explains why and what was measured.
//
// `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` compiles, but the binary panics at start:
// FerretDB embeds build/version/version.txt, which its release tooling generates and the module lacks.
// So we fetch exactly that module version with the Go toolchain, add version.txt, and `go build` it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.tools', 'ferretdb');
const binary = path.join(outDir, 'ferretdb');
const patchDir = path.join(root, 'scripts', 'ferretdb');
const patches = fs
  .readdirSync(patchDir)
  .filter((f) => f.endsWith('.patch'))
  .sort()
  .map((f) => path.join(patchDir, f));
const patchHash = createHash('sha256');
for (const p of patches) patchHash.update(fs.readFileSync(p));
/** The version the built binary reports: the module's, plus a digest of the patches applied. */
const BUILD_VERSION = `${VERSION}-cw.${patchHash.digest('hex').slice(0, 12)}`;

function log(msg) {
  console.log(`[ferretdb] ${msg}`);
}

function fail(msg) {
  console.error(`\n[ferretdb] ${msg}\n`);
  process.exit(1);
}

export function installedVersion() {
  if (!fs.existsSync(binary)) return null;
  const r = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  const m = /version:\s*(v\S+)/.exec(r.stdout ?? '');
  return r.status === 0 && m ? m[1] : null;
}

function checkGo() {
  const r = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    fail(
      'Go is not installed. Install Go 1.24 or newer to build the embedded database, or set MONGODB_URI to use an existing MongoDB.',
    );
  }
  const m = /go(\d+)\.(\d+)/.exec(r.stdout);
  if (!m || Number(m[1]) < 1 || (Number(m[1]) === 1 && Number(m[2]) < 24)) {
    fail(
      `${r.stdout.trim()} is too old: FerretDB ${VERSION} needs Go 1.24 or newer. Upgrade Go, or set MONGODB_URI.`,
    );
  }
  return r.stdout.trim();
}

function build() {
  log(`building FerretDB ${VERSION} with ${checkGo()} (first time only; takes a few minutes)`);
  const info = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${VERSION}`], { encoding: 'utf8' }),
  );
  if (!info.Dir) fail(`could not download ${MODULE}@${VERSION}: ${info.Error ?? 'unknown error'}`);
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-src-'));
  try {
    fs.cpSync(info.Dir, src, { recursive: true });
    execFileSync('chmod', ['-R', 'u+w', src]);
    fs.writeFileSync(path.join(src, 'build', 'version', 'version.txt'), `${BUILD_VERSION}\n`);
    for (const p of patches) {
      log(`applying ${path.basename(p)}`);
      execFileSync('git', ['apply', '--whitespace=nowarn', p], { cwd: src, stdio: 'inherit' });
    }
    fs.mkdirSync(outDir, { recursive: true });
    const args = ['build', '-trimpath', '-o', binary, './cmd/ferretdb'];
    const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
    let r = spawnSync('go', args, { cwd: src, stdio: 'inherit', env });
    if (r.status !== 0) {
      log('build failed; retrying with -ldflags=-checklinkname=0 (needed by some newer Go versions)');
      r = spawnSync(
        'go',
        ['build', '-trimpath', '-ldflags=-checklinkname=0', '-o', binary, './cmd/ferretdb'],
        {
          cwd: src,
          stdio: 'inherit',
          env,
        },
      );
    }
    if (r.status !== 0)
      fail('go build failed (see above). Set MONGODB_URI to use an existing MongoDB instead.');
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}

export function ensureFerretDb() {
  if (installedVersion() === BUILD_VERSION) return binary;
  build();
  const v = installedVersion();
  if (v !== BUILD_VERSION) fail(`the built binary does not report ${BUILD_VERSION} (got ${v ?? 'nothing'})`);
  log(`installed ${binary}`);
  return binary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  ensureFerretDb();
  log(`ready: ${binary}`);
}
