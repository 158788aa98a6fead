# Writes a curated facts CSV (docs/formats.md) of FACTS facts among ENTITIES new entities, for the
# HTML page benchmark: every relation family, dates 1990-2025, a tenth undated, each with a
# sentence and a URL, names in Latin, Arabic and Cyrillic letters. Import it with
# --allow-new-entities.     python3 make_facts_csv.py OUT.csv FACTS ENTITIES
import csv, random, sys

out, n_facts, n_entities = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(20261207)
syllables = ["ka", "za", "ta", "ri", "mo", "na", "lu", "be", "so", "vi", "ar", "en", "ho", "du"]
arabic = ["جمهورية", "مملكة", "دولة", "إمارة"]
cyrillic = ["Республика", "Королевство", "Государство", "Союз"]
relations = ["recognizes", "does_not_recognize", "withdraws_recognition", "establishes_relations", "cuts_relations",
             "supports", "praises", "aids", "opposes", "criticizes", "condemns", "accuses", "sanctions", "threatens",
             "attacks", "member_of"]
names = []
for i in range(n_entities):
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
    script = i % 10
    if script == 0:
        names.append(f"{rng.choice(arabic)} {i}")
    elif script == 1:
        names.append(f"{rng.choice(cyrillic)} {word} {i}")
    else:
        names.append(f"{word} {i}")
# A few hubs draw most stances, as real data does (Kosovo, Taiwan, Ukraine).
hubs = names[: max(1, n_entities // 50)]
seen = set()
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["source", "relation", "target", "valid_from", "valid_to", "evidence", "url", "confidence"])
    written = 0
    while written < n_facts:
        source = rng.choice(names)
        target = rng.choice(hubs) if rng.random() < 0.5 else rng.choice(names)
        if source == target:
            continue
        relation = rng.choice(relations)
        day = "" if rng.random() < 0.1 else f"{rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        key = (source, relation, target, day)
        if key in seen:
            continue
        seen.add(key)
        w.writerow([source, relation, target, day, "", f"{source} {relation.replace('_', ' ')} {target}, the statement said.",
                    f"https://news.example/{written}", f"{rng.uniform(0.3, 1.0):.2f}"])
        written += 1
