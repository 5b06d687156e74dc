// The tool version, read from the package.json of this checkout or install (works from source and dist/).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageJson(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'adg') return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the adg package.json');
    dir = parent;
  }
}

export const PACKAGE_ROOT = dirname(findPackageJson(dirname(fileURLToPath(import.meta.url))));
export const TOOL_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
