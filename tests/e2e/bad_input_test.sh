#!/usr/bin/env bash
# Bad input gets a clear error naming file, line and column, exit code 65, and changes nothing;
# good inputs given alongside are still imported.
. "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
cat >"$WORK/good.csv" <<'CSV'
source,relation,target,valid_from,valid_to,evidence,url
Kazakhstan,does_not_recognize,Taiwan,2022-06-17,,,
Russia,recognizes,Abkhazia,2008-08-26,,,
CSV
expect_exit 0 "$SG" import "$WORK/good.csv" --db "$DB"
before=$(count "$DB" "SELECT COUNT(*) FROM facts")-$(count "$DB" "SELECT COUNT(*) FROM evidence")-$(count "$DB" "SELECT COUNT(*) FROM documents")
[ "$before" = "2-2-1" ] || fail "unexpected counts after the good import: $before"

printf 'source,relation,target,valid_from\nRussia,recognizes,South Ossetia,2008-08-26\nRussia,recognizes,Narnia,2008\n' >"$WORK/entity.csv"
printf 'source,relation,target,valid_from\nRussia,likes,South Ossetia,2008\n' >"$WORK/relation.csv"
printf 'source,relation,target,valid_from\nRussia,recognizes,South Ossetia,2022-02-30\n' >"$WORK/date.csv"
printf 'source,relation,target,valid_from\nRussia,recognizes,"South Ossetia,2008\n' >"$WORK/quote.csv"
printf '{"source": "RUS", "relation": "recognizes", "target": "abkhazia"}\n{"source": "RUS", "relation": \n' >"$WORK/broken.jsonl"
printf 'source,relation,target,valid_from\nRussia,recognizes,South \xff Ossetia,2008\n' >"$WORK/utf8.csv"
check_rejected() {
  expect_exit 65 "$SG" import "$1" --db "$DB"
  expect_stderr "$2"
  after=$(count "$DB" "SELECT COUNT(*) FROM facts")-$(count "$DB" "SELECT COUNT(*) FROM evidence")-$(count "$DB" "SELECT COUNT(*) FROM documents")
  [ "$after" = "$before" ] || fail "the store changed after rejecting $1: $after"
}
check_rejected "$WORK/entity.csv" "entity.csv:3:19: unknown entity \"Narnia\""
check_rejected "$WORK/relation.csv" "relation.csv:2:8: unknown relation \"likes\""
check_rejected "$WORK/date.csv" "date.csv:2:33: valid_from \"2022-02-30\" is not a date"
check_rejected "$WORK/quote.csv" "quote.csv:2:19: quoted field never closes"
check_rejected "$WORK/broken.jsonl" "broken.jsonl:2:"
check_rejected "$WORK/utf8.csv" "utf8.csv:2:25: not UTF-8 text"
# A missing file is no bad data but no input (66, EX_NOINPUT): named with the system's reason, nothing done.
expect_exit 66 "$SG" import "$WORK/no-such-file.csv" --db "$DB"
expect_stderr "no-such-file.csv: No such file or directory"

# A bad file beside a good one: the good one is imported, the exit code still says 65.
printf 'source,relation,target,valid_from\nVenezuela,recognizes,Abkhazia,2009-09-10\n' >"$WORK/good2.csv"
expect_exit 65 "$SG" import "$WORK/entity.csv" "$WORK/good2.csv" --db "$DB"
[ "$(count "$DB" "SELECT COUNT(*) FROM facts")" = 3 ] || fail "the good file beside a bad one was not imported"

# New entities are allowed on request.
expect_exit 0 "$SG" import "$WORK/entity.csv" --db "$DB" --allow-new-entities
[ "$(count "$DB" "SELECT name FROM entities WHERE id = 'narnia'")" = Narnia ] || fail "no new entity"

# Re-importing an unchanged file adds nothing.
n=$(count "$DB" "SELECT COUNT(*) FROM evidence")
expect_exit 0 "$SG" import "$WORK/good.csv" "$WORK/good2.csv" --db "$DB"
expect_stderr "0 added, 0 replaced, 2 unchanged"
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence")" = "$n" ] || fail "re-import added evidence"
[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity check"

# Bad query arguments are usage errors.
expect_exit 2 "$SG" who recognizes Taiwan --db "$DB" --as-of 2022-02-30
expect_exit 2 "$SG" who adores Taiwan --db "$DB"
expect_exit 2 "$SG" stance Kazakhstan Atlantis --db "$DB"
echo ok
