#!/usr/bin/env bash
# The generated people (data/entities/generated/people.phoenix.json) are what the Phoenix actor
# dictionaries and today's curated files give: regenerated into a copy of data/, the file is byte for
# byte the committed one. A government member only Phoenix knows speaks for their state; a person the
# curated files have keeps the curated roles, and Phoenix has no person of that name.
. "$(dirname "$0")/lib.sh"
DATA="$STANCEGRAPH_SOURCE/data"
PEOPLE="$DATA/entities/generated/people.phoenix.json"
[ -f "$PEOPLE" ] || fail "no $PEOPLE: run scripts/people-from-phoenix"
cp -r "$DATA" "$WORK/data"
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -d "$STANCEGRAPH_SHARED/peer" ]; then
  rm "$WORK/data/entities/generated/people.phoenix.json"
  "$PYTHON" "$STANCEGRAPH_SOURCE/scripts/entities.d/phoenix.py" "$STANCEGRAPH_SHARED/peer" "$WORK/data"
  cmp -s "$WORK/data/entities/generated/people.phoenix.json" "$PEOPLE" ||
    fail "people.phoenix.json differs from what scripts/people-from-phoenix makes now (its sources or the curated files changed): regenerate it"
else
  echo "no ../shared/peer: people.phoenix.json is not regenerated" >&2
fi

# The file as the gazetteer needs it: ids unique and not those of curated entities, every role a
# speaks_for of a known entity, and no name that a curated person has (names folded as the gazetteer does).
"$PYTHON" - "$DATA" <<'PY' || fail "people.phoenix.json breaks its rules"
import glob, json, os, re, sys, unicodedata
data = sys.argv[1]
def key(name):
    text = unicodedata.normalize("NFKD", name)
    return " ".join(re.findall(r"[^\W_]+", "".join(c for c in text if not unicodedata.combining(c)).casefold()))
known = {r["alpha_3"] for r in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
curated_ids, person_names = set(), set()
for path in glob.glob(os.path.join(data, "entities", "**", "*.json"), recursive=True):
    if os.sep + "generated" + os.sep in path:
        continue
    for e in json.load(open(path, encoding="utf-8"))["entities"]:
        curated_ids.add(e["id"])
        if e.get("kind") == "person":
            person_names |= {key(n) for names in e.get("names", {}).values() for n in names}
people = json.load(open(os.path.join(data, "entities", "generated", "people.phoenix.json"), encoding="utf-8"))
assert people.get("licence") and people.get("origin"), "origin and licence missing"
ids = [p["id"] for p in people["entities"]]
problems = []
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
if ids != sorted(ids):
    problems.append("not sorted by id")
problems += [f"{i} is a curated id" for i in ids if i in curated_ids]
for p in people["entities"]:
    if p["kind"] != "person" or not p["roles"]:
        problems.append(f"{p['id']}: not a person with roles")
    problems += [f"{p['id']}: role {r}" for r in p["roles"]
                 if r["relation"] != "speaks_for" or r["target"] not in known | curated_ids]
    problems += [f"{p['id']}: {n} is a curated person's name" for n in p["names"]["en"] if key(n) in person_names]
for problem in problems[:20]:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# Miguel Ángel Moratinos, Spain's foreign minister 2004–2010, is only in the Phoenix file.
grep -q '"id": "person-miguel-angel-moratinos"' "$PEOPLE" ||
  fail "person-miguel-angel-moratinos is no longer a Phoenix person (curated now?): pick another person only Phoenix knows"
printf '{"id": "p1", "lang": "en", "published": "2008-03-01", "text": "Miguel Angel Moratinos condemned Venezuela."}\n' >"$WORK/phoenix.jsonl"
expect_exit 0 "$SG" extract --data-dir "$DATA" "$WORK/phoenix.jsonl"
grep -q '"source":{"id":"ESP".*"relation":"condemns","target":{"id":"VEN"' "$WORK/out" ||
  fail "Moratinos does not speak for Spain: $(cat "$WORK/out")"
# Without the generated folder the same text makes no Spanish fact: the person comes from there.
rm -rf "$WORK/data/entities/generated"
expect_exit 0 "$SG" extract --data-dir "$WORK/data" "$WORK/phoenix.jsonl"
! grep -q '"id":"ESP"' "$WORK/out" || fail "a Spanish fact without the generated people: $(cat "$WORK/out")"

# Sergey Lavrov is curated (foreign minister from 2004-03-09); Phoenix also has him as UN ambassador
# from 1994, a term the curated file leaves out. With the Phoenix file he resolves as without it: Russia
# in 2008, nobody in 2000.
grep -qi '"Serge[iy] Lavrov"\|"Lavrov"' "$PEOPLE" && fail "people.phoenix.json has a person named Lavrov"
printf '%s\n' '{"id": "c1", "lang": "en", "published": "2008-08-10", "text": "Sergey Lavrov condemned Georgia."}' \
  '{"id": "c2", "lang": "en", "published": "2000-06-01", "text": "Sergey Lavrov condemned Georgia."}' >"$WORK/curated.jsonl"
expect_exit 0 "$SG" extract --data-dir "$DATA" "$WORK/curated.jsonl"
cp "$WORK/out" "$WORK/with"
grep -q '"doc":"c1","source":{"id":"RUS".*"relation":"condemns","target":{"id":"GEO"' "$WORK/with" ||
  fail "Lavrov does not speak for Russia in 2008: $(cat "$WORK/with")"
! grep -q '"doc":"c2"' "$WORK/with" || fail "Lavrov speaks for someone in 2000 (a Phoenix role?): $(cat "$WORK/with")"
expect_exit 0 "$SG" extract --data-dir "$WORK/data" "$WORK/curated.jsonl"
cmp -s "$WORK/out" "$WORK/with" || fail "the Phoenix file changes what a curated person says:
$(diff "$WORK/out" "$WORK/with")"
echo "ok: generated people in sync, used, and the curated ones win"
