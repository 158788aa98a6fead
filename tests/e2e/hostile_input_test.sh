#!/usr/bin/env bash
# Hostile input — the corpus of tests/data/hostile/ and, made here, 100 MB single lines and JSON a
# million levels deep — fed to `stancegraph import` and `extract`. Each is refused with exit 65 and a
# message naming file:line:column, with the hostile bytes shown escaped; the store's row counts stay
# as they were, no file appears, and nothing crashes (134, 139) or hangs (timeout).
. "$(dirname "$0")/lib.sh"
H="$STANCEGRAPH_SOURCE/tests/data/hostile"
DB="$WORK/store.db"
LIMIT=${HOSTILE_TIMEOUT:-300}

printf 'source,relation,target,valid_from\nRussia,recognizes,Abkhazia,2008-08-26\n' >"$WORK/good.csv"
expect_exit 0 "$SG" import "$WORK/good.csv" --db "$DB"
rows() {
  count "$DB" "SELECT (SELECT COUNT(*) FROM entities) || ' entities, ' || (SELECT COUNT(*) FROM documents) || ' documents, ' ||
                      (SELECT COUNT(*) FROM facts) || ' facts, ' || (SELECT COUNT(*) FROM evidence) || ' evidence'"
}
before=$(rows)
files() { find "$WORK" -path "$WORK/in" -prune -o -type f ! -name 'store.db*' ! -name out ! -name err -print | sort; }
mkdir "$WORK/in"
cases=0

# refused import|extract FILE "NAME:LINE:COLUMN: message" [OPTIONS…]
refused() {
  local command=$1 file=$2 message=$3 name
  shift 3
  name=$(basename "$file")
  local listing
  listing=$(files)
  local args=("$file")
  [ "$command" = import ] && args+=(--db "$DB")
  set +e
  timeout "$LIMIT" "$SG" "$command" "${args[@]}" "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  set -e
  case $got in
    65) ;;
    124) fail "$command $name hangs (killed after $LIMIT s)" ;;
    134 | 139) cat "$WORK/err" >&2; fail "$command $name crashes (exit $got)" ;;
    *) cat "$WORK/err" >&2; fail "$command $name: exit $got, expected 65" ;;
  esac
  grep -qE "$name:[0-9]+:[0-9]+: " "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: no file:line:column in the message"; }
  grep -qF -- "$message" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: the message lacks: $message"; }
  # What reaches the terminal is UTF-8 without control or bidi characters: hostile bytes come escaped.
  "$PYTHON" - "$WORK/err" <<'PY' || fail "$name: the message shows raw hostile bytes"
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]", text), ascii(text)
PY
  [ "$(rows)" = "$before" ] || fail "$name: the store changed: $(rows); it had $before"
  [ "$(files)" = "$listing" ] || fail "$name: a file appeared: $(files)"
  [ "$command" = import ] || [ ! -s "$WORK/out" ] || fail "$name: extract printed facts"
  cases=$((cases + 1))
}

# Not UTF-8: invalid bytes, overlong encodings, surrogates, Latin-1, UTF-16, NUL bytes.
refused import "$H/invalid-utf8.csv" "invalid-utf8.csv:3:25: not UTF-8 text"
refused import "$H/overlong-slash.csv" "overlong-slash.csv:3:22: not UTF-8 text"
refused extract "$H/overlong.json" "overlong.json:1:88: invalid JSON: Invalid encoding in string."
refused extract "$H/surrogates.txt" "surrogates.txt:5:19: not UTF-8 text"
refused extract "$H/latin1.txt" "latin1.txt:3:5: not UTF-8 text"
refused import "$H/utf16.csv" "utf16.csv:1:1: not UTF-8 text"
refused import "$H/nul-byte.csv" "nul-byte.csv:2:22: a NUL byte"
refused extract "$H/nul-byte.txt" "nul-byte.txt:3:18: a NUL byte"
refused import "$H/latin1.actors" "latin1.actors:2:4: not UTF-8 text" --strict
# Bidi controls hide and turn names around; the message shows them as \u202e.
refused import "$H/bidi-entity.csv" 'bidi-entity.csv:3:1: unknown entity "\u202eaissuR"'
refused import "$H/bidi-relation.jsonl" 'bidi-relation.jsonl:1:22: unknown relation "recognizes\u2066\u202e"'
# Deep nesting, closed and unclosed.
refused extract "$H/deep-nesting.json" 'deep-nesting.json:1:1: "text" must be a string, not array'
refused extract "$H/deep-nesting-list.json" "deep-nesting-list.json:1:2: article 1: an article must be a JSON object, not array"
refused extract "$H/deep-nesting-unclosed.json" "deep-nesting-unclosed.json:2:1: invalid JSON"
refused import "$H/deep-nesting.jsonl" 'deep-nesting.jsonl:1:48: "target" must be a string'
# CSV with unbalanced and stray quotes; an empty file; bytes that are no JSON.
refused import "$H/unbalanced-quotes.csv" "unbalanced-quotes.csv:3:19: quoted field never closes"
refused import "$H/stray-quote.csv" "stray-quote.csv:2:25: quote inside an unquoted field"
refused import "$H/empty.csv" "empty.csv:1:1: empty fact file"
refused extract "$H/garbage.json" "garbage.json:1:1: invalid JSON"
# Dates that are not on the calendar.
refused import "$H/date-feb-30.csv" 'date-feb-30.csv:2:28: valid_from "2022-02-30" is not a date'
refused import "$H/date-zero.csv" 'date-zero.csv:2:28: valid_from "0000-00-00" is not a date'
refused extract "$H/date-zero.txt" "date-zero.txt:2:12: published is not a date: 0000-00-00"
refused extract "$H/date-feb-30.json" 'date-feb-30.json:1:1: "published" is not a date: 2022-02-30'
refused import "$H/gdelt-feb-30.export.CSV" 'gdelt-feb-30.export.CSV:1:9: SQLDATE "20220230" is not a date' --strict
refused import "$H/icews-zero-date.tab" 'icews-zero-date.tab:2:3: Event Date "0000-00-00" is not a date' --strict
# Relations and entities that do not exist; names built to break DOT, XML and SQL.
refused import "$H/unknown-relation.csv" 'unknown-relation.csv:2:8: unknown relation "adores"'
refused import "$H/unknown-entity.jsonl" 'unknown-entity.jsonl:2:2: unknown entity "Narnia"'
refused import "$H/format-breaking-names.csv" 'format-breaking-names.csv:2:1: unknown entity "node"'

# Valid, at the ends of the calendar: "yesterday" and "last year" of 0001-01-01 lie before it.
for f in year-one.txt year-9999.txt; do
  expect_exit 0 timeout "$LIMIT" "$SG" extract "$H/$f"
  grep -q '"relation":"recognizes"' "$WORK/out" || fail "$f: no facts at the end of the calendar"
done

# Made here, too big to keep: 100 MB single lines and JSON nested a million levels deep.
big_line() { head -c 104857600 /dev/zero | tr '\0' "$1"; }
{ printf 'lang: en\n\n'; big_line A; } >"$WORK/in/big-line.txt"
refused extract "$WORK/in/big-line.txt" "big-line.txt:1:1: article big-line: its text is 100 MiB; an article may have at most 4 MiB"
rm "$WORK/in/big-line.txt"
{ printf 'source,relation,target,valid_from\n'; big_line B; } >"$WORK/in/big-line.csv"
refused import "$WORK/in/big-line.csv" "big-line.csv:2:1: row has 1 fields, the header 4"
rm "$WORK/in/big-line.csv"
{ printf '{"source": "Russia", "relation": "recognizes", "target": "Abkhazia", "evidence": "'; big_line C; } >"$WORK/in/big-line.jsonl"
refused import "$WORK/in/big-line.jsonl" "big-line.jsonl:1:104857683: invalid JSON: Missing a closing quotation mark in string."
rm "$WORK/in/big-line.jsonl"
big_line D >"$WORK/in/big-line.export.CSV"
refused import "$WORK/in/big-line.export.CSV" "big-line.export.CSV:1:1: row has 1 columns" --strict --format gdelt
rm "$WORK/in/big-line.export.CSV"
"$PYTHON" -c "import sys; sys.stdout.write('[' * 1000000 + ']' * 1000000)" >"$WORK/in/deep.json"
refused extract "$WORK/in/deep.json" "deep.json:1:2: article 1: an article must be a JSON object, not array"
"$PYTHON" -c "import sys; sys.stdout.write('{\"source\": ' + '{\"id\": ' * 1000000)" >"$WORK/in/deep.jsonl"
refused import "$WORK/in/deep.jsonl" "deep.jsonl:1:" --format facts-jsonl

# The names built to break formats, allowed in as new entities, leave every export readable.
expect_exit 0 "$SG" import "$H/format-breaking-names.csv" --db "$WORK/names.db" --allow-new-entities
[ "$(count "$WORK/names.db" "SELECT COUNT(*) FROM facts")" = 9 ] || fail "the format-breaking names did not all import"
for out in n.dot n.graphml n.sql; do expect_exit 0 "$SG" export --db "$WORK/names.db" -o "$WORK/$out"; done
dot -Tsvg "$WORK/n.dot" -o "$WORK/n.svg" || fail "dot cannot read the names"
[ "$(grep -c '<g id="node' "$WORK/n.svg")" = 9 ] || fail "the DOT export lost or split names"
xmllint --noout "$WORK/n.graphml" || fail "the GraphML export is not XML"
sqlite3 -bail "$WORK/n.sql.db" <"$WORK/n.sql" || fail "the SQL export does not load"
[ "$(count "$WORK/n.sql.db" "SELECT COUNT(*) FROM entities WHERE name LIKE '%DROP TABLE%'")" = 1 ] || fail "the SQL export lost a name"

echo "ok: $cases hostile inputs refused"
