#!/usr/bin/env bash
# export --format jsonl writes facts that import back to the same graph.
. "$(dirname "$0")/lib.sh"
expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/a.db"
expect_exit 0 "$SG" export --format jsonl --db "$WORK/a.db" -o "$WORK/a.jsonl"
expect_exit 0 "$SG" import "$WORK/a.jsonl" --db "$WORK/b.db"
expect_exit 0 "$SG" export --format jsonl --db "$WORK/b.db" -o "$WORK/b.jsonl"
"$PYTHON" - "$WORK/a.jsonl" "$WORK/b.jsonl" "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" <<'PY'
import csv, json, sys
def facts(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        f = json.loads(line)
        ev = tuple(sorted((e.get("text") or "", e.get("url") or "", e["rule"], e["confidence"]) for e in f["evidence"]))
        out.add((f["source"]["id"], f["relation"], f["target"]["id"], f["valid_from"], f["valid_to"], ev))
    return out
a, b = facts(sys.argv[1]), facts(sys.argv[2])
rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8")))
assert len(a) == len(rows), f"{len(a)} facts exported, {len(rows)} rows in the file"
assert a == b, f"round trip differs: {sorted(a ^ b)[:4]}"
print(f"ok: {len(a)} facts survive the round trip")
PY
