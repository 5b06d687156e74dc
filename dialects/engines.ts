// Every engine a target can name. Adding one is a folder under dialects/ and a line here.
import type { DialectName } from './dialect.js';
import type { EngineDefinition } from './engine.js';
import { duckdbEngine } from './duckdb/target.js';
import { postgresEngine } from './postgres/target.js';
import { sparkEngine } from './spark/target.js';

export const ENGINES: Readonly<Record<DialectName, EngineDefinition<never>>> = {
  duckdb: duckdbEngine as EngineDefinition<never>,
  postgres: postgresEngine as EngineDefinition<never>,
  spark: sparkEngine as EngineDefinition<never>,
};
