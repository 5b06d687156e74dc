// A stage's plan cut into dbt models: one model per table the stage's replace statement writes. The
// statement before it that prepare (session settings, checks, scratch tables in session memory) become
// the model's pre-hooks, which dbt runs on the model's own connection, so scratch tables are visible to
// its query; the query that fills the table becomes the model's SELECT, and dbt's table
// materialisation does the replacing.
import type { Section, Statement } from '../ir.js';
import { commentText, Printer } from '../print.js';
import type { Spec } from '../spec/model.js';
import type { Dialect } from '../../dialects/dialect.js';
import { stageSections, type DbtStage } from './plan.js';
import { neededSections } from './reads.js';
import { placeholderPlaces, templated } from './relations.js';

export interface DbtModel {
  /** The table it builds, which is also the model's name. */
  readonly name: string;
  readonly stage: DbtStage;
  /** The replace section it comes from, as numbered in generated/ ("[13/15] Publish ..."). */
  readonly section: string;
  /** Pre-hooks: one statement each, templated; a section's first statement starts with its title. */
  readonly hooks: readonly string[];
  /** The SELECT that fills the table, templated. */
  readonly sql: string;
  /** Post-hooks: where scratch tables outlive the session (Dialect.dropScratch), what removes them. */
  readonly postHooks: readonly string[];
  /** The table written before it by the same replace: dbt replaces one table at a time, so it waits for that one. */
  readonly after?: string;
}

/** What a statement of a stage becomes in dbt. */
const ROLE: Record<Statement['k'], 'hook' | 'model' | 'skip' | 'unexpected'> = {
  timeZone: 'hook',
  assert: 'hook',
  setVariable: 'hook',
  createTable: 'hook',
  createView: 'hook',
  // dbt creates the schemas its models go into.
  createSchema: 'skip',
  // Summaries adg's runner reads back for the operator; a dbt model builds tables only.
  result: 'skip',
  replace: 'model',
  attach: 'unexpected',
  // Only after attaching a database file, which dbt projects do not.
  isolate: 'unexpected',
  copy: 'unexpected',
  // Logs belong to release, which is adg's sign-off step, never a scheduled model.
  ensureTable: 'unexpected',
};

export function stageModels(spec: Spec, stage: DbtStage, dialect: Dialect, toolVersion: string, relations: ReadonlyMap<string, string>): DbtModel[] {
  const sections = stageSections(spec, stage, dialect, placeholderPlaces(spec.dataset), toolVersion);
  const at = sections.findIndex((s) => s.statement.k === 'replace');
  const replace = sections[at]?.statement;
  if (replace?.k !== 'replace') throw new Error(`dbt: the ${stage} plan replaces no table`);
  const numbered = (s: Section) => `[${sections.indexOf(s) + 1}/${sections.length}] ${s.title}`;
  const preparatory = sections.slice(0, at).filter((s) => role(s, stage) === 'hook');
  for (const s of sections.slice(at + 1)) if (role(s, stage) !== 'skip') throw new Error(`dbt: the ${stage} plan writes after its replace (${s.title})`);
  const printer = new Printer(dialect);
  return replace.tables.map((t, i) => {
    const needed = neededSections(preparatory, t.query);
    const scratch = needed.flatMap((s) => (s.statement.k === 'createTable' && s.statement.temp ? [s.statement.table.name] : []));
    return {
      name: t.target.name,
      stage,
      section: numbered(sections[at]!),
      hooks: needed.flatMap((s) => printer.section(s).statements.map((sql, j) => templated(j === 0 ? `-- ${commentText(numbered(s))}\n${sql}` : sql, relations))),
      sql: templated(printer.query(t.query, ''), relations),
      postHooks: dialect.dropScratch(scratch).map((sql) => templated(sql, relations)),
      ...(i > 0 ? { after: replace.tables[i - 1]!.target.name } : {}),
    };
  });
}

function role(s: Section, stage: DbtStage): 'hook' | 'model' | 'skip' {
  const r = ROLE[s.statement.k];
  const persistent = (s.statement.k === 'createTable' || s.statement.k === 'createView') && !s.statement.temp;
  // Anything that would write outside dbt's models is refused rather than run as a hook.
  if (r === 'unexpected' || persistent) throw new Error(`dbt: the ${stage} plan has a statement dbt cannot run as a model or hook (${s.title})`);
  return r;
}
