#!/usr/bin/env bash
# Every command answers --help with exit 0 and ends it with examples; docs/cli.md and the README name
# every command; unknown commands and options are usage errors (exit 2).
. "$(dirname "$0")/lib.sh"
expect_exit 0 "$SG" --help
commands=$(awk '/^Subcommands:/{on=1; next} on && NF {print $1}' "$WORK/out")
[ -n "$commands" ] || fail "no commands listed in --help"
for c in $commands; do
  expect_exit 0 "$SG" "$c" --help
  grep -q "Usage" "$WORK/out" || fail "$c --help prints no usage"
  tail -n 4 "$WORK/out" | grep -q "^  stancegraph $c" || fail "$c --help ends with no example of $c"
  grep -q "^| \`$c" "$STANCEGRAPH_SOURCE/docs/cli.md" || fail "docs/cli.md's table lacks $c"
  grep -q "\`$c" "$STANCEGRAPH_SOURCE/README.md" || fail "the README does not list $c"
done
expect_exit 2 "$SG" no-such-command
expect_exit 2 "$SG" who --no-such-option
expect_exit 2 "$SG"
expect_exit 2 "$SG" who recognizes Atlantis --db "$WORK/none.db"
echo "ok: $(echo $commands | wc -w) commands"
