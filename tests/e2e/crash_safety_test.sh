#!/usr/bin/env bash
# Crash safety: `stancegraph import` of 2,000 small fact files killed with SIGKILL at random points
# (at least 30 times) leaves a store that passes PRAGMA integrity_check, in which every document is
# whole (its three facts' evidence all there) or absent and nothing is orphaned; importing again
# completes it. Exports to GraphML and SQLite killed mid-way leave the previous file as it was.
# CRASH_KILLS and CRASH_SEED change the number of kills and the random points (printed for a rerun).
# STORE_BACKEND=postgres runs the imports and exports on a PostgreSQL store (a kill of the client
# there aborts its transaction on the server).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/store_backend.sh"
KILLS=${CRASH_KILLS:-30}
SEED=${CRASH_SEED:-$$}
RANDOM=$SEED
echo "seed $SEED (rerun with CRASH_SEED=$SEED)" >&2
mkdir "$WORK/in"
"$PYTHON" - "$WORK/in" <<'PY'
import sys
states = ("RUS USA CHN FRA DEU GBR TUR IRN ISR SAU EGY IND PAK JPN KOR BRA ARG MEX CAN AUS ITA ESP POL UKR KAZ "
          "SRB GRC NLD BEL SWE NOR FIN DNK AUT CHE CZE HUN ROU BGR HRV").split()
for k in range(2000):
    a = states[k % len(states)]
    b = states[(k // len(states) + 1 + k % 7) % len(states)]
    if a == b:
        b = states[(states.index(b) + 1) % len(states)]
    with open(f"{sys.argv[1]}/f{k:04d}.csv", "w") as f:
        f.write("source,relation,target,valid_from,evidence\n")
        for relation in ("supports", "condemns", "sanctions"):
            f.write(f"{a},{relation},{b},{1990 + k % 30}-{1 + k % 12:02d},document {k}: {a} {relation} {b}\n")
PY
DB=$(new_store store)

# Every document whole or absent, nothing orphaned, the database sound.
check_store() {
  store_has_schema "$DB" || return 0  # killed before the schema was written
  store_sound "$DB" || fail "integrity check after $1"
  local broken
  broken=$(store_sql "$DB" "SELECT
      (SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM evidence e WHERE e.document_id = d.id) != 3) || ' partial documents, ' ||
      (SELECT COUNT(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.document_id)) || ' orphaned evidence, ' ||
      (SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id)) || ' facts without evidence'")
  [ "$broken" = "0 partial documents, 0 orphaned evidence, 0 facts without evidence" ] || fail "after $1: $broken"
}

# Starts a command and kills it with SIGKILL after a random 0.05 to 1.2 s; true when that killed it,
# false when it had finished (successfully) first.
kill_at_random() {
  "$@" >/dev/null 2>"$WORK/err" &
  local pid=$! ms=$((RANDOM % 1150 + 50)) status=0
  sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || status=$?
  case $status in
    137) return 0 ;;
    0) return 1 ;;
    *) cat "$WORK/err" >&2; fail "$* failed with exit $status before it was killed" ;;
  esac
}

kills=0 completed=0 attempts=0
while [ "$kills" -lt "$KILLS" ]; do
  attempts=$((attempts + 1))
  [ "$attempts" -le $((KILLS * 4)) ] || fail "only $kills of $attempts imports were still running when killed"
  if kill_at_random "$SG" import "$WORK/in" --db "$DB"; then
    kills=$((kills + 1))
    check_store "kill $kills"
  else
    # The import finished first: start again from an empty store, so that kills keep landing mid-import.
    completed=$((completed + 1))
    check_store "a complete import"
    if [ "$STORE_BACKEND" = sqlite ]; then rm -f "$DB" "$DB-wal" "$DB-shm"; else DB=$(new_store "store$attempts"); fi
  fi
done
documents=$(store_has_schema "$DB" && store_sql "$DB" 'SELECT COUNT(*) FROM documents' || echo 0)
expect_exit 0 "$SG" import "$WORK/in" --db "$DB"
check_store "the import that completes it"
[ "$(store_sql "$DB" 'SELECT COUNT(*) FROM documents')" = 2000 ] || fail "the rerun did not complete the import"
[ "$(store_sql "$DB" 'SELECT COUNT(*) FROM evidence')" = 6000 ] || fail "the rerun did not bring every piece of evidence"
expect_stderr "$((2000 - documents)) added, 0 replaced, $documents unchanged"
echo "$kills imports killed ($completed finished first); the last left $documents of 2000 documents, the rerun added the rest" >&2

# Exports killed mid-way: the file holds the previous export or the complete new one, never a part.
graphml_edges() { xmllint --noout "$1" 2>/dev/null && grep -c '<edge ' "$1" || echo broken; }
sqlite_facts() { [ "$(sqlite3 "$1" 'PRAGMA integrity_check' 2>/dev/null)" = ok ] && sqlite3 "$1" 'SELECT COUNT(*) FROM facts' || echo broken; }
for format in graphml sqlite; do
  out="$WORK/export.$format"
  count_of() { if [ "$format" = graphml ]; then graphml_edges "$1"; else sqlite_facts "$1"; fi; }
  expect_exit 0 "$SG" export --db "$DB" --format "$format" -o "$WORK/full.$format"
  full=$(count_of "$WORK/full.$format")
  expect_exit 0 "$SG" export --db "$DB" --format "$format" --relations supports -o "$out"
  previous=$(count_of "$out")
  [ "$previous" != "$full" ] && [ "$previous" != broken ] || fail "$format: the previous export is not told apart from a full one"
  export_kills=0
  for _ in 1 2 3 4 5 6 7 8; do
    if kill_at_random "$SG" export --db "$DB" --format "$format" -o "$out" --overwrite; then export_kills=$((export_kills + 1)); fi
    now=$(count_of "$out")
    [ "$now" = "$previous" ] || [ "$now" = "$full" ] || fail "$format: a killed export left a broken file ($now)"
    previous=$now
  done
  expect_exit 0 "$SG" export --db "$DB" --format "$format" -o "$out" --overwrite
  [ "$(count_of "$out")" = "$full" ] || fail "$format: the export after the kills is not complete"
  if ls -A "$WORK" | grep -q "^\.export\.$format\.tmp-"; then fail "$format: temporaries of killed exports were left"; fi
  echo "$format: $export_kills of 8 exports killed mid-way; the previous file was intact each time" >&2
done
echo ok
