#!/usr/bin/env bash
# Articles end to end: extract gives facts whose evidence offsets point into the article text;
# import stores them once (an unchanged article adds nothing, a changed one replaces its facts);
# explain shows the sentence behind a stance; bad articles are reported and the others processed.
. "$(dirname "$0")/lib.sh"
SAMPLES="$STANCEGRAPH_SOURCE/data/samples/articles"

expect_exit 0 "$SG" extract "$SAMPLES"
cp "$WORK/out" "$WORK/facts.jsonl"
"$PYTHON" - "$WORK/facts.jsonl" "$SAMPLES" <<'PY'
import glob, json, os, sys
texts = {}
for path in glob.glob(os.path.join(sys.argv[2], "*")):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        a = json.loads(raw)
    else:
        head, _, body = raw.partition("\n\n")
        a = dict(line.split(": ", 1) for line in head.splitlines())
        a["text"] = body
    texts[a["id"]] = a["text"].encode("utf-8")
facts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(facts) >= 20, len(facts)
for f in facts:
    e = f["evidence"]
    assert texts[f["doc"]][e["start"]:e["end"]].decode("utf-8") == e["text"], f
    assert f["rule"] and 0 < f["confidence"] <= 1 and f["source"]["id"] and f["target"]["name"]
langs = {f["rule"].split(".")[0] for f in facts}
assert langs == {"ar", "en", "ru"}, langs
print(f"ok: {len(facts)} facts, evidence offsets exact")
PY
grep -q '"source":{"id":"KAZ"' "$WORK/facts.jsonl" || fail "no Kazakh stance in the Russian sample"

# Import once; again adds nothing; a changed article replaces its facts.
cp -r "$SAMPLES" "$WORK/articles"
expect_exit 0 "$SG" import "$WORK/articles" --db "$WORK/a.db"
n=$(count "$WORK/a.db" "SELECT COUNT(*) FROM evidence")
expect_exit 0 "$SG" import "$WORK/articles" --db "$WORK/a.db"
expect_stderr "0 added, 0 replaced"
[ "$(count "$WORK/a.db" "SELECT COUNT(*) FROM evidence")" = "$n" ] || fail "re-import added evidence"
sed -i 's/Spain, Ireland and Norway formally recognised/Spain and Ireland formally recognised/' "$WORK/articles/en-palestine-europe.txt"
expect_exit 0 "$SG" import "$WORK/articles" --db "$WORK/a.db"
expect_stderr "1 replaced"
[ "$(count "$WORK/a.db" "SELECT COUNT(*) FROM facts WHERE source_id = 'NOR' AND relation = 'recognizes'")" = 0 ] || fail "the changed article's old fact remains"
[ "$(count "$WORK/a.db" "SELECT COUNT(*) FROM facts WHERE source_id = 'ESP' AND relation = 'recognizes'")" = 1 ] || fail "the changed article lost a fact it still states"

# explain shows the sentence and the document behind a stance.
expect_exit 0 "$SG" explain Kazakhstan Kosovo --db "$WORK/a.db" --as-of 2023-01-01
grep -q "sample-ru-kazakhstan" "$WORK/out" || fail "explain does not name the document"
grep -q "Косово" "$WORK/out" || fail "explain does not show the sentence"

# Bad articles: reported with their location, the others processed, exit 65.
printf '{"id": "ok", "lang": "en", "published": "2022-01-01", "text": "Russia recognized Abkhazia."}\n{"id": "broken", "text": \n{"id": "fr", "lang": "fr", "text": "La France reconnaît le Kosovo."}\n{"id": "bad", "lang": "en", "text": "Russia \\u0000 recognized South Ossetia."}\n' >"$WORK/mixed.jsonl"
printf 'lang: en\n\nRussia recognized \xff Abkhazia.\n' >"$WORK/invalid.txt"
expect_exit 65 "$SG" extract "$WORK/mixed.jsonl" "$WORK/invalid.txt"
expect_stderr "mixed.jsonl:2:"
expect_stderr 'no lexicon for language "fr"'
expect_stderr "invalid.txt:3:19: not UTF-8 text"
grep -q '"doc":"ok"' "$WORK/out" || fail "a good article beside bad ones gave nothing"
: >"$WORK/empty.txt"
expect_exit 0 "$SG" extract "$WORK/empty.txt"
expect_stderr "skipped"

# With the team's dev articles, explain shows the seed article's sentence.
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -d "$STANCEGRAPH_SHARED/eval/dev" ]; then
  expect_exit 0 "$SG" import "$STANCEGRAPH_SHARED"/eval/dev/*.json --db "$WORK/dev.db"
  expect_exit 0 "$SG" explain Kazakhstan "Donetsk People's Republic" --db "$WORK/dev.db" --format jsonl --as-of 2022-07-01
  "$PYTHON" - "$WORK/out" "$STANCEGRAPH_SHARED/eval/dev/ar-seed.json" <<'PY'
import json, sys
seed = json.load(open(sys.argv[2], encoding="utf-8"))
text = seed["text"].encode("utf-8")
found = False
for line in open(sys.argv[1], encoding="utf-8"):
    for fact in json.loads(line)["chain"]:
        for e in fact["evidence"]:
            if e.get("document") == seed["id"]:
                assert text[e["start"]:e["end"]].decode("utf-8") == e["text"]
                found = True
assert found, "the seed article's sentence is not in the explanation"
print("ok: explain shows the seed article's sentence")
PY
fi
echo ok
