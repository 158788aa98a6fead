#!/usr/bin/env bash
# The same inputs imported in any order, with the same --recorded-at, give byte-identical exports
# in every format: facts in canonical order (source, relation, target, start), each fact's evidence
# by document, facts numbered in that order. Real inputs: the bundled samples and, where CI provides
# it, ../shared's recognitions.csv.
. "$(dirname "$0")/lib.sh"
S="$STANCEGRAPH_SOURCE/data/samples"
inputs=("$S/facts/stances.csv" "$S"/articles/*)
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -f "$STANCEGRAPH_SHARED/samples/recognitions.csv" ]; then
  inputs+=("$STANCEGRAPH_SHARED/samples/recognitions.csv")
else
  echo "no ../shared/samples/recognitions.csv: the bundled samples only" >&2
fi
n=${#inputs[@]}
reversed=(); for ((i = n - 1; i >= 0; i--)); do reversed+=("${inputs[$i]}"); done
shuffled=(); for ((i = 1; i < n; i += 2)); do shuffled+=("${inputs[$i]}"); done
for ((i = 0; i < n; i += 2)); do shuffled+=("${inputs[$i]}"); done

"$SG" import --db "$WORK/a.db" --recorded-at 2026-01-01T00:00:00Z "${inputs[@]}" 2>/dev/null
"$SG" import --db "$WORK/b.db" --recorded-at 2026-01-01T00:00:00Z "${reversed[@]}" 2>/dev/null
# The third one document by document, as a team adding files over time would.
for input in "${shuffled[@]}"; do "$SG" import --db "$WORK/c.db" --recorded-at 2026-01-01T00:00:00Z "$input" 2>/dev/null; done
[ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM facts')" -gt 20 ] || fail "too few facts imported"
# The stores differ in their ids: otherwise this test would prove nothing.
sqlite3 "$WORK/a.db" 'SELECT id, source_id, relation, target_id FROM facts ORDER BY id' >"$WORK/a.ids"
sqlite3 "$WORK/b.db" 'SELECT id, source_id, relation, target_id FROM facts ORDER BY id' >"$WORK/b.ids"
! cmp -s "$WORK/a.ids" "$WORK/b.ids" || fail "the two import orders gave the same store ids"

for store in a b c; do
  for format in jsonl graphml dot sql; do "$SG" export --db "$WORK/$store.db" -o "$WORK/$store.$format"; done
  "$SG" export --db "$WORK/$store.db" --dialect postgres -o "$WORK/$store.pg.sql"
  "$SG" export --db "$WORK/$store.db" --as-of 2015-01-01 -o "$WORK/$store.2015.jsonl"
  "$SG" export --db "$WORK/$store.db" -o "$WORK/$store.sqlite"
  sqlite3 "$WORK/$store.sqlite" .dump >"$WORK/$store.sqlite.dump"
done
for output in jsonl graphml dot sql pg.sql 2015.jsonl sqlite.dump; do
  [ -s "$WORK/a.$output" ] || fail "empty export: $output"
  cmp "$WORK/a.$output" "$WORK/b.$output" || fail "$output differs between two import orders"
  cmp "$WORK/a.$output" "$WORK/c.$output" || fail "$output differs between two import orders (one file at a time)"
done
echo ok
