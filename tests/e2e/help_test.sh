#!/usr/bin/env bash
# Every command answers --help with exit 0; unknown commands and options are usage errors (exit 2).
. "$(dirname "$0")/lib.sh"
expect_exit 0 "$SG" --help
commands=$(awk '/^Subcommands:/{on=1; next} on && NF {print $1}' "$WORK/out")
[ -n "$commands" ] || fail "no commands listed in --help"
for c in $commands; do
  expect_exit 0 "$SG" "$c" --help
  grep -q "Usage" "$WORK/out" || fail "$c --help prints no usage"
done
expect_exit 2 "$SG" no-such-command
expect_exit 2 "$SG" who --no-such-option
expect_exit 2 "$SG"
expect_exit 2 "$SG" who recognizes Atlantis --db "$WORK/none.db"
echo "ok: $(echo $commands | wc -w) commands"
