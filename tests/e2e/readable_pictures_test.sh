#!/usr/bin/env bash
# Pictures that stay readable: restatements of one stance drawn as one edge with its count (checked
# against runs computed here from the JSON Lines export), --top and --min-degree for every format, a
# scalable layout with a note above 300 edges, and render telling what it does on a terminal only.
. "$(dirname "$0")/lib.sh"
command -v dot >/dev/null || fail "graphviz's dot is not installed"

# A store where stances are restated: each of 40 states supports each of 10 targets three times
# (three days), and 5 of them recognize Kosovo, withdraw, recognize again: 1,215 facts in all.
"$PYTHON" - "$WORK/many.csv" <<'PY'
import csv, sys
states = ["Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France",
          "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
          "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Norway", "Iceland", "Switzerland",
          "Albania", "Serbia", "Montenegro", "Moldova", "Georgia", "Armenia", "Azerbaijan", "Turkey", "Egypt", "Morocco"]
targets = ["Ukraine", "Japan", "Brazil", "India", "Kenya", "Chile", "Canada", "Mexico", "Peru", "Ghana"]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["source", "relation", "target", "valid_from", "valid_to", "evidence", "url"])
    for s in states:
        for t in targets:
            for day in ("2020-03-01", "2020-03-02", "2020-03-03"):
                w.writerow([s, "supports", t, day, "", f"{s} supports {t} ({day})", ""])
    for s in states[:5]:
        for rel, day in (("recognizes", "2008-02-18"), ("withdraws_recognition", "2018-05"), ("recognizes", "2020")):
            w.writerow([s, rel, "Kosovo", day, "", f"{s} {rel} Kosovo", ""])
PY
expect_exit 0 "$SG" import "$WORK/many.csv" --db "$WORK/m.db"

# DOT: one edge per run of one relation per pair and family, as computed from JSON Lines.
expect_exit 0 "$SG" export --db "$WORK/m.db" -o "$WORK/m.dot"
expect_stderr "415 edges: using sfdp; use --top, --min-degree or --entity to cut it down"
expect_exit 0 "$SG" export --db "$WORK/m.db" -o "$WORK/m.jsonl"
"$PYTHON" - "$WORK/m.jsonl" "$WORK/m.dot" <<'PY'
import itertools, json, re, sys
facts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
def order(d):
    parts = [int(p) for p in d.split("-")]
    return (parts + [1, 1])[:3] + [len(parts)] if d else [0]
pairs = {}
for f in facts:
    pairs.setdefault((f["source"]["id"], f["target"]["id"], f["family"]), []).append(f)
runs = []
for ks, fs in pairs.items():
    fs.sort(key=lambda f: order(f.get("valid_from", "")))
    runs += [(ks, rel, len(list(g))) for rel, g in itertools.groupby(fs, key=lambda f: f["relation"])]
dot = open(sys.argv[2], encoding="utf-8").read()
edges = re.findall(r'^  "[^"]*" -> "[^"]*" \[label="([^"]*)"', dot, re.M)
assert len(facts) == 1215 and len(runs) == len(edges) == 415, (len(facts), len(runs), len(edges))
assert sum(1 for label in edges if label.endswith("×3")) == 400, [l for l in edges][:3]
assert sum(1 for label in edges if "×" not in label) == 15, edges[-3:]
assert "layout=sfdp, overlap=prism, splines=false" in dot
print(f"DOT: {len(facts)} facts drawn as {len(edges)} edges")
PY
# The `dot` program follows the layout the file asks for (sfdp), whatever its name.
dot -Tsvg "$WORK/m.dot" -o "$WORK/m.svg" 2>"$WORK/dot.err" || { cat "$WORK/dot.err" >&2; fail "dot cannot draw the large DOT"; }

# As of 2010 only the first recognitions hold; a small picture keeps dot's ranks and says nothing.
expect_exit 0 "$SG" export --db "$WORK/m.db" --as-of 2010 --format dot -o -
[ "$(grep -c ' -> ' "$WORK/out")" = 5 ] || fail "as of 2010 there should be 5 edges"
grep -q "rankdir=LR" "$WORK/out" || fail "a small DOT lost dot's layout"
[ -s "$WORK/err" ] && { cat "$WORK/err" >&2; fail "unexpected stderr on a small export"; }

# --top and --min-degree: the same entities for DOT, JSON Lines and GraphML.
expect_exit 0 "$SG" export --db "$WORK/m.db" --top 10 -o "$WORK/top.jsonl"
expect_exit 0 "$SG" export --db "$WORK/m.db" --top 10 -o "$WORK/top.graphml"
expect_exit 0 "$SG" export --db "$WORK/m.db" --min-degree 40 -o "$WORK/deg.jsonl"
expect_exit 0 "$SG" export --db "$WORK/m.db" --min-degree 40 --format gexf -o "$WORK/deg.gexf"
grep -c "<node " "$WORK/deg.gexf" | grep -qx 10 || fail "GEXF --min-degree 40 should keep the 10 targets"
"$PYTHON" - "$WORK" <<'PY'
import json, sys
import networkx as nx
w = sys.argv[1]
# The 10 targets have 120 facts each (40 states × 3), more than any state (30 or 33): they are the
# top 10, and no fact runs between two of them.
G = nx.read_graphml(f"{w}/top.graphml")
assert sorted(G.nodes) == ["BRA", "CAN", "CHL", "GHA", "IND", "JPN", "KEN", "MEX", "PER", "UKR"], sorted(G.nodes)
assert G.number_of_edges() == 0 and open(f"{w}/top.jsonl").read() == "", G.number_of_edges()
# At least 40 facts: the same targets, alone again.
assert open(f"{w}/deg.jsonl").read() == ""
print("--top and --min-degree keep the best-connected entities")
PY
expect_exit 0 "$SG" export --db "$WORK/m.db" --top 11 --relations supports -o "$WORK/top11.jsonl"
expect_exit 0 "$SG" export --db "$WORK/m.db" --min-degree 33 -o "$WORK/deg33.jsonl"
"$PYTHON" - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
rows = lambda n: [json.loads(l) for l in open(f"{w}/{n}", encoding="utf-8")]
top11 = rows("top11.jsonl")
# Within supports, the 10 targets (120 each), then one of the states tied at 30: the smallest id, ALB.
assert {f["source"]["id"] for f in top11} == {"ALB"} and len(top11) == 30, {f["source"]["id"] for f in top11}
deg33 = rows("deg33.jsonl")
# The five states that also recognize Kosovo have 33 facts; Kosovo itself has 15 and drops out.
assert {f["source"]["id"] for f in deg33} == {"AUT", "BEL", "BGR", "HRV", "CYP"} and len(deg33) == 150, len(deg33)
assert all(f["relation"] == "supports" for f in deg33)
print("--top within a selection, --min-degree at its bound")
PY
expect_exit 2 "$SG" export --db "$WORK/m.db" --top 0 -o "$WORK/zero.jsonl"

# render: cut down, it draws with dot; in full, it notes sfdp. Quiet when stderr is no terminal.
expect_exit 0 "$SG" render --db "$WORK/m.db" --top 15 -o "$WORK/top.svg"
[ -s "$WORK/err" ] && { cat "$WORK/err" >&2; fail "render wrote to a stderr that is no terminal"; }
[ "$(grep -c '<g id="node' "$WORK/top.svg")" = 15 ] || fail "render --top 15 did not draw 15 entities"
grep -q '×3' "$WORK/top.svg" || fail "the picture lacks the count of a restated stance"
expect_exit 0 "$SG" render --db "$WORK/m.db" -o "$WORK/all.svg"
expect_stderr "415 edges: using sfdp"
# On a terminal (script(1) gives it one) render says what it is doing.
if command -v script >/dev/null; then
  script -qec "'$SG' render --db '$WORK/m.db' --top 15 -o '$WORK/tty.svg' >/dev/null" /dev/null >"$WORK/tty.log" </dev/null \
    || { cat "$WORK/tty.log" >&2; fail "render on a terminal failed"; }
  grep -q "laying out with dot and rendering svg" "$WORK/tty.log" || { cat "$WORK/tty.log" >&2; fail "render is silent on a terminal"; }
fi
echo ok
