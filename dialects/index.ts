// The engines adg compiles to. Each is one object implementing Dialect.
import type { Dialect, DialectName } from './dialect.js';
import { duckdb } from './duckdb/index.js';
import { postgres } from './postgres/index.js';
import { spark } from './spark/index.js';

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres, spark };
export const DIALECT_NAMES = Object.keys(DIALECTS) as DialectName[];
export type { Dialect, DialectName };
