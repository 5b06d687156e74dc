#!/usr/bin/env bash
# CI: starts the local PostgreSQL cluster (if it is down), waits until it accepts connections, makes
# sure role adg (password adg, LOGIN CREATEDB CREATEROLE) and database adg exist, and prints the URL adg
# uses as the last line on stdout (everything else goes to stderr). CREATEROLE, not superuser: the
# grants test runs 00_grants.sql as adg, the administrator there, which makes adg's roles and test logins.
# Safe to run again and again:
#   export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)
# PG_VERSION and PG_CLUSTER choose the cluster (default: 15 main, else the first one pg_lsclusters lists).
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

version="${PG_VERSION:-15}"
cluster="${PG_CLUSTER:-main}"
if ! pg_lsclusters -h "$version" "$cluster" >/dev/null 2>&1; then
  read -r version cluster _ < <(pg_lsclusters -h | head -1) || true
  [[ -n "${version:-}" && -n "${cluster:-}" ]] || { log "no PostgreSQL cluster found (pg_lsclusters lists none)"; exit 1; }
fi
port="$(pg_lsclusters -h "$version" "$cluster" | awk '{print $3}')"

# Run a command as the postgres superuser (we are root in CI; elsewhere sudo, if allowed).
as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"
  elif [[ "$(id -un)" == postgres ]]; then "$@"
  else sudo -n -u postgres -- "$@"
  fi
}

if ! pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
  log "starting cluster $version/$cluster on port $port"
  # A start racing another start fails although the cluster comes up: the wait below decides.
  pg_ctlcluster "$version" "$cluster" start >&2 || log "pg_ctlcluster start reported an error; waiting anyway"
fi

for _ in $(seq 1 60); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 1
done
pg_isready -h localhost -p "$port" >&2 || { log "the server on port $port does not accept connections after 60 s"; exit 1; }

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"; }

psql_admin >&2 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'adg') THEN
    CREATE ROLE adg LOGIN CREATEDB CREATEROLE PASSWORD 'adg';
  ELSE
    ALTER ROLE adg LOGIN CREATEDB CREATEROLE PASSWORD 'adg';
  END IF;
EXCEPTION WHEN duplicate_object THEN
  NULL; -- created meanwhile by a concurrent run
END
$$;
SQL

if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'adg'")" != 1 ]]; then
  out="$(psql_admin -c 'CREATE DATABASE adg OWNER adg' 2>&1)" || [[ "$out" == *"already exists"* ]] || { log "$out"; exit 1; }
fi

echo "postgresql://adg:adg@localhost:$port/adg"
