// A DuckDB target: the project's database files (source_db, metadata_db, output_db in adg.config.yaml).
import { z } from 'zod';
import { filePlaces } from '../../compiler/plan/paths.js';
import type { EngineDefinition } from '../engine.js';
import { DuckDBBackend } from './backend.js';
import { duckdb } from './index.js';

const settings = z.strictObject({});

export const duckdbEngine: EngineDefinition<z.infer<typeof settings>> = {
  dialect: duckdb,
  settings,
  keys: [],
  places: (_settings, _dataset, paths) => filePlaces(paths),
  open: () => new DuckDBBackend(),
};
