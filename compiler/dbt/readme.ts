// README.md of a dbt project: what it is, how to run it, the profile it expects, what stays with adg.
// Markdown from templates/dbt-readme.md.hbs; every name from the spec is escaped for Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { commentText } from '../print.js';
import { describeSource } from '../plan/common.js';
import { loadedSourceTable, SCRATCH_TABLES, tablesOf } from '../plan/names.js';
import type { Spec } from '../spec/model.js';
import { PACKAGE_ROOT } from '../version.js';
import type { Dialect } from '../../dialects/dialect.js';
import { DBT_ADAPTERS, profileName, stageSchema } from './adapters.js';
import type { DbtModel } from './models.js';
import { RELEASED_GROUP, SOURCE_GROUP, sourceName } from './relations.js';
import type { DbtTest } from './tests.js';

let template: Handlebars.TemplateDelegate | undefined;

/** Text that stays in its line and table cell and shows no markup. */
const md = (value: string) => commentText(value).replaceAll('|', '\\|').replaceAll('`', "'").replaceAll('<', '&lt;');

export interface ReadmeInputs {
  readonly spec: Spec;
  readonly dialect: Dialect;
  readonly toolVersion: string;
  readonly specName: string;
  readonly project: string;
  readonly models: readonly DbtModel[];
  readonly tests: readonly DbtTest[];
  readonly descriptions: Readonly<Record<string, string>>;
  readonly sourceFile?: string;
}

export function dbtReadme({ spec, dialect, toolVersion, specName, project, models, tests, descriptions, sourceFile }: ReadmeInputs): string {
  template ??= Handlebars.compile(readFileSync(join(PACKAGE_ROOT, 'templates', 'dbt-readme.md.hbs'), 'utf8'), { noEscape: true, strict: true });
  const adapter = DBT_ADAPTERS[dialect.name];
  const t = tablesOf(spec.dataset);
  const names = (stage: DbtModel['stage']) => models.filter((m) => m.stage === stage).map((m) => md(m.name));
  return template({
    dataset: md(spec.dataset),
    engine: dialect.name,
    title: dialect.title,
    specFile: md(spec.file),
    specHash: spec.hash.slice(0, 16),
    specName: md(specName),
    toolVersion,
    project,
    models: models.map((m) => ({ name: md(m.name), stage: m.stage, schema: stageSchema(dialect.name, m.stage, '<target schema>'), description: md(descriptions[m.name] ?? ''), after: m.after ? md(m.after) : '' })),
    tests: tests.map((t) => ({ name: md(t.name), about: md(t.about) })),
    replaces: adapter.replaces,
    install: adapter.install,
    profile: profileName(dialect.name),
    // The variables the profile reads (not those of its comments).
    envVars: [...new Set([...adapter.profile.replace(/^\s*#.*$/gm, '').matchAll(/env_var\('(\w+)'/g)].map((m) => m[1]!))],
    sourceCall: `{{ source('${SOURCE_GROUP}', '${sourceName(spec.dataset)}') }}`,
    source: md(sourceText(spec, dialect, sourceFile)),
    sourceSchema: md(adapter.sourceSchema),
    releasedGroup: RELEASED_GROUP,
    releasedMetadataCall: `{{ source('${RELEASED_GROUP}', '${md(t.released.name)}') }}`,
    releasedLogCall: `{{ source('${RELEASED_GROUP}', '${t.releases.name}') }}`,
    releasedSchema: md(adapter.released.schema),
    released: adapter.releasedScope,
    adgFlags: adapter.adgFlags,
    scrapeModels: names('scrape'),
    generateModels: names('generate'),
    scratch: dialect.dropScratch(SCRATCH_TABLES).length > 0,
    caveat: adapter.caveat ?? '',
  });
}

/** Where the scrape model reads the source from. */
function sourceText(spec: Spec, dialect: Dialect, sourceFile: string | undefined): string {
  const src = spec.source;
  if (src.kind === 'table') return `the table ${src.schema ?? '(the schema the var adg_source_schema names)'}.${src.table}`;
  if (dialect.readsFiles) return `the ${src.format} file ${sourceFile ?? src.path}, read in place (a path relative to this directory: run dbt from here)`;
  return `the table ${loadedSourceTable(spec.dataset)} (in the schema the var adg_source_schema names), which adg load ${spec.file} --target <your ${dialect.title} target> makes of the ${describeSource(spec)}`;
}
