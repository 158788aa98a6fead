#!/usr/bin/python3
"""Turns the government members and IGO officials of PETRARCH-2's Phoenix actor dictionaries into
gazetteer people: data/entities/generated/people.phoenix.json.

Reads Phoenix.Countries.actors.txt and Phoenix.International.actors.txt (CAMEO actor dictionaries,
Open Event Data Alliance, MIT licence) the way stancegraph's petrarch-actors importer reads actor
dictionaries (importers/events/actor_dictionary.cpp): an entry is a phrase with "+" synonyms and
[CODE dates] blocks. An entry becomes a person when a dated block puts it in the government of a
country the project knows or in an organisation the project has; the person speaks for that entity
during the block's dates. The curated files win: a person they already have is left out, and no
name of theirs is given to a Phoenix person. The output is sorted and has no dates of its own, so
the same sources give the same bytes.

Usage: phoenix.py PEER_DIR DATA_DIR [--report]
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

SOURCES = [
    "petrarch2__petrarch2__data__dictionaries__Phoenix.Countries.actors.txt",
    "petrarch2__petrarch2__data__dictionaries__Phoenix.International.actors.txt",
]
ORIGIN = ("PETRARCH-2's Phoenix actor dictionaries Phoenix.Countries.actors.txt (generated in 2014 from the "
          "CountryInfo.140130.txt government lists of the Computational Event Data System project) and "
          "Phoenix.International.actors.txt (intergovernmental organisations), openeventdata/petrarch2 "
          "commit 676801cd, data/dictionaries/")
LICENCE = "MIT License, Copyright (c) 2014 Open Event Data Alliance"
ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"

# Roles are kept when they overlap the years stancegraph reads news of; the dictionaries go back to
# the 1920s, and a role that ended before 1990 would only make old names ambiguous.
WINDOW_FROM, WINDOW_TO = "1990-01-01", "2026-12-31"

# The government lists were read on 2014-01-30 (CountryInfo.140130.txt): a role still open then
# ("RUSGOV >20040309") is known to hold until that day, not after it. Without the end, a minister
# of 2013 would speak for their state in the news of 2024.
LIST_DATE = "2014-01-30"

# CAMEO country codes that are not the ISO alpha-3 code of the same country (as
# importers/events/cameo.cpp maps them).
CAMEO_COUNTRIES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX",
                   "PAL": "PSE", "UAE": "ARE", "ROC": "TWN"}

# CAMEO known-group and IGO codes of the organisations data/entities/ has (as importers/events/cameo.cpp
# maps them). An IGO block gives a role only when its code ends with one of these: IGOUNO is the UN,
# IGOEUREEC the EU, IGOUNOHLHWHO the WHO; IGOUNOKID (UNICEF) or IGOUNOLABILO (the ILO) are agencies the
# project does not have, and counting their officials' words as the UN's would be a guess.
KNOWN_GROUPS = {"UNO": "org-un", "EEC": "org-eu", "NAT": "org-nato", "ARL": "org-arab-league", "ASN": "org-asean",
                "OPC": "org-opec", "IMF": "org-imf", "WBK": "org-world-bank", "WTO": "org-wto", "GCC": "org-gcc",
                "OIC": "org-oic", "CIS": "org-cis", "OAS": "org-oas", "ICC": "org-icc", "IAE": "org-iaea",
                "WHO": "org-who"}

# Words that make a synonym a description rather than a name ("FOREIGN_MINISTER_LAVROV",
# "UN_SECRETARY_GENERAL"): a text says "Foreign Minister Lavrov", and the extractor finds the title
# itself; as a name such a phrase would also catch the next holder of the office. Words of
# institutions and organisations too: a few entries with a government block are a body, not a person
# ("PALESTINIAN_AUTHORITY", "VOLKSKAMMER", "SUDAN_PEOPLE'S_LIBERATION_MOVEMENT"). Compared after
# folding; short words that are also names or initials ("Sok An", "Hun Sen", "J. N. Dixit", "U Kyaw
# Thu") are not here, and "U.N.", which folds to the two words "u n", is found as a pair.
TITLE_WORDS = set("""
minister ministers ministry ministerial president presidential pres vice prime premier chancellor
ambassador amb envoy consul secretary secy sec general gen generals foreign spokesman spokeswoman
spokesperson spokesmen chief chiefs un united nations deputy acting former ex interim elect
king queen prince princess crown royal majesty highness emir governor mayor senator
congressman congresswoman representative rep delegate delegation judge justice colonel col admiral adm
lieutenant lt captain capt commander cmdr marshal brigadier sergeant dr doctor mr mrs ms sir lord lady
dame reverend rev pope bishop archbishop cardinal director head leader leaders chairman chairwoman
chair speaker official officials commissioner attorney adviser advisor aide counselor counsellor
government cabinet state defense defence interior finance trade affairs parliament parliamentary
party council commission committee assembly army military forces police navy security intelligence
officer staff office the of for and new nato eu european union pm fm
authority agency department bureau court tribunal junta congress senate duma knesset volkskammer
regime administration directorate presidency kremlin palace air
movement liberation front alliance coalition organization organisation group league federation
association society institute foundation company corporation fund programme program mission people
peoples national democratic republic republican socialist communist islamic revolutionary popular
federal central provisional
""".split())

TITLE_PAIRS = {("u", "n"), ("u", "s"), ("u", "k")}  # U.N., U.S., U.K.
# Honorifics before a name: "Sir Paul Hasluck" is the name Paul Hasluck.
HONORIFICS = {"sir", "dame", "mr", "mrs", "ms", "dr", "gen", "samdech"}


def without_honorific(name):
    words = name.split()
    if len(words) > 2 and key(words[0]) in HONORIFICS:
        return " ".join(words[1:])
    return name


# A name is letters (any script: "Erdoğan"), with spaces, hyphens, apostrophes and the periods of
# initials; quotes, brackets, commas, digits and stray bytes mark a nickname, a note or damage.
def name_characters(name):
    return name[:1].isalpha() and all(c.isalpha() or c in " .'-" for c in name)
# Particles written in lower case inside a name: "Sergio de Mello", "Osama bin Laden".
PARTICLES = {"de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
             "y", "e", "bin", "ibn", "bint"}
ROMAN = {"ii", "iii", "iv", "vi"}


def key(name):
    """The gazetteer's name key (core/text_folding.cpp name_key): no case, no accents, runs of other
    characters one space."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


def letters(name):
    return sum(1 for c in name if c.isalpha())


# --- reading the dictionaries (as importers/events/actor_dictionary.cpp) --------------------------
class BadBlock(Exception):
    pass


def dictionary_date(text):
    """YYYYMMDD or YYMMDD; two-digit years 30–99 are 19xx, 00–29 20xx. An ISO date string."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        raise BadBlock(f'"{text}" is not a date (YYYYMMDD or YYMMDD)')
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        yy = int(text[:2])
        year, month, day = (1900 + yy if yy >= 30 else 2000 + yy), int(text[2:4]), int(text[4:])
    days = [31, 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30,
            31, 30, 31]
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= days[month - 1]:
        raise BadBlock(f'"{text}" is not a date on the calendar')
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_block(inside):
    """(code, from, to) of "RUSGOV 19940922-20040712", "RUSGOV >20040309", "HOB < 950601", "ELI"."""
    inside = inside.strip()
    end = 0
    while end < len(inside) and not inside[end].isspace() and inside[end] not in "<>" and not inside[end].isdigit():
        end += 1
    while 0 < end < len(inside) and inside[end].isalnum():
        end += 1
    code, rest = inside[:end], inside[end:].strip()
    if not code:
        raise BadBlock(f'code block "[{inside}]" has no actor code')
    if not rest:
        return code, None, None, False
    if rest[0] == "<":
        return code, None, dictionary_date(rest[1:]), True
    if rest[0] == ">":
        return code, dictionary_date(rest[1:]), None, True
    if "-" not in rest:
        raise BadBlock(f'"[{inside}]": expected <DATE, >DATE or DATE-DATE after the code')
    start, stop = rest.split("-", 1)
    start, stop = dictionary_date(start), dictionary_date(stop)
    # "19840502-18000101", an end before the start, is the dictionaries' way of writing no end.
    return code, start, (stop if stop > start else None), True


def strip_comment(line):
    """Drops ";" or "#" and what follows, outside brackets ("[###]" is a code)."""
    in_block = False
    for i, c in enumerate(line):
        if c == "[":
            in_block = True
        elif c == "]":
            in_block = False
        elif not in_block and c in ";#":
            return line[:i]
    return line


def read_dictionary(path):
    """Entries: {"file", "line", "phrase", "synonyms", "blocks": [(code, from, to, dated)], "problems"}."""
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    entries = []
    in_comment = False
    section_end = None
    for number, line_bytes in enumerate(re.split(rb"\r\n|\r|\n", raw), 1):
        try:
            line = line_bytes.decode("utf-8").strip()
            bad_utf8 = False
        except UnicodeDecodeError:
            line = line_bytes.decode("utf-8", "replace").strip()
            bad_utf8 = True
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.startswith("<!"):
            in_comment = "-->" not in line
            continue
        if section_end:
            if line == section_end:
                section_end = None
            continue
        if line.startswith("<") and line.endswith(">"):
            if len(line) > 2 and line[1] != "/":
                section_end = "</" + line[1:]
            continue
        if line.startswith("~~"):
            break
        if line.startswith("#") or line.startswith(";"):
            continue
        line = strip_comment(line).strip()
        if not line:
            continue
        if line[0] not in "[+":
            entries.append({"file": os.path.basename(path), "line": number, "phrase": line.split("[", 1)[0].strip(),
                            "synonyms": [], "blocks": [], "problems": []})
        elif not entries:
            continue
        elif line[0] == "+":
            entries[-1]["synonyms"].append(line[1:].split("[", 1)[0].strip())
        entry = entries[-1]
        if bad_utf8:
            entry["problems"].append(f"line {number}: not UTF-8 text")
            continue
        for match in re.finditer(r"\[([^\]]*)(\]?)", line):
            if not match.group(2):
                entry["problems"].append(f"line {number}: a code block never closes")
                break
            try:
                entry["blocks"].append(parse_block(match.group(1)))
            except BadBlock as e:
                entry["problems"].append(f"line {number}: {e}")
    return entries


# --- names ----------------------------------------------------------------------------------------
def title_word(word, first, last=False):
    """One word of a name in capitals, in the case a text writes it."""
    if any(c.islower() for c in word):
        return word  # the dictionary already wrote it in mixed case
    lower = word.lower()
    if lower in ROMAN or re.fullmatch(r"(\w\.)+\w?", lower):
        return word  # "IV", and initials "B.J."
    if not first and not last and lower in PARTICLES:  # "Li Bin" ends with a name, not a particle
        return lower
    parts = []
    for i, part in enumerate(lower.split("-")):
        # "AL-ASSAD" is "al-Assad" inside a name, "Al-Sadr" at its start.
        if i == 0 and part in ("al", "el") and len(lower) > 3:
            parts.append(part if not first else part.capitalize())
            continue
        pieces = part.split("'")
        out = [pieces[0][:1].upper() + pieces[0][1:]]
        for piece in pieces[1:]:
            # "O'NEILL" is "O'Neill", "D'ESCOTO" "D'Escoto"; after more than one letter the apostrophe
            # is inside a word: "ULUFA'ALU" is "Ulufa'alu", "PEOPLE'S" "People's".
            out.append(piece[:1].upper() + piece[1:] if len(out) == 1 and len(out[0]) == 1 else piece)
        text = "'".join(out)
        if text.startswith("Mc") and len(text) > 3:
            text = "Mc" + text[2].upper() + text[3:]
        parts.append(text)
    return "-".join(parts)


def phrase_to_name(phrase):
    """SERGEY_LAVROV_ → "Sergey Lavrov"; SAUD_AL_FAISAL → "Saud al-Faisal"."""
    words = phrase.replace("=", " ").replace("_", " ").split()
    out = []
    i = 0
    while i < len(words):
        word = title_word(words[i], not out, i + 1 == len(words))
        # A lone "AL" before a word is the article of the next word, written with a hyphen.
        if out and words[i].lower() in ("al", "el") and i + 1 < len(words) and words[i] == words[i].upper():
            word = words[i].lower() + "-" + title_word(words[i + 1], False)
            i += 1
        out.append(word)
        i += 1
    return " ".join(out)


def skip_keys(name):
    """The keys a name is compared with the curated people by: the name, the name without its title
    words ("Foreign Minister Ashraf Ghani" is Ashraf Ghani), the first word with the last
    ones of a longer name ("Sergey Viktorovich Lavrov" is Sergey Lavrov, "Ahmed Ali Aboul Gheit" Ahmed
    Aboul Gheit), and each of these without spaces."""
    words = key(name).split()
    keys = {" ".join(words)}
    plain = [w for w in words if w not in TITLE_WORDS]
    if len(plain) >= 2:
        keys.add(" ".join(plain))
    for tail in range(1, len(plain) - 1):
        keys.add(" ".join([plain[0]] + plain[-tail:]))
    keys.discard("")
    # "Massimo Dalema" is Massimo D'Alema, "Peter Oneill" Peter O'Neill: the same letters.
    return keys | {k.replace(" ", "") for k in keys}


# --- the project's entities -----------------------------------------------------------------------
class Project:
    def __init__(self, data):
        self.kinds = {}              # id → kind, of every curated entity and ISO country
        self.iso3 = {}               # ISO alpha-3 → id
        self.curated_ids = set()
        self.person_keys = set()     # name keys of the curated people
        self.other_keys = set()      # name keys of everything else (names, abbreviations, demonyms, …)
        self.other_words = set()     # the words of those names and of the people's names
        self.demonyms = set()        # one-word English demonyms
        iso = json.load(open(ISO_3166_1, encoding="utf-8"))["3166-1"]
        for record in iso:
            self.kinds[record["alpha_3"]] = "state"
            self.iso3[record["alpha_3"]] = record["alpha_3"]
            for field in ("name", "common_name", "official_name"):
                if field in record:
                    self.add_other(record[field])
                    head, _, tail = record[field].partition(", ")
                    if tail:
                        self.add_other(tail + " " + head)
        folder = os.path.join(data, "entities")
        generated = os.path.join(folder, "generated") + os.sep
        for path in sorted(glob.glob(os.path.join(folder, "**", "*.json"), recursive=True)):
            if path.startswith(generated):
                continue
            for e in json.load(open(path, encoding="utf-8"))["entities"]:
                self.curated_ids.add(e["id"])
                if "kind" in e:
                    self.kinds[e["id"]] = e["kind"]
                if e.get("iso_alpha3"):
                    self.iso3[e["iso_alpha3"]] = e["id"]
                person = self.kinds.get(e["id"]) == "person"
                texts = [e.get("name") or ""]
                # Every table of names by language: names, abbreviations, demonyms, capitals,
                # institutions ("the Kremlin"), and whatever kind of name the curated files add next.
                for field, table in e.items():
                    if not isinstance(table, dict):
                        continue
                    for lang, names in table.items():
                        names = [names] if isinstance(names, str) else [n for n in names if isinstance(n, str)]
                        texts += names
                        if field == "demonyms" and lang == "en":
                            self.demonyms.update(key(n) for n in names if len(key(n).split()) == 1)
                for text in texts:
                    if person:
                        self.person_keys.add(key(text))
                        self.other_words.update(key(text).split())
                    else:
                        self.add_other(text)
        self.person_keys.discard("")
        self.person_keys |= {k.replace(" ", "") for k in self.person_keys}
        self.other_keys.discard("")

    def add_other(self, text):
        self.other_keys.add(key(text))
        self.other_words.update(key(text).split())

    def country(self, cameo):
        """The id of the state or territory a CAMEO country code stands for, if the project knows it."""
        code = CAMEO_COUNTRIES.get(cameo, cameo)
        eid = code if code in self.kinds else self.iso3.get(code)
        return eid if eid and self.kinds.get(eid) in ("state", "territory") else None


# --- people ---------------------------------------------------------------------------------------
def role_of(code, project):
    """(target, title) of a dated block's code, or (None, why not)."""
    # A country's government and its ministries (GOV, GOVMIL, GOVBUS, …). CAMEO codes ministers,
    # ambassadors and heads of state alike, so the role is speaks_for, never leader_of: Phoenix does not
    # say who leads, and the extractor ranks a leader_of role above the others.
    if len(code) >= 6 and code[3:6] == "GOV":
        target = project.country(code[:3])
        if not target:
            return None, "government of a country the project does not know"
        return target, f"government (CAMEO {code})"
    if code.startswith("IGO"):
        parts = [code[i:i + 3] for i in range(3, len(code), 3)]
        target = KNOWN_GROUPS.get(parts[-1]) if parts else None
        if not target or project.kinds.get(target) not in ("organisation", "group"):
            return None, "an IGO code naming no organisation the project has"
        return target, f"official (CAMEO {code})"
    return None, "dated blocks of roles that are not a government or IGO (ELI, MIL, OPP, …)"


def in_window(start, stop):
    return (stop is None or stop > WINDOW_FROM) and (start is None or start <= WINDOW_TO)


def convert(peer, data, report):
    project = Project(data)
    entries = []
    read = collections.Counter()
    for name in SOURCES:
        found = read_dictionary(os.path.join(peer, name))
        read[name] = len(found)
        entries += found

    skipped = collections.Counter()      # reason → entries
    dropped = collections.Counter()      # reason → names
    candidates = []                      # entries with a role: (entry, roles, names)
    for entry in entries:
        if entry["problems"]:
            # As the petrarch-actors importer: a malformed block ("[KORGOVBUS 2004017-20061201]")
            # or a line that is not UTF-8 makes the whole entry bad.
            skipped["malformed code block or text (the importer skips the entry too)"] += 1
            continue
        dated = [b for b in entry["blocks"] if b[3]]
        if not dated:
            # Undated entries are countries, organisations, places and people without a term
            # ("[AFGELI]"): no dates, no role to read statements by.
            skipped["no dated code block (not a person)"] += 1
            continue
        roles, why_not = {}, []
        for code, start, stop, _ in dated:
            target, title = role_of(code, project)
            if not target:
                why_not.append(title)
            elif not in_window(start, stop):
                why_not.append("roles only outside 1990–2026")
            else:
                roles[(target, start, stop)] = title
        if not roles:
            skipped["no role: " + sorted(why_not, key=lambda r: (-why_not.count(r), r))[0]] += 1
            continue
        names = [(without_honorific(phrase_to_name(entry["phrase"])), False)] + \
                [(without_honorific(phrase_to_name(s)), True) for s in entry["synonyms"]]
        names = [(n, synonym) for n, synonym in names if n]
        # Ours wins: a person the curated files have keeps its own names and roles, whatever Phoenix says.
        if any(skip_keys(n) & project.person_keys for n, _ in names):
            skipped["a curated person (data/entities/people/) has one of its names"] += 1
            continue
        candidates.append((entry, roles, names))

    def name_problem(name, synonym):
        k = key(name)
        words = k.split()
        if not name_characters(name):
            return "other characters than letters, spaces, hyphens, apostrophes and periods"
        if any(w in TITLE_WORDS for w in words) or any(pair in TITLE_PAIRS for pair in zip(words, words[1:])):
            return "a title or function word (minister, president, UN, …)"
        # "RUSSIAN_FOREIGN_MINISTER_LAVROV": only in synonyms; in an entry's own phrase a demonym is a
        # given name or surname (German Gref, Ganesh Tiwari Nepali).
        if synonym and any(w in project.demonyms for w in words):
            return "a synonym with a demonym (Russian, Afghan, …)"
        if letters(name) < 4:
            return "fewer than 4 letters"
        if k in project.other_keys:
            return "a name of a curated entity or ISO country"
        if len(words) == 1 and letters(name) < 5:
            return "a single word of fewer than 5 letters"
        return None

    # A person's name is the first of its names that stays; entries with the same name are one
    # person (the Countries file lists some people twice, and the two files share a few).
    people = {}       # id → {"name", "names": [...], "roles": {...}, "entries": n}
    person_of = {}    # id() of an entry → the person it became
    merged = 0        # entries that joined an earlier one of the same name
    for entry, roles, names in candidates:
        kept = []
        for n, synonym in names:
            problem = name_problem(n, synonym)
            if problem:
                dropped[problem] += 1
            elif key(n) not in {key(k) for k in kept}:
                kept.append(n)
        if not kept:
            skipped["no name left that is a name (all titles, short or taken)"] += 1
            continue
        pid = "person-" + key(kept[0]).replace(" ", "-")
        person = people.setdefault(pid, {"name": kept[0], "names": [], "roles": {}, "entries": 0})
        merged += 1 if person["entries"] else 0
        person["entries"] += 1
        person_of[id(entry)] = pid
        for n in kept:
            if key(n) not in {key(k) for k in person["names"]}:
                person["names"].append(n)
        person["roles"].update(roles)

    # Who else a single word could be: every entry of both files (people, countries, places,
    # organisations) that has it as a name or as the last word of a name, a surname; entries merged
    # into one person count once.
    owners = collections.defaultdict(set)
    for index, entry in enumerate(entries):
        owner = person_of.get(id(entry), index)
        for n in [entry["phrase"]] + entry["synonyms"]:
            words = key(phrase_to_name(n)).split()
            if words:
                owners[words[-1]].add(owner)
    # A multi-word name two Phoenix people share names neither.
    sharing = collections.Counter(key(n) for person in people.values() for n in person["names"])

    for pid in sorted(people):
        person = people[pid]
        kept = []
        for n in person["names"]:
            k = key(n)
            if len(k.split()) == 1:
                # A surname alone ("Lavrov") is a name only when nothing else in either file or in the
                # curated data is called so or ends with it, and it is long enough not to be a word.
                if owners[k] != {pid}:
                    dropped["a single word another entry also has"] += 1
                    continue
                if k in project.other_words:
                    dropped["a single word of a curated or ISO name"] += 1
                    continue
            elif sharing[k] > 1:
                dropped["a name two Phoenix people share"] += 1
                continue
            kept.append(n)
        if not kept:
            skipped["no name left that is a name (all titles, short or taken)"] += 1
            del people[pid]
            continue
        if pid in project.curated_ids:
            skipped["its id is a curated entity's"] += 1
            del people[pid]
            continue
        person["names"] = kept
        person["name"] = person["name"] if person["name"] in kept else kept[0]

    records = []
    for pid in sorted(people):
        person = people[pid]
        roles = sorted(person["roles"].items(), key=lambda r: (r[0][1] or "", r[0][2] or "9999", r[0][0], r[1]))
        records.append({
            "id": pid, "kind": "person", "name": person["name"],
            "names": {"en": person["names"]},
            "roles": [{"relation": "speaks_for", "target": target, "title": title, "from": start,
                       "to": stop if stop or (start and start > LIST_DATE) else LIST_DATE}
                      for (target, start, stop), title in roles],
        })
    write(data, records)

    if report:
        names_written = sum(len(r["names"]["en"]) for r in records)
        roles_written = sum(len(r["roles"]) for r in records)
        print(f"entries read: {sum(read.values())} ({', '.join(f'{n.split(chr(95) * 2)[-1]} {c}' for n, c in read.items())})")
        print(f"people written: {len(records)}, names written: {names_written}, roles written: {roles_written}")
        targets = collections.Counter(role["target"] for r in records for role in r["roles"])
        orgs = {t: c for t, c in targets.items() if project.kinds.get(t) in ("organisation", "group")}
        print(f"  roles: {sum(targets.values()) - sum(orgs.values())} in the governments of {len(targets) - len(orgs)} "
              f"states and territories; organisations: {', '.join(f'{t} {c}' for t, c in sorted(orgs.items()))}")
        print(f"entries merged into an earlier one of the same name: {merged}")
        print(f"entries skipped: {sum(skipped.values())}")
        for reason, n in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {n:>6}  {reason}")
        print(f"names dropped: {sum(dropped.values())}")
        for reason, n in sorted(dropped.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {n:>6}  {reason}")
        print(f"-> {os.path.join(data, 'entities', 'generated', 'people.phoenix.json')}")


def write(data, records):
    folder = os.path.join(data, "entities", "generated")
    os.makedirs(folder, exist_ok=True)
    about = ("Government members and IGO officials from the Phoenix actor dictionaries, generated by "
             "scripts/people-from-phoenix; do not edit, regenerate. Each person speaks_for the state (CAMEO "
             "code + GOV) or organisation (IGO code) of a dated block, for the block's dates (roles "
             "overlapping 1990–2026). People of data/entities/people/ and names of curated entities and "
             "ISO countries are left out: the curated files win. Origin: " + ORIGIN + ". Licence: " + LICENCE + ".")
    path = os.path.join(folder, "people.phoenix.json")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write("{\n")
        for k, v in (("about", about), ("origin", ORIGIN), ("licence", LICENCE)):
            f.write(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n")
        f.write('  "entities": [\n')
        for i, record in enumerate(records):
            f.write("    " + json.dumps(record, ensure_ascii=False) + (",\n" if i + 1 < len(records) else "\n"))
        f.write("  ]\n}\n")
    os.replace(path + ".tmp", path)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    peer, data = sys.argv[1], sys.argv[2]
    missing = [s for s in SOURCES if not os.path.exists(os.path.join(peer, s))]
    if missing:
        sys.exit(f"{', '.join(missing)} not found in {peer}; the generated file is kept as it is")
    convert(peer, data, "--report" in sys.argv[3:])


if __name__ == "__main__":
    main()
