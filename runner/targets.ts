// Targets: where a command's stages run. A target names an engine and its settings in adg.config.yaml
// (like a dbt profile); secrets come from the environment as ${VAR}, resolved only for the target a
// command uses, and a password written into the file is refused.
import { usageError } from '../compiler/errors.js';
import type { StagePaths, StagePlaces } from '../compiler/plan/paths.js';
import type { Backend, EngineDefinition } from '../dialects/engine.js';
import { ENGINES } from '../dialects/engines.js';
import type { DialectName } from '../dialects/dialect.js';
import type { Project } from './config.js';

/** The embedded default: DuckDB files under .adg/. */
export const DEFAULT_TARGET = 'duckdb';

export interface Target {
  readonly name: string;
  readonly engine: DialectName;
  readonly definition: EngineDefinition<unknown>;
  readonly settings: unknown;
  /** "targets.lake in adg.config.yaml", for messages. */
  readonly where: string;
}

/** The target a command runs on: --target, else the config's default_target, else embedded DuckDB. */
export function resolveTarget(project: Project, name?: string): Target {
  const chosen = name ?? project.defaultTarget;
  if (chosen === undefined || (chosen === DEFAULT_TARGET && !project.targets[chosen])) {
    return { name: DEFAULT_TARGET, engine: 'duckdb', definition: ENGINES.duckdb as EngineDefinition<unknown>, settings: {}, where: 'the embedded DuckDB' };
  }
  const file = project.configFile;
  const raw = project.targets[chosen];
  if (!raw) {
    const known = Object.keys(project.targets);
    throw usageError(
      `unknown target "${chosen}"`,
      file ? { file, path: 'targets' } : {},
      known.length ? `targets in ${file}: ${known.join(', ')} (or ${DEFAULT_TARGET}, the embedded default)` : `define targets in adg.config.yaml, e.g. targets: {warehouse: {engine: postgres, url: "\${ADG_PG_URL}"}}`,
    );
  }
  const at = (key?: string) => ({ ...(file ? { file } : {}), path: key ? `targets.${chosen}.${key}` : `targets.${chosen}` });
  const { engine, ...rest } = raw as { engine: string } & Record<string, unknown>;
  if (!(engine in ENGINES)) {
    throw usageError(`unknown engine "${engine}" in target "${chosen}"`, at('engine'), `engine is one of: ${Object.keys(ENGINES).join(', ')}`);
  }
  const definition = ENGINES[engine as DialectName] as EngineDefinition<unknown>;
  const settings = expandEnvironment(rest, (key) => at(key));
  const parsed = definition.settings.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.');
    throw usageError(
      issue.code === 'unrecognized_keys' ? `${engine} targets take no key ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
      at(key || undefined),
      definition.keys.length ? `a ${engine} target takes: engine, ${definition.keys.join(', ')}` : `a ${engine} target takes only engine: its files are source_db, metadata_db and output_db`,
    );
  }
  return { name: chosen, engine: engine as DialectName, definition, settings: parsed.data, where: `targets.${chosen} in ${file}` };
}

/** Replaces ${VAR} in every string setting; a missing variable is an error naming the setting. */
function expandEnvironment(settings: Record<string, unknown>, at: (key: string) => { file?: string; path: string }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'string') {
      out[key] = value;
      continue;
    }
    if (key === 'url' || key === 'remote') refuseWrittenSecret(value, at(key));
    out[key] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const v = process.env[name];
      if (v === undefined || v === '') throw usageError(`environment variable ${name} is not set`, at(key), `export ${name}=... before running adg (secrets stay out of adg.config.yaml)`);
      return v;
    });
  }
  return out;
}

/** A URL whose password (or token) is written out, not taken from ${VAR}. */
function refuseWrittenSecret(value: string, location: { file?: string; path: string }): void {
  const password = /^[a-z][a-z0-9+.-]*:\/\/[^/@:]*:([^@/]*)@/i.exec(value)?.[1];
  const token = /[;?&]token=([^;&]*)/i.exec(value)?.[1];
  for (const secret of [password, token]) {
    if (secret && !/^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(secret)) {
      throw usageError('a secret is written into the config file', location, 'take it from the environment instead: postgresql://user:${PGPASSWORD}@host/db, or the whole URL as url: "${ADG_PG_URL}"');
    }
  }
}

export function openTarget(target: Target, root: string): Backend {
  return target.definition.open(target.settings, { root, where: target.where });
}

export function targetPlaces(target: Target, dataset: string, paths: StagePaths): StagePlaces {
  return target.definition.places(target.settings, dataset, paths);
}
