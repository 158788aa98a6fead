#!/usr/bin/env bash
# With ../shared/samples/recognitions.csv imported, `who recognizes X --as-of D` gives exactly the
# states the file's event log gives, computed here independently in Python. The file's undated rows
# count from the day they were stored (--recorded-at), not from all history (docs/semantics.md).
. "$(dirname "$0")/lib.sh"
need_shared samples/recognitions.csv
CSV="$STANCEGRAPH_SHARED/samples/recognitions.csv"
DB="$WORK/r.db"
expect_exit 0 "$SG" import "$CSV" --db "$DB" --recorded-at 2025-01-01
[ "$(count "$DB" "SELECT COUNT(*) FROM evidence")" = 466 ] || fail "not all 466 rows imported"
for target in "Kosovo" "Sahrawi Arab Democratic Republic" "Taiwan" "Palestine" "Abkhazia"; do
  for date in 1980-01-01 1995-06-30 2000-01-01 2008-02-18 2008-03-01 2012-01-01 2017-11-21 2018-01-01 2019-06-28 2020-06-01 2021-12-09 2021-12-10 2023-03-26 2024-01-15 2025-06-01; do
    slug=$(echo "$target-$date" | tr ' ' '_')
    "$SG" who recognizes "$target" --as-of "$date" --db "$DB" --format jsonl >"$WORK/who-$slug.jsonl"
  done
done
# Names in the file → ids, through the gazetteer once per name.
cut -d, -f1 "$CSV" | tail -n +2 | sort -u | while read -r name; do
  printf '%s\t%s\n' "$name" "$("$SG" entities find "$name" --format jsonl | head -n 1 | "$PYTHON" -c 'import json,sys; print(json.loads(sys.stdin.read())["id"])')"
done >"$WORK/ids.tsv"
"$PYTHON" - "$CSV" "$WORK" <<'PY'
import csv, datetime, glob, json, os, sys
path, work = sys.argv[1], sys.argv[2]
ids = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(work, "ids.tsv"), encoding="utf-8"))
def start(d):
    if not d: return datetime.date(2025, 1, 1)  # the import's --recorded-at
    parts = [int(p) for p in d.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])
events = {}
for r in csv.DictReader(open(path, encoding="utf-8")):
    events.setdefault((r["source"], r["target"]), []).append((start(r["valid_from"]), r["relation"]))
checked = 0
for f in glob.glob(os.path.join(work, "who-*.jsonl")):
    target, date = os.path.basename(f)[4:-6].rsplit("-", 3)[0].replace("_", " "), "-".join(os.path.basename(f)[4:-6].rsplit("-", 3)[1:])
    day = datetime.date.fromisoformat(date)
    expected = set()
    for (s, t), evs in events.items():
        if t != target: continue
        held = [e for e in evs if e[0] <= day]
        if not held: continue
        latest = max(e[0] for e in held)
        if any(rel == "recognizes" for d, rel in held if d == latest):
            expected.add(ids[s])
    got = {json.loads(l)["entity"]["id"] for l in open(f, encoding="utf-8")}
    assert got == expected, f"{target} as of {date}: missing {sorted(expected - got)}, extra {sorted(got - expected)}"
    checked += 1
assert checked == 75, checked
print(f"ok: {checked} (target, date) pairs agree with the event log")
PY
