#!/usr/bin/env bash
# `info` tells what a store holds, in text and JSON Lines, agreeing with the tables; `remove` takes
# documents out by id or path, in one transaction, keeping facts other documents still support.
. "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
SRC="$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv"
expect_exit 0 "$SG" import "$SRC" --db "$DB"
printf 'source,relation,target,valid_from,evidence\nRussia,recognizes,Abkhazia,2008-08-26,again\nVenezuela,recognizes,South Ossetia,2009-09-10,only here\n' >"$WORK/more.csv"
expect_exit 0 "$SG" import "$WORK/more.csv" --db "$DB"

expect_exit 0 "$SG" info --db "$DB" --format jsonl
"$PYTHON" - "$WORK/out" "$DB" <<'PY' || fail "info --format jsonl disagrees with the store"
import json, sqlite3, sys
info = json.loads(open(sys.argv[1]).read())
db = sqlite3.connect(sys.argv[2])
one = lambda sql: db.execute(sql).fetchone()[0]
assert info["documents"] == one("SELECT COUNT(*) FROM documents") == 2, info
assert info["documents_by_kind"] == {"facts": 2}, info
assert info["facts"] == one("SELECT COUNT(*) FROM facts"), info
assert info["facts_by_relation"]["recognizes"] == one("SELECT COUNT(*) FROM facts WHERE relation = 'recognizes'")
assert info["facts_by_family"]["recognition"] == one("SELECT COUNT(*) FROM facts f JOIN relations r ON r.name = f.relation WHERE r.family = 'recognition'")
assert info["undated_facts"] == one("SELECT COUNT(*) FROM facts WHERE valid_from IS NULL")
assert info["first_valid_from"] == one("SELECT MIN(valid_from_day) FROM facts")
assert info["last_valid_from"] == one("SELECT MAX(valid_from_day) FROM facts")
assert info["entities"] == one("SELECT COUNT(*) FROM entities")
assert info["schema_version"] == one("PRAGMA user_version")
assert info["file_size"] > 0
PY
expect_exit 0 "$SG" info --db "$DB"
grep -q "^documents: 2 (facts 2)" "$WORK/out" || fail "info text: $(cat "$WORK/out")"
grep -q "recognizes" "$WORK/out" || fail "info text lists no relation"
expect_exit 2 "$SG" info --db "$WORK/none.db"

# remove: by path; Russia's recognition of Abkhazia stays (stances.csv supports it too), Venezuela's
# of South Ossetia goes with its only document.
facts=$(count "$DB" "SELECT COUNT(*) FROM facts")
expect_exit 0 "$SG" remove "$WORK/more.csv" --db "$DB"
expect_stderr "removed 1 document, 1 fact, 2 pieces of evidence"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts")" = $((facts - 1)) ] || fail "remove took the wrong facts"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts WHERE source_id = 'RUS' AND target_id = 'abkhazia'")" = 1 ] || fail "a fact still supported was removed"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts WHERE source_id = 'VEN' AND target_id = 'south-ossetia'")" = 0 ] || fail "an orphan fact stayed"
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence WHERE document_id NOT IN (SELECT id FROM documents)")" = 0 ] || fail "orphan evidence"

# An unknown document removes nothing, not even the known ones named with it.
id=$(count "$DB" "SELECT id FROM documents")
expect_exit 2 "$SG" remove "$id" "no-such-document" --db "$DB"
expect_stderr "has no document \"no-such-document\""
[ "$(count "$DB" "SELECT COUNT(*) FROM documents")" = 1 ] || fail "a failed remove removed something"
# By id, the last one: the store is empty and sound.
expect_exit 0 "$SG" remove "$id" --db "$DB"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts") $(count "$DB" "SELECT COUNT(*) FROM evidence") $(count "$DB" "SELECT COUNT(*) FROM contested_pairs")" = "0 0 0" ] ||
  fail "the store is not empty after removing every document"
[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity check"

# A file of several articles is several documents: its path removes them all.
printf '%s\n' '{"id": "one", "lang": "en", "published": "2008-08-26", "text": "Russia recognized Abkhazia on Tuesday."}' \
  '{"id": "two", "lang": "en", "published": "2009-09-10", "text": "Venezuela recognized Abkhazia on Thursday."}' >"$WORK/two.jsonl"
expect_exit 0 "$SG" import "$WORK/two.jsonl" --db "$WORK/articles.db"
[ "$(count "$WORK/articles.db" "SELECT COUNT(*) FROM documents")" = 2 ] || fail "expected two article documents"
expect_exit 0 "$SG" remove "$WORK/two.jsonl" --db "$WORK/articles.db"
[ "$(count "$WORK/articles.db" "SELECT COUNT(*) FROM documents") $(count "$WORK/articles.db" "SELECT COUNT(*) FROM facts")" = "0 0" ] ||
  fail "removing a file of two articles left some behind"
echo ok
