import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'app.lock';

class DataDirInUseError extends Error {
  constructor(
    dataDir: string,
    public readonly ownerPid: number,
  ) {
    super(
      `DATA_DIR ${shown(dataDir)} is in use by process ${ownerPid} (another Coalition Workspace). ` +
        'Stop that one first, or give this one its own DATA_DIR.',
    );
  }
}

export interface DataDirLock {
  /** True when a lock left by a process that no longer runs was taken over. */
  tookOver: boolean;
  release(): void;
}

/** The folder as the operator wrote it: relative to the working directory when inside it. */
function shown(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? `./${rel}` : dir;
}

/** True while the process runs (a zombie, dead but not yet reaped by its parent, does not count). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); // "pid (name) state …"
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true; // no /proc here: trust the signal check
  }
}

/** The pid in a lock file; 0 when it is gone or holds no pid. */
function ownerOf(file: string): number {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

/** Creates `file` holding our pid, atomically: it never exists half-written. False if it exists. */
function create(file: string): boolean {
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    fs.linkSync(mine, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Makes this process the one owner of dataDir: an exclusive lock file (created with link(2), which
 * fails if it exists) holding its pid. A lock whose process still runs refuses with
 * DataDirInUseError; one left by a process that died is taken over. Taking over renames the old file
 * away first, so of two processes racing for the same stale lock only one wins.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  let tookOver = false;
  while (!create(file)) {
    const owner = ownerOf(file);
    if (owner && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
    const stale = `${file}.${process.pid}.stale`;
    try {
      fs.renameSync(file, stale);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // another process took it over first
      throw err;
    }
    const moved = ownerOf(stale);
    if (moved !== owner && moved !== process.pid && isAlive(moved)) {
      // The file was replaced by a live owner between reading and renaming it: give it back.
      fs.linkSync(stale, file);
      fs.rmSync(stale, { force: true });
      throw new DataDirInUseError(dataDir, moved);
    }
    fs.rmSync(stale, { force: true });
    tookOver = true;
  }
  return {
    tookOver,
    release() {
      if (ownerOf(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
