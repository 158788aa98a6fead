#!/usr/bin/env bash
# GEXF read back by NetworkX (read_gexf) against the JSON Lines export of the same store: every node's
# name, every edge's attributes, and start/end as the inclusive days of [valid_from, until). On
# ../shared/samples/recognitions.csv (when present): the edges NetworkX sees alive on day D are the
# facts `export --as-of D` selects, for dated facts; `--as-of D` in GEXF selects the same facts.
. "$(dirname "$0")/lib.sh"
command -v xmllint >/dev/null || fail "xmllint is not installed (libxml2-utils)"

# The checks, shared by both stores: GEXF file, JSON Lines file of the same selection.
cat >"$WORK/compare.py" <<'PY'
import datetime, json, sys
import networkx as nx

def first_day(d):
    parts = [int(p) for p in d.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])

def read(gexf_path, jsonl_path):
    G = nx.read_gexf(gexf_path)
    assert G.graph["mode"] == "dynamic" and G.is_directed(), G.graph
    facts = [json.loads(line) for line in open(jsonl_path, encoding="utf-8")]
    edges = sorted(G.edges(keys=True, data=True) if G.is_multigraph() else
                   ((s, t, d["id"], d) for s, t, d in G.edges(data=True)), key=lambda e: int(e[2][1:]))
    assert len(edges) == len(facts), (len(edges), len(facts))
    for (s, t, key, d), f in zip(edges, facts):
        ev = f["evidence"]
        text = lambda v: v or ""  # JSON Lines writes null where GEXF leaves the attribute out
        want = (f["source"]["id"], f["relation"], f["target"]["id"], f["family"], text(f.get("valid_from")), text(f.get("valid_to")),
                text(f.get("until")), f["confidence"], len(ev), text(ev[0].get("text")) if ev else "", text(ev[0].get("url")) if ev else "")
        got = (s, d["relation"], t, d["family"], d.get("valid_from", ""), d.get("valid_to", ""), d.get("until", ""),
               d["confidence"], d["evidence_count"], d.get("evidence", ""), d.get("url", ""))
        assert got == want, (key, got, want)
        start = first_day(f["valid_from"]).isoformat() if f.get("valid_from") else None
        end = (datetime.date.fromisoformat(f["until"]) - datetime.timedelta(days=1)).isoformat() if f.get("until") else None
        assert (d.get("start"), d.get("end")) == (start, end), (key, d.get("start"), d.get("end"), f)
        assert G.nodes[s]["label"] == f["source"]["name"] and G.nodes[t]["label"] == f["target"]["name"], (s, t)
    return G, facts

def alive(G, day):
    """The edges NetworkX shows on `day`: dated, start <= day <= end (GEXF ends are inclusive)."""
    out = set()
    for s, t, d in G.edges(data=True):
        if "start" in d and d["start"] <= day and ("end" not in d or day <= d["end"]):
            out.add((s, d["relation"], t, d["valid_from"]))
    return out

def keys(facts, dated_only):
    return {(f["source"]["id"], f["relation"], f["target"]["id"], f.get("valid_from") or "") for f in facts
            if f.get("valid_from") or not dated_only}
PY

# 1. The sample fact file: every attribute and interval, names in other languages, as-of.
expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/s.db"
expect_exit 0 "$SG" formats
grep -q "^gexf " "$WORK/out" || fail "formats does not list gexf"
expect_exit 0 "$SG" export --db "$WORK/s.db" -o "$WORK/s.gexf"
[ -s "$WORK/err" ] && { cat "$WORK/err" >&2; fail "unexpected stderr"; }
expect_exit 0 "$SG" export --db "$WORK/s.db" -o "$WORK/s.jsonl"
expect_exit 0 "$SG" export --db "$WORK/s.db" --as-of 2015-06-01 -o "$WORK/s2015.gexf"
expect_exit 0 "$SG" export --db "$WORK/s.db" --as-of 2015-06-01 -o "$WORK/s2015.jsonl"
expect_exit 0 "$SG" export --db "$WORK/s.db" --format gexf --top 3 -o -
cp "$WORK/out" "$WORK/top3.gexf"
for f in s.gexf s2015.gexf top3.gexf; do xmllint --noout "$WORK/$f" || fail "xmllint rejects $f"; done
grep -q 'mode="dynamic" defaultedgetype="directed" timeformat="date"' "$WORK/s.gexf" || fail "not a dynamic GEXF with dates"
"$PYTHON" - "$WORK" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from compare import read, alive, keys
import networkx as nx
w = sys.argv[1]
G, facts = read(f"{w}/s.gexf", f"{w}/s.jsonl")
assert G.number_of_edges() >= 30, G.number_of_edges()
assert G.nodes["RUS"]["kind"] == "state" and G.nodes["RUS"]["name_ru"] == "Россия", G.nodes["RUS"]
assert G.nodes["RUS"].get("name_ar"), G.nodes["RUS"]
H, then = read(f"{w}/s2015.gexf", f"{w}/s2015.jsonl")
assert 0 < H.number_of_edges() < G.number_of_edges()
# The facts of the as-of export are the recognition facts alive that day in the full GEXF.
recognition = lambda ks: {k for k in ks if k[1] in ("recognizes", "withdraws_recognition", "does_not_recognize")}
assert recognition(alive(G, "2015-06-01")) == recognition(keys(then, True)), (recognition(alive(G, "2015-06-01")) ^ recognition(keys(then, True)))
T = nx.read_gexf(f"{w}/top3.gexf")
assert T.number_of_nodes() == 3, T.nodes
print(f"GEXF: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges agree with JSON Lines")
PY

# 1b. graphology-gexf, the reader of the graph library the HTML page embeds (installed by web/):
# the same nodes, names and kinds, and edges, as the JSON Lines export says.
: "${STANCEGRAPH_WEB_BUILD:?the web folder of the build tree, see web/CMakeLists.txt}"
[ -d "$STANCEGRAPH_WEB_BUILD/node_modules/graphology-gexf" ] || fail "graphology-gexf is not in $STANCEGRAPH_WEB_BUILD (npm ci of web/CMakeLists.txt)"
for f in s.gexf top3.gexf; do
  node "$(dirname "$0")/gexf_graphology_check.cjs" "$STANCEGRAPH_WEB_BUILD" "$WORK/$f" >"$WORK/$f.graphology.json" ||
    fail "graphology-gexf cannot read $f"
done
"$PYTHON" - "$WORK" <<'PY'
import collections, json, sys
w = sys.argv[1]
seen = json.load(open(f"{w}/s.gexf.graphology.json", encoding="utf-8"))
facts = [json.loads(l) for l in open(f"{w}/s.jsonl", encoding="utf-8")]
assert seen["type"] == "directed" and seen["multi"], (seen["type"], seen["multi"])
want_edges = collections.Counter((f["source"]["id"], f["relation"], f["target"]["id"], f["valid_from"] or "", len(f["evidence"])) for f in facts)
got_edges = collections.Counter(tuple(e) for e in seen["edges"])
assert got_edges == want_edges, (list((got_edges - want_edges).items())[:3], list((want_edges - got_edges).items())[:3])
names = {}
for f in facts:
    for end in ("source", "target"):
        names[f[end]["id"]] = f[end]["name"]
assert {k: v[0] for k, v in seen["nodes"].items()} == names, set(seen["nodes"]) ^ set(names)
assert seen["nodes"]["RUS"][1] == "state", seen["nodes"]["RUS"]
top = json.load(open(f"{w}/top3.gexf.graphology.json", encoding="utf-8"))
assert top["order"] == 3, top["order"]
print(f"graphology-gexf: {seen['order']} nodes and {seen['size']} edges agree with JSON Lines")
PY

# 2. recognitions.csv: alive on D in NetworkX = in force on D by stancegraph, for many days.
[ -n "${STANCEGRAPH_SHARED:-}" ] && [ -e "$STANCEGRAPH_SHARED/samples/recognitions.csv" ] || { echo "ok (recognitions.csv absent: part 2 skipped)"; exit 0; }
DB="$WORK/r.db"
expect_exit 0 "$SG" import "$STANCEGRAPH_SHARED/samples/recognitions.csv" --db "$DB" --recorded-at 2025-01-01
expect_exit 0 "$SG" export --db "$DB" -o "$WORK/r.gexf"
expect_exit 0 "$SG" export --db "$DB" -o "$WORK/r.jsonl"
xmllint --noout "$WORK/r.gexf" || fail "xmllint rejects the recognitions GEXF"
days="1980-01-01 1995-06-30 2008-02-17 2008-02-18 2008-03-01 2012-01-01 2017-11-21 2018-01-01 2019-06-28 2021-12-09 2021-12-10 2024-01-15 2025-06-01"
for d in $days; do
  expect_exit 0 "$SG" export --db "$DB" --as-of "$d" -o "$WORK/r-$d.jsonl"
  expect_exit 0 "$SG" export --db "$DB" --as-of "$d" -o "$WORK/r-$d.gexf"
done
"$PYTHON" - "$WORK" $days <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from compare import read, alive, keys
w, days = sys.argv[1], sys.argv[2:]
G, facts = read(f"{w}/r.gexf", f"{w}/r.jsonl")
checked = 0
for day in days:
    H, then = read(f"{w}/r-{day}.gexf", f"{w}/r-{day}.jsonl")
    want = keys(then, True)
    got = alive(G, day)
    assert got == want, (day, "GEXF only:", sorted(got - want)[:5], "as-of only:", sorted(want - got)[:5])
    assert keys(then, False) == {(s, d["relation"], t, d.get("valid_from", "")) for s, t, d in H.edges(data=True)}, day
    checked += len(want)
assert checked > 500, checked
print(f"GEXF: {len(facts)} recognition facts; alive on {len(days)} days as stancegraph selects them ({checked} edge-days)")
PY
echo ok
