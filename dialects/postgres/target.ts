// A PostgreSQL target: a server URL (its password from the environment, as ${VAR}), the schemas of the
// four scopes in its database, and the role a login acts as (one of those 00_grants.sql makes).
import { z } from 'zod';
import { DEFAULT_SCHEMAS, schemaPlaces } from '../../compiler/plan/paths.js';
import type { EngineDefinition } from '../engine.js';
import { PostgresBackend } from './backend.js';
import { postgres } from './index.js';
import { maskUrl, PostgresSession } from './session.js';

const schema = z.string().min(1).max(63);
const settings = z.strictObject({
  url: z.string().min(1).describe('postgresql://user:${PASSWORD_VAR}@host:port/database (secrets as ${VAR})'),
  source_schema: schema.optional(),
  metadata_schema: schema.optional(),
  released_schema: schema.optional(),
  output_schema: schema.optional(),
  role: z.string().min(1).max(63).optional().describe('role the session acts as (SET ROLE): one 00_grants.sql makes, granted to the login'),
  statement_timeout_ms: z.number().int().positive().optional(),
});
type Settings = z.infer<typeof settings>;

export const postgresEngine: EngineDefinition<Settings> = {
  dialect: postgres,
  settings,
  keys: Object.keys(settings.shape),
  places: (s, dataset, paths) => {
    const d = DEFAULT_SCHEMAS.postgres;
    return { ...schemaPlaces({ source: s.source_schema ?? d.source, metadata: s.metadata_schema ?? d.metadata, released: s.released_schema ?? d.released, output: s.output_schema ?? d.output, exportDir: paths.exportDir }, dataset) };
  },
  open: (s, context) =>
    new PostgresBackend(
      () =>
        PostgresSession.open(s.url, {
          urlSource: `${context.where} (url)`,
          ...(s.statement_timeout_ms ? { statementTimeoutMs: s.statement_timeout_ms } : {}),
          ...(s.role ? { role: s.role } : {}),
        }),
      `PostgreSQL ${maskUrl(s.url)}`,
    ),
};
