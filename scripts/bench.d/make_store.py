# Fills a new store (made by `stancegraph import` of an empty file, so that schema and relations
# are stancegraph's own) with N random facts among M random entities, each with one piece of
# evidence in Arabic, English or Russian, straight through SQLite. Used by the export and query
# benchmarks:   python3 make_store.py STORE.db FACTS ENTITIES
import random, sqlite3, sys
path, n_facts, n_entities = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(20240501)
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = OFF")
db.execute("PRAGMA synchronous = OFF")
db.execute("DELETE FROM documents")
relations = [(name, sym) for name, sym in db.execute('SELECT name, "symmetric" FROM relations')]
# Build the full-text index once at the end rather than row by row.
triggers = [sql for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
for (name,) in list(db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")):
    db.execute(f"DROP TRIGGER {name}")
now = "2024-05-01T12:00:00Z"
kinds = ["state"] * 6 + ["territory", "region", "organisation", "group", "person"]
syllables = ["ka", "za", "ta", "ri", "mo", "na", "lu", "be", "so", "vi", "ar", "en", "ho", "du"]
ar = ["جمهورية", "مملكة", "دولة", "إمارة", "اتحاد"]
ru = ["Республика", "Королевство", "Государство", "Союз", "Область"]
entities, names = [], []
for i in range(n_entities):
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
    eid = f"e{i:05d}-{word.lower()}"
    entities.append((eid, rng.choice(kinds), word, None, None, f"Q{100000 + i}", None))
    names.append((eid, "en", word, "name", word.lower()))
    names.append((eid, "ar", f"{rng.choice(ar)} {word}", "name", f"{rng.choice(ar)} {word.lower()}"))
    names.append((eid, "ru", f"{rng.choice(ru)} {word}", "name", f"{rng.choice(ru)} {word.lower()}".lower()))
db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)", entities)
db.executemany("INSERT OR IGNORE INTO entity_names VALUES (?, ?, ?, ?, ?)", names)
n_documents = max(1, n_facts // 100)
db.executemany("INSERT INTO documents VALUES (?, 'article', ?, ?, ?, ?, ?, NULL, ?)",
               [(f"doc-{d:06d}", f"https://news.example/{d}", f"Article {d}", rng.choice(["en", "ar", "ru"]),
                 f"{rng.randint(1995, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{d:016x}", now)
                for d in range(n_documents)])
sentences = ["{s} recognised {t} as an independent state on {d}.",
             "أعلنت {s} اعترافها باستقلال {t} في {d}، وقالت الوزارة إنها ستقيم علاقات دبلوماسية.",
             "{s} заявила, что не признаёт {t}, сообщил министр иностранных дел {d}."]
seen = set()
facts, evidence = [], []
fid = 0
while fid < n_facts:
    s, t = rng.randrange(n_entities), rng.randrange(n_entities)
    if s == t:
        continue
    relation, symmetric = rng.choice(relations)
    if symmetric and t < s:
        s, t = t, s
    year = rng.randint(1990, 2024)
    valid_from = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    key = (s, relation, t, valid_from)
    if key in seen:
        continue
    seen.add(key)
    fid += 1
    day = valid_from + ("-01-01" if len(valid_from) == 4 else "-01" if len(valid_from) == 7 else "")
    valid_to = f"{year + rng.randint(1, 5)}" if rng.random() < 0.2 else None
    facts.append((fid, entities[s][0], relation, entities[t][0], valid_from, valid_to, day,
                  f"{valid_to}-01-01" if valid_to else None, now))
    text = rng.choice(sentences).format(s=entities[s][2], t=entities[t][2], d=valid_from)
    folded = text.lower()  # close enough for a benchmark; the exporters fold again anyway
    doc = rng.randrange(n_documents)
    evidence.append((fid, fid, f"doc-{doc:06d}", f"https://news.example/{doc}", valid_from, text, folded,
                     rng.randint(0, 40), 0, len(text.encode()), rng.randint(1, 500), "bench", round(rng.uniform(0.5, 1.0), 3)))
    if len(facts) == 100000:
        db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", facts)
        db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence)
        facts, evidence = [], []
db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", facts)
db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence)
db.execute("INSERT INTO evidence_search(evidence_search) VALUES ('rebuild')")
db.execute("INSERT INTO contested_pairs SELECT MIN(f.source_id, f.target_id), MAX(f.source_id, f.target_id), r.family "
           "FROM facts f JOIN relations r ON r.name = f.relation GROUP BY 1, 2, 3 HAVING COUNT(DISTINCT f.relation) > 1")
for sql in triggers:
    db.execute(sql)
db.commit()
