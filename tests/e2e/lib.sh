# Shared helpers for end-to-end tests: a scratch folder, assertions, and skipping (exit 77).
set -euo pipefail
: "${STANCEGRAPH:?path of the stancegraph binary}"
: "${STANCEGRAPH_SOURCE:?path of the source tree}"
PYTHON=${PYTHON:-/usr/bin/python3}
SG="$STANCEGRAPH"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stancegraph-e2e-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
need_shared() { [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -e "$STANCEGRAPH_SHARED/$1" ] || skip "../shared/$1 is not here"; }

# expect_exit CODE command...: runs the command, keeps its stdout and stderr in $WORK/out and $WORK/err.
expect_exit() {
  local want=$1; shift
  set +e
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  set -e
  [ "$got" = "$want" ] || { cat "$WORK/err" >&2; fail "exit $got, expected $want: $*"; }
}
expect_stderr() { grep -qF -- "$1" "$WORK/err" || { cat "$WORK/err" >&2; fail "stderr lacks: $1"; }; }
count() { sqlite3 "$1" "$2"; }
