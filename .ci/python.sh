#!/usr/bin/env bash
# The Python side of the Spark dialect: a virtual environment at <repo>/.venv with the exact pins of
# dialects/spark/requirements.txt, and Delta Lake's jars fetched once into .venv/ivy (so that tests and
# runs do not resolve them from Maven Central at every session start).
#
# Idempotent: does nothing but check when the venv matches the requirements (a hash kept in the venv);
# rebuilds it from scratch when they changed. Progress goes to stderr; the last (only) stdout line is the
# venv's python, so `ADG_PYTHON=$(bash .ci/python.sh)` works.
#
# Environment: ADG_BOOTSTRAP_PYTHON picks the interpreter that creates the venv (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
REQUIREMENTS="$ROOT/dialects/spark/requirements.txt"
BRIDGE="$ROOT/dialects/spark/bridge.py"
BOOTSTRAP=${ADG_BOOTSTRAP_PYTHON:-python3}
PY="$VENV/bin/python"
STAMP="$VENV/.adg-requirements.sha256"
READY="$VENV/ivy/.adg-prefetched"

say() { echo "python.sh: $*" >&2; }

command -v "$BOOTSTRAP" >/dev/null || { say "no $BOOTSTRAP on PATH (set ADG_BOOTSTRAP_PYTHON)"; exit 1; }
command -v java >/dev/null || { say "Spark needs Java 8, 11 or 17 on PATH (e.g. apt-get install openjdk-17-jre-headless)"; exit 1; }

# The hash covers what decides the venv's contents: the pins and the interpreter that builds it.
HASH=$( { cat "$REQUIREMENTS"; "$BOOTSTRAP" -c 'import sys; print(sys.version)'; echo "layout 1"; } | sha256sum | cut -d' ' -f1)

if [[ ! -x "$PY" || ! -f "$STAMP" || "$(cat "$STAMP")" != "$HASH" ]] || ! "$PY" -c 'import pyspark, delta' 2>/dev/null; then
  say "creating $VENV from $REQUIREMENTS"
  rm -rf "$VENV"
  "$BOOTSTRAP" -m venv "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$PY" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" >&2
  "$PY" -m pip check >&2
  echo "$HASH" > "$STAMP"
else
  say "$VENV is up to date"
fi

# Start one session (as the bridge does: Delta, Hive metastore, ivy at .venv/ivy), write and read a Delta
# table, close. The first start resolves io.delta:delta-spark from Maven Central; later ones use the cache.
if [[ ! -f "$READY" || "$(cat "$READY")" != "$HASH" ]]; then
  say "fetching Delta Lake's jars into $VENV/ivy and checking a Spark session (about 30 s)"
  SCRATCH=$(mktemp -d)
  trap 'rm -rf "$SCRATCH"' EXIT
  mkdir -p "$VENV/ivy"
  printf '%s\n' \
    '{"id":1,"op":"exec","sql":"CREATE TABLE adg_smoke USING DELTA AS SELECT id FROM range(10)"}' \
    '{"id":2,"op":"query","sql":"SELECT count(*) AS n FROM adg_smoke"}' \
    '{"id":3,"op":"close"}' |
    ADG_SPARK_IVY="$VENV/ivy" "$PY" "$BRIDGE" "{\"master\":\"local[1]\",\"warehouse_dir\":\"$SCRATCH/warehouse\"}" \
      >"$SCRATCH/out" 2>"$SCRATCH/err" || true
  if ! grep -q '"id":2,"ok":true,"columns":\["n"\],"rows":\[\[10\]\]' "$SCRATCH/out"; then
    say "the Spark session check failed; bridge output:"
    cat "$SCRATCH/out" >&2
    tail -n 40 "$SCRATCH/err" >&2
    exit 1
  fi
  echo "$HASH" > "$READY"
  say "Spark $("$PY" -c 'import pyspark; print(pyspark.__version__)') with Delta Lake works"
fi

echo "$PY"
