#!/usr/bin/env bash
# The generated lexicon entries (data/lexicon/generated/) are what their sources and the reviewed
# tables give today: regenerated into a copy of data/, they are byte for byte the committed files.
# Also: a cue that only the generated entries know makes a fact.
. "$(dirname "$0")/lib.sh"
cp -r "$STANCEGRAPH_SOURCE/data" "$WORK/data"
if [ -n "${STANCEGRAPH_SHARED:-}" ] && [ -d "$STANCEGRAPH_SHARED/peer" ]; then
  "$PYTHON" "$STANCEGRAPH_SOURCE/scripts/lexicon.d/cameo.py" "$STANCEGRAPH_SHARED/peer" "$WORK/data"
  for lang in en ar; do
    cmp -s "$WORK/data/lexicon/generated/$lang.cameo.json" "$STANCEGRAPH_SOURCE/data/lexicon/generated/$lang.cameo.json" ||
      fail "$lang.cameo.json differs from what scripts/lexicon-from-cameo makes now: regenerate it"
  done
else
  echo "no ../shared/peer: the CAMEO entries are not regenerated" >&2
fi
if [ -e /usr/share/hunspell/ru_RU.dic ] && command -v unmunch >/dev/null; then
  "$PYTHON" "$STANCEGRAPH_SOURCE/scripts/lexicon.d/russian.py" "$WORK/data"
  cmp -s "$WORK/data/lexicon/generated/ru.classes.json" "$STANCEGRAPH_SOURCE/data/lexicon/generated/ru.classes.json" ||
    fail "ru.classes.json differs from what scripts/lexicon-from-cameo makes now: regenerate it"
fi
# "berated" is only in the CAMEO entries (111, criticize), "упрекнул" only in the Russian classes.
printf '{"id": "g1", "lang": "en", "published": "2020-01-01", "text": "Fiji berated Vanuatu."}\n{"id": "g2", "lang": "ru", "published": "2020-01-01", "text": "Фиджи упрекнули Вануату."}\n' >"$WORK/a.jsonl"
expect_exit 0 "$SG" extract "$WORK/a.jsonl"
grep -q '"source":{"id":"FJI".*"relation":"criticizes","target":{"id":"VUT"' "$WORK/out" || fail "no generated English cue: $(cat "$WORK/out")"
[ "$(grep -c '"relation":"criticizes"' "$WORK/out")" = 2 ] || fail "no generated Russian cue: $(cat "$WORK/out")"
# Without the generated folder, the same text makes no fact: the entries come from there.
rm -rf "$WORK/data/lexicon/generated"
expect_exit 0 "$SG" extract --data-dir "$WORK/data" "$WORK/a.jsonl"
[ ! -s "$WORK/out" ] || fail "facts without the generated entries: $(cat "$WORK/out")"
echo "ok: generated lexicon entries in sync and used"
