#!/usr/bin/env bash
# The scale-out recipe of docs/scale-out.md on one machine: articles split round-robin into four
# shards, each extracted by its own `extract` process (one machine each), the four JSON Lines files
# imported by four `import` processes at once into one PostgreSQL store; every export format and
# the stance questions equal those of a SQLite store that one process loaded with the same files.
# Articles: the bundled samples and, where CI provides them, ../shared's dev articles.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/postgres.sh"
command -v psql >/dev/null || fail "psql is not installed (postgresql-client)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"
export SOURCE_DATE_EPOCH=1767225600  # 2026-01-01T00:00:00Z: both stores record the same clock
N=4

articles=("$STANCEGRAPH_SOURCE/data/samples/articles"/*)
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -d "$STANCEGRAPH_SHARED/eval/dev" ]; then
  articles+=("$STANCEGRAPH_SHARED/eval/dev"/*.json)
else
  echo "no ../shared/eval/dev: the bundled sample articles only" >&2
fi
[ "${#articles[@]}" -ge 8 ] || fail "too few articles: ${#articles[@]}"

# Round-robin shards, extracted at once, one process each.
mkdir "$WORK/facts"
pids=()
for ((s = 0; s < N; s++)); do
  shard=()
  for ((i = s; i < ${#articles[@]}; i += N)); do shard+=("${articles[$i]}"); done
  "$SG" extract "${shard[@]}" >"$WORK/facts/shard$s.jsonl" 2>"$WORK/extract$s.err" &
  pids+=($!)
done
for ((s = 0; s < N; s++)); do
  wait "${pids[$s]}" || { cat "$WORK/extract$s.err" >&2; fail "extract of shard $s failed"; }
  [ -s "$WORK/facts/shard$s.jsonl" ] || fail "shard $s gave no facts"
done
# A shard's facts are those the same articles give in one whole run: extraction needs no other article.
"$SG" extract "${articles[@]}" >"$WORK/whole.jsonl" 2>/dev/null || fail "extract of all articles failed"
cmp <(sort "$WORK"/facts/shard*.jsonl) <(sort "$WORK/whole.jsonl") ||
  fail "the shards' facts differ from those of one extraction of all articles"

# Four imports at once into one PostgreSQL store (a new one: all four race to create the schema).
start_postgres
PG=$(pg_new_store scaled)
pids=()
for ((s = 0; s < N; s++)); do
  "$SG" import "$WORK/facts/shard$s.jsonl" --db "$PG" >/dev/null 2>"$WORK/import$s.err" &
  pids+=($!)
done
for ((s = 0; s < N; s++)); do
  wait "${pids[$s]}" || { cat "$WORK/import$s.err" >&2; fail "import of shard $s into PostgreSQL failed"; }
done
# One process, the same files, into SQLite.
LITE="$WORK/one.db"
"$SG" import "$WORK"/facts/shard*.jsonl --db "$LITE" >/dev/null 2>"$WORK/import.err" ||
  { cat "$WORK/import.err" >&2; fail "import of the shards into SQLite failed"; }

facts=$(sqlite3 "$LITE" 'SELECT COUNT(*) FROM facts')
[ "$facts" -gt 10 ] || fail "too few facts ($facts)"
[ "$(pg_store_query "$PG" 'SELECT COUNT(*) FROM facts')" = "$facts" ] || fail "PostgreSQL has $(pg_store_query "$PG" 'SELECT COUNT(*) FROM facts') facts, SQLite $facts"
[ "$(pg_store_query "$PG" 'SELECT COUNT(*) FROM documents')" = "$N" ] || fail "PostgreSQL does not hold the $N shards as documents"

# Every export format, whole and as of a day, byte for byte.
formats=$("$SG" formats | awk '/^output/ {o = 1; next} o && NF {print $1}')
[ -n "$formats" ] || fail "stancegraph formats lists no output format"
compared=0
for format in $formats; do
  for as_of in "" 2015-01-01; do
    label="$format${as_of:+.$as_of}"
    "$SG" export --db "$LITE" --format "$format" ${as_of:+--as-of "$as_of"} -o "$WORK/lite.$label" 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "SQLite export $label"; }
    "$SG" export --db "$PG" --format "$format" ${as_of:+--as-of "$as_of"} -o "$WORK/pg.$label" 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "PostgreSQL export $label"; }
    if [ "$format" = sqlite ]; then
      sqlite3 "$WORK/lite.$label" .dump >"$WORK/lite.$label.dump" && mv "$WORK/lite.$label.dump" "$WORK/lite.$label"
      sqlite3 "$WORK/pg.$label" .dump >"$WORK/pg.$label.dump" && mv "$WORK/pg.$label.dump" "$WORK/pg.$label"
    fi
    [ -s "$WORK/lite.$label" ] || fail "empty export: $label"
    cmp -s "$WORK/lite.$label" "$WORK/pg.$label" || { diff -u --label sqlite --label postgresql "$WORK/lite.$label" "$WORK/pg.$label" | head -40 >&2 || true
      fail "$label: four concurrent imports into PostgreSQL differ from one import into SQLite"; }
    compared=$((compared + 1))
  done
done

# The stance questions, asked of both.
ask() {
  "$SG" "$@" --db "$LITE" >"$WORK/q.lite" 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "SQLite: $*"; }
  "$SG" "$@" --db "$PG" >"$WORK/q.pg" 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "PostgreSQL: $*"; }
  [ -s "$WORK/q.lite" ] || fail "no answer: $*"
  cmp -s "$WORK/q.lite" "$WORK/q.pg" || { diff -u --label sqlite --label postgresql "$WORK/q.lite" "$WORK/q.pg" >&2 || true; fail "the stores answer differently: $*"; }
  compared=$((compared + 1))
}
ask stance Russia Abkhazia --format jsonl
ask stance Syria Abkhazia
ask stance Россия Абхазия --format csv
ask stance Finland NATO --format csv
ask who recognizes Abkhazia --format jsonl
ask who recognizes "South Ossetia" --as-of 2020-01-01 --format csv
ask who recognizes فلسطين --format jsonl
ask who cuts_relations Taiwan
ask who member_of НАТО --format jsonl
# The other questions too: their answers must not depend on the order the documents were merged in.
ask timeline Nicaragua --format jsonl
ask timeline Russia
ask changes --from 2000-01-01 --to 2025-12-31 --format jsonl
ask contradictions --format csv
ask explain Syria Abkhazia --format jsonl
ask compare Russia Syria
ask count recognizes Abkhazia --from 2008 --to 2025 --step year --format csv
ask blocs --relation recognizes --target Abkhazia --target "South Ossetia" --format jsonl
ask entities find Абхазия --format jsonl
echo "ok: ${#articles[@]} articles in $N shards, $facts facts, $compared answers compared" >&2
echo ok
