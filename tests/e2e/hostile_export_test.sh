#!/usr/bin/env bash
# Names built to break formats (quotes, backslashes, markup, newlines, CR, NUL and other control
# characters, DOT keywords, SQL, right-to-left text and overrides) survive every export, read back by
# each format's real client: Graphviz, xmllint, NetworkX (GraphML, GEXF), igraph, sqlite3. The store is the truth;
# each format may only lose what it cannot hold (XML: forbidden control characters; SQL: NUL).
. "$(dirname "$0")/lib.sh"
command -v dot >/dev/null || fail "graphviz's dot is not installed"
command -v xmllint >/dev/null || fail "xmllint is not installed (libxml2-utils)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"

"$PYTHON" - "$WORK/hostile.jsonl" <<'PY'
import json, sys
names = ["node", "graph", "edge", "strict", 'say "hi"', "back\\slash\\", "<b>&amp;</b>", "two\nlines", "bell\u0007char",
         "جمهورية الاختبار", "tab\tbed", "-> {x}", "nul\u0000byte", "cr\rlf", "it's; DROP TABLE facts; --",
         "Республика «Тест»", "\u202eevil\u202c", "ctl\u001f\u0001x", "]]> --> <!-- &#0;"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, n in enumerate(names):
        f.write(json.dumps({"source": n, "relation": "supports", "target": names[(i + 1) % len(names)],
                            "valid_from": f"2020-{i % 12 + 1:02d}", "evidence": "evidence: " + n}) + "\n")
    f.write(json.dumps({"source": names[0], "relation": "establishes_relations", "target": names[9],
                        "valid_from": "1991", "valid_to": "2001", "evidence": names[9] + " — " + names[4]}) + "\n")
PY
expect_exit 0 "$SG" import "$WORK/hostile.jsonl" --db "$WORK/h.db" --allow-new-entities
[ "$(count "$WORK/h.db" 'SELECT COUNT(*) FROM facts')" = 20 ] || fail "the hostile facts did not all import"

for out in h.dot h.graphml h.gexf h.jsonl h.sql; do expect_exit 0 "$SG" export --db "$WORK/h.db" -o "$WORK/$out"; done
expect_exit 0 "$SG" export --db "$WORK/h.db" --format sql --dialect postgres -o "$WORK/h.pg.sql"
[ "$(tr -d '\000' <"$WORK/h.pg.sql" | wc -c)" = "$(wc -c <"$WORK/h.pg.sql")" ] || fail "the PostgreSQL SQL has a NUL byte"

# DOT: Graphviz reads it, every entity becomes a node, names come through.
dot -Tsvg "$WORK/h.dot" -o "$WORK/h.svg" 2>"$WORK/dot.err" || { cat "$WORK/dot.err" >&2; fail "dot cannot render hostile names"; }
[ "$(grep -c '<g id="node' "$WORK/h.svg")" = 19 ] || fail "not every hostile entity became a node in the DOT picture"
for text in 'say &quot;hi&quot;' 'back\slash\' '&lt;b&gt;&amp;amp;&lt;/b&gt;' 'جمهورية الاختبار' '&#45;&gt; {x}' 'nulbyte' 'crlf'; do
  grep -qF -- "$text" "$WORK/h.svg" || fail "hostile name lost in the DOT picture: $text"
done
expect_exit 0 "$SG" render --db "$WORK/h.db" -o "$WORK/rendered.svg"
[ "$(grep -c '<g id="node' "$WORK/rendered.svg")" = 19 ] || fail "stancegraph render lost hostile entities"

# GraphML: well-formed XML, and NetworkX and igraph read the store's graph from it.
xmllint --noout "$WORK/h.graphml" || fail "xmllint rejects the GraphML"
"$PYTHON" - "$WORK/h.db" "$WORK/h.graphml" <<'PY'
import re, sqlite3, sys
import igraph, networkx as nx
store, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(store)
xml_forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
clean = lambda s: xml_forbidden.sub("", s or "")
nodes = {i: (clean(n), k) for i, n, k in db.execute("SELECT id, name, kind FROM entities")}
facts = {}
for fid, s, r, t, vf, vt, text, n, conf in db.execute(
        "SELECT f.id, source_id, relation, target_id, valid_from, valid_to, "
        "(SELECT text FROM evidence WHERE fact_id = f.id ORDER BY id LIMIT 1), "
        "(SELECT COUNT(*) FROM evidence WHERE fact_id = f.id), (SELECT MAX(confidence) FROM evidence WHERE fact_id = f.id) FROM facts f"):
    facts[(s, r, t, vf or "")] = (s, r, t, vf or "", vt or "", clean(text), n, conf)
sym = {r: bool(s) for r, s in db.execute('SELECT name, "symmetric" FROM relations')}

G = nx.read_graphml(path, force_multigraph=True)
assert isinstance(G, nx.MultiDiGraph), type(G)
assert G.number_of_nodes() == len(nodes) and G.number_of_edges() == len(facts), (G.number_of_nodes(), G.number_of_edges())
for node, data in G.nodes(data=True):
    assert (data["label"], data["kind"]) == nodes[node], (node, data, nodes[node])
for s, t, key, d in G.edges(keys=True, data=True):
    got = (s, d["relation"], t, d.get("valid_from", ""), d.get("valid_to", ""), d.get("evidence", ""), d["evidence_count"], d["confidence"])
    assert got == facts[got[:4]], (key, got, facts.get(got[:4]))  # edge ids number the export, not the store
    assert d["symmetric"] is sym[d["relation"]] and isinstance(d["polarity"], int), d

H = igraph.Graph.Read_GraphML(path)
assert H.is_directed() and (H.vcount(), H.ecount()) == (len(nodes), len(facts)), (H.vcount(), H.ecount())
for v in H.vs:
    assert (v["label"], v["kind"]) == nodes[v["id"]], (v["id"], v.attributes())
for e in H.es:
    s, t = H.vs[e.source]["id"], H.vs[e.target]["id"]
    got = (s, e["relation"], t, e["valid_from"] or "", e["valid_to"] or "", e["evidence"] or "", int(e["evidence_count"]), e["confidence"])
    assert got == facts[got[:4]], (e["id"], got, facts.get(got[:4]))
    assert e["symmetric"] is sym[e["relation"]], e.attributes()
print(f"GraphML: {len(nodes)} nodes and {len(facts)} edges read back by NetworkX and igraph")
PY

# GEXF: well-formed XML, and NetworkX reads every name, attribute and date the JSON Lines export has,
# less what XML 1.0 cannot carry.
xmllint --noout "$WORK/h.gexf" || fail "xmllint rejects the GEXF"
"$PYTHON" - "$WORK/h.gexf" "$WORK/h.jsonl" <<'PY'
import datetime, json, re, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
xml_forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
clean = lambda s: xml_forbidden.sub("", s or "")
facts = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
edges = sorted(((d["id"], s, t, d) for s, t, d in G.edges(data=True)), key=lambda e: int(e[0][1:]))
assert G.number_of_nodes() == 19 and len(edges) == len(facts) == 20, (G.number_of_nodes(), len(edges))
for (key, s, t, d), f in zip(edges, facts):
    assert (s, t) == (f["source"]["id"], f["target"]["id"]), (key, s, t)
    assert G.nodes[s]["label"] == clean(f["source"]["name"]), (G.nodes[s]["label"], f["source"]["name"])
    assert G.nodes[t]["label"] == clean(f["target"]["name"]), (G.nodes[t]["label"], f["target"]["name"])
    assert d.get("evidence", "") == clean(f["evidence"][0]["text"]), (d.get("evidence"), f["evidence"][0]["text"])
    got, want = (d["relation"], d.get("valid_from", ""), d.get("valid_to", "")), (f["relation"], f["valid_from"] or "", f["valid_to"] or "")
    assert got == want, (got, want)
    parts = [int(p) for p in f["valid_from"].split("-")] + [1, 1]
    assert d["start"] == datetime.date(*parts[:3]).isoformat(), (d["start"], f["valid_from"])
    end = (datetime.date.fromisoformat(f["until"]) - datetime.timedelta(days=1)).isoformat() if f.get("until") else None
    assert d.get("end") == end, (d.get("end"), f.get("until"))
labels = {d["label"] for _, d in G.nodes(data=True)}
assert {"say \"hi\"", "<b>&amp;</b>", "two\nlines", "cr\rlf", "tab\tbed", "\u202eevil\u202c", "ctlx", "bellchar", "nulbyte"} <= labels, labels
print(f"GEXF: {G.number_of_nodes()} hostile names and {len(edges)} edges read back by NetworkX")
PY

# SQLite export and SQL text: sqlite3 opens and loads them; every name is the store's, less NUL.
rm -f "$WORK/from-sql.db"
sqlite3 -bail "$WORK/from-sql.db" <"$WORK/h.sql" || fail "sqlite3 cannot load the SQL text"
expect_exit 0 "$SG" export --db "$WORK/h.db" -o "$WORK/export.sqlite"
"$PYTHON" - "$WORK/h.db" "$WORK/export.sqlite" "$WORK/from-sql.db" <<'PY'
import sqlite3, sys
def rows(path, sql):
    return sqlite3.connect(path).execute(sql).fetchall()
# Exports number facts and evidence in their own order: compare by what the rows say.
queries = ["SELECT id, name FROM entities ORDER BY id",
           "SELECT f.source_id, f.relation, f.target_id, COALESCE(f.valid_from, ''), e.document_id, e.text "
           "FROM evidence e JOIN facts f ON f.id = e.fact_id ORDER BY 1, 2, 3, 4, 5, 6",
           "SELECT source_id, relation, target_id, valid_from, valid_to, recorded_at FROM facts "
           "ORDER BY source_id, relation, target_id, COALESCE(valid_from, '')"]
for sql in queries:
    store = rows(sys.argv[1], sql)
    assert any("\0" in str(v) for row in rows(sys.argv[1], queries[0]) for v in row), "the store lost the NUL byte the test relies on"
    expected = [tuple(v.replace("\0", "") if isinstance(v, str) else v for v in row) for row in store]
    for path in sys.argv[2:]:
        got = rows(path, sql)
        assert got == expected, (path, sql, [p for p in zip(got, expected) if p[0] != p[1]][:3])
print("SQL: every name and evidence text is the store's, less NUL")
PY
[ "$(count "$WORK/from-sql.db" "SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'الاختبار'")" = 2 ] \
  || fail "full-text search does not find the Arabic evidence"

# GraphML around an entity the store made, named in Arabic, streamed from the store: its ring
# neighbours and the state it established relations with; as of 1995, only that one relation.
expect_exit 0 "$SG" export --db "$WORK/h.db" --entity "جمهورية الاختبار" --depth 1 -o "$WORK/near.graphml"
expect_exit 0 "$SG" export --db "$WORK/h.db" --entity "جمهورية الاختبار" --depth 1 --as-of 1995 -o "$WORK/near1995.graphml"
"$PYTHON" - "$WORK/near.graphml" "$WORK/near1995.graphml" <<'PY'
import sys
import networkx as nx
G = nx.read_graphml(sys.argv[1], force_multigraph=True)
labels = sorted(d.get("label", "") for _, d in G.nodes(data=True))
assert G.number_of_nodes() == 4 and G.number_of_edges() == 3, (labels, G.number_of_edges())
assert "جمهورية الاختبار" in labels and "node" in labels and "tab\tbed" in labels, labels
H = nx.read_graphml(sys.argv[2], force_multigraph=True)
assert H.number_of_nodes() == 2 and H.number_of_edges() == 1, (H.number_of_nodes(), H.number_of_edges())
(_, _, data), = H.edges(data=True)
assert data["relation"] == "establishes_relations" and data["valid_to"] == "2001", data
print("GraphML: the neighbourhood of a store-made entity, with and without --as-of")
PY
echo ok
