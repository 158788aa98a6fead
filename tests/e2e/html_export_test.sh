#!/usr/bin/env bash
# The HTML export in a real browser (Debian's Chromium, headless, driven by playwright-core from the
# build tree): the page of data/samples (and the shared recognitions, when here) plus a hostile
# entity loads from file:// with no request and no console error; on fixed days its slider shows
# exactly the facts `export --as-of` selects, and the recognitions of Kosovo that `who` lists;
# the hostile name, an Arabic and a Russian name are found by the search box and shown intact;
# clicking an arrow shows its evidence sentence; a too-large export says so instead of drawing.
. "$(dirname "$0")/lib.sh"
: "${STANCEGRAPH_WEB_BUILD:?the web folder of the build tree, see web/CMakeLists.txt}"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (scripts/common.sh installs it)"
[ -d "$STANCEGRAPH_WEB_BUILD/node_modules/playwright-core" ] || fail "playwright-core is not in $STANCEGRAPH_WEB_BUILD (npm ci of web/CMakeLists.txt)"
CHECK="$STANCEGRAPH_SOURCE/tests/e2e/html_page_check.mjs"
DB="$WORK/s.db"

# A hostile entity: a name that would end the data's <script>, quotes, and a bidi override.
HOSTILE=$'Evil </script><script>alert(1)</script> "Q\' \u202eLand'
{
  echo "source,relation,target,valid_from,valid_to,evidence,url"
  printf '"%s",recognizes,Kosovo,2010-05-01,,"The sentence says </script><!-- it & ends"" here.",https://example.org/a?b=1&c=2\n' "${HOSTILE//\"/\"\"}"
} >"$WORK/hostile.csv"
inputs=("$STANCEGRAPH_SOURCE/data/samples" "$WORK/hostile.csv")
[ -n "${STANCEGRAPH_SHARED:-}" ] && [ -e "$STANCEGRAPH_SHARED/samples/recognitions.csv" ] && inputs+=("$STANCEGRAPH_SHARED/samples/recognitions.csv")
expect_exit 0 "$SG" build "${inputs[@]}" --db "$DB" --allow-new-entities --recorded-at 2025-01-01 -o "$WORK/map.html"
HOSTILE_ID=$(sqlite3 "$DB" "SELECT id FROM entities WHERE name LIKE 'Evil%'")
[ -n "$HOSTILE_ID" ] || fail "the hostile entity was not stored"
grep -qF '</script><script>alert' "$WORK/map.html" && fail "a name broke out of the page's data"

DAYS=(2008-02-17 2008-02-18 2010-05-01 2012-01-01 2019-06-28 2022-06-20 2024-06-01 2025-06-01)
"$PYTHON" - "$WORK" "$HOSTILE" "${DAYS[@]}" <<'PY'
import json, sys
work, hostile, days = sys.argv[1], sys.argv[2], sys.argv[3:]
json.dump({"days": days, "searches": [hostile, "كوسوفو", "Косово", "Kazakhstan"],
           "click": {"s": "USA", "r": "recognizes", "t": "XKX", "day": "2012-01-01"}},
          open(f"{work}/plan.json", "w"), ensure_ascii=False)
PY
node "$CHECK" "$WORK/map.html" "$WORK/plan.json" "$WORK/seen.json" || fail "the browser check did not run"

for day in "${DAYS[@]}"; do
  "$SG" export --db "$DB" --as-of "$day" --format jsonl >"$WORK/export-$day.jsonl"
  "$SG" who recognizes Kosovo --db "$DB" --as-of "$day" --min-confidence 0 --include-contested --format jsonl >"$WORK/who-$day.jsonl"
done
sqlite3 -json "$DB" "SELECT text FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE f.source_id = 'USA' AND f.target_id = 'XKX'" >"$WORK/usa-xkx.json"

"$PYTHON" - "$WORK" "$HOSTILE" "$HOSTILE_ID" "${DAYS[@]}" <<'PY'
import json, sys
work, hostile, hostile_id, days = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
seen = json.load(open(f"{work}/seen.json", encoding="utf-8"))
def check(ok, message):
    if not ok:
        sys.exit(f"FAIL: {message}")
check(seen["requests"] == [], f"the page made requests: {seen['requests']}")
check(seen["console_errors"] == [], f"console errors: {seen['console_errors']}")
check(seen["dialogs"] == [], f"a script ran from the data: {seen['dialogs']}")
check("default-src 'none'" in seen["csp"], "the page has no policy forbidding requests")
check(seen["scripts"] == 7, f"{seen['scripts']} script elements, expected 7 (five of data, the library, the page)")
check(not seen["too_large"], "the sample export was called too large")
for day in days:
    got = seen["days"][day]
    check(got["label"] == day, f"the page shows the day {got['label']!r}, not {day}")
    # Compared as stances (source, relation, target): the page shows each fact in force, and an
    # export --as-of may write a stance restated on several days as one row.
    shown = {(f["s"], f["r"], f["t"]) for f in got["shown"]}
    expected = set()
    for line in open(f"{work}/export-{day}.jsonl", encoding="utf-8"):
        f = json.loads(line)
        expected.add((f["source"]["id"], f["relation"], f["target"]["id"]))
    check(shown == expected, f"{day}: the page shows {len(shown)} stances, export --as-of {len(expected)}: "
          f"only page {sorted(shown - expected)[:5]}, only export {sorted(expected - shown)[:5]}")
    check(len(shown) > 0 or day < "2008", f"{day}: nothing shown")
    page_kosovo = {s for s, r, t in shown if r == "recognizes" and t == "XKX"}
    who = {json.loads(line)["entity"]["id"] for line in open(f"{work}/who-{day}.jsonl", encoding="utf-8")}
    check(page_kosovo == who, f"{day}: the page's recognitions of Kosovo differ from who's: {sorted(page_kosovo ^ who)}")
    print(f"{day}: {len(got['shown'])} facts, {len(shown)} stances shown; {len(who)} recognize Kosovo")
h = seen["searches"][hostile]
check(h["found"] == hostile_id, f"the hostile name was not found: {h}")
check(h["heading"] == hostile, f"the hostile name is shown as {h['heading']!r}")
check(h["heading_dir"] == "auto", "names are not marked dir=auto")
for query in ["كوسوفو", "Косово"]:
    check(seen["searches"][query]["found"] == "XKX", f"{query} did not find Kosovo: {seen['searches'][query]}")
check(seen["searches"]["Kazakhstan"]["found"] == "KAZ", "Kazakhstan not found")
c = seen["click"]
check(c["selected"] == c["index"], f"clicking the arrow selected {c['selected']}, not the fact {c['index']}")
sentences = {row["text"] or "(no sentence)" for row in json.load(open(f"{work}/usa-xkx.json", encoding="utf-8"))}
check(c["sentences"] and set(c["sentences"]) <= sentences,
      f"the evidence shown {c['sentences']} is not the store's {sentences}")
check("Washington recognised Kosovo the day after its declaration of independence." in c["sentences"],
      "the sample's sentence is not shown")
print("html page ok:", c["sentences"])
PY

# The hostile fact's evidence: the sentence and the link come through as text.
"$PYTHON" - "$WORK" "$HOSTILE_ID" >"$WORK/plan2.json" <<'PY'
import json, sys
print(json.dumps({"click": {"s": sys.argv[2], "r": "recognizes", "t": "XKX", "day": "2011-01-01"}}))
PY
node "$CHECK" "$WORK/map.html" "$WORK/plan2.json" "$WORK/seen2.json" || fail "the browser check did not run"
"$PYTHON" - "$WORK" <<'PY'
import json, sys
c = json.load(open(f"{sys.argv[1]}/seen2.json", encoding="utf-8"))["click"]
if c["sentences"] != ['The sentence says </script><!-- it & ends" here.'] or c["links"] != ["https://example.org/a?b=1&c=2"]:
    sys.exit(f"FAIL: the hostile evidence is shown as {c}")
PY

# Russian names and labels with --lang ru; and the page of an export too large to draw says how to
# cut it down (the limit itself is a unit test: html_exporter_test.cpp), here with its counts raised.
expect_exit 0 "$SG" export --db "$DB" --lang ru -o "$WORK/ru.html"
echo '{"searches": ["Kosovo"], "click": {"s": "USA", "r": "recognizes", "t": "XKX", "day": "2012-01-01"}}' >"$WORK/plan3.json"
node "$CHECK" "$WORK/ru.html" "$WORK/plan3.json" "$WORK/seen3.json" || fail "the browser check did not run"
sed 's|<script type="application/json" id="sg-counts">{[^<]*}|<script type="application/json" id="sg-counts">{"entities":6000,"facts":60000,"too_large":true}|' \
  "$WORK/ru.html" >"$WORK/large.html"
echo '{}' >"$WORK/plan4.json"
node "$CHECK" "$WORK/large.html" "$WORK/plan4.json" "$WORK/seen4.json" || fail "the browser check did not run"
"$PYTHON" - "$WORK" <<'PY'
import json, sys
ru = json.load(open(f"{sys.argv[1]}/seen3.json", encoding="utf-8"))
if ru["searches"]["Kosovo"]["heading"] != "Косово" or "признаёт" not in ru["click"]["heading"]:
    sys.exit(f"FAIL: --lang ru shows {ru['searches']['Kosovo']['heading']!r} and {ru['click']['heading']!r}")
if ru["console_errors"] or ru["requests"]:
    sys.exit(f"FAIL: the Russian page: {ru['console_errors']} {ru['requests']}")
seen = json.load(open(f"{sys.argv[1]}/seen4.json", encoding="utf-8"))
if not seen["too_large"] or "--entity" not in seen["message"] or "--families" not in seen["message"]:
    sys.exit(f"FAIL: the too-large page says {seen.get('message')!r}")
PY
# A page exported --as-of holds that day's stances, one arrow each, as export --as-of writes them.
expect_exit 0 "$SG" export --db "$DB" --as-of 2022-06-20 -o "$WORK/asof.html"
echo '{"days": ["2022-06-20"]}' >"$WORK/plan5.json"
node "$CHECK" "$WORK/asof.html" "$WORK/plan5.json" "$WORK/seen5.json" || fail "the browser check did not run"
"$PYTHON" - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
seen = json.load(open(f"{work}/seen5.json", encoding="utf-8"))
shown = sorted((f["s"], f["r"], f["t"]) for f in seen["days"]["2022-06-20"]["shown"])
rows = sorted((f["source"]["id"], f["relation"], f["target"]["id"])
              for f in map(json.loads, open(f"{work}/export-2022-06-20.jsonl", encoding="utf-8")))
if shown != rows or seen["console_errors"]:
    sys.exit(f"FAIL: the --as-of page shows {len(shown)} arrows, export --as-of writes {len(rows)} rows; {seen['console_errors']}")
PY
echo "ok"
