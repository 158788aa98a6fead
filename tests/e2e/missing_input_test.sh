#!/usr/bin/env bash
# An input that cannot be opened stops import, build and extract before anything is done: the
# system's reason, exit 66 (EX_NOINPUT), and no store file. An empty input is named "empty file".
. "$(dirname "$0")/lib.sh"
GOOD="$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv"
for command in import build; do
  expect_exit 66 "$SG" $command "$WORK/no-such.csv" "$GOOD" --db "$WORK/$command.db"
  expect_stderr "no-such.csv: No such file or directory"
  [ ! -e "$WORK/$command.db" ] || fail "$command left a store behind for a missing input"
done
expect_exit 66 "$SG" extract "$WORK/no-such.txt"
expect_stderr "no-such.txt: No such file or directory"
[ ! -s "$WORK/out" ] || fail "extract printed facts for a missing input"

# A file that exists but cannot be read is as missing (unless we run as root, who reads anything).
if [ "$(id -u)" != 0 ]; then
  cp "$GOOD" "$WORK/locked.csv"
  chmod 000 "$WORK/locked.csv"
  expect_exit 66 "$SG" import "$WORK/locked.csv" --db "$WORK/locked.db"
  expect_stderr "locked.csv: Permission denied"
fi

# Empty files: a fact file is still refused (65), an empty article skipped; both say "empty file".
: >"$WORK/empty.csv"
expect_exit 65 "$SG" import "$WORK/empty.csv" --db "$WORK/e.db"
expect_stderr "empty.csv: empty file"
: >"$WORK/empty.txt"
expect_exit 0 "$SG" extract "$WORK/empty.txt"
expect_stderr "empty.txt: empty file"
echo ok
