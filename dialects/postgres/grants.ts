// The access plan (compiler/plan/grants.ts) as a PostgreSQL administrator's script: NOLOGIN roles, a
// schema per scope closed to PUBLIC, and grants so that each role writes one scope and reads only the
// one before it. Idempotent: every statement either checks first or is a GRANT/REVOKE, which PostgreSQL
// accepts again. Tested on a real server (test/grants.test.ts).
import type { AccessPlan, AccessRole, GrantStep, ScopeAccess } from '../../compiler/plan/grants.js';
import { ACCESS_ROLES, ROLE_STAGES } from '../../compiler/plan/grants.js';
import type { Dialect } from '../dialect.js';

/** The roles 00_grants.sql makes; a target's `role` setting names one of them. */
export const POSTGRES_ROLES: Readonly<Record<AccessRole, string>> = { scraper: 'adg_scraper', releaser: 'adg_releaser', generator: 'adg_generator' };

type Quoting = Pick<Dialect, 'quoteIdent' | 'quoteString'>;

function doBlock(body: string): string {
  if (body.includes('$adg$')) throw new Error('a name contains the text $adg$, which would end its block');
  return `DO $adg$\n${body}\n$adg$`;
}

const who = (roles: readonly AccessRole[]) => roles.map((r) => `${POSTGRES_ROLES[r]} (${ROLE_STAGES[r].join(', ')})`).join(' and ');

function scopeStep(s: ScopeAccess, { quoteIdent: q }: Quoting): GrantStep {
  const schema = q(s.schema);
  const writer = q(POSTGRES_ROLES[s.writer]);
  return {
    title: `Schema ${s.schema}: written by ${who([s.writer])}${s.readers.length ? `, read by ${who(s.readers)}` : ', read by no other role'}`,
    note:
      `It holds ${s.holds}. Made here, closed to PUBLIC. The writer may create tables in it and owns the tables it makes (replacing one, by DROP and RENAME, takes its owner: ` +
      `a table another role made here must first be handed over, ALTER TABLE ... OWNER TO ${POSTGRES_ROLES[s.writer]}).` +
      (s.readers.length ? ' The reader may only read: every table the writer makes from now on (default privileges) and those already there.' : ''),
    statements: [
      `CREATE SCHEMA IF NOT EXISTS ${schema}`,
      `REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`,
      `GRANT USAGE, CREATE ON SCHEMA ${schema} TO ${writer}`,
      ...s.readers.flatMap((r) => [
        `GRANT USAGE ON SCHEMA ${schema} TO ${q(POSTGRES_ROLES[r])}`,
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${writer} IN SCHEMA ${schema} GRANT SELECT ON TABLES TO ${q(POSTGRES_ROLES[r])}`,
        `GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${q(POSTGRES_ROLES[r])}`,
      ]),
    ],
  };
}

export function postgresGrants(plan: AccessPlan, quoting: Quoting): GrantStep[] {
  const { quoteIdent: q, quoteString: lit } = quoting;
  const names = ACCESS_ROLES.map((r) => POSTGRES_ROLES[r]);
  const scraper = q(POSTGRES_ROLES.scraper);
  const source = `${q(plan.source.schema)}.${q(plan.source.table)}`;
  return [
    {
      title: `Roles ${names.join(', ')}, if missing`,
      note:
        'Run this script as a superuser, or as a role with CREATEROLE that owns the database, the source and these schemas (on PostgreSQL 16 and later, one that made the roles or holds ADMIN OPTION on them): ' +
        `psql "$URL" -v ON_ERROR_STOP=1 -f 00_grants.sql. The roles are NOLOGIN: people and services log in as themselves, and each login is granted the role of the stages it runs ` +
        `(GRANT ${POSTGRES_ROLES.generator} TO some_login;), one role per login, or it could carry data across the boundary. Set \`role: ${POSTGRES_ROLES.generator}\` in that login's adg target: ` +
        'the session then runs SET ROLE, so what a stage may touch is what the role may, and the tables it makes are owned by the role, which any login of the role can replace on the next run.',
      statements: [
        doBlock(
          [
            'DECLARE',
            '  r TEXT;',
            'BEGIN',
            `  FOREACH r IN ARRAY ARRAY[${names.map(lit).join(', ')}] LOOP`,
            '    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN',
            '      BEGIN',
            "        EXECUTE format('CREATE ROLE %I NOLOGIN', r);",
            '      EXCEPTION WHEN duplicate_object THEN',
            '        NULL; -- made meanwhile by another run of this script',
            '      END;',
            '    END IF;',
            '  END LOOP;',
            'END',
          ].join('\n'),
        ),
      ],
    },
    {
      title: 'Make the administrator a member of the roles',
      note: 'ALTER DEFAULT PRIVILEGES FOR ROLE (below) is allowed only to a member of the role (a superuser counts as one). The administrator could SET ROLE to them anyway, having made them.',
      statements: [`GRANT ${names.map(q).join(', ')} TO CURRENT_USER`],
    },
    {
      title: 'Connect to this database and make TEMP tables',
      note: 'Every stage keeps its intermediate rows (raw counts, during a scrape) in TEMP tables, which live only in its session. PUBLIC has both privileges by default; granted to the roles too, so that revoking them from PUBLIC does not stop adg.',
      statements: [doBlock(`BEGIN\n  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ${names.map(() => '%I').join(', ')}', current_database(), ${names.map(lit).join(', ')});\nEND`)],
    },
    ...plan.scopes.map((s) => scopeStep(s, quoting)),
    {
      title: `The source ${plan.source.schema}.${plan.source.table}: read by ${who(['scraper'])} only`,
      note:
        'The only grant on the source; for a file source, run adg load first: it makes this table. ' +
        `${POSTGRES_ROLES.releaser} and ${POSTGRES_ROLES.generator} get nothing here, but whatever PUBLIC may do they may too: ` +
        `has_table_privilege('${POSTGRES_ROLES.generator}', '<the source>', 'SELECT') must be false.`,
      statements: [`GRANT USAGE ON SCHEMA ${q(plan.source.schema)} TO ${scraper}`, `GRANT SELECT ON TABLE ${source} TO ${scraper}`],
    },
  ];
}
