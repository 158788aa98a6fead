#!/usr/bin/env bash
# Event data (GDELT, ICEWS, PLOVER): every shared sample imports, and the counts of read, imported,
# aggregated, skipped and bad rows that `stancegraph import` prints match those event_counts.py
# computes on its own from the raw file; bad rows are reported with their lines and skipped, or
# reject the file with --strict; zipped files read as plain ones; long files split into documents.
. "$(dirname "$0")/lib.sh"
need_shared samples/gdelt/20191024143000.export.CSV
SAMPLES="$STANCEGRAPH_SHARED/samples"
COUNT="$PYTHON $(dirname "$0")/event_counts.py"

# check_counts FORMAT FILE [import options...]: imports into a fresh store and compares the counts.
check_counts() {
  local format=$1 file=$2; shift 2
  local aggregate=day rows=100000 args=("$@")
  for ((i = 0; i < ${#args[@]}; i++)); do
    [ "${args[$i]}" = --aggregate ] && aggregate=${args[$((i + 1))]}
    [ "${args[$i]}" = --rows-per-document ] && rows=${args[$((i + 1))]}
  done
  rm -f "$WORK/c.db"*
  expect_exit 0 "$SG" import "$file" --db "$WORK/c.db" "$@"
  local got want
  got=$(grep -F "stancegraph: $file: rows: " "$WORK/err" | sed "s|^stancegraph: $file: rows: ||")
  want=$($COUNT "$format" "$file" "$STANCEGRAPH_SOURCE" "$STANCEGRAPH_SHARED" "$aggregate" "$rows")
  [ "$got" = "$want" ] || fail "$(basename "$file") $*: stancegraph counts
    $got
  event_counts.py counts
    $want"
  echo "$(basename "$file") $*: $got"
}

check_counts gdelt "$SAMPLES/gdelt/20191024143000.export.CSV"
check_counts gdelt "$SAMPLES/gdelt/gdelt1_events_sample.tsv"
check_counts icews "$SAMPLES/icews/events.2018.sample.tab"
check_counts polecat "$SAMPLES/plover/PLOVER_GSR_CAMEO.json"
check_counts gdelt "$SAMPLES/gdelt/20191024143000.export.CSV" --aggregate month
check_counts icews "$SAMPLES/icews/events.2018.sample.tab" --aggregate none
check_counts gdelt "$SAMPLES/gdelt/20191024143000.export.CSV" --rows-per-document 50

# The formats are detected: by content (the .CSV that is tab-separated, the JSON array that is
# not a list of articles) and by suffix.
rm -f "$WORK/d.db"*
expect_exit 0 "$SG" import "$SAMPLES/gdelt/20191024143000.export.CSV" "$SAMPLES/icews/events.2018.sample.tab" \
  "$SAMPLES/plover/PLOVER_GSR_CAMEO.json" "$SAMPLES/gdelt/gdelt1_events_sample.tsv" --db "$WORK/d.db"
[ "$(count "$WORK/d.db" "SELECT COUNT(*) FROM documents WHERE kind = 'events'")" = 4 ] || fail "not four event documents"
[ "$(count "$WORK/d.db" "SELECT group_concat(DISTINCT substr(rule, 1, instr(rule, ':'))) FROM evidence ORDER BY 1")" != "" ] || fail "no rules"
for prefix in gdelt: icews: plover:; do
  [ "$(count "$WORK/d.db" "SELECT COUNT(*) FROM evidence WHERE rule LIKE '$prefix%'")" -gt 0 ] || fail "no evidence from $prefix"
done

# ICEWS: "Syria grants diplomatic recognition to Abkhazia" (2018-06-01) is a recognizes fact.
fact=$(count "$WORK/d.db" "SELECT f.source_id || ' ' || f.relation || ' ' || f.target_id || ' ' || f.valid_from || ' ' || e.rule
                            FROM facts f JOIN evidence e ON e.fact_id = f.id WHERE e.text LIKE '%EventID=32892140%'")
[ "$fact" = "SYR recognizes abkhazia 2018-06-01 icews:054" ] || fail "Syria → Abkhazia: $fact"
expect_exit 0 "$SG" stance Syria Abkhazia --db "$WORK/d.db" --as-of 2018-07-01
grep -q recogni "$WORK/out" || { cat "$WORK/out"; fail "stance Syria Abkhazia does not say recognizes"; }

# GDELT evidence keeps GLOBALEVENTID, SOURCEURL, the dates, Goldstein and NumMentions.
row=$(count "$WORK/d.db" "SELECT e.url || '|' || e.published || '|' || e.text FROM evidence e WHERE e.text LIKE '%GLOBALEVENTID=881991064%'")
case "$row" in
  "https://www.weeklyblitz.net/oped/free-speech-does-not-include-violence/|2019-10-24|events=1 first=2019-10-24 last=2019-10-24 GLOBALEVENTID=881991064 Goldstein=-10.0 NumMentions=5 "*) ;;
  *) fail "GDELT evidence: $row" ;;
esac

# Re-importing unchanged files adds nothing; another aggregation replaces the documents.
expect_exit 0 "$SG" import "$SAMPLES/gdelt/20191024143000.export.CSV" --db "$WORK/d.db"
expect_stderr "0 added, 0 replaced, 1 unchanged"
expect_exit 0 "$SG" import "$SAMPLES/gdelt/20191024143000.export.CSV" --db "$WORK/d.db" --aggregate month
expect_stderr "0 added, 1 replaced, 0 unchanged"
[ "$(count "$WORK/d.db" "SELECT COUNT(*) FROM facts f JOIN evidence e ON e.fact_id = f.id WHERE e.rule LIKE 'gdelt:%' AND f.valid_from = '2019-10'")" -gt 0 ] ||
  fail "--aggregate month made no month facts"

# A zipped file reads as the plain one: same counts, same facts.
"$PYTHON" -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED).write(sys.argv[2], '20191024143000.export.CSV')" \
  "$WORK/20191024143000.export.CSV.zip" "$SAMPLES/gdelt/20191024143000.export.CSV"
rm -f "$WORK/p.db"* "$WORK/z.db"*
expect_exit 0 "$SG" import "$SAMPLES/gdelt/20191024143000.export.CSV" --db "$WORK/p.db"
plain=$(grep -o "rows: .*" "$WORK/err" | head -1)
expect_exit 0 "$SG" import "$WORK/20191024143000.export.CSV.zip" --db "$WORK/z.db"
zipped=$(grep -o "rows: .*" "$WORK/err" | head -1)
[ "$plain" = "$zipped" ] || fail "zipped counts differ: $zipped"
facts_of() { count "$1" "SELECT source_id, relation, target_id, valid_from FROM facts ORDER BY 1, 2, 3, 4" | md5sum; }
[ "$(facts_of "$WORK/p.db")" = "$(facts_of "$WORK/z.db")" ] || fail "zipped facts differ"
# The same through standard input.
rm -f "$WORK/s.db"*
set +e; "$SG" import - --format gdelt --db "$WORK/s.db" <"$WORK/20191024143000.export.CSV.zip" 2>"$WORK/err"; rc=$?; set -e
[ $rc = 0 ] || { cat "$WORK/err"; fail "zip from standard input: exit $rc"; }
[ "$(facts_of "$WORK/p.db")" = "$(facts_of "$WORK/s.db")" ] || fail "zipped facts from standard input differ"

# Long files become several documents (file, file#2, …) whose facts are the same.
rm -f "$WORK/k.db"*
expect_exit 0 "$SG" import "$SAMPLES/gdelt/20191024143000.export.CSV" --db "$WORK/k.db" --rows-per-document 500
[ "$(count "$WORK/k.db" "SELECT COUNT(*) FROM documents")" = 5 ] || fail "2111 rows in parts of 500 are not 5 documents"
[ "$(count "$WORK/k.db" "SELECT COUNT(*) FROM documents WHERE id LIKE '%.CSV#5'")" = 1 ] || fail "no part #5"
[ "$(facts_of "$WORK/p.db")" = "$(facts_of "$WORK/k.db")" ] || fail "facts of parts differ"

# Bad rows: wrong column count, bad date, unknown code, bad UTF-8 — counted, reported at their
# line and column, and the good rows still imported.
bad="$WORK/bad.export.CSV"
"$PYTHON" - "$SAMPLES/gdelt/20191024143000.export.CSV" "$bad" <<'PY'
import sys
lines = open(sys.argv[1], "rb").read().split(b"\n")[:200]
def field(line, i, value):
    f = line.split(b"\t"); f[i] = value; return b"\t".join(f)
lines[9] = b"\t".join(lines[9].split(b"\t")[:40])        # line 10: 40 columns
lines[19] = field(lines[19], 1, b"20190231")              # line 20: 31 February
lines[29] = field(lines[29], 26, b"999")                  # line 30: no such CAMEO code
lines[39] = field(lines[39], 6, b"BAD \xff NAME")         # line 40: not UTF-8
open(sys.argv[2], "wb").write(b"\n".join(lines) + b"\n")
PY
rm -f "$WORK/b.db"*
expect_exit 0 "$SG" import "$bad" --db "$WORK/b.db"
expect_stderr "bad.export.CSV:10:1: row has 40 columns"
expect_stderr "bad.export.CSV:20:"
expect_stderr "SQLDATE \"20190231\" is not a date"
expect_stderr "EventCode \"999\" is not a CAMEO event code"
expect_stderr "bad.export.CSV:40:1: row is not valid UTF-8"
expect_stderr "bad.export.CSV: 4 bad rows skipped"
got=$(grep -F "stancegraph: $bad: rows: " "$WORK/err" | sed "s|^stancegraph: $bad: rows: ||")
want=$($COUNT gdelt "$bad" "$STANCEGRAPH_SOURCE" "$STANCEGRAPH_SHARED")
[ "$got" = "$want" ] || fail "bad rows: $got / $want"
case "$got" in *", 4 bad"*) ;; *) fail "not 4 bad rows: $got" ;; esac
[ "$(count "$WORK/b.db" "SELECT COUNT(*) FROM facts")" -gt 0 ] || fail "good rows beside bad ones were not imported"
col=$(grep -o "bad.export.CSV:20:[0-9]*" "$WORK/err" | cut -d: -f3)
[ "$col" -gt 1 ] || fail "the bad date is not reported at its column"

# --strict: one bad row rejects the whole file, even when earlier parts are full documents.
rm -f "$WORK/t.db"*
expect_exit 65 "$SG" import "$bad" --db "$WORK/t.db" --strict --rows-per-document 5
expect_stderr "bad.export.CSV:10:1: row has 40 columns"
[ "$(count "$WORK/t.db" "SELECT COUNT(*) FROM documents")" = 0 ] || fail "--strict stored part of a bad file"

# Only the first ten bad rows are shown, then one summary line.
"$PYTHON" -c "
import sys
print('\n'.join('%d\t20190101\tx' % i for i in range(25)))" >"$WORK/many.export.CSV"
expect_exit 0 "$SG" import "$WORK/many.export.CSV" --db "$WORK/b.db" --format gdelt
[ "$(grep -c "row has 3 columns" "$WORK/err")" = 10 ] || fail "not ten bad rows shown"
expect_stderr "25 bad rows skipped (the first 10 are shown above)"
echo ok
