#!/usr/bin/env bash
# TABARI/PETRARCH actor dictionaries: entries with dated code blocks become people in the store,
# government blocks of known countries leader_of facts, and later commands know the people.
. "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
# Our own small dictionary in the format's three dialects of dates, comments and continuations.
printf '%s\r' "<!-- test dictionary" "  of invented people -->" "<NOUN>" "SENATOR" "</NOUN>" \
  "ZORAN_EXAMPLEVIC   ; a head of government, two terms" "+Z._EXAMPLEVIC" \
  "	[SRBGOV 20010101-20050301]" "	[SRBELI 20050301-20080101]" "	[SRBGOV >20080101]" \
  "MARTA_SAMPLEOVA [SVKGOV 980101-020601] [---]" \
  "OLD_TIMER  [GRC < 750601]" \
  "HOBBIT_ELDER [HOBGOV 19950601 - 19990815]" \
  "UNDATED_OFFICIAL [USAGOV]" \
  "KAZAKHSTAN_ [KAZ 19911216-20000101]" \
  "#COMMENTED_OUT [USAGOV 20010101-20020101]" \
  "BROKEN_ENTRY [USAGOV 2001XX01-20020101]" \
  "~~FINISH" "AFTER_THE_END [USAGOV 20010101-20020101]" >"$WORK/test.actors"
expect_exit 0 "$SG" import "$WORK/test.actors" --db "$DB"
expect_stderr "test.actors:17:"
expect_stderr "\"2001XX01\" in \"[USAGOV 2001XX01-20020101]\" is not a date"
expect_stderr "test.actors: rows: 7 read, 4 imported, 0 aggregated, 2 skipped, 1 bad (skipped: 1 names a known state; 1 no dated code block (not read as a person))"
facts=$(count "$DB" "SELECT source_id || ' ' || target_id || ' ' || COALESCE(valid_from, '-') || ' ' || COALESCE(valid_to, '-')
                      FROM facts WHERE relation = 'leader_of' ORDER BY source_id, valid_from")
want="person-marta-sampleova SVK 1998-01-01 2002-06-01
person-zoran-examplevic SRB 2001-01-01 2005-03-01
person-zoran-examplevic SRB 2008-01-01 -"
[ "$facts" = "$want" ] || fail "leader_of facts:
$facts"
# People without a known country (HOB) or without government blocks are stored all the same.
people=$(count "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM entities WHERE kind = 'person' ORDER BY id)")
[ "$people" = "person-hobbit-elder person-marta-sampleova person-old-timer person-zoran-examplevic" ] || fail "people: $people"
[ "$(count "$DB" "SELECT name FROM entities WHERE id = 'person-zoran-examplevic'")" = "Zoran Examplevic" ] || fail "name"
# Later commands know them by any of their names.
expect_exit 0 "$SG" entities find "Z. Examplevic" --db "$DB"
grep -q person-zoran-examplevic "$WORK/out" || fail "the synonym is not known to later commands"
# Importing it again changes nothing.
expect_exit 0 "$SG" import "$WORK/test.actors" --db "$DB" --format petrarch-actors
expect_stderr "0 added, 0 replaced, 1 unchanged"
# --strict rejects the dictionary with the bad entry.
expect_exit 65 "$SG" import "$WORK/test.actors" --db "$WORK/strict.db" --strict
expect_stderr "test.actors:17:"

# The coders' own fixture dictionaries import where ../shared has them.
if [ -n "${STANCEGRAPH_SHARED:-}" ] && ls "$STANCEGRAPH_SHARED"/peer/*TABARI.Demo.actors >/dev/null 2>&1; then
  for f in "$STANCEGRAPH_SHARED"/peer/*TABARI.Demo.actors "$STANCEGRAPH_SHARED"/peer/*PETR*Validate*actors*; do
    expect_exit 0 "$SG" import "$f" --db "$WORK/peer.db" --format petrarch-actors
    grep -qF "$f: rows: " "$WORK/err" || fail "no counts for $f"
  done
  # GOLLUM's three dated blocks on their own lines make a person known as SMEAGOL too.
  expect_exit 0 "$SG" entities find Smeagol --db "$WORK/peer.db"
  grep -q person-gollum "$WORK/out" || fail "Gollum is not known as Smeagol"
  # SAM_GAMGEE's [HOBELI >20130119] and the others: five blocks, one person.
  [ "$(count "$WORK/peer.db" "SELECT COUNT(*) FROM entities WHERE id = 'person-sam-gamgee'")" = 1 ] || fail "no Sam Gamgee"
else
  echo "the peer fixture dictionaries are not here; their part is skipped" >&2
fi
echo ok
