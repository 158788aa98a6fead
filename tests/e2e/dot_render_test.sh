#!/usr/bin/env bash
# The DOT export renders with Graphviz, also for names built to break DOT.
. "$(dirname "$0")/lib.sh"
command -v dot >/dev/null || fail "graphviz's dot is not installed"
expect_exit 0 "$SG" import "$STANCEGRAPH_SOURCE/data/samples/facts/stances.csv" --db "$WORK/s.db"
expect_exit 0 "$SG" export --db "$WORK/s.db" -o "$WORK/g.dot"
dot -Tsvg "$WORK/g.dot" -o "$WORK/g.svg" || fail "dot cannot render the export"
grep -q "Kazakhstan" "$WORK/g.svg" || fail "a name is missing from the picture"
expect_exit 0 "$SG" export --db "$WORK/s.db" -o "$WORK/asof.dot" --as-of 2020-01-01 --families recognition
dot -Tsvg "$WORK/asof.dot" -o /dev/null || fail "dot cannot render the as-of export"
grep -q "2008-08-26" "$WORK/asof.dot" || fail "as-of export lacks a fact in force"
if grep -q "2022-02-21" "$WORK/asof.dot"; then fail "as-of export has a fact from the future"; fi

# Hostile names: DOT keywords, quotes, backslashes, markup, newlines, control characters, RTL.
"$PYTHON" - "$WORK/hostile.jsonl" <<'PY'
import json, sys
names = ["node", "graph", "edge", "strict", 'say "hi"', "back\\slash\\", "<b>&amp;</b>", "two\nlines", "bell\u0007char", "جمهورية الاختبار", "tab\tbed", "-> {x}"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, n in enumerate(names):
        f.write(json.dumps({"source": n, "relation": "supports", "target": names[(i + 1) % len(names)], "valid_from": "2020", "evidence": n}) + "\n")
PY
expect_exit 0 "$SG" import "$WORK/hostile.jsonl" --db "$WORK/h.db" --allow-new-entities
expect_exit 0 "$SG" export --db "$WORK/h.db" -o "$WORK/h.dot"
dot -Tsvg "$WORK/h.dot" -o "$WORK/h.svg" || fail "dot cannot render hostile names"
for text in 'say &quot;hi&quot;' 'back\slash\' '&lt;b&gt;&amp;amp;&lt;/b&gt;' 'جمهورية الاختبار' '&#45;&gt; {x}'; do
  grep -qF -- "$text" "$WORK/h.svg" || fail "hostile name lost: $text"
done
[ "$(grep -c '<g id="node' "$WORK/h.svg")" -ge 12 ] || fail "not every hostile entity became a node"
echo ok
