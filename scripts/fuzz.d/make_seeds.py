#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the test data at run time: data/samples/,
tests/data/ (hostile inputs, seeds, kept regressions) and, when given, ../shared/samples — read where
it lies, never copied into the project. Large files are cut into small pieces (a header and a few
rows), since libFuzzer mutates small inputs faster.

usage: make_seeds.py ROOT SHARED_SAMPLES_OR_EMPTY OUT_FOLDER"""
import csv
import hashlib
import io
import json
import os
import sys
from datetime import date

root, shared, out = sys.argv[1], sys.argv[2], sys.argv[3]
samples = os.path.join(root, "data", "samples")
tests_data = os.path.join(root, "tests", "data")
seeds = {}


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    seeds.setdefault(target, {})[hashlib.sha1(data).hexdigest()[:16]] = data


def files(folder, suffixes):
    if not folder or not os.path.isdir(folder):
        return []
    found = []
    for dirpath, _, names in os.walk(folder):
        found += [os.path.join(dirpath, n) for n in names if n.lower().endswith(suffixes)]
    return sorted(found)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def pieces(lines, header=b"", rows=5, limit=40):
    """Up to `limit` pieces of `rows` lines each, spread over the file, each after the header."""
    step = max(rows, len(lines) // limit)
    for start in range(0, len(lines), step):
        yield header + b"".join(lines[start:start + rows])


# The first byte of time_expressions and extractor inputs picks the language (ar, en, ru in name
# order) and the date's precision, the next two the date: days since 1990-01-01, as fuzz_support.cpp reads them.
def article_prefix(lang, published):
    index = {"ar": 0, "en": 1, "ru": 2}.get(lang, 1)
    if not published:
        return bytes([index])
    days = (date.fromisoformat(published[:10]) - date(1990, 1, 1)).days
    value = (days << 2 | 2) & 0xFFFF
    return bytes([index | 3 << 4, value >> 8, value & 0xFF])


def article_seed(lang, published, text):
    prefix = article_prefix(lang, published)
    if len(prefix) == 1:
        prefix += b"\x00\x00"
    for paragraph in [text] + [p for p in text.split("\n\n") if p.strip()][:6]:
        add("time_expressions", prefix + paragraph.encode("utf-8"))
        add("extractor", prefix + paragraph.encode("utf-8"))
    for line in text.split("\n"):
        if line.strip():
            add("text_folding", line)


# Articles: the samples as they are, as JSON Lines, and their texts for the extractor.
articles = []
for path in files(samples, (".json", ".txt")):
    raw = read(path)
    if path.endswith(".json"):
        add("article_json", raw)
        doc = json.loads(raw)
        for a in doc if isinstance(doc, list) else [doc]:
            articles.append(a)
            add("article_jsonl", json.dumps(a, ensure_ascii=False) + "\n")
    else:
        add("article_text", raw)
        head, _, body = raw.decode("utf-8").partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.split("\n") if ": " in line)
        articles.append({"lang": fields.get("lang", "en"), "published": fields.get("published"), "text": body})
add("article_json", json.dumps(articles[:3], ensure_ascii=False, indent=1))
add("article_jsonl", "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles[:4]))
for a in articles:
    article_seed(a.get("lang", "en"), a.get("published"), a["text"])

# Fact files: the CSV samples in pieces, and the same rows as JSON Lines in the forms the importer reads.
for path in files(samples, (".csv",)) + ([os.path.join(shared, "recognitions.csv")] if shared else []):
    if not os.path.isfile(path):
        continue
    lines = read(path).splitlines(keepends=True)
    for piece in pieces(lines[1:], lines[0]):
        add("fact_csv", piece)
        rows = list(csv.DictReader(io.StringIO(piece.decode("utf-8"))))
        jsonl = ""
        for i, row in enumerate(rows):
            row = {k: v for k, v in row.items() if k and v}
            if i % 3 == 1:
                row["source"] = {"id": row.get("source", ""), "name": row.get("source", "")}
            if i % 3 == 2:
                row["evidence"] = [{"text": row.pop("evidence", ""), "url": "https://example.org/", "confidence": 0.7}]
            jsonl += json.dumps(row, ensure_ascii=False) + "\n"
        add("fact_jsonl", jsonl)

# Event data: the team's samples in pieces; without them, one made-up row of each.
for path in files(os.path.join(shared, "gdelt") if shared else "", (".csv", ".tsv")):
    lines = read(path).splitlines(keepends=True)
    if lines and lines[0].count(b"\t") >= 56:
        for piece in pieces(lines):
            add("gdelt", piece)
for path in files(os.path.join(shared, "icews") if shared else "", (".tab",)):
    lines = read(path).splitlines(keepends=True)
    for piece in pieces(lines[1:], lines[0]):
        add("icews", piece)
for path in files(os.path.join(shared, "plover") if shared else "", (".json",)):
    records = json.loads(read(path))
    for start in range(0, len(records), max(3, len(records) // 40)):
        add("polecat", json.dumps(records[start:start + 3], ensure_ascii=False, indent=1))
row = [""] * 61
for i, v in {0: "1000001", 1: "20220221", 2: "202202", 3: "2022", 4: "2022.1", 5: "RUS", 6: "RUSSIA", 7: "RUS",
             15: "UKR", 16: "UKRAINE", 17: "UKR", 25: "1", 26: "054", 27: "054", 28: "05", 29: "1", 30: "3.5",
             31: "10", 32: "1", 33: "10", 34: "0", 59: "20220222000000", 60: "https://example.org"}.items():
    row[i] = v
add("gdelt", "\t".join(row) + "\n")
add("icews", "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
             "Target Name\tTarget Sectors\tTarget Country\n1\t2018-06-01\tSyria\tGovernment\tSyria\t"
             "Grant diplomatic recognition\t054\t3.5\tAbkhazia\tGovernment\tGeorgia\n")
add("polecat", json.dumps([{"id": "1", "date": "2018-06-01", "event": "AGREE", "mode": "",
                            "source": [{"actorText": "Syria", "code": "SYR", "sector": "GOV"}],
                            "target": [{"actorText": "Abkhazia", "code": "GEO", "sector": ""}], "text": "Syria recognized Abkhazia"}]))

# Actor dictionaries: our seed dictionary.
for path in files(os.path.join(tests_data, "seeds"), (".actors",)):
    add("actor_dictionary", read(path))

# Dates, well formed, at the calendar's ends, and nearly.
for text in ["2022", "2022-02", "2022-02-28", "2024-02-29", "0001-01-01", "9999-12-31", "1900-02-29", "2000-02-29", "2022-13"]:
    add("partial_date", text)

# The hostile corpus, to the targets that read its formats.
by_suffix = {".csv": ["fact_csv"], ".jsonl": ["fact_jsonl", "article_jsonl"], ".json": ["article_json", "polecat"],
             ".txt": ["article_text"], ".tab": ["icews"], ".actors": ["actor_dictionary"], ".export.csv": ["gdelt"]}
for path in files(os.path.join(tests_data, "hostile"), tuple(by_suffix)):
    for suffix, targets in by_suffix.items():
        if path.lower().endswith(suffix):
            for target in targets:
                add(target, read(path))
    add("text_folding", read(path)[:4096])

for target, found in seeds.items():
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    for name, data in found.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
print(" ".join(f"{t}:{len(s)}" for t, s in sorted(seeds.items())))
