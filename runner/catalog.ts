// What the source looks like, read from the engine's catalog (names and types only, no values), and
// whether the spec fits it. Problems are reported against the spec's own lines before anything runs.
import { closest } from 'fastest-levenshtein';
import { AdgErrors, usageError, type AdgError } from '../compiler/errors.js';
import type { Field, Spec } from '../compiler/spec/model.js';
import { isIntegerType, isNumericType } from '../compiler/spec/types.js';
import type { Dialect, TypeFamily } from '../dialects/dialect.js';
import type { SourceColumn } from '../dialects/engine.js';

export type { SourceColumn } from '../dialects/engine.js';

/** Every way the spec does not fit the source, each against the spec line that says it. */
export function checkSpecAgainstSource(spec: Spec, columns: readonly SourceColumn[], dialect: Dialect): void {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const names = columns.map((c) => c.name);
  const problems: AdgError[] = [];
  const missing = (what: string, name: string, location: Field['location']) =>
    problems.push(
      usageError(`${what} "${name}" is not a column of the source`, location, `did you mean "${closest(name, names)}"? columns: ${names.join(', ')}`),
    );
  for (const f of spec.fields) {
    const column = byName.get(f.name);
    if (!column) {
      missing('field', f.name, f.location);
      continue;
    }
    const problem = kindProblem(f, dialect.typeFamily(column.type));
    if (problem) problems.push(usageError(`field "${f.name}" (${dialect.typeLabel(column.type)}) ${problem.message}`, f.location, problem.hint));
  }
  for (const x of spec.excluded) if (!byName.has(x.name)) missing('excluded field', x.name, x.location);
  // Identifiers are read by scrape for one check only: that no source value has their reserved prefix.
  for (const x of spec.identifiers) if (!byName.has(x.name)) missing('identifier field', x.name, x.location);
  if (spec.entity && !byName.has(spec.entity)) missing('entity', spec.entity, { ...spec.sourceLocation, path: 'source.entity' });
  if (problems.length) throw new AdgErrors(problems);
}

function kindProblem(f: Field, family: TypeFamily): { message: string; hint: string } | undefined {
  // A nested value's keys and elements are data: as text, a rare key would be published as part of a value.
  if (family === 'nested') return { message: 'is a nested type: its keys and elements are data, which adg does not publish', hint: 'set kind: excluded' };
  const numeric = family === 'integer' || family === 'number';
  const temporal = family === 'date' || family === 'timestamp';
  switch (f.kind) {
    case 'discrete':
    case 'continuous':
      return numeric ? undefined : { message: `cannot be ${f.kind}: it is not numeric`, hint: 'use kind: categorical' };
    case 'date':
      if (f.format) return family === 'text' ? undefined : { message: 'has a format, but is not text', hint: 'drop format: the column is already typed' };
      if (temporal) return undefined;
      return family === 'text'
        ? { message: 'is text, not a date', hint: "add format: with its strptime pattern, e.g. format: '%Y-%m-%d'" }
        : { message: 'is not a date or timestamp', hint: 'use kind: categorical or discrete' };
    case 'categorical': {
      const fits =
        f.type === 'string' ||
        (f.type === 'boolean' && family === 'boolean') ||
        (isIntegerType(f.type) && family === 'integer') ||
        (isNumericType(f.type) && !isIntegerType(f.type) && numeric) ||
        (f.type === 'date' && family === 'date') ||
        ((f.type === 'timestamp' || f.type === 'timestamptz') && temporal);
      return fits ? undefined : { message: `cannot be output as type ${f.type}`, hint: 'remove type (output as string) or pick a type that fits the column' };
    }
  }
}
