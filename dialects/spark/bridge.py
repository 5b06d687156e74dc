"""adg's Spark bridge: one long-running Python process around a pyspark session.

The TypeScript runner (dialects/spark/session.ts) spawns it and talks JSON lines over stdin/stdout:

  start   python bridge.py '<config json>'    (or the config as the first stdin line)
          config: {"master": "local[2]", "warehouse_dir": "/abs", "conf": {...}, "ivy_dir": "/abs"?}
              or  {"remote": "sc://host:15002", "conf": {...}}          (Spark Connect)
  ready   {"ready": true, "spark": "3.5.9", "delta": "3.3.3", "remote": false}
          or {"ready": false, "error": {"class": ..., "message": ...}} and exit code 1
  request {"id": n, "op": "exec", "sql": ...}                         -> {"id": n, "ok": true}
          {"id": n, "op": "query", "sql": ..., "params": [...]?}      -> {"id": n, "ok": true, "columns": [...], "rows": [[...]]}
          {"id": n, "op": "copy_out_csv", "sql": ..., "file": "/abs"} -> {"id": n, "ok": true, "rows": count}
          {"id": n, "op": "copy_in_csv", "table": ..., "file": "/abs", "schema_ddl": ...?} -> {"id": n, "ok": true}
          {"id": n, "op": "cancel"}   answered at once; cancels the running request and every one read before it
          {"id": n, "op": "close"}    stops the session (and its JVM), answers, exits 0
  failure {"id": n, "ok": false, "error": {"class": "AnalysisException", "condition": "TABLE_OR_VIEW_NOT_FOUND"?,
                                           "sqlstate": "42P01"?, "message": "<first line of the message>"}}

stdout carries protocol lines only: file descriptor 1 is pointed at stderr before the JVM starts, so
Spark, log4j, ivy and py4j can print nothing but diagnostics. Statements run one at a time on the main
thread; stdin is read on its own thread so that a cancel reaches a running statement.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
import os
import queue
import signal
import sys
import threading
import time
import traceback

# --- Protocol channel first: nothing but protocol lines may ever reach the real stdout. ---------------
_PROTOCOL = os.fdopen(os.dup(1), "w", encoding="ascii", buffering=1, newline="\n")
os.dup2(2, 1)  # the JVM and any native library inherit fd 1: send them to stderr
sys.stdout = sys.stderr
_STDIN = open(sys.stdin.fileno(), "r", encoding="utf-8", newline="\n", closefd=False)

# Python turns TIMESTAMP values into naive datetimes in the *process* time zone: make that UTC, like the
# session time zone, so that a timestamp reads the same as Spark prints it.
os.environ["TZ"] = "UTC"
time.tzset()

# Ctrl-C reaches the whole process group: the runner decides what happens (a cancel, then a close).
signal.signal(signal.SIGINT, signal.SIG_IGN)

_write_lock = threading.Lock()
MAX_SAFE_INTEGER = 2**53 - 1  # JavaScript's Number.MAX_SAFE_INTEGER: larger integers travel as strings
MAX_MESSAGE = 4000
EMPTY_MARK = "\u0001adg:empty\u0001"  # what a quoted empty CSV field ("") reads as, before it becomes ''


def send(message: dict) -> None:
    line = json.dumps(message, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    with _write_lock:
        _PROTOCOL.write(line + "\n")
        _PROTOCOL.flush()


def log(text: str) -> None:
    sys.stderr.write(f"adg-bridge: {text}\n")
    sys.stderr.flush()


# --- Values ----------------------------------------------------------------------------------------------


def encode(value):
    """A Spark value as JSON: exact where JavaScript would round, strings for non-finite floats."""
    if value is None:
        return None
    kind = type(value)
    if kind is bool or kind is str:
        return value
    if kind is int:
        return value if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER else str(value)
    if kind is float:
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if kind is decimal.Decimal:
        return format(value, "f")
    if kind is datetime.datetime:
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        # As Spark writes it (CAST AS STRING): the fraction only as long as it needs to be.
        text = value.isoformat(sep=" ")
        return text.rstrip("0").rstrip(".") if value.microsecond else text
    if kind is datetime.date:
        return value.isoformat()
    if kind is datetime.timedelta:
        return str(value)
    if kind is bytes or kind is bytearray:
        return bytes(value).hex()
    if isinstance(value, tuple) and hasattr(value, "__fields__"):  # pyspark Row: a struct
        return {name: encode(v) for name, v in zip(value.__fields__, value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(encode(k)): encode(v) for k, v in value.items()}
    return str(value)


def csv_lines(df):
    """The query's rows as CSV lines, formatted by Spark itself (in the JVM, or on a Spark Connect server):
    moving one string per row to Python is several times faster than moving rows and formatting here.
    Text as Spark's CAST(... AS STRING) writes it (what query() sends too); NULL an empty field, '' a
    quoted "" (Spark, DuckDB and PostgreSQL tell them apart so); nested values as JSON; binary as hex."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    fields = df.schema.fields
    renamed = df.toDF(*[f"c{i}" for i in range(len(fields))])  # duplicate names stay apart
    parts = []
    for i, field in enumerate(fields):
        column = F.col(f"c{i}")
        kind = field.dataType
        if isinstance(kind, (T.StringType, T.VarcharType, T.CharType)):
            text = csv_quote(column)
        elif isinstance(kind, T.BinaryType):
            text = F.lower(F.hex(column))
        elif isinstance(kind, (T.ArrayType, T.MapType, T.StructType)):
            text = csv_quote(F.to_json(column))
        elif isinstance(kind, (T.DayTimeIntervalType, T.YearMonthIntervalType)):
            text = csv_quote(column.cast("string"))
        else:  # numbers (NaN, Infinity, -Infinity), booleans (true, false), dates, timestamps
            text = column.cast("string")
        parts.append(F.coalesce(text, F.lit("")))
    return renamed.select(F.concat_ws(",", *parts).alias("line"))


def csv_quote(text):
    from pyspark.sql import functions as F

    needs = (text == "") | text.rlike('[,"\\r\\n]|^\\s|\\s$')
    return F.when(needs, F.concat(F.lit('"'), F.regexp_replace(text, '"', '""'), F.lit('"'))).otherwise(text)


def csv_header(names) -> str:
    out = []
    for name in names:
        if name == "" or any(c in name for c in ',"\r\n') or name != name.strip():
            name = '"' + name.replace('"', '""') + '"'
        out.append(name)
    return ",".join(out)


# --- Errors ----------------------------------------------------------------------------------------------


class Cancelled(Exception):
    pass


def root_cause(java):
    for _ in range(20):
        cause = java.getCause()
        if cause is None:
            break
        java = cause
    return java


def error_of(exc: BaseException) -> dict:
    """Class name, Spark's error condition and the first line of the message: Spark's messages go on
    for pages (the SQL text, a caret, a JVM stack trace), and the first line says what went wrong."""
    name = type(exc).__name__
    condition = sqlstate = message = None
    java = None  # the JVM's exception, when there is one
    if hasattr(exc, "desc"):  # pyspark's captured JVM exception (never str(): that may add the JVM stack trace)
        message = exc.desc
        java = getattr(exc, "_origin", None)  # the JVM's Throwable (a py4j JavaObject)
        if name in ("UnknownException", "CapturedException") and java is not None:
            name = java_name(java, name)
    elif name == "Py4JJavaError":
        java = getattr(exc, "java_exception", None)
        if java is not None:
            name = java_name(java, name)
            try:
                message = java.getMessage()
            except Exception:
                pass
    if java is not None:
        if str(message).startswith("Job aborted due to stage failure"):
            # A task threw something that is not a SparkThrowable (raise_error() in Spark 3.5 throws a
            # RuntimeException): Spark wraps it in a message about stages and hosts; report the cause.
            try:
                java = root_cause(java)
                name = java_name(java, name)
                message = java.getMessage() or message
            except Exception:
                pass
        try:
            condition = java.getErrorClass()
            sqlstate = java.getSqlState()
        except Exception:  # not a SparkThrowable
            pass
    else:  # Spark Connect errors and Python's own
        getter = getattr(exc, "getErrorClass", None)
        if callable(getter):
            try:
                condition = getter()
                sqlstate = exc.getSqlState()
            except Exception:
                pass
    if message is None:
        message = getattr(exc, "message", None) or str(exc) or name
    first = next((line.strip() for line in str(message).splitlines() if line.strip()), name)
    error = {"class": name, "message": first[:MAX_MESSAGE]}
    if condition:
        error["condition"] = condition
    if sqlstate:
        error["sqlstate"] = sqlstate
    return error


def java_name(java, default: str) -> str:
    try:
        return java.getClass().getSimpleName()
    except Exception:
        return default


# --- Session ---------------------------------------------------------------------------------------------


def build_session(config: dict):
    from pyspark.sql import SparkSession

    conf = {str(k): str(v) for k, v in (config.get("conf") or {}).items()}
    if config.get("remote"):
        # Spark Connect: the server owns the catalog, the warehouse and Delta; this process is a client.
        # Needs pyspark's connect extra (pandas, pyarrow, grpcio), which requirements.txt leaves out.
        builder = SparkSession.builder.remote(config["remote"])
        for key, value in conf.items():
            builder = builder.config(key, value)
        return builder.getOrCreate()

    from delta import configure_spark_with_delta_pip

    warehouse = config.get("warehouse_dir")
    if not warehouse or not os.path.isabs(warehouse):
        raise ValueError("warehouse_dir must be an absolute path")
    os.makedirs(warehouse, exist_ok=True)
    # A local session serves this process only: no host name lookups, no other network interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    ivy = config.get("ivy_dir") or default_ivy_dir()
    java_options = f"-Dderby.system.home={warehouse} -Duser.timezone=UTC"
    settings = {
        "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
        "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
        "spark.sql.ansi.enabled": "true",
        "spark.sql.session.timeZone": "UTC",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4",
        # CREATE TABLE without USING (scratch tables) takes spark.sql.sources.default (Parquet here,
        # Delta on Databricks), not a Hive text table; Spark 4 made this the default.
        "spark.sql.legacy.createHiveTableByDefault": "false",
        "spark.databricks.delta.snapshotPartitions": "2",
        "spark.sql.warehouse.dir": warehouse,
        # Tables outlive the process: a Hive metastore in Derby, kept inside the warehouse directory
        # (not metastore_db/ and derby.log in the working directory). Derby admits one JVM at a time.
        "spark.sql.catalogImplementation": "hive",
        "spark.hadoop.javax.jdo.option.ConnectionURL": f"jdbc:derby:;databaseName={os.path.join(warehouse, 'metastore_db')};create=true",
        "spark.driver.extraJavaOptions": java_options,
        "spark.executor.extraJavaOptions": "-Duser.timezone=UTC",
    }
    if ivy:
        settings["spark.jars.ivy"] = ivy
    settings.update(conf)
    builder = SparkSession.builder.master(config.get("master") or "local[2]").appName("adg")
    for key, value in settings.items():
        builder = builder.config(key, value)
    builder = builder.enableHiveSupport()
    return configure_spark_with_delta_pip(builder).getOrCreate()


def default_ivy_dir():
    """Delta's jars are resolved once into <venv>/ivy (.ci/python.sh does it), not into ~/.ivy2."""
    if os.environ.get("ADG_SPARK_IVY"):
        return os.environ["ADG_SPARK_IVY"]
    if sys.prefix != sys.base_prefix:  # a virtual environment
        return os.path.join(sys.prefix, "ivy")
    return None


def versions(spark, remote: bool) -> dict:
    out = {"spark": spark.version, "remote": remote}
    try:
        from importlib.metadata import version

        out["delta"] = version("delta-spark")
    except Exception:
        pass
    return out


class Bridge:
    def __init__(self, spark, remote: bool):
        self.spark = spark
        self.remote = remote
        self.requests: "queue.Queue[dict | None]" = queue.Queue()
        self.lock = threading.Lock()
        self.last_read = 0  # highest request id read so far
        self.cancel_upto = 0  # requests with an id up to this one are cancelled
        self.running = None  # id of the request on the worker, if any

    # Reader thread: requests go to the worker in order; a cancel acts at once.
    def read(self) -> None:
        request_closed = False
        try:
            for line in _STDIN:
                line = line.strip()
                if not line:
                    continue
                try:
                    request = json.loads(line)
                    rid = request["id"]
                except Exception as exc:
                    send({"id": None, "ok": False, "error": {"class": "ProtocolError", "message": f"bad request line: {exc}"}})
                    continue
                if request.get("op") == "cancel":
                    self.cancel()
                    send({"id": rid, "ok": True})
                    continue
                with self.lock:
                    if isinstance(rid, int):
                        self.last_read = max(self.last_read, rid)
                self.requests.put(request)
                if request.get("op") == "close":
                    request_closed = True
                    return  # what was asked before the close still runs; then the worker closes
        finally:
            if request_closed is False:
                # stdin closed without a close: the runner is gone. Stop what runs, then close.
                self.cancel()
                self.requests.put(None)

    def cancel(self) -> None:
        with self.lock:
            self.cancel_upto = self.last_read
            target = self.running
        if target is not None and target <= self.cancel_upto:
            threading.Thread(target=self.keep_cancelling, args=(target,), daemon=True).start()

    def cancelled(self, rid) -> bool:
        with self.lock:
            return isinstance(rid, int) and rid <= self.cancel_upto

    def keep_cancelling(self, target) -> None:
        # A statement may start several jobs (a Delta write plans, writes, then commits): cancel each one
        # that starts until the statement has ended.
        while True:
            with self.lock:
                if self.running != target:
                    return
            try:
                if self.remote:
                    self.spark.interruptAll()
                else:
                    self.spark.sparkContext.cancelJobGroup(job_group(target))
            except Exception as exc:  # the session may be going away
                log(f"cancel failed: {exc}")
                return
            time.sleep(0.2)

    # Worker (main thread): one request at a time.
    def serve(self) -> None:
        while True:
            request = self.requests.get()
            if request is None or request.get("op") == "close":
                self.close()
                if request is not None:
                    send({"id": request["id"], "ok": True})
                return
            rid = request.get("id")
            try:
                if self.cancelled(rid):
                    raise Cancelled()
                with self.lock:
                    self.running = rid
                if not self.remote:
                    self.spark.sparkContext.setJobGroup(job_group(rid), f"adg request {rid}", interruptOnCancel=True)
                result = self.handle(request)
                send({"id": rid, "ok": True, **result})
            except BaseException as exc:  # noqa: BLE001 - every failure becomes a response
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                if isinstance(exc, Cancelled) or self.cancelled(rid):
                    error = {"class": "Cancelled", "message": "the statement was cancelled"}
                else:
                    error = error_of(exc)
                    if os.environ.get("ADG_DEBUG"):
                        traceback.print_exc(file=sys.stderr)
                send({"id": rid, "ok": False, "error": error})
            finally:
                with self.lock:
                    self.running = None

    def handle(self, request: dict) -> dict:
        op = request.get("op")
        if op == "exec":
            self.exec(request["sql"])
            return {}
        if op == "query":
            df = self.sql(request["sql"], request.get("params"))
            columns = list(df.columns)
            rows = [[encode(v) for v in row] for row in df.collect()]
            return {"columns": columns, "rows": rows}
        if op == "copy_out_csv":
            return {"rows": self.copy_out_csv(request["sql"], request["file"])}
        if op == "copy_in_csv":
            self.copy_in_csv(request["table"], request["file"], request.get("schema_ddl"))
            return {}
        raise ValueError(f"unknown op {op!r}")

    def sql(self, sql: str, params=None):
        if not params:
            return self.spark.sql(sql)
        # A JSON integer beyond BIGINT would fail as a literal: pass it as a DECIMAL.
        args = [decimal.Decimal(p) if type(p) is int and not -(2**63) <= p < 2**63 else p for p in params]
        return self.spark.sql(sql, args=args)

    def exec(self, sql: str) -> None:
        df = self.spark.sql(sql)
        if not self.remote:
            # Commands (DDL, CTAS, INSERT, MERGE) ran inside spark.sql(); a query has only been planned.
            plan = df._jdf.queryExecution().analyzed().getClass().getSimpleName()
            if plan in ("CommandResult", "LocalRelation"):
                return
        # Run the query to the end without bringing rows here (every expression evaluated: checks raise).
        df.write.format("noop").mode("overwrite").save()

    def copy_out_csv(self, sql: str, file: str) -> int:
        df = self.spark.sql(sql)
        lines = csv_lines(df)
        if self.remote:
            stream = (row[0] for row in lines.toLocalIterator())
        else:
            # Strings straight from the JVM (Dataset[String] -> UTF-8 stream), one partition at a time.
            from pyspark.rdd import RDD
            from pyspark.serializers import UTF8Deserializer

            jvm = self.spark.sparkContext._jvm
            strings = getattr(lines._jdf, "as")(jvm.org.apache.spark.sql.Encoders.STRING())
            stream = RDD(strings.toJavaRDD(), self.spark.sparkContext, UTF8Deserializer()).toLocalIterator(prefetchPartitions=True)
        count = 0
        tmp = file + ".part"
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                out.write(csv_header(df.columns) + "\n")
                batch = []
                for line in stream:
                    batch.append(line)
                    if len(batch) >= 10000:
                        count += len(batch)
                        out.write("\n".join(batch) + "\n")
                        batch.clear()
                if batch:
                    count += len(batch)
                    out.write("\n".join(batch) + "\n")
            os.replace(tmp, file)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return count

    def copy_in_csv(self, table: str, file: str, schema_ddl) -> None:
        """Appends a local CSV file (header row) to an existing table: the header names the table's
        columns, in any order; columns it leaves out get NULL. Every field is read as text and cast
        with the table's types (ANSI casts: a bad value fails the load)."""
        import csv

        from pyspark.sql import functions as F
        from pyspark.sql.types import ArrayType, BinaryType, MapType, StringType, StructField, StructType

        target = self.spark.table(table).schema
        with open(file, "r", encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), None)
        if not header:
            raise ValueError("the CSV file has no header row")
        types = {field.name.lower(): field.dataType for field in target.fields}
        if schema_ddl:
            types.update({field.name.lower(): field.dataType for field in StructType.fromDDL(schema_ddl).fields})
        unknown = [name for name in header if name.lower() not in types]
        if unknown:
            raise ValueError(f"the CSV header names {len(unknown)} column(s) the table does not have")
        text_schema = StructType([StructField(f"c{i}", StringType(), True) for i in range(len(header))])
        if self.remote:
            df = self.local_csv_frame(file, text_schema)
        else:
            df = self.spark.read.csv(
                "file://" + os.path.abspath(file),
                schema=text_schema,
                header=True,
                enforceSchema=True,
                quote='"',
                escape='"',
                multiLine=True,
                mode="FAILFAST",
                encoding="UTF-8",
                # Spark reads "" and an empty field alike as NULL (nullValue ""): mark "" to tell them apart.
                emptyValue=EMPTY_MARK,
            )
        position = {name.lower(): i for i, name in enumerate(header)}
        columns = []
        for field in target.fields:
            kind = types[field.name.lower()]
            if field.name.lower() not in position:
                columns.append(F.lit(None).cast(field.dataType).alias(field.name))
                continue
            column = F.col(f"c{position[field.name.lower()]}")
            text = F.when(column == EMPTY_MARK, F.lit("")).otherwise(column)
            if isinstance(kind, (ArrayType, MapType, StructType)):
                value = F.from_json(text, kind)
            elif isinstance(kind, BinaryType):
                value = F.unhex(text)
            else:
                value = text.cast(kind)
            columns.append(value.cast(field.dataType).alias(field.name))
        df.select(*columns).write.insertInto(table)

    def local_csv_frame(self, file: str, schema):
        # Spark Connect: the server cannot read this machine's files, so the rows travel in the request.
        import csv

        with open(file, "r", encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            next(reader, None)
            rows = [[None if v == "" else v for v in row] for row in reader]
        return self.spark.createDataFrame(rows, schema=schema)

    def close(self) -> None:
        remote = self.remote
        try:
            if remote:
                self.spark.stop()
                return
            from pyspark import SparkContext

            gateway = SparkContext._gateway
            proc = getattr(gateway, "proc", None)
            self.spark.stop()
            # Wait for the JVM to exit, so that the next process finds the Derby metastore free.
            if gateway is not None:
                try:
                    gateway.shutdown()
                except Exception:
                    pass
            if proc is not None:
                try:
                    proc.stdin.close()
                except Exception:
                    pass
                try:
                    proc.wait(timeout=30)
                except Exception:
                    proc.kill()
        except Exception as exc:
            log(f"close: {exc}")


def job_group(rid) -> str:
    return f"adg-{rid}"


def main() -> int:
    try:
        raw = sys.argv[1] if len(sys.argv) > 1 else _STDIN.readline()
        config = json.loads(raw)
    except Exception as exc:
        send({"ready": False, "error": {"class": "ConfigError", "message": f"bad bridge config: {exc}"}})
        return 2
    remote = bool(config.get("remote"))
    try:
        spark = build_session(config)
        if not remote:
            spark.sparkContext.setLogLevel(config.get("log_level") or "ERROR")
    except BaseException as exc:  # noqa: BLE001
        traceback.print_exc(file=sys.stderr)
        send({"ready": False, "error": error_of(exc)})
        return 1
    bridge = Bridge(spark, remote)
    send({"ready": True, **versions(spark, remote)})
    threading.Thread(target=bridge.read, name="adg-stdin", daemon=True).start()
    bridge.serve()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    os._exit(code)  # do not wait for the stdin thread
