#!/usr/bin/env bash
# The unit tests that need a PostgreSQL server ([postgres]: the connection, and the store on both
# backends compared), run against a throwaway one; without a server they only warn.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/postgres.sh"
: "${UNIT_TESTS:?path of the unit test binary}"
start_postgres
STANCEGRAPH_TEST_POSTGRES="postgresql://stancegraph@127.0.0.1:$PG_PORT/postgres" "$UNIT_TESTS" "[postgres]" >"$WORK/out" 2>&1 \
  || { cat "$WORK/out" >&2; fail "unit tests on PostgreSQL"; }
grep -q "STANCEGRAPH_TEST_POSTGRES not set" "$WORK/out" && fail "the tests did not see the server"
tail -2 "$WORK/out" >&2
