#!/usr/bin/env bash
# Mistyped commands, options, relations, entities and dates are usage errors (exit 2) that name the
# nearest known spelling and point to the command's own --help; an ambiguous name is taken with a
# note on standard error naming the others.
. "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$DB"

expect_exit 2 "$SG" improt x
expect_stderr "unknown command 'improt'; did you mean 'import'?"
expect_stderr "(see stancegraph --help)"

expect_exit 2 "$SG" who recognizes Kosovo --asof 2012 --db "$DB"
expect_stderr "unknown option --asof; did you mean '--as-of'?"
expect_stderr "(see stancegraph who --help)"
expect_exit 2 "$SG" entities find Kosovo --fromat csv
expect_stderr "did you mean '--format'?"
expect_stderr "(see stancegraph entities find --help)"

expect_exit 2 "$SG" who recognise Abkhazia --db "$DB"
expect_stderr "did you mean 'recognizes'?"
expect_stderr "(see stancegraph who --help)"
# British spellings are aliases.
expect_exit 0 "$SG" who recognises Abkhazia --db "$DB" --format jsonl
grep -q '"RUS"' "$WORK/out" || fail "who recognises Abkhazia lost Russia"

expect_exit 2 "$SG" stance Kazakstan Taiwan --db "$DB"
expect_stderr "did you mean 'Kazakhstan (KAZ)'"
expect_exit 2 "$SG" who recognizes Kosvo --db "$DB"
expect_stderr "'Kosovo (XKX)'"
expect_exit 1 "$SG" entities find Kazakstan
expect_stderr "did you mean 'Kazakhstan (KAZ)'"

# A name of several entities: the best is taken, and standard error says which, why and the others.
# (A store knows only the entities its facts name: this one lacks Georgia, so the gazetteer decides.)
printf 'source,relation,target,valid_from\nRussia,recognizes,Abkhazia,2008-08-26\n' >"$WORK/small.csv"
expect_exit 0 "$SG" import "$WORK/small.csv" --db "$WORK/small.db"
expect_exit 0 "$SG" who recognizes Georgia --db "$WORK/small.db"
expect_stderr "\"Georgia\" names 2 entities; took GEO (Georgia)"
expect_stderr "also US-GA (Georgia); give an id to choose"
expect_exit 0 "$SG" entities show Georgia --format jsonl
expect_stderr "took GEO (Georgia)"
grep -q '"id":"GEO"' "$WORK/out" || fail "entities show Georgia did not show the state"

expect_exit 2 "$SG" who recognizes Taiwan --db "$DB" --as-of 2022-02-30
expect_stderr "2022-02-30: that day does not exist (February 2022 has 28 days)"
expect_exit 2 "$SG" who recognizes Taiwan --db "$DB" --as-of 2024-13-01
expect_stderr "is not a date"
echo ok
