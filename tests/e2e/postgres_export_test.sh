#!/usr/bin/env bash
# The SQL export loads into a real PostgreSQL 15 server (started here on loopback, in a temporary
# folder) and into sqlite3, and the same stance queries give the same rows in both; hostile names and
# Arabic full-text search come through PostgreSQL too.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/postgres.sh"
command -v psql >/dev/null || fail "psql is not installed (postgresql-client)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"

expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/s.db"
"$PYTHON" - "$WORK/hostile.jsonl" <<'PY'
import json, sys
names = ['say "hi"', "back\\slash\\", "two\nlines", "nul\u0000byte", "it's; DROP TABLE facts; --", "جمهورية الاختبار", "tab\tbed\r"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, n in enumerate(names):
        f.write(json.dumps({"source": n, "relation": "condemns", "target": "Kosovo", "valid_from": f"2021-0{i + 1}",
                            "evidence": "evidence: " + n}) + "\n")
PY
expect_exit 0 "$SG" import "$WORK/hostile.jsonl" --db "$WORK/s.db" --allow-new-entities
expect_exit 0 "$SG" export --db "$WORK/s.db" --format sql --dialect postgres -o "$WORK/pg.sql"
expect_exit 0 "$SG" export --db "$WORK/s.db" --format sql --dialect sqlite -o "$WORK/lite.sql"
sqlite3 -bail "$WORK/lite.db" <"$WORK/lite.sql" || fail "sqlite3 cannot load the SQL export"
expect_exit 0 "$SG" export --db "$WORK/s.db" -o "$WORK/export.db"

start_postgres
pg_sql "$WORK/pg.sql" || fail "PostgreSQL cannot load the SQL export"

# same QUERY: runs it in PostgreSQL and in both SQLite databases and compares the rows.
same() {
  local pg lite exported
  pg=$(pg_query "$1") || fail "PostgreSQL cannot run: $1"
  lite=$(sqlite3 "$WORK/lite.db" "$1") || fail "sqlite3 cannot run: $1"
  exported=$(sqlite3 "$WORK/export.db" "$1") || fail "sqlite3 cannot run on the sqlite export: $1"
  [ -n "$pg" ] || fail "no rows from PostgreSQL for: $1"
  [ "$pg" = "$lite" ] || { diff <(echo "$pg") <(echo "$lite") >&2; fail "PostgreSQL and SQLite disagree on: $1"; }
  [ "$lite" = "$exported" ] || { diff <(echo "$lite") <(echo "$exported") >&2; fail "SQL text and sqlite export disagree on: $1"; }
}
same "SELECT COUNT(*) FROM facts"
same "SELECT fact_id, source_id, relation, family, polarity, target_id, valid_from, valid_to, valid_from_day, until_day, evidence_count FROM stance_timeline ORDER BY fact_id"
# Who recognizes Kosovo as of 2020-01-01, by the event-log rule (Togo withdrew in 2019).
same "SELECT source_id FROM stance_timeline WHERE relation = 'recognizes' AND target_id = 'XKX' AND valid_from_day <= '2020-01-01' AND (until_day IS NULL OR until_day > '2020-01-01') ORDER BY source_id"
same "SELECT fact_id, source_id, relation, target_id FROM current_stance ORDER BY fact_id"
same "SELECT source_id, relation, target_id, valid_from FROM current_stance WHERE target_id = 'TWN' ORDER BY source_id"
same "SELECT id, kind, name, iso_alpha3 FROM entities WHERE id NOT IN (SELECT source_id FROM facts WHERE relation = 'condemns') ORDER BY id"
same "SELECT COUNT(*), CAST(ROUND(SUM(confidence) * 1000) AS INTEGER) FROM evidence"
same "SELECT entity_id, lang, name FROM entity_names WHERE entity_id = 'XKX' AND lang IN ('ar', 'ru') ORDER BY lang, name"
[ "$(pg_query "SELECT source_id FROM stance_timeline WHERE relation = 'withdraws_recognition' AND target_id = 'XKX'")" = TGO ] \
  || fail "PostgreSQL lacks Togo's withdrawal"

# Hostile names byte for byte (as hex, so newlines and tabs compare too), NUL dropped.
pg_names=$(pg_query "SELECT id || '=' || upper(encode(convert_to(name, 'UTF8'), 'hex')) FROM entities ORDER BY id")
lite_names=$(sqlite3 "$WORK/lite.db" "SELECT id || '=' || hex(name) FROM entities ORDER BY id")
[ "$pg_names" = "$lite_names" ] || { diff <(echo "$pg_names") <(echo "$lite_names") >&2; fail "hostile names differ between PostgreSQL and SQLite"; }
[ "$(pg_query "SELECT name FROM entities WHERE id = 'back-slash'")" = 'back\slash\' ] || fail "backslashes changed in PostgreSQL"
[ "$(pg_query "SELECT name FROM entities WHERE id = 'nul-byte'")" = 'nulbyte' ] || fail "the NUL byte was not dropped"
[ "$(pg_query "SELECT name FROM entities WHERE id = 'it-s-drop-table-facts'")" = "it's; DROP TABLE facts; --" ] || fail "quotes changed in PostgreSQL"

# Full-text search over folded evidence: the GIN index in PostgreSQL, FTS5 in SQLite; Arabic folded alike.
pg_hits=$(pg_query "SELECT COUNT(*) FROM evidence WHERE to_tsvector('simple', COALESCE(text_folded, '')) @@ plainto_tsquery('simple', 'جمهوريه')")
lite_hits=$(sqlite3 "$WORK/lite.db" "SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'جمهوريه'")
[ "$pg_hits" = 1 ] && [ "$lite_hits" = 1 ] || fail "full-text search: PostgreSQL found $pg_hits, SQLite $lite_hits, expected 1"

# --clean: the file drops what it creates first, so it loads twice (and over the plain export above).
facts=$(pg_query "SELECT COUNT(*) FROM facts")
expect_exit 0 "$SG" export --db "$WORK/s.db" --format sql --dialect postgres --clean -o "$WORK/pg-clean.sql"
pg_sql "$WORK/pg-clean.sql" || fail "the --clean export does not load over an earlier load"
pg_sql "$WORK/pg-clean.sql" || fail "the --clean export does not load twice"
[ "$(pg_query "SELECT COUNT(*) FROM facts")" = "$facts" ] || fail "loading twice with --clean doubled the facts"
# Without --clean a second load fails (the tables exist): what --clean is for.
if pg_sql "$WORK/pg.sql" 2>/dev/null; then fail "the plain export loaded over itself: the test proves nothing"; fi

# --schema: everything in that schema, created if absent, twice with --clean; public stays as it was.
expect_exit 0 "$SG" export --db "$WORK/s.db" --format sql --dialect postgres --clean --schema 'Stance "graph"' -o "$WORK/pg-schema.sql"
pg_sql "$WORK/pg-schema.sql" || fail "the --schema export does not load"
pg_sql "$WORK/pg-schema.sql" || fail "the --schema --clean export does not load twice"
[ "$(pg_query 'SELECT COUNT(*) FROM "Stance ""graph""".facts')" = "$facts" ] || fail "the schema lacks the facts"
[ "$(pg_query "SELECT COUNT(*) FROM information_schema.views WHERE table_schema = 'Stance \"graph\"'")" -ge 3 ] || fail "the schema lacks the views"
[ "$(pg_query 'SELECT COUNT(*) FROM "Stance ""graph""".current_stance')" = "$(pg_query "SELECT COUNT(*) FROM public.current_stance")" ] ||
  fail "the schema's views disagree with public's"
[ "$(pg_query "SELECT COUNT(*) FROM public.facts")" = "$facts" ] || fail "--schema touched the public schema"
expect_exit 2 "$SG" export --db "$WORK/s.db" --format sql --schema x -o "$WORK/lite-schema.sql"
expect_stderr "--schema needs --dialect postgres"

# SQLite's --clean loads twice as well.
expect_exit 0 "$SG" export --db "$WORK/s.db" --format sql --dialect sqlite --clean -o "$WORK/lite-clean.sql"
sqlite3 -bail "$WORK/lite.db" <"$WORK/lite-clean.sql" || fail "sqlite3 cannot load the --clean export over the plain one"
sqlite3 -bail "$WORK/lite.db" <"$WORK/lite-clean.sql" || fail "sqlite3 cannot load the --clean export twice"
[ "$(sqlite3 "$WORK/lite.db" "SELECT COUNT(*) FROM facts")" = "$facts" ] || fail "SQLite: loading twice doubled the facts"
echo ok
