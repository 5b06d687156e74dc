// The metadata hash: SHA-256 over a canonical serialisation of a metadata table, computed by the
// engine and the same on every engine for the same content. Review shows it, release requires it,
// generate records it; equal hashes mean the reviewer saw exactly what is released.
import { and, ascText, asc, caseWhen, cast, col, column, double, fn, from, int, not, op, select, stringAgg, sub, text, type Expr, type Query, type TableRef } from '../ir.js';
import { METADATA_COLUMNS } from './metadata.js';

/** Below this magnitude a double's integer part fits a BIGINT: 2^62. */
const EXACT_DOUBLE_LIMIT = 4_611_686_018_427_387_904;

/**
 * A double as text every engine spells the same (their own double-to-text differ: 1174.0, 1174,
 * 1.174E3): the integer part, a dot, and the fraction in whole units of 2^-52 (floored), both exact
 * integers in IEEE arithmetic. Non-finite numbers are '!' (the value column says which); beyond 2^62, the engine's own
 * text (no such bin edge has been seen; the hash would then differ between engines).
 */
export function portableDoubleText(x: Expr): Expr {
  const whole = fn('floor', x);
  // floor before the cast: engines' double-to-integer casts differ (DuckDB rounds, Spark truncates), and
  // a fraction below 1/2 can carry one bit more than 2^-52 (0.6 * 2^52 ends in .5).
  const exact = op('||', op('||', cast(cast(whole, 'bigint'), 'text'), text('.')), cast(cast(fn('floor', op('*', op('-', x, whole), double(2 ** 52))), 'bigint'), 'text'));
  return caseWhen(
    [
      [not(fn('isFinite', x)), text('!')],
      [and(op('<', x, double(EXACT_DOUBLE_LIMIT)), op('>', x, double(-EXACT_DOUBLE_LIMIT))), exact],
    ],
    cast(x, 'text'),
  );
}

/**
 * The order rows are hashed in, with no NULL key (an engine that sorts lists of keys, like Spark,
 * places NULLs its own way): ordinal, stat, item (NULL for all rows of a stat or none: -1), then the
 * value with NULL last, then the edges (set exactly where the value is NULL: rows per entity in bands).
 */
const HASH_ORDER = [
  asc(col('ordinal')),
  ascText(col('stat')),
  asc(fn('coalesce', col('item'), int(-1))),
  asc(caseWhen([[{ k: 'isNull', arg: col('value'), negated: false }, int(1)]], int(0))),
  ascText(fn('coalesce', col('value'), text(''))),
  asc(fn('coalesce', col('lo'), double(0))),
  asc(fn('coalesce', col('hi'), double(0))),
];

/**
 * One row, one column (metadata_hash): rows in a fixed order, each column as length:text (or ~ for
 * NULL), so no value can be confused with another.
 */
export function metadataHashQuery(metadata: TableRef): Query {
  return select([column(fn('sha256', stringAgg(col('line'), '|', HASH_ORDER)), 'metadata_hash')], { from: sub(metadataHashLines(metadata), 'lines') });
}

/** Each metadata row as the line the hash reads (with the keys it is ordered by): what tests compare across engines. */
export function metadataHashLines(metadata: TableRef): Query {
  const encoded = (name: string, type: string): Expr => {
    const asText = type === 'double' ? portableDoubleText(col(name)) : cast(col(name), 'text');
    return caseWhen([[{ k: 'isNull', arg: col(name), negated: false }, text('~')]], op('||', op('||', cast(fn('length', asText), 'text'), text(':')), asText));
  };
  const line = METADATA_COLUMNS.map(([name]) => col(`e_${name}`)).reduce((a, b) => op('||', op('||', a, text(',')), b));
  const lines = select(
    [
      ...['ordinal', 'stat', 'item', 'value', 'lo', 'hi'].map((name) => column(col(name))),
      ...METADATA_COLUMNS.map(([name, type]) => column(encoded(name, type), `e_${name}`)),
    ],
    { from: from(metadata) },
  );
  return select([...['ordinal', 'stat', 'item', 'value', 'lo', 'hi'].map((name) => column(col(name))), column(line, 'line')], { from: sub(lines, 'encoded') });
}
