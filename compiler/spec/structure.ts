// Checks of what ties fields together, which no single field's schema can say: what a derived field
// refers to, which dates are ordered, and whether an identifier pattern has room for every value.
import type { Derivation, DerivedField, Field, IdentifierField, OutputColumn } from './model.js';
import type { LogicalType } from './types.js';
import { isIntegerType } from './types.js';

type Fail = (path: (string | number)[], message: string, hint?: string) => void;

/** The schema's one-key expression object as a Derivation. */
export function derivation(x: Record<string, unknown>): Derivation {
  const [[op, arg]] = Object.entries(x) as [[string, never]];
  switch (op) {
    case 'substring':
      return { op, ...(arg as { of: string; start: number; length: number }) };
    case 'concat': {
      const a = arg as { of: string[]; separator?: string };
      return { op, of: a.of, separator: a.separator ?? '' };
    }
    case 'count_not_null':
      return { op, of: arg as string[] };
    case 'age_years':
      return { op, ...(arg as { from: string; to: string }) };
    case 'age_band':
      return { op, ...(arg as { from: string; to: string; bands: number[] }) };
    default:
      return { op: 'constant', value: arg as string | number | boolean };
  }
}

export function derivedType(d: Derivation): LogicalType {
  switch (d.op) {
    case 'count_not_null':
    case 'age_years':
      return 'bigint';
    case 'constant':
      return typeof d.value === 'boolean' ? 'boolean' : typeof d.value === 'number' ? (Number.isInteger(d.value) ? 'bigint' : 'double') : 'string';
    default:
      return 'string';
  }
}

/** The fields a derivation reads, each with its path inside the expression. */
export function derivationInputs(d: Derivation): { name: string; path: (string | number)[] }[] {
  switch (d.op) {
    case 'substring':
      return [{ name: d.of, path: ['substring', 'of'] }];
    case 'concat':
      return d.of.map((name, i) => ({ name, path: ['concat', 'of', i] }));
    case 'count_not_null':
      return d.of.map((name, i) => ({ name, path: ['count_not_null', i] }));
    case 'age_years':
    case 'age_band':
      return [
        { name: d.from, path: [d.op, 'from'] },
        { name: d.to, path: [d.op, 'to'] },
      ];
    case 'constant':
      return [];
  }
}

/**
 * A derived field reads generated fields, identifiers, or derived fields written above it (so there is
 * no cycle); never an excluded field (always NULL) or an unknown name. Ages read dates.
 */
export function checkDerived(derived: readonly DerivedField[], columns: readonly OutputColumn[], fail: Fail): void {
  const kinds = new Map<string, { kind: string; type: LogicalType }>();
  for (const c of columns) {
    if ('generated' in c) kinds.set(c.generated.name, { kind: c.generated.kind, type: c.generated.type });
    if ('excluded' in c) kinds.set(c.excluded.name, { kind: 'excluded', type: c.excluded.type });
    if ('identifier' in c) kinds.set(c.identifier.name, { kind: 'identifier', type: c.identifier.type });
  }
  const order = columns.flatMap((c) => ('derived' in c ? [c.derived.name] : []));
  for (const d of derived) {
    const path = (p: (string | number)[]) => ['fields', d.name, 'expression', ...p];
    for (const input of derivationInputs(d.expression)) {
      const laterDerived = order.indexOf(input.name) >= order.indexOf(d.name);
      const known = kinds.get(input.name) ?? (order.includes(input.name) ? { kind: laterDerived ? 'later' : 'derived', type: 'string' as LogicalType } : undefined);
      if (!known) {
        fail(path(input.path), `derived field "${d.name}" refers to "${input.name}", which is not a field of this spec`, `use one of: ${[...kinds.keys(), ...order].filter((n) => n !== d.name).slice(0, 12).join(', ')}`);
      } else if (known.kind === 'excluded') {
        fail(path(input.path), `derived field "${d.name}" refers to "${input.name}", an excluded field (always NULL)`, 'derive it from generated fields');
      } else if (known.kind === 'later') {
        fail(path(input.path), `derived field "${d.name}" refers to "${input.name}", a derived field at or below it`, 'list the fields it reads above it (derived fields are computed in spec order, so they cannot form a cycle)');
      } else if ((d.expression.op === 'age_years' || d.expression.op === 'age_band') && known.kind !== 'date') {
        fail(path(input.path), `an age is computed between two date fields, and "${input.name}" is ${known.kind}`, 'name fields of kind date');
      }
    }
    if (d.expression.op === 'age_band') {
      const bands = d.expression.bands;
      if (bands.some((b, i) => i > 0 && b <= bands[i - 1]!)) fail(path(['age_band', 'bands']), 'bands are lower bounds in increasing order', 'e.g. bands: [0, 18, 65]');
    }
    if ((d.expression.op === 'count_not_null' || d.expression.op === 'age_years') && !isIntegerType(d.type) && d.type !== 'string') {
      fail(['fields', d.name, 'type'], `${d.expression.op} is a whole number, not ${d.type}`, 'use an integer type or delete type');
    }
  }
}

/**
 * Each sequence names date fields that share type, granularity and resolution (so a value moved to
 * another field of its sequence is still a value that field could have), each in one sequence only.
 */
export function checkOrderedDates(sequences: readonly (readonly string[])[], fields: readonly Field[], fail: Fail): string[][] {
  const seen = new Set<string>();
  sequences.forEach((names, s) => {
    const first = fields.find((f) => f.name === names[0]);
    names.forEach((name, i) => {
      const path = ['ordered_dates', s, i];
      const f = fields.find((x) => x.name === name);
      if (!f) return fail(path, `"${name}" is not a generated field of this spec`, 'name date fields (kind: date)');
      if (f.kind !== 'date') return fail(path, `"${name}" is ${f.kind}, and only dates are ordered`, 'name date fields (kind: date)');
      if (seen.has(name)) return fail(path, `"${name}" is in more than one sequence`, 'merge the sequences into one');
      seen.add(name);
      if (first && first.kind === 'date' && (f.type !== first.type || f.granularity !== first.granularity || f.resolution !== first.resolution)) {
        fail(path, `"${name}" (${f.type}, by ${f.granularity}) differs from "${first.name}" (${first.type}, by ${first.granularity}) in type or granularity`, 'give every field of a sequence the same type, granularity and resolution');
      }
    });
  });
  return sequences.map((s) => [...s]);
}

/** An identifier pattern needs a value per row (or entity): said at compile time when the count is known. */
export function checkCapacity(identifiers: readonly IdentifierField[], countOf: (id: IdentifierField) => number | undefined, fail: Fail): void {
  for (const id of identifiers) {
    const count = countOf(id);
    if (count !== undefined && id.pattern.modulus < count) {
      fail(['fields', id.name, 'pattern'], `pattern "${id.pattern.source}" makes ${id.pattern.modulus} distinct values, fewer than the ${count} ${id.per === 'entity' ? 'entities' : 'rows'} asked for`, 'add characters or widen a class, e.g. [0-9]{8} instead of [0-9]{4}');
    }
  }
}


/** A derivation in words, for READMEs and reports. */
export function describeDerivation(d: Derivation): string {
  switch (d.op) {
    case 'substring':
      return `characters ${d.start} to ${d.start + d.length - 1} of ${d.of}`;
    case 'concat':
      return `${d.of.join(', ')} joined by "${d.separator}" (NULLs skipped)`;
    case 'count_not_null':
      return `how many of ${d.of.join(', ')} are not NULL`;
    case 'age_years':
      return `whole years from ${d.from} to ${d.to}`;
    case 'age_band':
      return `age band (${d.bands.join(', ')}) from ${d.from} to ${d.to}`;
    case 'constant':
      return `the constant ${JSON.stringify(d.value)}`;
  }
}
