// A dbt project of one spec on one engine: adg's scrape and generate stages as models built from the
// compiled plan (compiler/dbt/models.ts), the source and the released scope as dbt sources (release
// stays adg's: a person signs it off between the two stages), data tests, an example profile and a
// README. Pure: the same spec and options always give the same files.
import { stringify } from 'yaml';
import { commentText } from '../print.js';
import { METADATA_COLUMNS } from '../plan/metadata.js';
import { sourceFrom } from '../plan/common.js';
import { SCRATCH_TABLES, tablesOf } from '../plan/names.js';
import { RELEASE_LOG_COLUMNS } from '../plan/review.js';
import type { Spec } from '../spec/model.js';
import type { Dialect } from '../../dialects/dialect.js';
import { DBT_ADAPTERS, profileName, storageConfig } from './adapters.js';
import { stageModels, type DbtModel } from './models.js';
import { DBT_STAGES } from './plan.js';
import { dbtReadme } from './readme.js';
import { callsIn, escapeJinja, jinjaString, placeholderPlaces, RELEASED_GROUP, relationsOf, SOURCE_GROUP, sourceName } from './relations.js';
import { dataTests } from './tests.js';

export interface DbtProjectOptions {
  readonly dialect: Dialect;
  readonly toolVersion: string;
  /** The spec's name in paths (generated/<name>/, DIR/<name>/). */
  readonly specName: string;
  /** A source file the engine reads in place, as the dbt project reaches it (relative to the project directory). Default: the spec's path. */
  readonly sourceFile?: string;
}

export interface DbtFile {
  /** Relative to the project directory. */
  readonly path: string;
  readonly content: string;
}

/** The first line of every file adg writes into models/ and tests/ says so (a rewrite removes only adg's own). */
export const ADG_MARK = 'written by `adg compile --dbt`';

export function dbtProject(spec: Spec, options: DbtProjectOptions): DbtFile[] {
  const { dialect, toolVersion } = options;
  const adapter = DBT_ADAPTERS[dialect.name];
  const relations = relationsOf(spec, dialect);
  const models = DBT_STAGES.flatMap((stage) => stageModels(spec, stage, dialect, toolVersion, relations));
  const tests = dataTests(spec, dialect, relations);
  const about = `adg ${toolVersion}: ${ADG_MARK} from ${spec.file} (spec sha256 ${spec.hash.slice(0, 16)}) for ${dialect.title}; do not edit, compile again.`;
  // Comments of a template dbt renders: escaped like the SQL under them.
  const sqlHeader = (lines: string[]) => [about, ...lines].map((l) => `-- ${escapeJinja(commentText(l))}`).join('\n');
  const yaml = (value: unknown) => `# ${commentText(about)}\n${stringify(value, { lineWidth: 0 })}`;
  const project = `adg_${spec.dataset}`;
  const descriptions = modelDescriptions(spec);

  const files: DbtFile[] = [
    {
      path: 'dbt_project.yml',
      content: yaml({
        name: project,
        version: toolVersion,
        'config-version': 2,
        profile: profileName(dialect.name),
        'model-paths': ['models'],
        'test-paths': ['tests'],
        'clean-targets': ['target'],
        vars: { adg_source_schema: adapter.sourceSchema, adg_released_schema: adapter.released.schema },
        // A model that fails skips its post-hooks; the end of the run removes its scratch tables then.
        ...(dialect.dropScratch(SCRATCH_TABLES).length ? { 'on-run-end': dialect.dropScratch(SCRATCH_TABLES).map(escapeJinja) } : {}),
        models: {
          [project]: {
            '+materialized': 'table',
            ...storageConfig(dialect),
            ...Object.fromEntries(DBT_STAGES.flatMap((stage) => (adapter.stageSchemas[stage] ? [[stage, { '+schema': adapter.stageSchemas[stage] }]] : []))),
          },
        },
      }),
    },
    { path: 'models/sources.yml', content: yaml(sourcesYaml(spec, dialect, options.sourceFile)) },
    ...models.flatMap((m) => [
      { path: `models/${m.stage}/${m.name}.sql`, content: modelSql(m, sqlHeader) },
      {
        path: `models/${m.stage}/${m.name}.yml`,
        content: yaml({
          version: 2,
          models: [
            {
              name: m.name,
              description: escapeJinja(descriptions[m.name] ?? ''),
              ...(m.name === tablesOf(spec.dataset).metadata.name ? { columns: METADATA_COLUMNS.map(([name, , description]) => ({ name, description: escapeJinja(description) })) } : {}),
              config: { pre_hook: m.hooks, ...(m.postHooks.length ? { post_hook: m.postHooks } : {}) },
            },
          ],
        }),
      },
    ]),
    ...tests.map((t) => ({ path: `tests/${t.name}.sql`, content: `${sqlHeader([`Data test: fails on every row it returns; passes when ${t.about}.`])}\n\n${t.sql}\n` })),
    { path: 'profiles.example.yml', content: `# ${commentText(about)}\n# Copy into ~/.dbt/profiles.yml (or a directory DBT_PROFILES_DIR names) and set the variables it reads.\n${profileYaml(dialect)}` },
    { path: '.gitignore', content: 'target/\nlogs/\ndbt_packages/\n' },
    { path: 'README.md', content: dbtReadme({ spec, dialect, toolVersion, specName: options.specName, project, models, tests, descriptions, sourceFile: options.sourceFile }) },
  ];
  return files;
}

function modelSql(m: DbtModel, header: (lines: string[]) => string): string {
  const calls = callsIn([...m.hooks, m.sql].join('\n'));
  const lines = [
    `Model ${m.name} (stage ${m.stage}): the query of step ${m.section}.`,
    `The steps before it that it needs run as its pre-hooks (see ${m.name}.yml), on this model's connection.`,
    ...(m.after ? [`Built after ${m.after}, written by the same step: dbt replaces one table at a time.`] : []),
  ];
  // dbt learns a model's inputs from its body: hooks are rendered only when they run.
  const depends = [...new Set([...calls, ...(m.after ? [`{{ ref(${jinjaString(m.after)}) }}`] : [])])].map((c) => `-- depends_on: ${c}`);
  return `${header(lines)}\n${depends.join('\n')}\n\n${m.sql}\n`;
}

function sourcesYaml(spec: Spec, dialect: Dialect, sourceFile: string | undefined) {
  const adapter = DBT_ADAPTERS[dialect.name];
  const places = placeholderPlaces(spec.dataset);
  const from = sourceFrom(spec.source.kind === 'file' && sourceFile ? { ...spec, source: { ...spec.source, path: sourceFile } } : spec, places.source, dialect.readsFiles);
  const description = escapeJinja(`The source of ${spec.dataset}: read by the scrape model only (generate never reads it).`);
  let table: Record<string, unknown>;
  if (from.k === 'file') {
    if (!adapter.fileSource) throw new Error(`dbt: ${dialect.title} reads files, but its dbt adapter has no way to declare one as a source`);
    table = { name: sourceName(spec.dataset), description, config: jinjaSafe(adapter.fileSource(dialect.readFile(from.path, from.format, from.header))) };
  } else if (from.k === 'table') {
    table = { name: sourceName(spec.dataset), identifier: escapeJinja(from.table.name), description };
  } else throw new Error('dbt: a source is a file or a table');
  // A table's schema: the spec's own, else the var (where adg load puts a loaded file).
  const schema = spec.source.kind === 'table' && spec.source.schema !== undefined ? escapeJinja(spec.source.schema) : "{{ var('adg_source_schema') }}";
  const where = from.k === 'table' ? { schema, quoting: { schema: true, identifier: true } } : {};
  return { version: 2, sources: [{ name: SOURCE_GROUP, ...where, tables: [table] }, releasedSource(spec, dialect)] };
}

/** The released scope: written by adg release only (a person's sign-off), read by the generate models only. */
function releasedSource(spec: Spec, dialect: Dialect) {
  const { database } = DBT_ADAPTERS[dialect.name].released;
  const t = tablesOf(spec.dataset);
  return {
    name: RELEASED_GROUP,
    description: escapeJinja(
      `The released scope: what adg release copied and logged when a reviewer and an approver signed off the metadata. Never written by dbt; the generate models read only these, and refuse a copy whose hash is not the latest sign-off's.${database ? ` In the database file the profile attaches as ${database}.` : ''}`,
    ),
    ...(database ? { database } : {}),
    schema: "{{ var('adg_released_schema') }}",
    quoting: { schema: true, identifier: true },
    tables: [
      {
        name: t.released.name,
        description: escapeJinja(`The metadata of ${spec.dataset} as released: a copy of the scrape model's table, made by adg release for the hash the reviewer saw.`),
        columns: METADATA_COLUMNS.map(([name, , description]) => ({ name, description: escapeJinja(description) })),
      },
      {
        name: t.releases.name,
        description: 'The releases log: one row per sign-off (of every dataset released into this scope), appended by adg release.',
        columns: RELEASE_LOG_COLUMNS.map(([name]) => ({ name })),
      },
    ],
  };
}

function profileYaml(dialect: Dialect): string {
  const body = DBT_ADAPTERS[dialect.name].profile
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  return `${profileName(dialect.name)}:\n  target: dev\n  outputs:\n    dev:\n${body}\n`;
}

function modelDescriptions(spec: Spec): Record<string, string> {
  const t = tablesOf(spec.dataset);
  const rows = spec.generation.rows !== undefined ? `${spec.generation.rows} rows` : `${spec.generation.scale ?? 1} x the published source row count`;
  return {
    [t.metadata.name]: `Published metadata of ${spec.dataset}: per field, the counts that passed small-number suppression (one row per field and item). The only table made from the source; the generate models never read it, only the copy adg release makes of it once reviewed and signed off.`,
    [t.output.name]: `Artificial ${spec.dataset}: ${rows}, every field sampled on its own from the released metadata alone (seed ${spec.generation.seed}).`,
    [t.provenance.name]: `Provenance of the artificial table: spec and metadata hashes, the release it rests on (released_at, reviewer, approver), seed, rows, tool version, disclaimer, suppression policy and time.`,
    [t.fieldSummary.name]: `Per field of the artificial table: items and bins available, and what suppression removed.`,
  };
}

/** Every string of a YAML value as text dbt's Jinja renders as itself. */
function jinjaSafe<T>(value: T): T {
  if (typeof value === 'string') return escapeJinja(value) as T;
  if (Array.isArray(value)) return value.map(jinjaSafe) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jinjaSafe(v)])) as T;
  return value;
}
