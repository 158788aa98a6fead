#!/usr/bin/env bash
# A folder of mixed files: files of unknown suffix and README/LICENSE texts are skipped with one
# summary line, --include/--exclude choose files by glob, .gz is read like the file it holds; at most
# ten messages per input, then a count; progress only on a terminal; --quiet keeps only errors.
. "$(dirname "$0")/lib.sh"
SRC="$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv"
F="$WORK/folder"
mkdir -p "$F/sub"
cp "$SRC" "$F/stances.csv"
printf 'source,relation,target,valid_from\nVenezuela,recognizes,South Ossetia,2009-09-10\n' >"$F/sub/venezuela.csv"
printf 'source,relation,target,valid_from\nNauru,recognizes,Abkhazia,2009-12-15\n' >"$F/sub/nauru.csv"
echo "This folder holds stance facts. Russia recognizes nobody here." >"$F/README.txt"
echo "Permission is granted to Russia to recognize Abkhazia." >"$F/LICENSE"
echo "# notes" >"$F/notes.md"
printf '\x89PNG\r\n' >"$F/picture.png"

expect_exit 0 "$SG" import "$F" --db "$WORK/a.db"
expect_stderr "skipped 4 files in folders: 2 README, LICENSE or other project texts, 2 of unknown suffix (.md, .png)"
[ "$(count "$WORK/a.db" "SELECT COUNT(*) FROM documents")" = 3 ] || fail "expected the 3 fact files as documents"
if grep -q "error" "$WORK/err"; then fail "skipped files were reported as errors: $(cat "$WORK/err")"; fi

# --include / --exclude (fnmatch globs, on the name or the path inside the folder)
expect_exit 0 "$SG" import "$F" --db "$WORK/b.db" --exclude 'sub/*'
[ "$(count "$WORK/b.db" "SELECT COUNT(*) FROM documents")" = 1 ] || fail "--exclude 'sub/*' did not leave out sub/"
expect_stderr "2 excluded by --include or --exclude"
expect_exit 0 "$SG" import "$F" --db "$WORK/c.db" --include 'n*.csv'
[ "$(count "$WORK/c.db" "SELECT source_path FROM documents")" = "$(cd "$F/sub" && pwd -P)/nauru.csv" ] || fail "--include 'n*.csv' took other files"

# .gz is read as the file it holds; in folders too.
gzip -c "$SRC" >"$WORK/stances.csv.gz"
expect_exit 0 "$SG" import "$WORK/stances.csv.gz" --db "$WORK/gz.db"
[ "$(count "$WORK/gz.db" "SELECT COUNT(*) FROM facts")" = "$(count "$WORK/a.db" "SELECT COUNT(*) FROM facts WHERE id IN (SELECT fact_id FROM evidence WHERE document_id LIKE '%stances.csv')")" ] ||
  fail "the gzipped file gave other facts than the plain one"
mkdir "$WORK/gzfolder" && cp "$WORK/stances.csv.gz" "$WORK/gzfolder/"
expect_exit 0 "$SG" import "$WORK/gzfolder" --db "$WORK/gz2.db"
[ "$(count "$WORK/gz2.db" "SELECT COUNT(*) FROM documents")" = 1 ] || fail "a .csv.gz in a folder was skipped"
head -c 100 "$WORK/stances.csv.gz" >"$WORK/cut.csv.gz"
expect_exit 65 "$SG" import "$WORK/cut.csv.gz" --db "$WORK/cut.db"
expect_stderr "cut.csv.gz: the gzip data is cut short"

# At most ten messages per input, then how many more.
"$PYTHON" -c 'print("\n".join(["{\"id\": \"a%d\", \"text\": " % i for i in range(15)]))' >"$WORK/bad.jsonl"
expect_exit 65 "$SG" extract "$WORK/bad.jsonl"
[ "$(grep -c "bad.jsonl:" "$WORK/err")" = 11 ] || fail "expected 10 messages and a count: $(cat "$WORK/err")"
expect_stderr "bad.jsonl: … and 5 more messages (--verbose shows all)"
expect_exit 65 "$SG" extract "$WORK/bad.jsonl" --verbose
[ "$(grep -c "error: .*bad.jsonl:" "$WORK/err")" = 15 ] || fail "--verbose did not show every message"

# --quiet: no warnings or summaries, errors still; on every command.
expect_exit 0 "$SG" import "$F" --db "$WORK/q.db" --quiet
[ ! -s "$WORK/err" ] || fail "--quiet import said: $(cat "$WORK/err")"
expect_exit 65 "$SG" extract "$WORK/bad.jsonl" --quiet
expect_stderr "error:"
expect_exit 0 "$SG" who recognizes Abkhazia --db "$WORK/a.db" --quiet
expect_exit 2 "$SG" who recognizes Abkhazia --db "$WORK/a.db" --quiet --verbose

# Progress: none when standard error is not a terminal; on a terminal (script(1) gives one), the
# bytes read (import) or facts written (export) of the total, erased when done.
if grep -q $'\r' "$WORK/err" || grep -q "reading:" "$WORK/err"; then fail "progress drawn on a file"; fi
expect_exit 0 "$SG" import "$F" --db "$WORK/p0.db"
if grep -q "reading:" "$WORK/err"; then fail "progress drawn on a file"; fi
expect_exit 0 "$SG" export --db "$WORK/p0.db" -o "$WORK/p0.graphml"
[ ! -s "$WORK/err" ] || fail "export said something on a file: $(cat "$WORK/err")"
if command -v script >/dev/null; then
  script -qec "'$SG' import '$F' --db '$WORK/p.db'" "$WORK/typescript" >/dev/null </dev/null
  grep -q "reading: [0-9.]* MiB of [0-9.]* MiB" "$WORK/typescript" || fail "no progress on a terminal: $(cat -v "$WORK/typescript")"
  script -qec "'$SG' import '$F' --db '$WORK/pq.db' --quiet" "$WORK/typescript-quiet" >/dev/null </dev/null
  if grep -q "reading:" "$WORK/typescript-quiet"; then fail "progress despite --quiet"; fi
  script -qec "'$SG' export --db '$WORK/a.db' -o '$WORK/a.graphml'" "$WORK/typescript-export" >/dev/null </dev/null
  grep -q "writing .*a.graphml: [0-9]* of [0-9]* rows" "$WORK/typescript-export" || fail "no export progress on a terminal: $(cat -v "$WORK/typescript-export")"
  [ -s "$WORK/a.graphml" ] || fail "the export under script(1) wrote nothing"
fi
echo ok
