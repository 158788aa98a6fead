#!/usr/bin/env bash
# Two imports into the same store at once — into a new store (both creating the schema), into one
# with data, and of the same files — both succeed (on SQLite one waits on the busy timeout while the
# other holds the write lock; on PostgreSQL both copy at once and merge in turns), and the store is
# sound and holds each document exactly once. STORE_BACKEND=postgres runs it on PostgreSQL.
# CONCURRENT_RUNS changes the number of rounds.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/store_backend.sh"
RUNS=${CONCURRENT_RUNS:-5}
mkdir "$WORK/a" "$WORK/b"
"$PYTHON" - "$WORK" <<'PY'
import sys
states = "RUS USA CHN FRA DEU GBR TUR IRN ISR SAU EGY IND PAK JPN KOR BRA ARG MEX CAN AUS".split()
for half in ("a", "b"):
    for k in range(500):
        a, b = states[k % 20], states[(k // 20 + 1 + k % 3) % 20]
        if a == b:
            b = states[(states.index(b) + 1) % 20]
        with open(f"{sys.argv[1]}/{half}/{half}{k:03d}.csv", "w") as f:
            f.write("source,relation,target,valid_from,evidence\n")
            # Both halves write the same facts, so that the two imports also merge into shared facts.
            f.write(f"{a},supports,{b},{2000 + k % 20},{half} {k}\n{a},condemns,{b},{2000 + k % 20}-06,{half} {k}\n")
PY

# Runs two imports at once and checks that both succeeded and the store is whole.
both() {
  local db=$1 want_documents=$2
  shift 2
  "$SG" import "$1" --db "$db" >/dev/null 2>"$WORK/err1" &
  local first=$!
  "$SG" import "$2" --db "$db" >/dev/null 2>"$WORK/err2" &
  local second=$! status1=0 status2=0
  wait "$first" || status1=$?
  wait "$second" || status2=$?
  [ "$status1" = 0 ] || { cat "$WORK/err1" >&2; fail "the first of two imports at once failed (exit $status1)"; }
  [ "$status2" = 0 ] || { cat "$WORK/err2" >&2; fail "the second of two imports at once failed (exit $status2)"; }
  store_sound "$db" || fail "integrity check after two imports at once"
  [ "$(store_sql "$db" 'SELECT COUNT(*) FROM documents')" = "$want_documents" ] || fail "documents: $(store_sql "$db" 'SELECT COUNT(*) FROM documents')"
  [ "$(store_sql "$db" 'SELECT COUNT(*) FROM evidence')" = $((want_documents * 2)) ] || fail "evidence: $(store_sql "$db" 'SELECT COUNT(*) FROM evidence')"
  [ "$(store_sql "$db" "SELECT COUNT(*) FROM evidence GROUP BY document_id HAVING COUNT(*) != 2")" = "" ] || fail "a document with other than its two pieces of evidence"
  [ "$(store_sql "$db" 'SELECT COUNT(*) FROM relations')" = "$(store_sql "$db" 'SELECT COUNT(DISTINCT name) FROM relations')" ] || fail "relations written twice"
}

for run in $(seq "$RUNS"); do
  db=$(new_store "s$run")
  both "$db" 1000 "$WORK/a" "$WORK/b"        # a new store: both create it
  both "$db" 1000 "$WORK/a" "$WORK/b"        # the same again: all unchanged
  facts=$(store_sql "$db" 'SELECT COUNT(*) FROM facts')
  [ "$facts" -le 1000 ] || fail "the two halves' shared facts were not merged ($facts facts)"
  db=$(new_store "same$run")
  both "$db" 500 "$WORK/a" "$WORK/a"         # the same files at once: each document once
done
echo "ok: $((RUNS * 3)) rounds of two imports at once on $STORE_BACKEND" >&2
