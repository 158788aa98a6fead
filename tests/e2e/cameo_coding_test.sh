#!/usr/bin/env bash
# `extract --coding cameo` writes actors as the event coders code them and leaves out the families
# they do not code as events; without it, our own ids and every family are written. A broken actor
# table is an error naming the file.
. "$(dirname "$0")/lib.sh"
cat >"$WORK/article.txt" <<'TXT'
The United Nations sent humanitarian aid to Armenia after the floods. Hezbollah warned Israel of a harsh response. Norway joined the International Monetary Fund. German Chancellor Olaf Scholz criticized Iran.
TXT
"$SG" extract --lang en --published 2023-05-02 - <"$WORK/article.txt" >"$WORK/ours.jsonl"
"$SG" extract --coding cameo --lang en --published 2023-05-02 - <"$WORK/article.txt" >"$WORK/cameo.jsonl"
"$PYTHON" - "$WORK/ours.jsonl" "$WORK/cameo.jsonl" <<'PY' || fail "cameo coding"
import json, sys
ours = [json.loads(l) for l in open(sys.argv[1])]
cameo = [json.loads(l) for l in open(sys.argv[2])]
def triples(facts):
    return {(f["source"]["id"], f["relation"], f["target"]["id"]) for f in facts}
o, c = triples(ours), triples(cameo)
assert ("org-un", "aids", "ARM") in o, o
assert ("IGO", "aids", "ARM") in c, c                     # an intergovernmental organisation is IGO
assert ("LBN", "threatens", "ISR") in c, c                # a movement is the country it is based in
assert any(r == "member_of" for _, r, _ in o), o
assert any(r == "leader_of" for _, r, _ in o), o
assert not any(r in ("member_of", "leader_of") for _, r, _ in c), c  # not events in CAMEO
assert ("DEU", "criticizes", "IRN") in c, c
assert all(f["source"]["entity"] and f["target"]["entity"] for f in cameo), cameo  # our id stays known
assert not any("entity" in f["source"] for f in ours), ours
PY

# The table is data: an entity the gazetteer lacks is the file's error, exit 65.
cp -r "$STANCEGRAPH_SOURCE/data" "$WORK/data"
sed -i 's/"group-hezbollah": "LBN"/"group-nobody": "LBN"/' "$WORK/data/coding/cameo_actors.json"
expect_exit 65 "$SG" --data-dir "$WORK/data" extract --coding cameo --lang en - <"$WORK/article.txt"
expect_stderr "cameo_actors.json"
expect_stderr "group-nobody"
echo ok
