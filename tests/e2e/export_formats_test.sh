#!/usr/bin/env bash
# Every output format on the sample data: found by suffix, read by its real client, agreeing with the
# others on what was selected; `render` draws SVG, PNG and PDF; outputs are refused when they exist,
# never left half-written, and never renamed over a device.
. "$(dirname "$0")/lib.sh"
command -v xmllint >/dev/null || fail "xmllint is not installed (libxml2-utils)"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"
expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/store.db"
facts=$(count "$WORK/store.db" "SELECT COUNT(*) FROM facts")

expect_exit 0 "$SG" formats
for f in dot graphml sqlite sql jsonl html; do grep -q "^$f " "$WORK/out" || fail "formats does not list $f"; done

# The format follows the suffix.
for out in g.dot g.gv g.graphml s.db s.sqlite g.sql g.jsonl; do expect_exit 0 "$SG" export --db "$WORK/store.db" -o "$WORK/$out"; done
head -c 7 "$WORK/g.dot" | grep -q digraph || fail ".dot is not DOT"
head -c 16 "$WORK/s.sqlite" | grep -q "SQLite format 3" || fail ".sqlite is not a SQLite database"
grep -q "^CREATE TABLE facts" "$WORK/g.sql" || fail ".sql is not SQL"
[ "$(wc -l <"$WORK/g.jsonl")" = "$facts" ] || fail ".jsonl lacks facts"

# sqlite: the store's schema and version, every fact, searchable evidence; the SQL text loads to the same rows.
[ "$(count "$WORK/s.db" "SELECT COUNT(*) FROM facts")" = "$facts" ] || fail "the sqlite export lacks facts"
[ "$(sqlite3 "$WORK/store.db" "SELECT type, name, sql FROM sqlite_master ORDER BY name")" = \
  "$(sqlite3 "$WORK/s.sqlite" "SELECT type, name, sql FROM sqlite_master ORDER BY name")" ] || fail "the sqlite export's schema is not the store's"
[ "$(count "$WORK/s.sqlite" "PRAGMA user_version")" = "$(count "$WORK/store.db" "PRAGMA user_version")" ] || fail "user_version differs from the store's"
[ "$(count "$WORK/s.sqlite" "SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'moscow'")" -ge 2 ] || fail "full-text search finds nothing"
[ "$(count "$WORK/s.sqlite" "SELECT source_id FROM current_stance WHERE relation = 'withdraws_recognition' AND target_id = 'XKX'")" = TGO ] \
  || fail "current_stance lacks Togo's withdrawal"
sqlite3 -bail "$WORK/from-sql.db" <"$WORK/g.sql" || fail "sqlite3 cannot load the SQL text"
for t in relations entities entity_names documents facts evidence contested_pairs; do
  [ "$(sqlite3 "$WORK/from-sql.db" "SELECT * FROM $t ORDER BY 1, 2")" = "$(sqlite3 "$WORK/s.sqlite" "SELECT * FROM $t ORDER BY 1, 2")" ] \
    || fail "table $t differs between the SQL text and the sqlite export"
done
[ "$(sqlite3 "$WORK/s.sqlite" "SELECT * FROM contested_pairs ORDER BY 1, 2, 3")" = "$(sqlite3 "$WORK/store.db" "SELECT * FROM contested_pairs ORDER BY 1, 2, 3")" ] \
  || fail "the export's contested pairs are not the store's"
[ "$(sqlite3 "$WORK/s.sqlite" "SELECT recorded_at FROM facts ORDER BY id")" = "$(sqlite3 "$WORK/store.db" "SELECT recorded_at FROM facts ORDER BY id")" ] \
  || fail "the export changed when facts were recorded"

# GraphML: well-formed, and NetworkX and igraph count what the sqlite export holds.
xmllint --noout "$WORK/g.graphml" || fail "xmllint rejects the GraphML"
"$PYTHON" - "$WORK/g.graphml" "$(count "$WORK/s.sqlite" "SELECT COUNT(*) FROM entities")" "$facts" <<'PY'
import sys
import igraph, networkx as nx
path, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
G = nx.read_graphml(path, force_multigraph=True)
H = igraph.Graph.Read_GraphML(path)
assert (G.number_of_nodes(), G.number_of_edges()) == (nodes, edges), (G.number_of_nodes(), G.number_of_edges())
assert (H.vcount(), H.ecount()) == (nodes, edges), (H.vcount(), H.ecount())
assert G.nodes["KAZ"] == {"label": "Kazakhstan", "kind": "state"}, G.nodes["KAZ"]
PY

# One selection, the same facts in every format.
sel=(--as-of 2020-01-01 --families recognition)
expect_exit 0 "$SG" export --db "$WORK/store.db" "${sel[@]}" -o "$WORK/sel.jsonl"
expect_exit 0 "$SG" export --db "$WORK/store.db" "${sel[@]}" -o "$WORK/sel.db"
expect_exit 0 "$SG" export --db "$WORK/store.db" "${sel[@]}" -o "$WORK/sel.graphml"
expect_exit 0 "$SG" export --db "$WORK/store.db" "${sel[@]}" -o "$WORK/sel.dot"
n=$(wc -l <"$WORK/sel.jsonl")
[ "$n" -gt 0 ] && [ "$n" -lt "$facts" ] || fail "the selection chose $n of $facts facts"
[ "$(count "$WORK/sel.db" "SELECT COUNT(*) FROM facts")" = "$n" ] || fail "sqlite and jsonl exports of one selection differ"
[ "$(grep -c '<edge ' "$WORK/sel.graphml")" = "$n" ] || fail "graphml and jsonl exports of one selection differ"
[ "$(grep -c ' -> ' "$WORK/sel.dot")" = "$n" ] || fail "dot and jsonl exports of one selection differ"
grep -q "stances as of 2020-01-01" "$WORK/sel.dot" || fail "the DOT title lacks the as-of date"
grep -q "<data key=\"g_as_of\">2020-01-01</data>" "$WORK/sel.graphml" || fail "the GraphML lacks the as-of date"
[ "$(count "$WORK/sel.db" "SELECT COUNT(*) FROM entities")" = "$(grep -c '<node ' "$WORK/sel.graphml")" ] || fail "entities differ"
[ "$(count "$WORK/sel.db" "SELECT COUNT(*) FROM facts WHERE relation NOT IN ('recognizes', 'does_not_recognize', 'withdraws_recognition')")" = 0 ] \
  || fail "--families let other relations through"
expect_exit 0 "$SG" export --db "$WORK/store.db" --entity Kosovo --depth 1 --min-confidence 0.5 -o "$WORK/kosovo.graphml"
grep -q 'source="SRB"' "$WORK/kosovo.graphml" || fail "--entity lost a neighbour"
if grep -q '"CHN"' "$WORK/kosovo.graphml"; then fail "--entity --depth 1 reached too far"; fi

# Every DOT renders with Graphviz; render writes SVG, PNG and PDF itself, with either layout.
for f in g.dot g.gv sel.dot; do dot -Tsvg "$WORK/$f" -o /dev/null || fail "dot cannot render $f"; done
expect_exit 0 "$SG" render --db "$WORK/store.db" -o "$WORK/p.svg"
expect_exit 0 "$SG" render --db "$WORK/store.db" -o "$WORK/p.png" --dpi 72
expect_exit 0 "$SG" render --db "$WORK/store.db" -o "$WORK/p.pdf" "${sel[@]}" --title "Recognition"
expect_exit 0 "$SG" render --db "$WORK/store.db" -o "$WORK/sfdp.svg" --layout sfdp
expect_exit 0 "$SG" render --db "$WORK/store.db" --format svg -o - --families support
grep -q '<svg' "$WORK/out" || fail "render -o - wrote no SVG"
grep -q 'Kazakhstan' "$WORK/p.svg" || fail "the SVG lacks a name"
[ "$(head -c 8 "$WORK/p.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "p.png is not a PNG"
head -c 5 "$WORK/p.pdf" | grep -q '%PDF-' || fail "p.pdf is not a PDF"
[ "$(grep -c '<g id="node' "$WORK/sfdp.svg")" = "$(grep -c '<g id="node' "$WORK/p.svg")" ] || fail "sfdp drew other nodes"
expect_exit 2 "$SG" render --db "$WORK/store.db" -o "$WORK/p.gif"
expect_stderr "picture format"
expect_exit 2 "$SG" render --db "$WORK/store.db" -o "$WORK/p.svg" --layout nonsense

# Outputs: refused when they exist, never half-written, never renamed over a device; sqlite needs a file.
expect_exit 2 "$SG" export --db "$WORK/store.db" -o "$WORK/s.sqlite"
expect_stderr "--overwrite"
expect_exit 2 "$SG" render --db "$WORK/store.db" -o "$WORK/p.svg"
expect_exit 2 "$SG" export --db "$WORK/store.db" --format sqlite -o -
expect_exit 2 "$SG" export --db "$WORK/store.db" --entity "no such place" -o "$WORK/none.db"
# Devices, FIFOs and our own standard output are written in place, never replaced by a file; folders
# are refused. The character device is our own node (where mknod is allowed), not the system's /dev/null.
"$SG" export --db "$WORK/store.db" --format jsonl -o - >"$WORK/direct.jsonl"
mkfifo "$WORK/fifo"
cat "$WORK/fifo" >"$WORK/from-fifo.jsonl" &
reader=$!
expect_exit 0 timeout 60 "$SG" export --db "$WORK/store.db" --format jsonl -o "$WORK/fifo"
wait "$reader"
[ -p "$WORK/fifo" ] || fail "the export replaced a FIFO"
cmp -s "$WORK/from-fifo.jsonl" "$WORK/direct.jsonl" || fail "the FIFO did not get the export"
if mknod "$WORK/null" c 1 3 2>/dev/null; then
  for format in jsonl graphml sqlite; do
    expect_exit 0 "$SG" export --db "$WORK/store.db" --format "$format" -o "$WORK/null"
    [ -c "$WORK/null" ] || fail "the $format export replaced a character device"
  done
else
  echo "mknod is not allowed here; the character-device case is left to the FIFO's" >&2
fi
"$SG" export --db "$WORK/store.db" --format jsonl -o /dev/stdout >"$WORK/via-stdout.jsonl" 2>"$WORK/err" \
  || { cat "$WORK/err" >&2; fail "export -o /dev/stdout into a redirected file failed"; }
cmp -s "$WORK/via-stdout.jsonl" "$WORK/direct.jsonl" || fail "-o /dev/stdout did not write the redirected file"
mkdir "$WORK/folder"
expect_exit 2 "$SG" export --db "$WORK/store.db" --format jsonl -o "$WORK/folder" --overwrite
expect_stderr "is a folder"
expect_exit 2 "$SG" export --db "$WORK/store.db" --relations no_such_relation -o "$WORK/bad.sql"
[ ! -e "$WORK/bad.sql" ] || fail "a failed export left its output"
if ls -A "$WORK" | grep -q '\.tmp-'; then fail "an export left a temporary file: $(ls -A "$WORK" | grep '\.tmp-')"; fi

# build: import and export in one go; the sqlite output carries the store's documents, as export's does.
expect_exit 0 "$SG" build "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/built.db" -o "$WORK/built.sqlite" -o "$WORK/built.graphml"
xmllint --noout "$WORK/built.graphml" || fail "build wrote broken GraphML"
[ "$(sqlite3 "$WORK/built.sqlite" "SELECT id, kind, content_hash FROM documents ORDER BY id")" = \
  "$(sqlite3 "$WORK/built.db" "SELECT id, kind, content_hash FROM documents ORDER BY id")" ] || fail "build's sqlite output lost the store's document records"
[ "$(count "$WORK/built.sqlite" "SELECT COUNT(*) FROM facts")" = "$facts" ] || fail "build's sqlite output lacks facts"

# A selection of relations as of a date still reads their families: Togo's withdrawal of 2019
# ends its recognition of Kosovo, though withdraws_recognition is not among the relations asked for.
expect_exit 0 "$SG" export --db "$WORK/store.db" --relations recognizes --as-of 2020-01-01 --format jsonl
if grep -q '"TGO".*"recognizes".*"XKX"' "$WORK/out"; then fail "a withdrawn recognition was exported as in force"; fi
expect_exit 0 "$SG" export --db "$WORK/store.db" --relations recognizes --as-of 2015-01-01 --format jsonl
grep -q '"TGO"' "$WORK/out" || fail "Togo's recognition in force in 2015 is missing"
if grep -q '"withdraws_recognition"' "$WORK/out"; then fail "--relations recognizes exported another relation"; fi
echo ok
