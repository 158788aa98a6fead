#!/usr/bin/env python3
"""Converts the event coders' CAMEO verb dictionaries into stancegraph lexicon entries.

Reads PETRARCH-2's English dictionary (CAMEO.2.0.txt) and UD-PETRARCH's Arabic one (CAMEO.ar.0.5.txt):
synonym sets (&NAME, members +WORD), verb blocks (--- VERB [code] --- with the verbs of the block)
and phrase patterns (- PRE * POST [code] # comment). A code becomes a relation through the mapping
table data/lexicon/cameo/relations.json (longest code prefix wins; codes mapped to null are left out,
with the reason given there). Patterns listed in data/lexicon/cameo/excluded.json (a reviewed list of
patterns that fire wrongly) are left out. The result, data/lexicon/generated/<lang>.cameo.json, holds
one cue per relation, with the source and its licence; the extractor reads it after the hand-written
lexicon, whose cues win where both match the same words.

Usage: cameo.py PEER_DIR DATA_DIR [--report]
"""
import collections
import json
import os
import re
import sys
import unicodedata

SOURCES = {
    "en": {
        "file": "petrarch2__petrarch2__data__dictionaries__CAMEO.2.0.txt",
        "origin": "PETRARCH-2 CAMEO verb dictionary CAMEO.2.0.txt (Open Event Data Alliance, 2015), "
                  "a composite of the TABARI CAMEO dictionaries and WordNet synonym sets",
        "licence": "MIT License, Copyright (c) 2015 Open Event Data Alliance",
    },
    "ar": {
        "file": "UniversalPetrarch-dev-validate__UniversalPetrarch__validate__arabic__CAMEO.ar.0.5.txt",
        "origin": "UD-PETRARCH (UniversalPetrarch) Arabic CAMEO verb dictionary CAMEO.ar.0.5.txt (2018)",
        "licence": "MIT License, Copyright (c) Open Event Data Alliance (UniversalPetrarch)",
    },
}

# Words in a pattern that are markers of PETRARCH's own syntax, not words of the text.
MARKERS = {"+", "$", "%", "^", "=", "*", "_"}


def normalise(word, lang):
    """Lower case; Arabic without harakat and tatweel, alef variants unified (as the extractor folds)."""
    word = word.strip().lower()
    if lang == "ar":
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640"))
        word = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", word)
        word = word.replace("\u0649", "\u064a").replace("\u0629", "\u0647")
    return word


class Dictionary:
    def __init__(self, lang):
        self.lang = lang
        self.synonyms = {}   # name -> [phrase (list of words)]
        self.blocks = []     # (name, code, verbs, patterns)

    def parse(self, path):
        section = None
        current_set = None
        block = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.split("#", 1)[0].rstrip()
                if raw.startswith("#######") or raw.startswith("########"):
                    section = "synonyms" if "SYNONYM" in raw else "verbs" if "VERB PATTERNS" in raw else "other"
                    continue
                if not line.strip():
                    continue
                if section == "synonyms":
                    if line.startswith("&"):
                        current_set = line.strip()
                        self.synonyms[current_set] = []
                    elif line.lstrip().startswith("+") and current_set:
                        member = [normalise(w, self.lang) for w in line.strip()[1:].strip("_").split("_") if w]
                        if member:
                            self.synonyms[current_set].append(member)
                elif section == "verbs" or (section is None and line.startswith("---")):
                    section = "verbs"
                    m = re.match(r"^---\s*(.+?)\s*\[([^\]]*)\]\s*---", line)
                    if m:
                        block = {"name": m.group(1), "code": m.group(2).strip(), "verbs": [], "patterns": []}
                        self.blocks.append(block)
                        continue
                    if block is None:
                        continue
                    if line.lstrip().startswith("-"):
                        pm = re.match(r"^\s*-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
                        if pm and "*" in pm.group(1):
                            pre, _, post = pm.group(1).partition("*")
                            block["patterns"].append((pre.strip(), post.strip(), pm.group(2).strip()))
                        continue
                    self.add_verb(block, line.strip())
        return self

    def add_verb(self, block, text):
        # "VERB", "VERB {IRREGULAR FORMS}", "VERB [code]", "WORD_PARTICLE", "حقق+في".
        code = None
        m = re.search(r"\[([^\]]*)\]", text)
        if m:
            code = m.group(1).strip()
            text = text[: m.start()] + text[m.end():]
        irregular = []
        m = re.search(r"\{([^}]*)\}", text)
        if m:
            irregular = [normalise(w, self.lang) for w in m.group(1).split()]
            text = text[: m.start()]
        words = [normalise(w, self.lang) for w in re.split(r"[_+\s]+", text.strip()) if w]
        if words:
            block["verbs"].append({"words": words, "irregular": irregular, "code": code})


class Mapping:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.codes = data["codes"]
        self.arguments = data.get("arguments", {})
        self.negated = data.get("negated", {})

    def relation(self, code):
        """The relation a CAMEO code maps to, by its longest listed prefix; None when unmapped."""
        code = code.split(":")[0].strip()
        if not code or code.startswith("-"):
            return None
        for n in range(len(code), 0, -1):
            entry = self.codes.get(code[:n])
            if entry is not None:
                return entry.get("relation")
        return None


def english_forms(verb):
    """Regular forms of an English verb: base, -s, -ed, -ing (with a doubled final consonant too)."""
    forms = {verb}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif re.search(r"(s|x|z|ch|sh)$", verb):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


# Arabic: the perfect with its subject suffixes, and the imperfect with its person prefixes and
# plural suffixes, built on the dictionary's stem (enough for most derived forms; form I imperfects
# whose vowel changes are left to the hand-written lexicon).
AR_PERFECT = ["", "ت", "ا", "تا", "وا", "ن", "نا", "تم"]
AR_IMPERFECT_PREFIX = ["ي", "ت", "ن", "ا"]
AR_IMPERFECT_SUFFIX = ["", "ان", "ون", "ين"]


def arabic_forms(verb):
    forms = {verb + s for s in AR_PERFECT}
    forms |= {p + verb + s for p in AR_IMPERFECT_PREFIX for s in AR_IMPERFECT_SUFFIX}
    return forms


def verb_alternatives(lang, verb):
    words = verb["words"]
    head = words[0]
    forms = english_forms(head) if lang == "en" else arabic_forms(head)
    # (PETRARCH's idiom entries, "+ARRESTED_AND", are no words of a text.)
    forms |= {w for w in verb["irregular"] if "+" not in w and "_" not in w}
    return sorted(forms), words[1:]


def phrase_words(text, dictionary):
    """The words of a PRE or POST part, as lists of alternatives per position; None if unusable."""
    out = []
    text = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    for token in text.split():
        if token in MARKERS:
            continue
        if token.startswith("&"):
            members = dictionary.synonyms.get(token) or dictionary.synonyms.get(token.rstrip("_"))
            if not members:
                return None
            single = sorted({m[0] for m in members if len(m) == 1})
            if not single:
                return None
            out.append(single)
            continue
        token = token.strip("+$%^=")
        for w in token.split("_"):
            if w:
                out.append([normalise(w, dictionary.lang)])
    return out


def render(positions):
    return " ".join("|".join(alts) for alts in positions)


def convert(lang, peer, data, report):
    source = SOURCES[lang]
    mapping = Mapping(os.path.join(data, "lexicon", "cameo", "relations.json"))
    with open(os.path.join(data, "lexicon", "cameo", "excluded.json"), encoding="utf-8") as f:
        entries = json.load(f).get(lang, [])
    excluded = {e["pattern"]: e["why"] for e in entries if "pattern" in e}
    excluded_verbs = {(e["relation"], normalise(v, lang)) for e in entries if "verbs" in e for v in e["verbs"]}
    excluded_heads = {normalise(v, lang) for e in entries if "heads" in e for v in e["heads"]}
    dictionary = Dictionary(lang).parse(os.path.join(peer, source["file"]))
    # A verb that is also one of the language's function words ("بعد", after; "عبر", across) in the
    # hand-written lexicon is left out, and so are one- and two-letter verbs.
    with open(os.path.join(data, "lexicon", f"{lang}.json"), encoding="utf-8") as f:
        hand = json.load(f)
    function_words = set()
    for key in ("object_markers", "locative_markers", "subordinators", "clause_breaks", "complementizers", "coordinators",
                "relative_pronouns", "pronouns", "negators", "list_fillers", "adverbs", "exclusion_markers", "copulas"):
        function_words |= {normalise(w, lang) for w in hand.get(key, [])}
    patterns = collections.defaultdict(set)   # relation -> patterns
    codes = collections.defaultdict(collections.Counter)  # relation -> codes -> patterns
    dropped_excluded = 0
    for block in dictionary.blocks:
        for verb in block["verbs"]:
            head = verb["words"][0]
            if head in function_words or len(head) < 3 or head in excluded_heads:
                dropped_excluded += 1
                continue
            forms, rest = verb_alternatives(lang, verb)
            verb_part = [forms] + [[w] for w in rest]
            # The verb alone, under the block's code (or its own).
            code = verb["code"] or block["code"]
            relation = mapping.relation(code)
            if relation and (relation, "_".join(verb["words"])) in excluded_verbs:
                dropped_excluded += 1
            elif relation:
                text = render(verb_part)
                if text in excluded:
                    dropped_excluded += 1
                else:
                    patterns[relation].add(text)
                    codes[relation][code] += 1
            # Phrases: the words before the verb, the verb, up to three words, the words after.
            for pre, post, pcode in block["patterns"]:
                relation = mapping.relation(pcode)
                if not relation:
                    continue
                before = phrase_words(pre, dictionary)
                after = phrase_words(post, dictionary)
                if before is None or after is None or (not after and not before):
                    continue
                parts = []
                if before:
                    parts.append(render(before) + " ~2")
                parts.append(render(verb_part))
                if after:
                    parts.append("~3 " + render(after))
                text = " ".join(parts)
                if text in excluded:
                    dropped_excluded += 1
                    continue
                patterns[relation].add(text)
                codes[relation][pcode] += 1
    cues = []
    for relation in sorted(patterns):
        cue = {"id": f"cameo-{relation}", "relation": relation, "patterns": sorted(patterns[relation]), "confidence": 0.55}
        if relation in mapping.negated:
            cue["negated"] = mapping.negated[relation]
        if relation in mapping.arguments:
            cue["arguments"] = mapping.arguments[relation]
        cues.append(cue)
    out = {
        "language": lang,
        "about": "Generated by scripts/lexicon-from-cameo from " + source["origin"] + "; " + source["licence"] +
                 ". Do not edit: change data/lexicon/cameo/relations.json (codes to relations) or "
                 "data/lexicon/cameo/excluded.json (patterns that fire wrongly) and regenerate.",
        "origin": source["origin"],
        "licence": source["licence"],
        "cues": cues,
    }
    folder = os.path.join(data, "lexicon", "generated")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{lang}.cameo.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        for key in ("language", "about", "origin", "licence"):
            f.write(f"  {json.dumps(key)}: {json.dumps(out[key], ensure_ascii=False)},\n")
        f.write('  "cues": [\n')
        for i, cue in enumerate(cues):
            f.write("    " + json.dumps(cue, ensure_ascii=False) + (",\n" if i + 1 < len(cues) else "\n"))
        f.write("  ]\n}\n")
    if report:
        total = sum(len(p) for p in patterns.values())
        print(f"{lang}: {len(dictionary.blocks)} verb blocks, {total} patterns, {dropped_excluded} excluded -> {path}")
        for relation in sorted(patterns):
            top = ", ".join(f"{c}:{n}" for c, n in codes[relation].most_common(6))
            print(f"  {relation:<22} {len(patterns[relation]):>5}   codes {top}")


def main():
    peer, data = sys.argv[1], sys.argv[2]
    report = "--report" in sys.argv
    for lang in SOURCES:
        if os.path.exists(os.path.join(peer, SOURCES[lang]["file"])):
            convert(lang, peer, data, report)
        else:
            print(f"{lang}: {SOURCES[lang]['file']} not found in {peer}; kept the generated file as it is", file=sys.stderr)


if __name__ == "__main__":
    main()
