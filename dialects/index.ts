// The engines adg compiles to. Each is one object implementing Dialect.
import type { Dialect, DialectName } from './dialect.js';
import { duckdb } from './duckdb/index.js';

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = { duckdb };
export const DIALECT_NAMES = Object.keys(DIALECTS) as DialectName[];
export type { Dialect, DialectName };
