#!/usr/bin/env bash
# Every query answers --format csv (RFC 4180, a header row, CRLF), read here by Python's csv module;
# `export` writes the curated facts CSV, which imports back without loss; `export` with no -o
# writes JSON Lines to standard output.
. "$(dirname "$0")/lib.sh"
SRC="$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv"
DB="$WORK/a.db"
expect_exit 0 "$SG" import "$SRC" --db "$DB" --recorded-at 2025-01-01

# query header-row-first-cells... (each: the header it must start with)
check_csv() {
  local header=$1; shift
  expect_exit 0 "$SG" "$@" --db "$DB" --format csv
  "$PYTHON" - "$WORK/out" "$header" <<'PY' || fail "$* --format csv: $(head -c 400 "$WORK/out")"
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.endswith(b"\r\n"), "records must end with CRLF"
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
want = sys.argv[2].split(",")
assert rows[0][:len(want)] == want, rows[0]
assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
PY
}
check_csv id,name,since,evidence,note who recognizes Abkhazia --as-of 2020
grep -q '^RUS,Russia,2008-08-26,' "$WORK/out" || fail "who: no Russia row"
check_csv family,stance,since stance Russia Abkhazia --as-of 2020
check_csv year,count count recognizes Abkhazia --from 2007 --to 2010
grep -q '^2009,' "$WORK/out" || fail "count: no 2009"
check_csv id,name blocs --relation recognizes --target Abkhazia --target "South Ossetia" --as-of 2020
check_csv target,family compare Russia Nicaragua --as-of 2020
check_csv family,stance,role,from explain Russia Abkhazia --as-of 2020
grep -q 'fact-file' "$WORK/out" || fail "explain: no rule column"
check_csv from,until,gap,source timeline Russia Abkhazia
check_csv date,source,before,now changes --from 2008 --to 2010
check_csv contradiction,from,until contradictions
check_csv id,kind,name entities find Abkhazia

# A name with a comma and a quote comes out quoted.
printf 'source,relation,target,valid_from,valid_to,evidence,url\nRussia,recognizes,"Land of ""Oz"", the",2001,,"said, ""yes""\nthen left",\n' >"$WORK/oz.csv"
expect_exit 0 "$SG" import "$WORK/oz.csv" --db "$WORK/oz.db" --allow-new-entities
expect_exit 0 "$SG" timeline Russia --db "$WORK/oz.db" --format csv
grep -qF '"Land of ""Oz"", the"' "$WORK/out" || fail "a name with a comma and quotes is not quoted: $(cat "$WORK/out")"

# The facts CSV round trip: export, import into a fresh store, export again: the same file.
expect_exit 0 "$SG" export --db "$DB" -o "$WORK/a.csv"
head -1 "$WORK/a.csv" | grep -q '^source,relation,target,valid_from,valid_to,evidence,url,confidence' || fail "facts CSV header"
expect_exit 0 "$SG" import "$WORK/a.csv" --db "$WORK/b.db" --recorded-at 2025-01-01
expect_exit 0 "$SG" export --db "$WORK/b.db" -o "$WORK/b.csv"
cmp "$WORK/a.csv" "$WORK/b.csv" || fail "the facts CSV changed on its round trip: $(diff "$WORK/a.csv" "$WORK/b.csv" | head)"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts")" = "$(count "$WORK/b.db" "SELECT COUNT(*) FROM facts")" ] || fail "facts lost"
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence")" = "$(count "$WORK/b.db" "SELECT COUNT(*) FROM evidence")" ] || fail "evidence lost"
# ... and the source file's facts are all there.
"$PYTHON" - "$SRC" "$WORK/a.csv" <<'PY' || fail "the exported CSV lacks facts of the source"
import csv, sys
src = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
out = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
assert len(out) == len(src), (len(out), len(src))
assert sorted(r["evidence"] for r in out) == sorted(r["evidence"] for r in src)
PY
# The quoted name and multi-line evidence survive too.
expect_exit 0 "$SG" export --db "$WORK/oz.db" -o "$WORK/oz-out.csv"
expect_exit 0 "$SG" import "$WORK/oz-out.csv" --db "$WORK/oz2.db" --allow-new-entities
expect_exit 0 "$SG" export --db "$WORK/oz2.db" -o "$WORK/oz-again.csv"
cmp "$WORK/oz-out.csv" "$WORK/oz-again.csv" || fail "hostile CSV changed on its round trip"
[ "$(count "$WORK/oz2.db" "SELECT name FROM entities WHERE kind = 'other'")" = 'Land of "Oz", the' ] || fail "a new entity's name was lost"

# export with no -o: JSON Lines on standard output.
expect_exit 0 "$SG" export --db "$DB"
"$PYTHON" -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]' "$WORK/out" || fail "export to stdout is not JSON Lines"
[ "$(wc -l <"$WORK/out")" = "$(count "$DB" "SELECT COUNT(*) FROM facts")" ] || fail "export to stdout: one line per fact"
echo ok
