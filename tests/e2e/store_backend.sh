# Runs a store test on the backend STORE_BACKEND names: sqlite (the default), or postgres, for which
# a throwaway server is started (postgres.sh). Source it after lib.sh; then `new_store NAME` prints
# what --db takes for a new empty store, and `store_sql DB SQL` prints a query's rows as `a|b|c`.
STORE_BACKEND=${STORE_BACKEND:-sqlite}
case $STORE_BACKEND in
  sqlite)
    new_store() { echo "$WORK/$1.db"; }
    store_sql() { sqlite3 "$1" "$2"; }
    # Whether the database's own consistency checks pass (PRAGMA integrity_check, foreign keys).
    store_sound() { [ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = ok ] && [ -z "$(sqlite3 "$1" 'PRAGMA foreign_key_check')" ]; }
    # Whether the schema was written: a store killed before that is empty.
    store_has_schema() { [ -e "$1" ] && [ "$(sqlite3 "$1" 'PRAGMA user_version')" != 0 ]; }
    ;;
  postgres)
    . "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
    start_postgres
    new_store() { pg_new_store "$1"; }
    store_sql() { pg_store_query "$1" "$2"; }
    # PostgreSQL enforces the foreign keys itself and has no integrity_check: a query that reads
    # every table and index end to end (amcheck is not installed everywhere) stands for it.
    store_sound() { pg_store_query "$1" "SELECT COUNT(*) FROM facts f JOIN evidence e ON e.fact_id = f.id JOIN documents d ON d.id = e.document_id" >/dev/null; }
    store_has_schema() { [ "$(pg_store_query "$1" "SELECT to_regclass('stancegraph_schema') IS NOT NULL")" = t ]; }
    ;;
  *) fail "STORE_BACKEND is sqlite or postgres, not $STORE_BACKEND" ;;
esac
