// One adg process at a time per thing it replaces (a database file, an export directory): a lock file
// beside it, created exclusively, holding the owner's pid. A lock whose process is gone is stale (a
// killed run) and is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AdgError } from '../compiler/errors.js';

export interface Lock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock at `path` for `what` (named in the error when another adg holds it). */
export function acquireLock(path: string, what: string): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      let held = true;
      // Idempotent: a second release must not remove a lock another process has taken since.
      return {
        release: () => {
          if (held) rmSync(path, { force: true });
          held = false;
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new AdgError(`another adg process (pid ${owner}) is writing ${what}`, {}, `wait for it to finish; if no adg is running, delete ${path}`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new AdgError(`cannot take the lock ${path} for ${what}`, {}, 'another adg process keeps taking it; try again');
}
