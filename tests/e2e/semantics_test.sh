#!/usr/bin/env bash
# The answers of docs/semantics.md on real data (../shared/samples: recognitions.csv, the GDELT
# sample) and the bundled articles: tied sources are weighed, undated facts are not read back into
# all history, events are not stances, the same evidence counts once, "since" is the start of the
# unbroken stance, and the store's clock can be fixed.
. "$(dirname "$0")/lib.sh"
need_shared samples/recognitions.csv
need_shared samples/gdelt/20191024143000.export.CSV
CSV="$STANCEGRAPH_SHARED/samples/recognitions.csv"
GDELT="$STANCEGRAPH_SHARED/samples/gdelt/20191024143000.export.CSV"
DB="$WORK/s.db"
who_ids() { "$SG" who "$@" --db "$DB" --format jsonl | "$PYTHON" -c 'import json,sys; print(" ".join(sorted(json.loads(l)["entity"]["id"] for l in sys.stdin)))'; }

# An article that misreads Nicaragua's switch of 9 December 2021 as a recognition of Taiwan.
cat >"$WORK/misread.json" <<'JSON'
{"id": "misread-nicaragua", "lang": "en", "published": "2021-12-09", "title": "A misread report", "text": "On 9 December 2021 Nicaragua recognised Taiwan as a sovereign state."}
JSON
# A later article restating Kazakhstan's refusal of 17 June 2022.
cat >"$WORK/restated.json" <<'JSON'
{"id": "kazakhstan-restated", "lang": "en", "published": "2022-06-20", "title": "Kazakhstan repeats its position", "text": "Kazakhstan does not recognise the Donetsk People's Republic, its foreign ministry said on Monday."}
JSON
expect_exit 0 "$SG" import "$CSV" "$STANCEGRAPH_SOURCE/data/samples" "$WORK/misread.json" "$WORK/restated.json" "$GDELT" \
  --db "$DB" --recorded-at 2025-01-01

# 1. Ties: the curated withdrawal outweighs the misread sentence of the same day.
[ -z "$(who_ids recognizes Taiwan --as-of 2022-01-01 | tr ' ' '\n' | grep -x NIC)" ] || fail "Nicaragua still listed as recognizing Taiwan"
"$SG" explain Nicaragua Taiwan --db "$DB" --family recognition >"$WORK/explain.txt"
grep -q "outweighed by stronger evidence" "$WORK/explain.txt" || { cat "$WORK/explain.txt"; fail "explain does not show the outweighed sentence"; }
"$SG" stance Nicaragua Taiwan --db "$DB" --family recognition --format jsonl >"$WORK/nic.jsonl"
grep -q '"relation":"withdraws_recognition"' "$WORK/nic.jsonl" && grep -q '"contested":false' "$WORK/nic.jsonl" || fail "Nicaragua's stance is not the withdrawal"
# The SQL view agrees, on the day written into as_of_day.
sqlite3 "$DB" "INSERT INTO as_of_day VALUES ('2022-01-01')"
[ "$(count "$DB" "SELECT relation || ' ' || contested FROM current_stance WHERE source_id = 'NIC' AND target_id = 'TWN' AND family = 'recognition'")" = "withdraws_recognition 0" ] ||
  fail "current_stance does not weigh the tie"

# 2. Undated facts: the file's undated recognitions of Taiwan count from the day they were stored.
[ -z "$(who_ids recognizes Taiwan --as-of 1950)" ] || fail "undated facts read back into 1950"
[ -z "$(who_ids recognizes "South Ossetia" --as-of 2000)" ] || fail "undated facts read back into 2000"
[ -n "$(who_ids recognizes Taiwan --as-of 2025-06-01)" ] || fail "undated recognitions of Taiwan lost"
[ -z "$(who_ids recognizes Taiwan --as-of 2025-06-01 --dated-only)" ] || fail "--dated-only keeps undated facts"
"$SG" who recognizes Taiwan --as-of 2025-06-01 --db "$DB" >"$WORK/who.txt"
grep -q "undated, known from 2025-01-01" "$WORK/who.txt" || { cat "$WORK/who.txt"; fail "undated facts not marked"; }
expect_exit 0 "$SG" import "$CSV" --db "$WORK/warn.db"
expect_stderr "stored undated"

# 3. Events are not stances: one GDELT row makes the United States attack France on 2019-10-24 only.
[ -z "$(who_ids attacks France)" ] || fail "an attack of 2019 still answers today"
[ -z "$(who_ids attacks France --as-of 2019-10-24)" ] || fail "a single GDELT event passes the default confidence"
[ "$(who_ids attacks France --as-of 2019-10-24 --min-confidence 0)" = USA ] || fail "the event is lost on its day"
[ "$(who_ids attacks France --as-of 2020-06-01 --min-confidence 0)" = USA ] || fail "the event left its one-year window early"
[ -z "$(who_ids attacks France --as-of 2021-01-01 --min-confidence 0)" ] || fail "the event outlived its window"
[ "$(who_ids attacks France --as-of 2021-01-01 --min-confidence 0 --window 5y)" = USA ] || fail "--window is ignored"
expect_exit 2 "$SG" who attacks France --window 5w --db "$DB"

# 4. The same evidence imported twice counts once: the file from another folder, GDELT zipped.
evidence=$(count "$DB" "SELECT COUNT(*) FROM evidence")
mkdir -p "$WORK/elsewhere"
cp "$CSV" "$WORK/elsewhere/copy-of-recognitions.csv"
"$PYTHON" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").write(sys.argv[2], "20191024143000.export.CSV")' \
  "$WORK/elsewhere/gdelt.zip" "$GDELT"
expect_exit 0 "$SG" import "$WORK/elsewhere/copy-of-recognitions.csv" "$WORK/elsewhere/gdelt.zip" --db "$DB"
expect_stderr "already in the store: nothing added"
expect_stderr "2 duplicate"
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence")" = "$evidence" ] || fail "a copy added evidence"
# An extract of the GDELT file (other content, the same events) adds none of its events again.
head -n 1200 "$GDELT" >"$WORK/elsewhere/extract.export.CSV"
expect_exit 0 "$SG" import "$WORK/elsewhere/extract.export.CSV" --db "$DB"
expect_stderr "the same event id was imported from another file"
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence")" = "$evidence" ] || fail "an overlapping extract added evidence"

# 5. "since" is the start of the unbroken stance; its evidence counts every restatement.
"$SG" stance Kazakhstan "Donetsk People's Republic" --family recognition --db "$DB" --format jsonl >"$WORK/kaz.jsonl"
"$SG" explain Kazakhstan "Donetsk People's Republic" --family recognition --db "$DB" --format jsonl >"$WORK/kaz-explain.jsonl"
"$PYTHON" - "$WORK/kaz.jsonl" "$WORK/kaz-explain.jsonl" <<'PY'
import json, sys
stance = json.loads(open(sys.argv[1], encoding="utf-8").readline())
explain = json.loads(open(sys.argv[2], encoding="utf-8").readline())
assert stance["relation"] == "does_not_recognize", stance
assert stance["since"] == "2022-06-17", stance["since"]
assert explain["since"] == stance["since"] and explain["evidence"] == stance["evidence"], (explain["since"], explain["evidence"])
refusals = [f for f in explain["chain"] if f["relation"] == "does_not_recognize"]
assert {f["valid_from"] for f in refusals} >= {"2022-06-17", "2022-06-20"}, [f["valid_from"] for f in refusals]
assert stance["evidence"] == sum(len(f["evidence"]) for f in refusals), (stance["evidence"], refusals)
print("ok: since", stance["since"], "with", stance["evidence"], "pieces of evidence")
PY

# 6. Exports carry the derived end: in NetworkX, valid_from <= D < until on the GraphML export gives
# exactly `who recognizes Kosovo --as-of D` (withdrawals end recognitions).
expect_exit 0 "$SG" export --db "$DB" -o "$WORK/all.graphml"
for date in 2008-03-01 2012-01-01 2019-06-28 2021-12-10 2025-06-01; do
  "$SG" who recognizes Kosovo --as-of "$date" --db "$DB" --format jsonl --min-confidence 0 >"$WORK/kosovo-$date.jsonl"
done
"$PYTHON" - "$WORK" <<'PY'
import glob, json, os, sys
import networkx as nx
work = sys.argv[1]
g = nx.read_graphml(os.path.join(work, "all.graphml"))
for path in sorted(glob.glob(os.path.join(work, "kosovo-*.jsonl"))):
    day = os.path.basename(path)[len("kosovo-"):-len(".jsonl")]
    want = {json.loads(l)["entity"]["id"] for l in open(path, encoding="utf-8")}
    got = {s for s, t, d in g.edges(data=True)
           if t == "XKX" and d["relation"] == "recognizes" and d.get("valid_from", "") and d["valid_from"] <= day
           and (not d.get("until") or day < d["until"])}
    assert got == want, (day, sorted(want - got), sorted(got - want))
print("ok: GraphML until agrees with who --as-of")
PY

# An export as of a day has one edge per stance: Kazakhstan's refusal and its restatement are one
# edge, dated from the refusal's start, with every piece of evidence and both statements counted;
# and its edges of Kosovo's recognizers are `who`'s answer.
expect_exit 0 "$SG" export --db "$DB" --as-of 2025-06-01 --min-confidence 0 -o "$WORK/2025.jsonl"
expect_exit 0 "$SG" export --db "$DB" --as-of 2025-06-01 --min-confidence 0 -o "$WORK/2025.graphml"
"$PYTHON" - "$WORK" <<'PY'
import collections, json, os, sys
import networkx as nx
work = sys.argv[1]
rows = [json.loads(l) for l in open(os.path.join(work, "2025.jsonl"), encoding="utf-8")]
per_stance = collections.Counter((r["source"]["id"], r["relation"], r["target"]["id"]) for r in rows)
assert max(per_stance.values()) == 1, [k for k, n in per_stance.items() if n > 1][:5]
kaz = [r for r in rows if r["source"]["id"] == "KAZ" and r["relation"] == "does_not_recognize" and r["target"]["name"] == "Donetsk People's Republic"]
assert len(kaz) == 1, kaz
stance = json.loads(open(os.path.join(work, "kaz.jsonl"), encoding="utf-8").readline())
assert kaz[0]["valid_from"] == stance["since"] == "2022-06-17", (kaz[0]["valid_from"], stance["since"])
assert kaz[0]["statements"] >= 2 and len(kaz[0]["evidence"]) == stance["evidence"], (kaz[0]["statements"], len(kaz[0]["evidence"]), stance["evidence"])
g = nx.read_graphml(os.path.join(work, "2025.graphml"))
edges = [d for s, t, d in g.edges(data=True) if s == "KAZ" and t == kaz[0]["target"]["id"] and d["relation"] == "does_not_recognize"]
assert len(edges) == 1 and edges[0]["statements"] == kaz[0]["statements"] and edges[0]["evidence_count"] == stance["evidence"], edges
want = {json.loads(l)["entity"]["id"] for l in open(os.path.join(work, "kosovo-2025-06-01.jsonl"), encoding="utf-8")}
got = {r["source"]["id"] for r in rows if r["target"]["id"] == "XKX" and r["relation"] == "recognizes"}
assert got == want, (sorted(want - got), sorted(got - want))
print("ok: one edge per stance as of 2025-06-01:", len(rows), "edges")
PY

# 7. A fixed clock: the stored times are the ones asked for.
[ "$(count "$DB" "SELECT DISTINCT substr(recorded_at, 1, 10) FROM facts")" = 2025-01-01 ] || fail "--recorded-at not stored"
SOURCE_DATE_EPOCH=1700000000 "$SG" import "$CSV" --db "$WORK/epoch.db" 2>/dev/null
[ "$(count "$WORK/epoch.db" "SELECT DISTINCT imported_at FROM documents")" = 2023-11-14T22:13:20Z ] || fail "SOURCE_DATE_EPOCH ignored"
echo "ok"
