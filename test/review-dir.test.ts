// The review pack (out/<dataset>/review) is adg's, written whole and swapped in like the export around
// it: a rewrite replaces the set exactly, a pack the user made or changed is refused by the review
// writer and by the export alike, and every export carries the pack across its swap byte-identical,
// whatever point of either swap a kill lands on. The swaps are driven directly (beginExport,
// writeReviewPack), in a child process where a kill is wanted (ADG_CRASH_AT, see runner/crash.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AdgError } from '../compiler/errors.js';
import { beginExport, refuseUnowned, siblingsOf } from '../runner/export-dir.js';
import { MANIFEST } from '../runner/export-manifest.js';
import { readReviewFile, writeReviewPack } from '../runner/review-dir.js';
import { REPO, tempProject } from './helpers.js';

type Files = Record<string, string>;

const packs = {
  old: { 'report.html': '<p>old</p>\n', 'REVIEW.md': '# old\n', 'review.json': '{"v":"old"}\n', 'metadata.sha256': 'aaa\n' },
  new: { 'report.html': '<p>new</p>\n', 'REVIEW.md': '# new\n', 'review.json': '{"v":"new"}\n', 'metadata.sha256': 'bbb\n' },
  qa: { 'report.html': '<p>qa</p>\n', 'REVIEW.md': '# qa\n', 'review.json': '{"v":"new"}\n', 'metadata.sha256': 'bbb\n', 'qa.json': '{"qa":1}\n' },
} satisfies Record<string, Files>;
const exports = {
  old: { 'artificial_people.csv': 'ward\nA\n', 'README.md': '# old export\n' },
  new: { 'artificial_people.csv': 'ward\nB\n', 'README.md': '# new export\n' },
} satisfies Record<string, Files>;

/** Every file and directory under a path, with the sha256 of each file: equal means byte-identical, manifests included. */
function tree(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    const name = relative(path, p) || '.';
    if (statSync(p).isDirectory()) {
      out[name] = 'dir';
      for (const e of readdirSync(p)) walk(join(p, e));
    } else out[name] = createHash('sha256').update(readFileSync(p)).digest('hex');
  };
  if (existsSync(path)) walk(path);
  return out;
}

/** The files directly in a directory, with their text; the manifest (it carries mtimes) and the review pack aside. */
function filesIn(dir: string): Files {
  const names = readdirSync(dir).filter((e) => e !== MANIFEST && statSync(join(dir, e)).isFile());
  return Object.fromEntries(names.sort().map((e) => [e, readFileSync(join(dir, e), 'utf8')]));
}

function thrown(f: () => unknown): AdgError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(AdgError);
    return err as AdgError;
  }
  throw new Error('expected a refusal');
}

/** A child process that exports or writes a review pack as adg does, killed at ADG_CRASH_AT. */
const HARNESS = `
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
const at = (file) => import(${JSON.stringify(pathToFileURL(join(REPO, 'runner')).href)} + '/' + file);
const { beginExport } = await at('export-dir.ts');
const { writeReviewPack } = await at('review-dir.ts');
const { crashPoint } = await at('crash.ts');
const [op, dir, files, root] = process.argv.slice(2);
if (op === 'export') {
  const staged = beginExport(dir, 'people', root);
  try {
    for (const [name, content] of Object.entries(JSON.parse(files))) writeFileSync(join(staged.dir, name), content);
    crashPoint('export:writing');
    staged.seal();
    staged.swapIn();
  } finally {
    staged.close();
  }
} else writeReviewPack(dir, 'people', JSON.parse(files), root);
`;
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

describe('the review pack', () => {
  const t = tempProject('adg-review-dir-');
  const root = t.root;
  afterAll(() => t.cleanup());
  const exportDir = (name: string) => join(root, 'cases', name, 'people');
  const reviewOf = (dir: string) => join(dir, 'review');
  const review = (dir: string, files: Files) => writeReviewPack(reviewOf(dir), 'people', files, root);
  const exportFiles = (dir: string, files: Files) => {
    const staged = beginExport(dir, 'people', root);
    try {
      for (const [name, content] of Object.entries(files)) writeFileSync(join(staged.dir, name), content);
      staged.seal();
      staged.swapIn();
    } finally {
      staged.close();
    }
  };
  const killedAt = (point: string, op: 'export' | 'review', dir: string, files: Files) => {
    const harness = join(root, 'harness.mjs');
    if (!existsSync(harness)) writeFileSync(harness, HARNESS);
    const r = spawnSync(process.execPath, ['--import', TSX, harness, op, op === 'review' ? reviewOf(dir) : dir, JSON.stringify(files), root], {
      encoding: 'utf8',
      env: { ...process.env, ADG_CRASH_AT: point },
    });
    expect(r.signal, r.stderr).toBe('SIGKILL');
  };
  /** Nothing beside the export directory: no staging, no previous, no lock. */
  const alone = (dir: string) => expect(readdirSync(join(dir, '..'))).toEqual(['people']);
  /** The export's files, its manifest and the pack: none of either swap's leftovers. */
  const settled = (dir: string, exported: Files | undefined, pack: Files) => {
    alone(dir);
    if (exported) expect(filesIn(dir)).toEqual(exported);
    expect(readdirSync(dir).sort()).toEqual([...(exported ? [...Object.keys(exported), MANIFEST] : []), 'review'].sort());
    expect(filesIn(reviewOf(dir))).toEqual(pack);
    expect(readReviewFile(reviewOf(dir), 'review.json')).toBe(pack['review.json']);
  };

  it('is written whole, creating the export directory, and a rewrite replaces the set exactly', () => {
    const dir = exportDir('write');
    const written = review(dir, packs.old);
    expect(written).toEqual(Object.entries(packs.old).map(([name, text]) => ({ path: join(reviewOf(dir), name), bytes: Buffer.byteLength(text) })));
    expect(readdirSync(reviewOf(dir)).sort()).toEqual([...Object.keys(packs.old), MANIFEST].sort());
    settled(dir, undefined, packs.old);

    // qa adds qa.json and rewrites the rest; a later review drops it again.
    for (const pack of [packs.qa, packs.new]) {
      review(dir, pack);
      expect(readdirSync(reviewOf(dir)).sort()).toEqual([...Object.keys(pack), MANIFEST].sort());
      settled(dir, undefined, pack);
    }
    expect(readReviewFile(reviewOf(dir), 'qa.json')).toBeUndefined();
    expect(readReviewFile(reviewOf(exportDir('none')), 'review.json')).toBeUndefined();
  });

  it.each([
    { what: "a directory of the user's notes", slug: 'notes', make: (p: string) => (mkdirSync(p, { recursive: true }), writeFileSync(join(p, 'notes.txt'), 'mine\n')), message: 'holds files adg did not write (notes.txt)' },
    { what: 'an empty directory', slug: 'empty', make: (p: string) => mkdirSync(p, { recursive: true }), message: 'is a directory adg did not make (it has no adg manifest)' },
    { what: 'a file', slug: 'file', make: (p: string) => (mkdirSync(join(p, '..'), { recursive: true }), writeFileSync(p, 'mine\n')), message: 'is a file, not a review pack adg wrote' },
  ])('$what at review/ is refused by the review writer and the export, and left as it is', ({ slug, make, message }) => {
    const dir = exportDir(`foreign-${slug}`);
    make(reviewOf(dir));
    const before = tree(dir);
    for (const attempt of [() => review(dir, packs.new), () => exportFiles(dir, exports.new)]) {
      const err = thrown(attempt);
      expect(err.kind).toBe('usage');
      expect(err.message).toBe(`cases/foreign-${slug}/people/review ${message}`);
      expect(err.hint).toContain('move the review directory away');
      expect(tree(dir)).toEqual(before);
      alone(dir);
    }
  });

  it.each([
    { what: 'added', change: (pack: string) => writeFileSync(join(pack, 'notes.txt'), 'mine\n'), message: 'holds files adg did not write (notes.txt)' },
    { what: 'changed', change: (pack: string) => appendFileSync(join(pack, 'REVIEW.md'), 'signed: me\n'), message: 'holds files changed since adg wrote them (REVIEW.md)' },
  ])('a file the user $what in the pack is refused by the review writer and the export, and left as it is', ({ what, change, message }) => {
    const dir = exportDir(`user-${what}`);
    review(dir, packs.old);
    exportFiles(dir, exports.old);
    change(reviewOf(dir));
    const before = tree(dir);
    for (const attempt of [() => review(dir, packs.new), () => exportFiles(dir, exports.new), () => refuseUnowned(dir, 'export', root)]) {
      expect(thrown(attempt).message).toBe(`cases/user-${what}/people/review ${message}`);
      expect(tree(dir)).toEqual(before);
      alone(dir);
    }
    expect(readReviewFile(reviewOf(dir), 'review.json')).toBeUndefined();
  });

  it('a review before any export, then exports and reviews in turn: each export keeps the pack byte-identical', () => {
    const dir = exportDir('first');
    review(dir, packs.old);
    const pack = tree(reviewOf(dir));
    for (const exported of [exports.old, exports.new]) {
      exportFiles(dir, exported);
      expect(tree(reviewOf(dir))).toEqual(pack);
      settled(dir, exported, packs.old);
      // The manifest lists the export's own files: the pack is adg's, but not the export's.
      const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
      expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(Object.keys(exported).sort());
      expect(manifest.kind).toBe('export');
    }
    review(dir, packs.qa);
    const rewritten = tree(reviewOf(dir));
    exportFiles(dir, exports.old);
    expect(tree(reviewOf(dir))).toEqual(rewritten);
    settled(dir, exports.old, packs.qa);
  });

  // Where the pack is after a kill at each point of an export, and what the export directory holds.
  const exportKills = [
    { point: 'export:writing', pack: 'in place', export: 'old' },
    { point: 'export:staged', pack: 'in place', export: 'old' },
    { point: 'export:moved-aside', pack: 'previous', export: 'none' },
    { point: 'export:moved-in', pack: 'previous', export: 'new' },
    { point: 'export:carried-review', pack: 'in place', export: 'new' },
    { point: 'export:removing-previous', pack: 'in place', export: 'new' },
  ] as const;
  it.each(
    exportKills.flatMap((k) =>
      (['export', 'review only'] as const).flatMap((start) => (['export', 'review'] as const).map((next) => ({ ...k, start, next }))),
    ),
  )('a kill at $point (over $start) keeps the pack whole, and the next $next recovers', ({ point, pack, export: found, start, next }) => {
    const dir = exportDir(`${point.replace(':', '-')}-${start.replace(' ', '-')}-${next}`);
    const sibling = siblingsOf(dir);
    review(dir, packs.old);
    if (start === 'export') exportFiles(dir, exports.old);
    const before = tree(reviewOf(dir));

    killedAt(point, 'export', dir, exports.new);
    expect(existsSync(sibling.lock)).toBe(true);
    expect(tree(reviewOf(pack === 'in place' ? dir : sibling.previous))).toEqual(before);
    if (found === 'none') expect(existsSync(dir)).toBe(false);
    else if (found === 'new') expect(filesIn(dir)).toEqual(exports.new);
    else if (start === 'export') expect(filesIn(dir)).toEqual(exports.old);
    else expect(readdirSync(dir)).toEqual(['review']);
    // `adg run` checks the export directory before it scrapes, without the lock: the pack's place does not stop it.
    if (found !== 'none') refuseUnowned(dir, 'export', root);

    if (next === 'export') {
      exportFiles(dir, exports.new);
      expect(tree(reviewOf(dir))).toEqual(before);
      settled(dir, exports.new, packs.old);
    } else {
      review(dir, packs.new);
      // The review finished the export's swap, or rolled it back, before writing.
      const swapped = found !== 'old';
      settled(dir, swapped ? exports.new : start === 'export' ? exports.old : undefined, packs.new);
    }
  });

  // Where the old and new packs are after a kill at each point of the review writer's swap, and which one recovery keeps.
  const reviewKills = [
    { point: 'review:writing', inPlace: 'old', staging: 'unsealed', previous: 'none', kept: 'old' },
    { point: 'review:staged', inPlace: 'old', staging: 'new', previous: 'none', kept: 'old' },
    { point: 'review:moved-aside', inPlace: 'none', staging: 'new', previous: 'old', kept: 'new' },
    { point: 'review:moved-in', inPlace: 'new', staging: 'none', previous: 'old', kept: 'new' },
    { point: 'review:removing-previous', inPlace: 'new', staging: 'none', previous: 'manifest', kept: 'new' },
  ] as const;
  it.each(reviewKills.flatMap((k) => (['export', 'review'] as const).map((next) => ({ ...k, next }))))(
    'a kill at $point leaves the old or the new pack whole, and the next $next recovers',
    ({ point, inPlace, staging, previous, kept, next }) => {
      const dir = exportDir(`${point.replace(':', '-')}-${next}`);
      const pack = siblingsOf(reviewOf(dir));
      exportFiles(dir, exports.old);
      review(dir, packs.old);
      const old = tree(reviewOf(dir));

      killedAt(point, 'review', dir, packs.new);
      expect(existsSync(siblingsOf(dir).lock)).toBe(true);
      expect(filesIn(dir)).toEqual(exports.old);
      const holds = (path: string, which: string) => {
        if (which === 'none') expect(existsSync(path)).toBe(false);
        else if (which === 'old') expect(tree(path)).toEqual(old);
        else if (which === 'new') expect(filesIn(path)).toEqual(packs.new);
        else if (which === 'manifest') expect(readdirSync(path)).toEqual([MANIFEST]);
        else expect(JSON.parse(readFileSync(join(path, MANIFEST), 'utf8')).complete).toBe(false);
      };
      holds(reviewOf(dir), inPlace);
      holds(pack.staging, staging);
      holds(pack.previous, previous);
      refuseUnowned(dir, 'export', root);

      if (next === 'export') {
        exportFiles(dir, exports.new);
        if (kept === 'old') expect(tree(reviewOf(dir))).toEqual(old);
        settled(dir, exports.new, packs[kept]);
      } else {
        review(dir, packs.qa);
        settled(dir, exports.old, packs.qa);
      }
    },
  );

  it('a review while another adg holds the export directory is refused; a lock whose process is gone is taken over', () => {
    const dir = exportDir('locked');
    exportFiles(dir, exports.old);
    review(dir, packs.old);
    const { lock } = siblingsOf(dir);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lock, `${other.pid}`);
      const before = tree(dir);
      expect(thrown(() => review(dir, packs.new)).message).toBe(`another adg process (pid ${other.pid}) is writing cases/locked/people`);
      expect(tree(dir)).toEqual(before);
      expect(readFileSync(lock, 'utf8')).toBe(`${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }
    writeFileSync(lock, `${spawnSync(process.execPath, ['-e', '']).pid}`);
    review(dir, packs.new);
    settled(dir, exports.old, packs.new);
  });

  it('an export directory given as the review pack is refused, and the pack as an export directory', () => {
    const dir = exportDir('kinds');
    exportFiles(dir, exports.old);
    exportFiles(reviewOf(dir), exports.old);
    expect(thrown(() => review(dir, packs.new)).message).toBe('cases/kinds/people/review is an export adg wrote, not a review pack');
    const other = exportDir('kinds-pack');
    review(other, packs.old);
    expect(thrown(() => exportFiles(reviewOf(other), exports.old)).message).toBe('cases/kinds-pack/people/review is a review pack adg wrote, not an export');
  });
});
