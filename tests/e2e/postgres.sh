# A throwaway PostgreSQL 15 server for end-to-end tests: initdb in a temporary folder, listening on
# loopback only, on a free port, stopped and removed when the test exits. Source it after lib.sh and
# call start_postgres; then `pg_sql FILE` loads a file and `pg_query SQL` prints rows as `a|b|c`.
# initdb refuses to run as root, so as root the server runs as the `postgres` user in a folder it owns.
# PG_FSYNC (default off: a test need not survive a crash) and PG_OPTIONS (more -c settings) tune it.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

start_postgres() {
  [ -x "$PG_BIN/initdb" ] || fail "PostgreSQL 15 is not installed ($PG_BIN/initdb)"
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/stancegraph-pg-XXXXXX")
  trap 'stop_postgres; rm -rf "$WORK"' EXIT
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root and there is no postgres user to run the server as"
    chown postgres: "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  PG_PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U stancegraph --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; fail "initdb failed"; }
  # Sockets go into the temporary folder too, so nothing touches /var/run/postgresql.
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=${PG_FSYNC:-off} ${PG_OPTIONS:-}" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; fail "PostgreSQL did not start"; }
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  [ ! -f "$PG_DIR/data/postmaster.pid" ] || "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}

pg_psql() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U stancegraph -d postgres -v ON_ERROR_STOP=1 "$@"; }
# Loads a SQL file; any error fails.
pg_sql() { pg_psql -f "$1" >/dev/null; }
# Prints the rows of a query unaligned, `|`-separated, without headers, as sqlite3 does.
pg_query() { pg_psql -A -t -F '|' -c "$1"; }

# A new empty database on the server, printed as the libpq URI that `--db` takes.
pg_new_store() {
  local name=$1
  pg_psql -c "CREATE DATABASE \"$name\"" >/dev/null
  echo "postgresql://stancegraph@127.0.0.1:$PG_PORT/$name"
}
# Runs a query on a store's database (a URI from pg_new_store), rows printed as `a|b|c`.
pg_store_query() { psql -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
