// The spec loader: defaults, ordering, hashing, and errors that name file:line:col, the path and a fix.
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../compiler/spec/load.js';
import { AdgError, AdgErrors } from '../compiler/errors.js';
import { publishedCount, PRESETS } from '../compiler/spec/presets.js';

const base = `version: 1
dataset: demo
source:
  file: data/demo.parquet
fields:
  a: categorical
`;

function errorOf(yaml: string): AdgError {
  try {
    parseSpec(yaml, 'specs/demo.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(AdgError);
    return err as AdgError;
  }
  throw new Error('expected the spec to be rejected');
}

describe('a valid spec', () => {
  it('fills every default', () => {
    const spec = parseSpec(base, 'specs/demo.yaml');
    expect(spec.policy).toEqual({ threshold: 8, roundTo: 5, preset: 'nhs-hes', count: 'rows' });
    expect(spec.generation).toEqual({ per: 'row', rows: undefined, entities: undefined, scale: 1, seed: 0, excludedColumns: 'keep' });
    expect(spec.disclaimer).toBe('These data are artificially generated, any resemblance to real patients is coincidental.');
    expect(spec.source).toEqual({ kind: 'file', path: 'data/demo.parquet', format: 'parquet' });
    expect(spec.fields).toMatchObject([{ ordinal: 1, name: 'a', kind: 'categorical', type: 'string', policy: { threshold: 8, roundTo: 5 } }]);
  });

  it('keeps fields in the order written, integer-like names included', () => {
    const spec = parseSpec(`${base}  "2020": discrete\n  b: categorical\n  "10": continuous\n`, 's.yaml');
    expect(spec.fields.map((f) => f.name)).toEqual(['a', '2020', 'b', '10']);
  });

  it('accepts names with spaces, quotes, unicode and SQL', () => {
    const names = ['Cost Total $', 'it\'s "quoted"', 'Größe 😀', 'x"; DROP TABLE t; --', '__proto__', 'constructor'];
    const fields = names.map((n) => `  ${JSON.stringify(n)}: categorical`).join('\n');
    const spec = parseSpec(`${base.replace('  a: categorical\n', '')}${fields}\n`, 's.yaml');
    expect(spec.fields.map((f) => f.name)).toEqual(names);
  });

  it('derives date output types and resolutions from the granularity', () => {
    const spec = parseSpec(`${base}  d: {kind: date, granularity: hour}\n  e: {kind: date, granularity: month}\n`, 's.yaml');
    expect(spec.fields[1]).toMatchObject({ type: 'timestamp', granularity: 'hour', resolution: 'second' });
    expect(spec.fields[2]).toMatchObject({ type: 'date', granularity: 'month', resolution: 'day' });
  });

  it('has a hash that ignores comments and layout but not content', () => {
    const a = parseSpec(base, 'x.yaml').hash;
    const b = parseSpec(`# a comment\n${base.replace('fields:', 'fields:   # trailing')}`, 'y.yaml').hash;
    const c = parseSpec(base.replace('a: categorical', 'a: discrete'), 'x.yaml').hash;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('applies a custom policy and a stricter field policy', () => {
    const spec = parseSpec(
      base
        .replace('fields:', 'suppression: {threshold: 10, round_to: 10, count: rows}\nfields:')
        .replace('a: categorical', 'a: {kind: categorical, suppression: {threshold: 20}}'),
      's.yaml',
    );
    expect(spec.policy).toMatchObject({ threshold: 10, roundTo: 10, preset: undefined });
    expect(spec.fields[0]!.policy).toEqual({ threshold: 20, roundTo: 10 });
  });
});

describe('spec errors', () => {
  it('malformed YAML: file:line:col', () => {
    const e = errorOf(`${base}  b: x: y\n`);
    expect(e.format()).toMatch(/^specs\/demo\.yaml:7:\d+: invalid YAML: /);
    expect(e.format()).toContain('hint: fix the YAML syntax at this position');
  });

  it('unknown kind: the path, a suggestion and the valid kinds', () => {
    const e = errorOf(base.replace('a: categorical', 'a: categorial'));
    expect(e.format()).toContain('specs/demo.yaml:6:6 fields.a: unknown kind "categorial"');
    expect(e.format()).toContain('did you mean "categorical"?');
    expect(e.format()).toContain('categorical, discrete, date, continuous, excluded');
  });

  it('unknown kind in the object form points at the kind', () => {
    const e = errorOf(base.replace('a: categorical', 'a:\n    kind: continous'));
    expect(e.format()).toContain('specs/demo.yaml:7:11 fields.a.kind: unknown kind "continous"');
    expect(e.format()).toContain('did you mean "continuous"?');
  });

  it('unknown key: located on the key, with a suggestion and the valid keys', () => {
    const e = errorOf(`${base}suppresion:\n  preset: cms\n`);
    expect(e.format()).toContain('specs/demo.yaml:7:1 suppresion: unknown key "suppresion"');
    expect(e.format()).toContain('did you mean "suppression"?');
    const f = errorOf(base.replace('a: categorical', 'a: {kind: date, granularty: day}'));
    expect(f.format()).toContain('fields.a.granularty: unknown key "granularty"');
    expect(f.format()).toContain('did you mean "granularity"?');
  });

  it('bad option value: the valid choices', () => {
    const e = errorOf(base.replace('a: categorical', 'a: {kind: date, granularity: fortnight}'));
    expect(e.format()).toContain('fields.a.granularity: unknown value "fortnight"');
    expect(e.format()).toContain('year, month, week, day, hour, minute');
  });

  it('reports every problem at once', () => {
    const e = errorOf(`${base.replace('dataset: demo', 'dataset: My Data')}  b: categorial\n`);
    expect(e).toBeInstanceOf(AdgErrors);
    expect((e as AdgErrors).errors.map((x) => x.location.path)).toEqual(['dataset', 'fields.b']);
  });

  it('semantic rules: preset with threshold, entity counting without entity, lowered field threshold, entity published', () => {
    expect(errorOf(`${base}suppression: {preset: cms, threshold: 3}\n`).format()).toContain('use either preset or threshold/round_to');
    expect(errorOf(`${base}suppression: {count: entities}\n`).format()).toContain('count: entities needs source.entity');
    expect(errorOf(base.replace('a: categorical', 'a: {kind: categorical, suppression: {threshold: 2}}')).format()).toContain(
      'a field may only raise the threshold (dataset threshold is 8)',
    );
    const entity = base.replace('  file: data/demo.parquet', '  file: data/demo.parquet\n  entity: a');
    expect(errorOf(entity).format()).toContain('"a" is the entity key (source.entity) and must not be published');
    const people = base.replace('  file: data/demo.parquet', '  file: data/demo.parquet\n  entity: patient').replace('version: 1', 'version: 1\nrelease: auto');
    expect(errorOf(people).format()).toMatch(/specs\/demo\.yaml:2:\d+ release: release: auto is only for sources that are not about people, and this spec counts entities by source.entity \(patient\)/);
  });

  it('releases manually unless the spec says auto', () => {
    expect(parseSpec(base, 'specs/demo.yaml').release).toBe('manual');
    expect(parseSpec(base.replace('version: 1', 'version: 1\nrelease: auto'), 'specs/demo.yaml').release).toBe('auto');
    expect(errorOf(base.replace('version: 1', 'version: 1\nrelease: sometimes')).format()).toContain('release');
  });

  it('an empty field name', () => {
    expect(errorOf(`${base}  "": discrete\n`).format()).toContain('a field name must have 1 to 255 characters, not 0');
  });

  it('a spec that generates nothing, and a file of unknown format', () => {
    expect(errorOf(base.replace('a: categorical', 'a: excluded')).format()).toContain('no field is generated');
    expect(errorOf(base.replace('demo.parquet', 'demo.xlsx')).format()).toContain('cannot tell the format of "data/demo.xlsx"');
  });
});

describe('suppression presets', () => {
  it('are the published rules', () => {
    expect(PRESETS['nhs-hes']).toEqual({ threshold: 8, roundTo: 5 });
    expect(PRESETS['nhs-adg']).toEqual({ threshold: 5, roundTo: 5 });
    expect(PRESETS.opensafely).toEqual({ threshold: 8, roundTo: 5 });
    expect(PRESETS.cms).toEqual({ threshold: 11, roundTo: 1 });
  });

  it('test the raw count before rounding: raw 9 with k = 10 is dropped though it rounds to 10', () => {
    expect(publishedCount(9, { threshold: 10, roundTo: 5 })).toBeUndefined();
    expect(publishedCount(10, { threshold: 10, roundTo: 5 })).toBe(10);
    expect(publishedCount(12, { threshold: 10, roundTo: 5 })).toBe(10);
    expect(publishedCount(13, { threshold: 10, roundTo: 5 })).toBe(15);
    // nhs-hes: 1-7 suppressed, others to the nearest 5.
    expect([7, 8, 12, 13].map((n) => publishedCount(n, PRESETS['nhs-hes']))).toEqual([undefined, 10, 10, 15]);
    // A count that rounds below the threshold is dropped too.
    expect(publishedCount(14, { threshold: 12, roundTo: 10 })).toBeUndefined();
  });
});
