// Which session scratch tables a statement reads: a model's pre-hooks are only the preparatory
// statements its own query needs, directly or through other scratch tables.
import type { Section, Statement } from '../ir.js';

/** Unqualified table names a node reads anywhere inside it (FROM, joins, subqueries, CTEs). */
export function tablesRead(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) tablesRead(item, found);
  else if (node && typeof node === 'object') {
    const n = node as { k?: string; table?: { name: string; catalog?: string; schema?: string } };
    if (n.k === 'table' && n.table && !n.table.catalog && !n.table.schema) found.add(n.table.name);
    for (const value of Object.values(node)) tablesRead(value, found);
  }
  return found;
}

/** The scratch table a statement makes, if it makes one. */
function scratchMade(s: Statement): string | undefined {
  if (s.k === 'createTable' && s.temp) return s.table.name;
  if (s.k === 'createView' && s.temp) return s.view.name;
  return undefined;
}

/**
 * The preparatory sections a query needs: every check and session setting (they guard the whole
 * stage), and the scratch tables that the query or those read, transitively, in their order.
 */
export function neededSections(preparatory: readonly Section[], query: unknown): Section[] {
  const always = preparatory.filter((s) => scratchMade(s.statement) === undefined);
  const needed = tablesRead([query, ...always.map((s) => s.statement)]);
  const kept = new Set<Section>(always);
  // A scratch table reads only earlier ones: one pass from the end closes the set.
  for (const s of [...preparatory].reverse()) {
    const made = scratchMade(s.statement);
    if (made !== undefined && needed.has(made)) {
      kept.add(s);
      tablesRead(s.statement, needed);
    }
  }
  return preparatory.filter((s) => kept.has(s));
}
