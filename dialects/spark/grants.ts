// The access plan (compiler/plan/grants.ts) as Unity Catalog grants (Databricks) to three groups. A
// privilege on a schema reaches every table in it, now and later, so there is no counterpart of
// PostgreSQL's default privileges. Golden-tested only: a local Spark session has no Unity Catalog.
import type { AccessPlan, AccessRole, GrantStep, ScopeAccess } from '../../compiler/plan/grants.js';
import { ACCESS_ROLES, ROLE_STAGES } from '../../compiler/plan/grants.js';
import type { Dialect } from '../dialect.js';

/** The groups (account-level principals) 00_grants.sql grants to. */
export const SPARK_GROUPS: Readonly<Record<AccessRole, string>> = { scraper: 'adg-scrapers', releaser: 'adg-releasers', generator: 'adg-generators' };

type Quoting = Pick<Dialect, 'quoteIdent'>;

const who = (roles: readonly AccessRole[]) => roles.map((r) => `${SPARK_GROUPS[r]} (${ROLE_STAGES[r].join(', ')})`).join(' and ');

function scopeStep(s: ScopeAccess, q: Quoting['quoteIdent']): GrantStep {
  return {
    title: `Schema ${s.schema}: written by ${who([s.writer])}${s.readers.length ? `, read by ${who(s.readers)}` : ', read by no other group'}`,
    note: `It holds ${s.holds}. The writer may create, replace and append to tables${s.readers.length ? '; the reader may only select' : ''}.`,
    statements: [
      `GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA ${q(s.schema)} TO ${q(SPARK_GROUPS[s.writer])}`,
      ...s.readers.map((r) => `GRANT USE SCHEMA, SELECT ON SCHEMA ${q(s.schema)} TO ${q(SPARK_GROUPS[r])}`),
    ],
  };
}

export function sparkGrants(plan: AccessPlan, { quoteIdent: q }: Quoting, scratchSchema: string): GrantStep[] {
  const groups = ACCESS_ROLES.map((r) => q(SPARK_GROUPS[r]));
  return [
    {
      title: 'Schemas of the scopes and of scratch tables, if missing',
      note:
        'Run in the catalog the targets use (USE CATALOG <catalog>), as its owner or a metastore admin, and let each group use that catalog: ' +
        `GRANT USE CATALOG ON CATALOG <catalog> TO ${groups.join(', then ')} (the catalog is the session's, so it is not named here). ` +
        'Put the identity that runs a stage (a service principal, or a person) in one of these groups only. A table belongs to the principal that made it, and only its owner may ' +
        'replace it: run each stage under one principal, or make the group own the tables (ALTER TABLE ... OWNER TO the group). This file is golden-tested only: a local Spark session has no Unity Catalog.',
      statements: [...plan.scopes.map((s) => s.schema), scratchSchema].map((s) => `CREATE SCHEMA IF NOT EXISTS ${q(s)}`),
    },
    ...plan.scopes.map((s) => scopeStep(s, q)),
    {
      title: `Schema ${scratchSchema}: each stage's scratch tables`,
      note: 'Every stage writes its intermediate tables here (raw counts, during a scrape) and drops them when it ends. Each group may create tables, and reads only those it made (an owner holds every privilege on its table): no SELECT or MODIFY on the schema, so no group reads another\'s.',
      statements: ACCESS_ROLES.map((r) => `GRANT USE SCHEMA, CREATE TABLE ON SCHEMA ${q(scratchSchema)} TO ${q(SPARK_GROUPS[r])}`),
    },
    {
      title: `The source ${plan.source.schema}.${plan.source.table}: read by ${who(['scraper'])} only`,
      note: 'The only grant on the source; for a file source, run adg load first: it makes this table.',
      statements: [`GRANT USE SCHEMA ON SCHEMA ${q(plan.source.schema)} TO ${q(SPARK_GROUPS.scraper)}`, `GRANT SELECT ON TABLE ${q(plan.source.schema)}.${q(plan.source.table)} TO ${q(SPARK_GROUPS.scraper)}`],
    },
  ];
}
