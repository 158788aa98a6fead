#!/usr/bin/python3
"""Counts the rows of an event file the way docs/formats.md says stancegraph counts them, without
stancegraph: its own reading of the raw file, its own CAMEO code list (the ICEWS codebook in
../shared/samples), its own entity table (Debian's iso-codes and data/entities/*.json) and its own
name folding. Prints one line like `stancegraph import` does for a file:

    2111 read, 108 imported, 45 aggregated, 2003 skipped, 0 bad (skipped: 232 an actor is missing; …)

Usage: event_counts.py gdelt|icews|polecat FILE SOURCE_DIR SHARED_DIR [day|month|none] [ROWS_PER_DOCUMENT]
"""
import csv
import glob
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

FORMAT, PATH, SOURCE, SHARED = sys.argv[1:5]
AGGREGATE = sys.argv[5] if len(sys.argv) > 5 else "day"
ROWS_PER_DOCUMENT = int(sys.argv[6]) if len(sys.argv) > 6 else 100000


def key(name):
    """Name folding as docs/formats.md describes it: no case, no accents, words joined by one space."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


# --- entities -------------------------------------------------------------------------------------
KIND_RANK = {"state": 0, "territory": 1, "organisation": 2, "group": 3, "region": 4, "person": 5, "other": 6}
FORM_RANK = {"name": 0, "abbreviation": 1, "demonym": 2, "capital": 3}
kinds = {}            # id -> kind
names = {}            # folded name -> {id: best form rank}
iso3 = {}             # alpha-3 -> id


def add_name(entity, text, form):
    k = key(text)
    if k:
        forms = names.setdefault(k, {})
        forms[entity] = min(forms.get(entity, 9), FORM_RANK[form])


def uninvert(name):
    if ", " in name:
        head, tail = name.split(", ", 1)
        return tail + " " + head
    return name


for record in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]:
    code = record["alpha_3"]
    kinds[code] = "state"
    iso3[code] = code
    for field in ("name", "common_name", "official_name"):
        if field in record:
            add_name(code, record[field], "name")
            add_name(code, uninvert(record[field]), "name")
for path in sorted(glob.glob(os.path.join(SOURCE, "data/entities/**/*.json"), recursive=True)):
    for e in json.load(open(path, encoding="utf-8"))["entities"]:
        eid = e["id"]
        if "kind" in e:
            kinds[eid] = e["kind"]
        if e.get("name"):
            add_name(eid, e["name"], "name")
        for field, form in (("names", "name"), ("abbreviations", "abbreviation"), ("demonyms", "demonym"),
                            ("capitals", "capital")):
            for texts in (e.get(field) or {}).values():
                for t in texts:
                    add_name(eid, t, form)
        for field in ("iso_alpha3",):
            if e.get(field):
                iso3[e[field]] = eid


def matches(name):
    found = names.get(key(name), {})
    return sorted(found.items(), key=lambda item: (item[1], KIND_RANK[kinds.get(item[0], "other")]))


def named_actor(name):
    """An organisation, movement or territory known by its name or an abbreviation (a person acts for
    the state the record codes)."""
    for eid, form in matches(name):
        if form <= 1 and kinds.get(eid) in ("organisation", "group", "territory"):
            return eid
    return None


CAMEO_COUNTRIES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX",
                   "PAL": "PSE", "UAE": "ARE", "ROC": "TWN"}
STATE_ROLES = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}
KNOWN_GROUPS = {"UNO": "org-un", "EEC": "org-eu", "NAT": "org-nato", "ARL": "org-arab-league", "ASN": "org-asean",
                "OPC": "org-opec", "IMF": "org-imf", "WBK": "org-world-bank", "WTO": "org-wto", "GCC": "org-gcc",
                "OIC": "org-oic", "CIS": "org-cis", "OAS": "org-oas", "ICC": "org-icc", "IAE": "org-iaea",
                "WHO": "org-who", "HMS": "group-hamas", "HEZ": "group-hezbollah", "FTH": "group-fatah",
                "PLO": "group-plo"}


def country(code):
    if len(code) != 3:
        return None
    code = CAMEO_COUNTRIES.get(code, code)
    eid = code if code in kinds else iso3.get(code.upper())
    return eid if eid and kinds.get(eid) in ("state", "territory") else None


MISSING, NOT_ACTOR = "missing", "not"


def cameo_actor(code, name, country_code, group, ethnic_or_religious, roles):
    if not (code or name or country_code or group or any(roles)):
        return MISSING
    named = named_actor(name) if name else None
    if named:
        return named
    if group:
        gid = KNOWN_GROUPS.get(group)
        return gid if gid in kinds else NOT_ACTOR
    if ethnic_or_religious:
        return NOT_ACTOR
    state = country(country_code)
    if not state or any(r and r not in STATE_ROLES for r in roles):
        return NOT_ACTOR
    return state


# --- relations and codes --------------------------------------------------------------------------
relations = json.load(open(os.path.join(SOURCE, "data/relations.json"), encoding="utf-8"))["relations"]
SYMMETRIC = {r["name"] for r in relations if r.get("symmetric")}


def by_cameo(code):
    best, length = None, 0
    for r in relations:
        for prefix in r.get("cameo") or []:
            if len(prefix) > length and code.startswith(prefix):
                best, length = r["name"], len(prefix)
    return best


CAMEO_CODES = {"0357", "1641", "1642", "1643"}  # GDELT's older code table adds these
with open(os.path.join(SHARED, "samples/icews/cameo-codes.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.DictReader(f):
        CAMEO_CODES.add(row["code"])


# --- counting -------------------------------------------------------------------------------------
class Counter:
    def __init__(self):
        self.read = self.imported = self.aggregated = self.skipped = self.bad = 0
        self.reasons = {}
        self.keys = set()
        self.in_document = 0

    def row(self, outcome, events=()):
        """outcome: 'bad', a skip reason, or None with the row's events (source, relation, target, day)."""
        self.read += 1
        if outcome == "bad":
            self.bad += 1
        elif events:
            self.imported += 1
            for source, relation, target, day in events:
                if relation in SYMMETRIC and target < source:
                    source, target = target, source
                period = day[:7] if AGGREGATE == "month" else day
                k = (source, relation, target, period)
                if AGGREGATE != "none":
                    if k in self.keys:
                        self.aggregated += 1
                    self.keys.add(k)
        else:
            self.skipped += 1
            self.reasons[outcome] = self.reasons.get(outcome, 0) + 1
        self.in_document += 1
        if self.in_document >= ROWS_PER_DOCUMENT:  # a new document aggregates on its own
            self.in_document = 0
            self.keys = set()

    def line(self):
        out = "%d read, %d imported, %d aggregated, %d skipped, %d bad" % (
            self.read, self.imported, self.aggregated, self.skipped, self.bad)
        if self.reasons:
            out += " (skipped: " + "; ".join("%d %s" % (n, r) for r, n in sorted(self.reasons.items())) + ")"
        return out


def valid_day(text, compact):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{6})?" if compact else r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    import datetime
    try:
        return datetime.date(y, mo, d).isoformat() if y >= 1 else None
    except ValueError:
        return None


def number(text, integer=False):
    if integer:
        return re.fullmatch(r"-?\d+", text) is not None
    return re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text) is not None


def raw_lines(path):
    data = open(path, "rb").read()
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data = z.read([n for n in z.namelist() if not n.endswith("/")][0])
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [l[:-1] if l.endswith(b"\r") else l for l in lines]


def same_or_event(source, target, relation, day):
    if source == MISSING or target == MISSING:
        return "an actor is missing", None
    if source == NOT_ACTOR or target == NOT_ACTOR:
        return "an actor is not a state, organisation or movement", None
    if source == target:
        return "source and target are the same entity", None
    return None, (source, relation, target, day)


def gdelt(counter):
    for raw in raw_lines(PATH):
        if not raw:
            continue
        f = raw.split(b"\t")
        if len(f) not in (57, 58, 61):
            counter.row("bad")
            continue
        try:
            f = [x.decode("utf-8") for x in f]
        except UnicodeDecodeError:
            counter.row("bad")
            continue
        added = 59 if len(f) == 61 else 56
        day = valid_day(f[1], True) if len(f[1]) == 8 else None
        if (not number(f[0], True) or not day or f[26] not in CAMEO_CODES or not number(f[30])
                or not number(f[31], True) or len(f[added]) not in (8, 14) or not valid_day(f[added], True)):
            counter.row("bad")
            continue
        relation = by_cameo(f[26])
        if not relation:
            counter.row("no relation for the event code")
            continue

        def actor(i):
            return cameo_actor(f[i], f[i + 1], f[i + 2], f[i + 3], bool(f[i + 4] or f[i + 5] or f[i + 6]),
                               [f[i + 7], f[i + 8], f[i + 9]])
        reason, event = same_or_event(actor(5), actor(15), relation, day)
        counter.row(reason, [event] if event else ())


ICEWS_COUNTRIES = {"Occupied Palestinian Territory": "PSE", "Democratic Republic of Congo": "COD", "Congo": "COG",
                   "the former Yugoslav Republic of Macedonia": "MKD", "Macedonia": "MKD", "Swaziland": "SWZ",
                   "Moldova, Republic of": "MDA", "Cote d'Ivoire": "CIV", "Holy See": "VAT", "Kosovo": "XKX",
                   "Hong Kong": "HKG", "Macao": "MAC", "Burma": "MMR", "Laos": "LAO", "East Timor": "TLS",
                   "Timor-Leste": "TLS", "Cape Verde": "CPV", "Czech Republic": "CZE"}
NOT_NATIONAL = {"Provincial", "Municipal", "Local", "Dissident", "Opposition Major Party (Out Of Government)", "Rebel",
                "Insurgents", "Separatists", "Protestors / Popular Opposition / Mobs", "Criminals / Gangs",
                "Unidentified Forces"}


def icews_country(name):
    if name in ("", "NA"):
        return None
    if name in ICEWS_COUNTRIES:
        return ICEWS_COUNTRIES[name]
    for eid, form in matches(name):
        if form == 0 and kinds.get(eid) in ("state", "territory"):
            return eid
    return None


def icews_actor(name, sectors, country_name):
    if name in ("", "NA"):
        return MISSING
    found = named_actor(name) or icews_country(name)
    if found:
        return found
    parts = sectors.split(",")
    if "Government" in parts and not NOT_NATIONAL.intersection(parts):
        return icews_country(country_name) or NOT_ACTOR
    return NOT_ACTOR


def icews(counter):
    lines = raw_lines(PATH)
    header = lines[0].decode("utf-8").split("\t")
    col = {name: i for i, name in enumerate(header)}
    for raw in lines[1:]:
        if not raw:
            continue
        f = raw.split(b"\t")
        if len(f) != len(header):
            counter.row("bad")
            continue
        try:
            f = [x.decode("utf-8") for x in f]
        except UnicodeDecodeError:
            counter.row("bad")
            continue
        day = valid_day(f[col["Event Date"]], False)
        code = f[col["CAMEO Code"]]
        if not day or code not in CAMEO_CODES or ("Intensity" in col and not number(f[col["Intensity"]])):
            counter.row("bad")
            continue
        relation = by_cameo(code)
        if not relation:
            counter.row("no relation for the event code")
            continue
        source = icews_actor(f[col["Source Name"]], f[col["Source Sectors"]], f[col["Source Country"]])
        target = icews_actor(f[col["Target Name"]], f[col["Target Sectors"]], f[col["Target Country"]])
        reason, event = same_or_event(source, target, relation, day)
        counter.row(reason, [event] if event else ())


PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
RENAMED = {"DEMAND": ("REQUEST", ""), "DISAPPROVE": ("ACCUSE", ""), "FIGHT": ("ASSAULT", ""),
           "INVESTIGATE": ("ACCUSE", "investigate")}
PLOVER = {r["plover"]: r["name"] for r in relations if r.get("plover")}


def plover_relation(event, mode):
    mode = (mode or "").strip().lower()
    if event in RENAMED:
        event, default = RENAMED[event]
        mode = mode or default
    return (mode and PLOVER.get(event + "/" + mode)) or PLOVER.get(event)


def plover_actor(a):
    code, name, sector = a.get("code") or "", a.get("actorText") or "", a.get("sector") or ""
    country_code, group, roles, pos = "", "", [], 0
    if len(code) >= 3 and country(code[:3]):
        country_code, pos = code[:3], 3
    while pos + 3 <= len(code):
        part = code[pos:pos + 3]
        if part in KNOWN_GROUPS:
            group = part
        else:
            roles.append(part)
        pos += 3
    if sector:
        roles.append(sector)
    return cameo_actor(code, name, country_code, group, False, roles)


def polecat(counter):
    for record in json.load(open(PATH, encoding="utf-8")):
        if not isinstance(record, dict):
            counter.row("bad")
            continue
        event = record.get("event") if isinstance(record.get("event"), str) else ""
        if event == "DOCUMENT":
            counter.row("documentation record")
            continue
        day = valid_day(record.get("date") or "", False) if isinstance(record.get("date"), str) else None
        if event not in PLOVER_TYPES and event not in RENAMED or not day:
            counter.row("bad")
            continue
        sides = []
        for side in ("source", "target"):
            value = record.get(side)
            if value is None or value == "":
                sides.append([])
            elif isinstance(value, list) and all(isinstance(a, dict) for a in value):
                sides.append(value)
            else:
                sides.append(None)
        if None in sides:
            counter.row("bad")
            continue
        mode = record.get("mode") if isinstance(record.get("mode"), str) else ""
        relation = plover_relation(event, mode)
        if not relation:
            counter.row("no relation for the event type")
            continue
        if not sides[0] or not sides[1]:
            counter.row("an actor is missing")
            continue
        events, first_reason = [], None
        for s in sides[0]:
            for t in sides[1]:
                reason, ev = same_or_event(plover_actor(s), plover_actor(t), relation, day)
                if ev:
                    events.append(ev)
                elif not first_reason:
                    first_reason = reason
        counter.row(None if events else first_reason, events)


counter = Counter()
{"gdelt": gdelt, "icews": icews, "polecat": polecat}[FORMAT](counter)
print(counter.line())
