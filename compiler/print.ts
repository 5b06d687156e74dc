// Prints plan IR as formatted SQL for one dialect: upper-case keywords, one clause per line, one select
// item per line, nested queries indented. Deterministic: the same plan always prints the same text.
import type { Dialect } from '../dialects/dialect.js';
import type { Expr, From, Order, Program, Query, Section, Select, SelectColumn, Statement, TableRef } from './ir.js';


export interface PrintedSection {
  readonly title: string;
  readonly note?: string;
  /** Set when the section returns rows for the runner to read (a metadata-sized result). */
  readonly result?: string;
  /** Set for a check: the message it fails with (adg's own words, so no filter needs to touch it). */
  readonly failure?: string;
  /** Set where the engine streams rows to the client (Dialect.exportsThrough): the query and the local file. */
  readonly copyOut?: { readonly query: string; readonly path: string };
  /** SQL statements without trailing semicolons, in the order they run. */
  readonly statements: readonly string[];
}

export class Printer {
  /** Line break and indentation step; a compact printer puts everything on one line. */
  private readonly nl: string;
  private readonly step: string;

  constructor(
    readonly dialect: Dialect,
    private readonly compact = false,
  ) {
    this.nl = compact ? ' ' : '\n';
    this.step = compact ? '' : '  ';
  }

  program(p: Program): string {
    const header = p.header.map((line) => `-- ${commentText(line)}`.trimEnd());
    const body = p.sections.map((s, i) => {
      const printed = this.section(s);
      const title = `-- [${i + 1}/${p.sections.length}] ${commentText(s.title)}`;
      const note = s.note ? wrapComment(commentText(s.note)) : [];
      return [title, ...note, printed.statements.map((sql) => `${sql};`).join('\n\n')].join('\n');
    });
    // Scratch tables that outlive the session where the engine has no temporary tables (Dialect.dropScratch).
    // Not a step: the backend runs it after every stage, failed or not, so a file run ends the same way.
    const made = p.sections.flatMap((s) => ((s.statement.k === 'createTable' || s.statement.k === 'createView') && s.statement.temp ? [s.statement.k === 'createTable' ? s.statement.table.name : s.statement.view.name] : []));
    const scratch = this.dialect.dropScratch([...new Set(made)]);
    if (scratch.length) body.push(['-- After the last step: drop the scratch tables', scratch.map((sql) => `${sql};`).join('\n\n')].join('\n'));
    return [...header, '', body.join('\n\n'), ''].join('\n');
  }

  section(s: Section): PrintedSection {
    return {
      title: s.title,
      ...(s.note ? { note: s.note } : {}),
      ...(s.statement.k === 'result' ? { result: s.statement.name } : {}),
      ...(s.statement.k === 'assert' ? { failure: s.statement.message } : {}),
      ...(s.statement.k === 'copy' && this.dialect.exportsThrough === 'client' ? { copyOut: { query: this.query(s.statement.query, ''), path: s.statement.path } } : {}),
      statements: this.statement(s.statement),
    };
  }

  statement(s: Statement): string[] {
    const d = this.dialect;
    switch (s.k) {
      case 'timeZone':
        return d.setTimeZone(s.name);
      case 'attach':
        return d.attach(s.path, s.alias, s.readOnly);
      case 'createSchema':
        return d.createSchema(s.name);
      case 'isolate':
        return d.isolate();
      case 'createView':
        return d.createView(this.tableRef(s.view), this.query(s.query, ''), s.temp);
      case 'createTable':
        return d.createTable(this.tableRef(s.table), this.query(s.query, ''), { temp: s.temp, joinsAsWritten: !!s.joinsAsWritten });
      case 'replace':
        return d.replaceTables(
          s.tables.map((t) => ({
            target: this.tableRef(t.target),
            name: t.target.name,
            staging: this.tableRef({ ...t.target, name: `${t.target.name}__adg_new` }),
            query: this.query(t.query, ''),
            joinsAsWritten: !!t.joinsAsWritten,
          })),
          (s.appends ?? []).map((a) => ({ target: this.tableRef(a.target), query: this.query(a.query, '') })),
        );
      case 'ensureTable': {
        const columns = s.columns.map(([name, type]) => `${d.quoteIdent(name)} ${d.typeName(type)}`).join(', ');
        return [`CREATE TABLE IF NOT EXISTS ${this.tableRef(s.table)} (${columns})${d.storageClause ? ` ${d.storageClause}` : ''}`];
      }
      case 'assert':
        return d.assert(this.expr(s.failWhen, ''), s.message);
      case 'result':
        return [this.query(s.query, '')];
      case 'setVariable':
        return d.setVariable(s.name, this.expr(s.value, ''));
      case 'copy':
        return d.copy(
          this.query(s.query, this.step),
          s.path,
          s.format,
          (s.metadata ?? []).map(([k, v]) => [k, this.expr(v, '')] as const),
        );
    }
  }

  tableRef(t: TableRef): string {
    return [t.catalog, t.schema, t.name].filter((p): p is string => !!p).map((p) => this.dialect.quoteIdent(p)).join('.');
  }

  query(q: Query, indent: string): string {
    if (q.k === 'union') return q.parts.map((p) => this.query(p, indent)).join(`${this.nl}${indent}${q.except ? 'EXCEPT ALL' : 'UNION ALL'}${this.nl}`);
    return this.select(q, indent);
  }

  private select(s: Select, indent: string): string {
    const q = (n: string) => this.dialect.quoteIdent(n);
    const inner = indent + this.step;
    const lines: string[] = [];
    if (s.with?.length) {
      lines.push(`${indent}WITH`);
      s.with.forEach((cte, i) => {
        const comma = i < s.with!.length - 1 ? ',' : '';
        // Each step evaluated as written (see Dialect.fence).
        lines.push(`${inner}${q(cte.name)} AS (`, this.query(cte.query, inner + this.step) + this.dialect.fence, `${inner})${comma}`);
      });
    }
    lines.push(`${indent}SELECT`);
    s.columns.forEach((c, i) => {
      const alias = c.as ? ` AS ${q(c.as)}` : '';
      const comma = i < s.columns.length - 1 ? ',' : '';
      lines.push(`${inner}${this.expr(c.expr, inner)}${alias}${comma}`);
    });
    if (s.from) lines.push(`${indent}FROM ${this.from(s.from, indent)}`);
    for (const j of s.joins ?? []) {
      const kind = j.type === 'left' ? 'LEFT JOIN' : j.type === 'cross' ? 'CROSS JOIN' : 'JOIN';
      const on = j.on ? `${this.nl}${inner}ON ${this.expr(j.on, inner)}` : '';
      lines.push(`${indent}${kind} ${this.from(j.from, indent)}${on}`);
    }
    if (s.where) lines.push(`${indent}WHERE ${this.expr(s.where, indent)}`);
    if (s.groupBy?.length) lines.push(`${indent}GROUP BY ${s.groupBy.map((e) => this.expr(e, indent)).join(', ')}`);
    if (s.groupingSets?.length) {
      const sets = s.groupingSets.map((set) => `(${set.map((e) => this.expr(e, inner)).join(', ')})`);
      lines.push(`${indent}GROUP BY GROUPING SETS (`, sets.map((x, i) => `${inner}${x}${i < sets.length - 1 ? ',' : ''}`).join(this.nl), `${indent})`);
    }
    if (s.orderBy?.length) lines.push(`${indent}ORDER BY ${this.orders(s.orderBy, indent)}`);
    return lines.join(this.nl);
  }

  private from(f: From, indent: string): string {
    const q = (n: string) => this.dialect.quoteIdent(n);
    const alias = (as?: string) => (as ? ` AS ${q(as)}` : '');
    switch (f.k) {
      case 'table':
        return this.tableRef(f.table) + alias(f.as);
      case 'file':
        return this.dialect.readFile(f.path, f.format, f.header) + alias(f.as);
      case 'range':
        return this.dialect.range(this.expr(f.count, indent), f.column, f.as);
      case 'query':
        return `(${this.nl}${this.query(f.query, indent + this.step)}${this.nl}${indent})${alias(f.as)}`;
      case 'values': {
        // (VALUES ...) AS v(a, b) reads the same in every engine adg targets.
        const inner = indent + this.step;
        const rows = f.rows.map((r, i) => `${inner}(${r.map((e) => this.expr(e, inner)).join(', ')})${i < f.rows.length - 1 ? ',' : ''}`);
        return `(VALUES${this.nl}${rows.join(this.nl)}${this.nl}${indent}) AS ${q(f.as)}(${f.columns.map(q).join(', ')})`;
      }
    }
  }

  private orders(orders: readonly Order[], indent: string): string {
    return orders
      .map((o) => {
        const key = this.expr(o.expr, indent);
        return `${o.text ? this.dialect.binaryOrder(key) : key}${o.desc ? ' DESC' : ''} ${this.dialect.nullsOrder(!!o.nullsFirst)}`;
      })
      .join(', ');
  }

  expr(e: Expr, indent: string): string {
    const d = this.dialect;
    const sub = (x: Expr) => this.expr(x, indent);
    switch (e.k) {
      case 'col':
        return e.table ? `${d.quoteIdent(e.table)}.${d.quoteIdent(e.name)}` : d.quoteIdent(e.name);
      case 'lit':
        if (e.type === 'text') return d.quoteString(String(e.value));
        if (e.type === 'double') return d.doubleLiteral(Number(e.value));
        if (e.type === 'boolean') return e.value ? 'TRUE' : 'FALSE';
        return d.bigintLiteral(Number(e.value));
      case 'null':
        return e.type ? `CAST(NULL AS ${d.typeName(e.type)})` : 'NULL';
      case 'star':
        return '*';
      case 'op':
        return `${this.operand(e.left, e.op, indent)} ${e.op.toUpperCase()} ${this.operand(e.right, e.op, indent)}`;
      case 'not':
        return `NOT (${sub(e.arg)})`;
      case 'isNull':
        return `${this.operand(e.arg, 'is', indent)} IS ${e.negated ? 'NOT ' : ''}NULL`;
      case 'in':
        return `${this.operand(e.arg, 'in', indent)} IN (${e.list.map(sub).join(', ')})`;
      case 'fn': {
        // Renderers splice arguments into operator syntax (a // b), so compound arguments get parentheses.
        const render = d.functions[e.fn] as unknown as (...args: string[]) => string;
        return render(...e.args.map((a) => this.operand(a, 'fn', indent)));
      }
      case 'cast':
        return `CAST(${sub(e.arg)} AS ${d.typeName(e.type)})`;
      case 'case': {
        const whens = e.whens.map(([w, t]) => `WHEN ${sub(w)} THEN ${sub(t)}`);
        const parts = [...whens, ...(e.else ? [`ELSE ${sub(e.else)}`] : [])];
        const flat = `CASE ${parts.join(' ')} END`;
        if (this.compact || (flat.length <= 100 && !flat.includes('\n'))) return flat;
        const inner = indent + this.step;
        return ['CASE', ...parts.map((p) => `${inner}${p}`), `${indent}END`].join(this.nl);
      }
      case 'agg': {
        const order = { text: this.orders(e.orderBy ?? [], indent), keys: (e.orderBy ?? []).map((o) => this.expr(o.expr, indent)) };
        if (e.fn === 'stringAgg') return d.stringAgg(sub(e.arg!), e.separator ?? ',', order);
        if (e.fn === 'approxDistinct') return d.approxDistinct(sub(e.arg!));
        if (e.fn === 'list') return d.listAgg(sub(e.arg!), order, e.filter ? sub(e.filter) : undefined);
        const filter = e.filter ? ` FILTER (WHERE ${sub(e.filter)})` : '';
        if (e.fn === 'any') return `${d.anyValue(sub(e.arg!))}${filter}`;
        const arg = e.arg ? `${e.distinct ? 'DISTINCT ' : ''}${sub(e.arg)}` : '*';
        return `${e.fn}(${arg})${filter}`;
      }
      case 'window': {
        const name = e.fn === 'rowNumber' ? 'row_number' : e.fn;
        const arg = e.arg ? sub(e.arg) : e.fn === 'count' ? '*' : '';
        const spec = [
          e.partitionBy.length ? `PARTITION BY ${e.partitionBy.map(sub).join(', ')}` : '',
          e.orderBy.length ? `ORDER BY ${this.orders(e.orderBy, indent)}` : '',
          e.running ? 'ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW' : '',
        ].filter(Boolean);
        return d.windowFunction(name, arg, spec.join(' '));
      }
      case 'subquery':
        return `(${this.inline().query(d.correlatedScalars === 'aggregated' ? aggregatedScalar(e.query) : e.query, '')})`;
      case 'exists':
        return `EXISTS (${this.inline().query(e.query, '')})`;
      case 'dateTrunc':
        return d.dateTrunc(e.unit, sub(e.arg), e.type);
      case 'addUnits':
        return d.addUnits(e.unit, sub(e.start), sub(e.count), e.type);
      case 'unitsBetween':
        return d.unitsBetween(e.unit, sub(e.from), sub(e.to));
      case 'parseTime':
        return d.parseTime(sub(e.arg), e.format);
      case 'series':
        return d.series(sub(e.count));
      case 'seriesRange':
        return d.seriesRange(sub(e.from), sub(e.to));
      case 'castList':
        return d.castList(sub(e.arg), e.type);
      case 'element':
        return d.listElement(sub(e.list), sub(e.index), e.type);
      case 'record': {
        // One member per line: a record of every field's lists is as long as the spec.
        const inner = indent + this.step;
        return d.record(e.members.map(([name, value]) => [name, this.expr(value, inner)] as const), this.compact ? ', ' : `,${this.nl}${inner}`);
      }
      case 'member':
        return d.member(this.operand(e.arg, 'member', indent), e.name);
    }
  }

  private inline(): Printer {
    return this.compact ? this : new Printer(this.dialect, true);
  }

  /** Parenthesise nested operators unless they chain the same associative operator. */
  private operand(e: Expr, parent: string, indent: string): string {
    const text = this.expr(e, indent);
    if (e.k === 'op' && !(e.op === parent && ['and', 'or', '+', '*', '||'].includes(parent))) return `(${text})`;
    if (e.k === 'isNull' || e.k === 'in' || e.k === 'not') return `(${text})`;
    return text;
  }
}

/**
 * A correlated scalar subquery with its one column aggregated (Dialect.correlatedScalars); any other
 * query, and one whose column aggregates already, as it is.
 */
function aggregatedScalar(q: Query): Query {
  if (q.k !== 'select' || q.columns.length !== 1 || q.with?.length || q.groupBy?.length || q.groupingSets?.length) return q;
  const [c] = q.columns as [SelectColumn];
  if (nodes(c.expr).some((n) => n.k === 'agg') || !correlated(q)) return q;
  return { ...q, columns: [{ ...c, expr: { k: 'agg', fn: 'any', arg: c.expr } }] };
}

/** Whether a query reads a column of a table it does not name itself (an outer query's). */
function correlated(q: Query): boolean {
  const named = new Set<string>();
  const used = new Set<string>();
  for (const n of nodes(q)) {
    if (n.k === 'col' && typeof n.table === 'string') used.add(n.table);
    if (['table', 'file', 'query', 'values', 'range'].includes(n.k as string)) {
      if (typeof n.as === 'string') named.add(n.as);
      if (n.k === 'table') named.add((n.table as TableRef).name);
    }
  }
  for (const cte of nodes(q).flatMap((n) => (n.k === 'select' ? ((n.with ?? []) as readonly { name: string }[]) : []))) named.add(cte.name);
  return [...used].some((t) => !named.has(t));
}

/** Every IR node (an object with a kind) in a tree, the root and nested queries included. */
function nodes(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      if ('k' in x) out.push(x as Record<string, unknown>);
      Object.values(x).forEach(walk);
    }
  };
  walk(root);
  return out;
}

/**
 * Text made safe for a line comment: anything that could end the line (in any parser or editor:
 * control characters, U+2028/2029, NEL) or reorder what a reviewer sees (bidirectional and other
 * format characters) is written as an escape, so a name from a spec can never become SQL.
 */
export function commentText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/gu, (ch) =>
    ch === '\\' ? '\\\\' : `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

export function wrapComment(text: string, width = 100): string[] {
  const out: string[] = [];
  let line = '--';
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > width && line !== '--') {
      out.push(line);
      line = '--';
    }
    line += ` ${word}`;
  }
  if (line !== '--') out.push(line);
  return out;
}
