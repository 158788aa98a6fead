#!/usr/bin/env bash
# The same inputs imported into a SQLite store and into a PostgreSQL store (a throwaway server on
# loopback) give the same answers: every query command and every export format byte for byte, the
# same rows in the tables, the same full-text hits; and again after a removal and a replacement.
# Inputs: the bundled samples and, where CI provides it, ../shared's recognitions.csv.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/postgres.sh"
command -v psql >/dev/null || fail "psql is not installed (postgresql-client)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"
# Both stores record the same clock, so that recorded_at and imported_at agree.
export SOURCE_DATE_EPOCH=1767225600  # 2026-01-01T00:00:00Z
S="$STANCEGRAPH_SOURCE/data/samples"

# A fact file and an article of our own, changed later to test replacement on both backends.
mkdir "$WORK/own"
head -n 12 "$S/facts/stances.csv" >"$WORK/own/edited.csv"
[ "$(wc -l <"$WORK/own/edited.csv")" -ge 6 ] || fail "the samples' stances.csv is too short for this test"
cp "$S/articles/en-nicaragua-taiwan.txt" "$WORK/own/edited-article.txt"
# Facts that disagree with others, so that contradictions and contested pairs have something to show.
cat >"$WORK/own/contradicting.csv" <<'CSV'
source,relation,target,valid_from,valid_to,evidence,url
Russia,recognizes,Kosovo,2020-09,,"A report said Moscow now recognised Kosovo.",
Serbia,recognizes,Kosovo,2013-04-19,2014,"A misreading of the Brussels agreement.",
CSV
inputs=("$S" "$WORK/own")
RICH=0
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -f "$STANCEGRAPH_SHARED/samples/recognitions.csv" ]; then
  inputs+=("$STANCEGRAPH_SHARED/samples/recognitions.csv")
  RICH=1
else
  echo "no ../shared/samples/recognitions.csv: the bundled samples only" >&2
fi

start_postgres
LITE="$WORK/store.db"
PG=$(pg_new_store dual)
# import_both ARGS...: the same import into both stores, with the same exit code.
import_both() {
  set +e
  "$SG" import "$@" --db "$LITE" >"$WORK/import.lite.out" 2>"$WORK/import.lite.err"
  local lite=$?
  "$SG" import "$@" --db "$PG" >"$WORK/import.pg.out" 2>"$WORK/import.pg.err"
  local pg=$?
  set -e
  [ "$lite" = 0 ] || { cat "$WORK/import.lite.err" >&2; fail "import into SQLite: exit $lite"; }
  [ "$pg" = 0 ] || { cat "$WORK/import.pg.err" >&2; fail "import into PostgreSQL: exit $pg"; }
}
import_both "${inputs[@]}"
facts=$(sqlite3 "$LITE" 'SELECT COUNT(*) FROM facts')
[ "$facts" -gt 20 ] || fail "too few facts imported ($facts)"

COMPARED=0
# both WANT ARGS...: runs `stancegraph ARGS... --db` on each store; both exit WANT, with the same stdout.
both() {
  local want=$1 lite pg
  shift
  set +e
  "$SG" "$@" --db "$LITE" >"$WORK/q.lite" 2>"$WORK/q.lite.err"
  lite=$?
  "$SG" "$@" --db "$PG" >"$WORK/q.pg" 2>"$WORK/q.pg.err"
  pg=$?
  set -e
  [ "$lite" = "$want" ] || { cat "$WORK/q.lite.err" >&2; fail "SQLite: exit $lite, expected $want: $*"; }
  [ "$pg" = "$want" ] || { cat "$WORK/q.pg.err" >&2; fail "PostgreSQL: exit $pg, expected $want: $*"; }
  [ "$want" != 0 ] || [ -s "$WORK/q.lite" ] || fail "no output from: $*"
  cmp -s "$WORK/q.lite" "$WORK/q.pg" || { diff -u --label sqlite --label postgresql "$WORK/q.lite" "$WORK/q.pg" >&2 || true
    fail "SQLite and PostgreSQL answer differently: stancegraph $*"; }
  COMPARED=$((COMPARED + 1))
}

queries() {
  both 0 stance Russia Kosovo
  both 0 stance Russia Abkhazia --as-of 2010-01-01 --format jsonl
  both 0 stance كوسوفو صربيا --format csv
  both 0 stance "United States" Kosovo --family recognition --format jsonl
  both 0 who recognizes Kosovo
  both 0 who recognizes Косово --as-of 2012-06-30 --format jsonl
  both 0 who recognizes كوسوفو --as-of 2020-01-01 --format csv
  both 0 who recognizes Abkhazia --as-of 2019 --include-contested --format jsonl
  both 0 who recognizes Kosovo --include-contested --format csv
  both 0 who sanctions Russia --as-of 2022-06-01 --format jsonl
  both 0 who supports Ukraine --as-of 2023-01-01 --window 1y
  both 0 timeline Togo
  both 0 timeline Nicaragua Taiwan --format jsonl
  both 0 timeline Россия --format csv
  both 0 changes --from 2000-01-01 --to 2025-12-31
  both 0 changes --from 2021-01-01 --to 2024-12-31 --format jsonl
  both 0 changes --from 2008 --to 2012 --family recognition --format csv
  both 0 contradictions
  both 0 contradictions --format jsonl
  both 0 contradictions --entity Kosovo --format csv
  both 0 count recognizes Kosovo --from 2008 --to 2025 --step year
  both 0 count recognizes Taiwan --from 2015 --to 2025 --step year --format jsonl
  both 0 count recognizes Palestine --from 2020-01 --to 2025-06 --step month --format csv
  both 0 blocs --relation recognizes --target Abkhazia --target "South Ossetia" --format jsonl
  both 0 blocs --relation recognizes --target Kosovo --not Taiwan --as-of 2015-01-01
  both 0 compare Russia Serbia
  both 0 compare "United States" China --format jsonl --as-of 2010-01-01
  both 0 compare Россия Сербия --format csv
  both 0 explain Togo Kosovo --as-of 2020-01-01
  both 0 explain Russia Ukraine --as-of 2022-03-01 --format jsonl
  both 0 explain Nicaragua Taiwan --format csv --dated-only
  both 0 entities find Kosovo
  both 0 entities find كوسوفو --format jsonl
  both 0 entities find Косово --format csv
  both 0 entities show XKX --format jsonl
  both 0 entities show TWN
  both 0 who recognizes Kosovo --at-least 2 --min-confidence 0.9 --format jsonl
  # Usage errors answer alike too.
  both 2 stance Kazakstan Kosovo
  both 2 changes --from 2024 --to 2020
  both 2 who recognise Nowhereland
  # info names the store and its size on its first line; the rest must agree.
  local lite pg
  lite=$("$SG" info --db "$LITE" | tail -n +2)
  pg=$("$SG" info --db "$PG" | tail -n +2)
  [ -n "$lite" ] && [ "$lite" = "$pg" ] || { diff <(echo "$lite") <(echo "$pg") >&2; fail "info differs between SQLite and PostgreSQL"; }
  "$SG" info --db "$LITE" --format jsonl >"$WORK/info.lite.jsonl"
  "$SG" info --db "$PG" --format jsonl >"$WORK/info.pg.jsonl"
  "$PYTHON" - "$WORK/info.lite.jsonl" "$WORK/info.pg.jsonl" <<'PY' || fail "info --format jsonl differs between SQLite and PostgreSQL"
import json, sys
lite, pg = (json.loads(open(p, encoding="utf-8").read()) for p in sys.argv[1:])
for d in (lite, pg):
    for where in ("path", "db", "store", "file_size", "size"):
        d.pop(where, None)
assert lite == pg, {k: (lite.get(k), pg.get(k)) for k in set(lite) | set(pg) if lite.get(k) != pg.get(k)}
assert lite["facts"] > 0
PY
  COMPARED=$((COMPARED + 2))
}

# exports SUFFIX SELECTION...: every format, both stores, byte for byte.
exports() {
  local label=$1 format lite pg
  shift
  for format in $FORMATS; do
    lite="$WORK/x.lite.$ROUND.$label.$format" pg="$WORK/x.pg.$ROUND.$label.$format"
    "$SG" export --db "$LITE" --format "$format" "$@" -o "$lite" 2>"$WORK/x.err" || { cat "$WORK/x.err" >&2; fail "SQLite: export --format $format $*"; }
    "$SG" export --db "$PG" --format "$format" "$@" -o "$pg" 2>"$WORK/x.err" || { cat "$WORK/x.err" >&2; fail "PostgreSQL: export --format $format $*"; }
    if [ "$format" = sqlite ]; then
      sqlite3 "$lite" .dump >"$lite.dump"
      sqlite3 "$pg" .dump >"$pg.dump"
      lite="$lite.dump" pg="$pg.dump"
    fi
    [ -s "$lite" ] || fail "empty export: --format $format $*"
    cmp -s "$lite" "$pg" || { diff -u --label sqlite --label postgresql "$lite" "$pg" | head -40 >&2 || true
      fail "the $format export differs between SQLite and PostgreSQL: $*"; }
    COMPARED=$((COMPARED + 1))
  done
  if [[ " $FORMATS " == *" sql "* ]]; then
    "$SG" export --db "$LITE" --format sql --dialect postgres "$@" -o "$WORK/x.lite.$ROUND.$label.pg.sql"
    "$SG" export --db "$PG" --format sql --dialect postgres "$@" -o "$WORK/x.pg.$ROUND.$label.pg.sql"
    cmp "$WORK/x.lite.$ROUND.$label.pg.sql" "$WORK/x.pg.$ROUND.$label.pg.sql" || fail "the PostgreSQL SQL export differs between the backends: $*"
    COMPARED=$((COMPARED + 1))
  fi
}

# same SQL [PG_SQL]: a query that both databases answer with the same rows, compared sorted
# (SQLite sorts NULL first, PostgreSQL last).
same() {
  local lite pg
  lite=$(sqlite3 "$LITE" "$1" | LC_ALL=C sort) || fail "sqlite3 cannot run: $1"
  pg=$(pg_store_query "$PG" "${2:-$1}" | LC_ALL=C sort) || fail "PostgreSQL cannot run: ${2:-$1}"
  [ -n "$lite" ] || fail "no rows from SQLite for: $1"
  [ "$lite" = "$pg" ] || { diff <(echo "$lite") <(echo "$pg") | head -40 >&2; fail "the stores disagree on: $1"; }
  COMPARED=$((COMPARED + 1))
}

invariants() {
  local table
  for table in relations entities entity_names documents facts evidence event_ids contested_pairs as_of_day; do
    [ "$(sqlite3 "$LITE" "SELECT COUNT(*) FROM $table")" = "$(pg_store_query "$PG" "SELECT COUNT(*) FROM $table")" ] ||
      fail "$table: SQLite has $(sqlite3 "$LITE" "SELECT COUNT(*) FROM $table") rows, PostgreSQL $(pg_store_query "$PG" "SELECT COUNT(*) FROM $table")"
  done
  # Every table of the SQLite store (but FTS5's own) exists in PostgreSQL and was counted above.
  local tables
  tables=$(sqlite3 "$LITE" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'evidence_search%' AND name NOT LIKE 'sqlite_%' ORDER BY name" | tr '\n' ' ')
  [ "$tables" = "as_of_day contested_pairs documents entities entity_names event_ids evidence facts relations " ] || fail "the SQLite store has other tables: $tables"
  # A fact's identity and an evidence row's place, without the store's numbers (see ROUND 2 below).
  same "SELECT source_id, relation, target_id, valid_from, valid_to, valid_from_day, valid_to_day, recorded_at FROM facts ORDER BY 1, 2, 3, 4"
  same "SELECT $EVIDENCE_KEY, e.rule, hex(e.text), hex(e.text_folded), CAST(ROUND(e.confidence * 1000000) AS INTEGER) FROM evidence e JOIN facts f ON f.id = e.fact_id" \
       "SELECT $EVIDENCE_KEY, e.rule, upper(encode(convert_to(e.text, 'UTF8'), 'hex')), upper(encode(convert_to(e.text_folded, 'UTF8'), 'hex')), CAST(ROUND(e.confidence * 1000000) AS INTEGER) FROM evidence e JOIN facts f ON f.id = e.fact_id"
  if [ "$ROUND" = 1 ]; then
    # One process importing the same inputs into a new store numbers facts and evidence alike.
    same "SELECT id, source_id, relation, target_id, valid_from, valid_to FROM facts ORDER BY id"
    same "SELECT id, fact_id, document_id, sentence, start_offset, end_offset, line FROM evidence ORDER BY id"
  fi
  same "SELECT id, kind, url, title, lang, published, content_hash, source_path, imported_at FROM documents ORDER BY id"
  same "SELECT id, kind, name, iso_alpha2, iso_alpha3, qid, part_of FROM entities ORDER BY id"
  same "SELECT entity_id, lang, name, form, name_key FROM entity_names ORDER BY 1, 2, 3, 4"
  same "SELECT entity_a, entity_b, family FROM contested_pairs ORDER BY 1, 2, 3"
}

# Full-text search: FTS5 in SQLite, the GIN index in PostgreSQL, the same evidence for each word.
search() {
  sqlite3 "$LITE" "SELECT text_folded FROM evidence" >"$WORK/folded.txt"
  local words
  # Per script, the three commonest words of five letters or more, and one found once only.
  words=$("$PYTHON" - "$WORK/folded.txt" <<'PY'
import collections, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
scripts = {"arabic": "\u0621-\u064a", "cyrillic": "\u0430-\u044f", "latin": "a-z"}
for name, letters in scripts.items():
    # Whole words of one script only, so that both tokenizers cut them alike.
    words = collections.Counter(w for w in re.findall(r"[\w]+", text) if re.fullmatch(f"[{letters}]{{5,}}", w))
    common = [w for w, _ in words.most_common(3)]
    once = sorted(w for w, n in words.items() if n == 1)[:1]
    if not common:
        sys.exit(f"no {name} words in the evidence")
    print(" ".join(common + once))
PY
) || fail "no words to search for"
  local word lite pg plan n=0
  for word in $words; do
    lite=$(sqlite3 "$LITE" "SELECT $SEARCH_KEY FROM evidence_search JOIN evidence e ON e.id = evidence_search.rowid JOIN facts f ON f.id = e.fact_id WHERE evidence_search MATCH '\"$word\"'" | LC_ALL=C sort)
    pg=$(pg_store_query "$PG" "SELECT $SEARCH_KEY FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE to_tsvector('simple', COALESCE(e.text_folded, '')) @@ plainto_tsquery('simple', '$word')" | LC_ALL=C sort)
    [ -n "$lite" ] || fail "full-text search: SQLite finds no evidence with $word"
    [ "$lite" = "$pg" ] || { diff <(echo "$lite") <(echo "$pg") >&2; fail "full-text search for $word: SQLite and PostgreSQL find other evidence"; }
    n=$((n + 1))
  done
  [ "$n" -ge 8 ] || fail "only $n words searched: $words"
  echo "full-text search agrees for:" $words >&2
  plan=$(pg_store_query "$PG" "SET enable_seqscan = off; EXPLAIN SELECT id FROM evidence WHERE to_tsvector('simple', COALESCE(text_folded, '')) @@ plainto_tsquery('simple', '${words%% *}')")
  grep -q "evidence_search" <<<"$plan" || { echo "$plan" >&2; fail "PostgreSQL does not use the index evidence_search for full-text search"; }
  COMPARED=$((COMPARED + n + 1))
}

FORMATS=$("$SG" formats | awk '/^output/ {o = 1; next} o && NF {print $1}' | tr '\n' ' ')
[ -n "$FORMATS" ] || fail "stancegraph formats lists no output format"

# Where an evidence row sits: its document and sentence or line, and its fact's identity.
EVIDENCE_KEY="e.document_id, e.sentence, e.line, f.source_id, f.relation, f.target_id, COALESCE(f.valid_from, '')"
# Round 1, a new store filled by one import: the stores' own numbers agree too, so search compares ids.
ROUND=1 SEARCH_KEY=e.id
queries
exports all
exports asof --as-of 2015-01-01
exports relations --relations recognizes,withdraws_recognition
exports kosovo --entity XKX --depth 2
exports cut --families recognition --top 20 --as-of 2020-06-30
invariants
search
echo "compared $COMPARED answers (samples$([ "$RICH" = 1 ] && echo " and recognitions.csv"))" >&2

# Remove one article and the first of our own files; change the other and import it again.
remove_both() {
  "$SG" remove "$@" --db "$LITE" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "remove from SQLite: $*"; }
  "$SG" remove "$@" --db "$PG" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "remove from PostgreSQL: $*"; }
}
remove_both "$S/articles/ru-kazakhstan.json"
before=$(sqlite3 "$LITE" 'SELECT COUNT(*) FROM facts')
# The fact file loses its last rows and gets another start for its second row.
head -n 8 "$WORK/own/edited.csv" | "$PYTHON" -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
rows[2][rows[0].index("valid_from")] = "1999-09-09"
csv.writer(sys.stdout, lineterminator="\n").writerows(rows)' >"$WORK/own/edited.csv.new"
mv "$WORK/own/edited.csv.new" "$WORK/own/edited.csv"
echo "Honduras broke off relations with Taiwan and recognized China in March 2023." >>"$WORK/own/edited-article.txt"
import_both "$WORK/own/edited.csv" "$WORK/own/edited-article.txt"
remove_both "$WORK/own/edited-article.txt"
import_both "$WORK/own/edited-article.txt"
[ "$(sqlite3 "$LITE" "SELECT COUNT(*) FROM facts WHERE valid_from = '1999-09-09'")" -ge 1 ] || fail "the changed fact file did not replace its facts"
[ "$(sqlite3 "$LITE" "SELECT COUNT(*) FROM documents WHERE source_path LIKE '%ru-kazakhstan.json'")" = 0 ] || fail "the removed article is still stored"
[ "$(sqlite3 "$LITE" 'SELECT COUNT(*) FROM facts')" != "$before" ] || fail "the replacement changed nothing"

# Round 2: after a removal, SQLite gives the next fact the number after the highest one left (an
# INTEGER PRIMARY KEY reuses the numbers removed from the end), while PostgreSQL's identity
# columns never reuse a number. The stores' ids differ from here on (the exports, numbered in
# canonical order, do not), so rows are compared by what they are, not by their ids.
COMPARED=0 ROUND=2 SEARCH_KEY=$EVIDENCE_KEY
queries
exports all
exports asof --as-of 2015-01-01
invariants
search
echo "after remove and replace: compared $COMPARED answers" >&2
echo ok
