#!/usr/bin/env bash
# The analyst's questions on ../shared/samples/recognitions.csv: count over years and who at any date
# agree with the file's event log (computed here in Python); changes list the 2021–2024 withdrawals of
# recognition of Taiwan; the chart's points match the table; blocs, compare, explain, contradictions
# and timeline answer.
. "$(dirname "$0")/lib.sh"
need_shared samples/recognitions.csv
CSV="$STANCEGRAPH_SHARED/samples/recognitions.csv"
DB="$WORK/r.db"
# Undated rows count from the day they were stored (docs/semantics.md): fixed here.
expect_exit 0 "$SG" import "$CSV" --db "$DB" --recorded-at 2025-01-01

# count recognizes Kosovo, 2008–2025, by year, as a table, as JSON Lines and as a chart.
expect_exit 0 "$SG" count recognizes Kosovo --from 2008 --to 2025 --step year --db "$DB" --format jsonl --chart "$WORK/kosovo.svg"
cp "$WORK/out" "$WORK/count.jsonl"
xmllint --noout "$WORK/kosovo.svg" || fail "the chart is not well-formed XML"
"$SG" who recognizes "Sahrawi Arab Democratic Republic" --as-of 1990-01-01 --db "$DB" --format jsonl >"$WORK/sadr-1990.jsonl"
"$SG" who recognizes "Sahrawi Arab Democratic Republic" --as-of 2010-06-15 --db "$DB" --format jsonl >"$WORK/sadr-2010.jsonl"
"$SG" who recognizes "Sahrawi Arab Democratic Republic" --db "$DB" --format jsonl >"$WORK/sadr-today.jsonl"
"$PYTHON" - "$CSV" "$WORK" <<'PY'
import csv, datetime, json, os, sys, xml.etree.ElementTree as ET
path, work = sys.argv[1], sys.argv[2]
def start(d):
    if not d: return datetime.date(2025, 1, 1)  # the import's --recorded-at
    p = [int(x) for x in d.split("-")] + [1, 1]
    return datetime.date(p[0], p[1], p[2])
events = {}
for r in csv.DictReader(open(path, encoding="utf-8")):
    events.setdefault((r["source"], r["target"]), []).append((start(r["valid_from"]), r["relation"]))
def holders(target, day):
    out = set()
    for (s, t), evs in events.items():
        held = [e for e in evs if t == target and e[0] <= day]
        if not held: continue
        latest = max(e[0] for e in held)
        if any(rel == "recognizes" for d, rel in held if d == latest): out.add(s)
    return out
rows = [json.loads(l) for l in open(os.path.join(work, "count.jsonl"), encoding="utf-8")]
assert [r["date"][:4] for r in rows] == [str(y) for y in range(2008, 2026)], [r["date"] for r in rows]
for r in rows:
    want = len(holders("Kosovo", datetime.date.fromisoformat(r["date"])))
    assert r["count"] == want, (r, want)
# The chart's points carry the same counts, in order, and lie on a line rising with them.
svg = ET.parse(os.path.join(work, "kosovo.svg")).getroot()
ns = {"s": "http://www.w3.org/2000/svg"}
circles = svg.findall(".//s:g[@id='points']/s:circle", ns)
assert [c.get("data-label") for c in circles] == [r["date"][:4] for r in rows]
assert [float(c.get("data-value")) for c in circles] == [r["count"] for r in rows]
line = svg.find(".//s:polyline[@id='line']", ns).get("points").split()
assert len(line) == len(rows)
xs = [float(p.split(",")[0]) for p in line]
ys = [float(p.split(",")[1]) for p in line]
assert xs == sorted(xs) and len(set(xs)) == len(xs)
for (a, b), (ya, yb) in zip(zip(rows, rows[1:]), zip(ys, ys[1:])):
    assert (a["count"] < b["count"]) == (ya > yb) or a["count"] == b["count"], "the line does not follow the counts"
# who recognizes SADR at several dates, by name.
for name, day in (("sadr-1990", datetime.date(1990, 1, 1)), ("sadr-2010", datetime.date(2010, 6, 15)), ("sadr-today", datetime.date.today())):
    got = {json.loads(l)["entity"]["name"] for l in open(os.path.join(work, name + ".jsonl"), encoding="utf-8")}
    want = holders("Sahrawi Arab Democratic Republic", day)
    assert len(got) == len(want), (name, len(got), len(want), sorted(want)[:5])
print(f"ok: {len(rows)} yearly counts and 3 who-lists agree with the event log")
PY

# changes in 2021–2024 include the three withdrawals of recognition of Taiwan.
expect_exit 0 "$SG" changes --from 2021-01-01 --to 2024-12-31 --db "$DB" --format jsonl
for who_when in "Nicaragua 2021-12-09" "Honduras 2023-03-26" "Nauru 2024-01-15"; do
  set -- $who_when
  "$PYTHON" -c "
import json,sys
rows=[json.loads(l) for l in open('$WORK/out')]
assert any(r['source']['name']=='$1' and r['relation']=='withdraws_recognition' and r['target']['id']=='TWN' and r['valid_from']=='$2' for r in rows), '$1'
" || fail "changes lacks $who_when"
done
expect_exit 0 "$SG" changes --from 2022-01-01 --to 2022-01-31 --db "$DB"
grep -q "^0 changes" "$WORK/out" || fail "a quiet month has changes"

# blocs: who recognizes both Abkhazia and South Ossetia but not Kosovo.
expect_exit 0 "$SG" blocs --relation recognizes --target Abkhazia --target "South Ossetia" --not Kosovo --db "$DB" --format jsonl
grep -q '"RUS"' "$WORK/out" || fail "Russia is not in the bloc"
if grep -q '"USA"' "$WORK/out"; then fail "the United States is in the bloc"; fi

expect_exit 0 "$SG" compare Russia Serbia --db "$DB"
grep -q "Kosovo.*does_not_recognize.*does_not_recognize.*agree" "$WORK/out" || fail "compare misses the shared stance on Kosovo"
expect_exit 0 "$SG" timeline Togo --db "$DB"
grep -q "withdraws_recognition" "$WORK/out" || fail "timeline of one entity"
expect_exit 0 "$SG" explain Togo Kosovo --db "$DB" --as-of 2020-01-01
grep -q "withdraws_recognition" "$WORK/out" || fail "explain lacks the deciding fact"
expect_exit 0 "$SG" contradictions --db "$DB"
expect_exit 2 "$SG" changes --from 2024 --to 2020 --db "$DB"
echo ok
