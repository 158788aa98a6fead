// Table, index and view definitions. Portable SQL where the dialects agree; the few differences
// (STRICT tables, date types, "today", full-text search) are chosen here and nowhere else.
#include "schema.hpp"

namespace stancegraph {

namespace {

struct Words {
    std::string strict;    // table option
    std::string integer;   // 64-bit integer
    std::string real;
    std::string day;       // a calendar day
    std::string today;     // today's date as a value of type `day`
    std::string min_day;   // a day before every real one
};

Words words_for(SqlDialect dialect) {
    if (dialect == SqlDialect::sqlite) return {" STRICT", "INTEGER", "REAL", "TEXT", "date('now')", "'0001-01-01'"};
    return {"", "BIGINT", "DOUBLE PRECISION", "DATE", "CURRENT_DATE", "DATE '0001-01-01'"};
}

}  // namespace

std::vector<std::string> schema_statements(SqlDialect dialect) {
    const Words w = words_for(dialect);
    std::vector<std::string> s;
    s.push_back(
        "CREATE TABLE relations (\n"
        "  name TEXT PRIMARY KEY,\n"
        "  family TEXT NOT NULL,\n"
        "  polarity " + w.integer + " NOT NULL,     -- -1 negative, 0 neutral, 1 positive\n"
        "  symmetric " + w.integer + " NOT NULL,    -- 1: one fact in either direction\n"
        "  event_log " + w.integer + " NOT NULL,    -- 1: a later fact of the family ends the earlier one\n"
        "  cameo TEXT,                   -- CAMEO code prefixes, space-separated\n"
        "  plover TEXT\n"
        ")" + w.strict);
    s.push_back(
        "CREATE TABLE entities (\n"
        "  id TEXT PRIMARY KEY,          -- ISO alpha-3, ISO 3166-2 or a slug\n"
        "  kind TEXT NOT NULL,           -- state, territory, region, organisation, group, person, other\n"
        "  name TEXT NOT NULL,           -- common English name\n"
        "  iso_alpha2 TEXT,\n"
        "  iso_alpha3 TEXT,\n"
        "  qid TEXT,\n"
        "  part_of TEXT\n"
        ")" + w.strict);
    s.push_back(
        "CREATE TABLE entity_names (\n"
        "  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
        "  lang TEXT NOT NULL,\n"
        "  name TEXT NOT NULL,\n"
        "  form TEXT NOT NULL,           -- name, abbreviation, demonym, capital\n"
        "  name_key TEXT NOT NULL,       -- folded for lookup (case, accents, Arabic letter variants)\n"
        "  PRIMARY KEY (entity_id, lang, name, form)\n"
        ")" + w.strict);
    s.push_back("CREATE INDEX entity_names_by_key ON entity_names(name_key)");
    s.push_back(
        "CREATE TABLE documents (\n"
        "  id TEXT PRIMARY KEY,\n"
        "  kind TEXT NOT NULL,           -- article, facts, events\n"
        "  url TEXT,\n"
        "  title TEXT,\n"
        "  lang TEXT,\n"
        "  published TEXT,               -- partial date\n"
        "  content_hash TEXT NOT NULL,   -- a changed document replaces its evidence\n"
        "  source_path TEXT,\n"
        "  imported_at TEXT NOT NULL     -- UTC, ISO 8601\n"
        ")" + w.strict);
    s.push_back(
        "CREATE TABLE facts (\n"
        "  id " + w.integer + " PRIMARY KEY,\n"
        "  source_id TEXT NOT NULL REFERENCES entities(id),\n"
        "  relation TEXT NOT NULL REFERENCES relations(name),\n"
        "  target_id TEXT NOT NULL REFERENCES entities(id),\n"
        "  valid_from TEXT,              -- 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; NULL: since before anything known\n"
        "  valid_to TEXT,                -- exclusive; NULL: still holds\n"
        "  valid_from_day " + w.day + ",  -- first day of valid_from\n"
        "  valid_to_day " + w.day + ",    -- first day of valid_to\n"
        "  recorded_at TEXT NOT NULL     -- UTC, when the fact was first stored\n"
        ")" + w.strict);
    s.push_back("CREATE UNIQUE INDEX facts_identity ON facts(source_id, relation, target_id, COALESCE(valid_from, ''))");
    s.push_back("CREATE INDEX facts_by_target ON facts(target_id, relation)");
    s.push_back("CREATE INDEX facts_by_pair ON facts(source_id, target_id)");
    s.push_back(
        "CREATE TABLE evidence (\n"
        "  id " + w.integer + " PRIMARY KEY,\n"
        "  fact_id " + w.integer + " NOT NULL REFERENCES facts(id) ON DELETE CASCADE,\n"
        "  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
        "  url TEXT,\n"
        "  published TEXT,\n"
        "  text TEXT,                    -- the sentence or row that supports the fact\n"
        "  text_folded TEXT,             -- the same, folded for search\n"
        "  sentence " + w.integer + ",\n"
        "  start_offset " + w.integer + ",       -- byte span of text in the article\n"
        "  end_offset " + w.integer + ",\n"
        "  line " + w.integer + ",\n"
        "  rule TEXT NOT NULL,\n"
        "  confidence " + w.real + " NOT NULL\n"
        ")" + w.strict);
    s.push_back("CREATE INDEX evidence_by_fact ON evidence(fact_id)");
    s.push_back("CREATE INDEX evidence_by_document ON evidence(document_id)");
    if (dialect == SqlDialect::postgres)
        s.push_back("CREATE INDEX evidence_search ON evidence USING GIN (to_tsvector('simple', COALESCE(text_folded, '')))");

    // Each fact with its family and the first day it no longer holds: its valid_to, or in an
    // event-log family the day of the next fact of another relation between the same pair. SQLite
    // has no LATERAL join, so the next change is a correlated subquery, which both dialects run.
    const std::string next_change =
        "(SELECT MIN(n.valid_from_day) FROM facts n JOIN relations nr ON nr.name = n.relation\n"
        "          WHERE r.event_log = 1 AND nr.family = r.family AND n.relation <> f.relation\n"
        "            AND ((n.source_id = f.source_id AND n.target_id = f.target_id)\n"
        "                 OR (r.symmetric = 1 AND n.source_id = f.target_id AND n.target_id = f.source_id))\n"
        "            AND n.valid_from_day > COALESCE(f.valid_from_day, " + w.min_day + "))";
    s.push_back(
        "CREATE VIEW stance_timeline AS\n"
        "SELECT f.id AS fact_id, f.source_id, src.name AS source_name, f.relation, r.family, r.polarity,\n"
        "       f.target_id, tgt.name AS target_name, f.valid_from, f.valid_to, f.valid_from_day,\n"
        "       CASE\n"
        "         WHEN " + next_change + " IS NULL THEN f.valid_to_day\n"
        "         WHEN f.valid_to_day IS NULL OR " + next_change + " < f.valid_to_day THEN " + next_change + "\n"
        "         ELSE f.valid_to_day\n"
        "       END AS until_day,\n"
        "       (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = f.id) AS evidence_count\n"
        "FROM facts f\n"
        "JOIN relations r ON r.name = f.relation\n"
        "JOIN entities src ON src.id = f.source_id\n"
        "JOIN entities tgt ON tgt.id = f.target_id");

    // The stance in force today: per source, target and family, the latest fact in force.
    s.push_back(
        "CREATE VIEW current_stance AS\n"
        "SELECT t.* FROM stance_timeline t\n"
        "WHERE COALESCE(t.valid_from_day, " + w.min_day + ") <= " + w.today + "\n"
        "  AND (t.until_day IS NULL OR t.until_day > " + w.today + ")\n"
        "  AND NOT EXISTS (\n"
        "    SELECT 1 FROM stance_timeline o\n"
        "    WHERE o.source_id = t.source_id AND o.target_id = t.target_id AND o.family = t.family\n"
        "      AND COALESCE(o.valid_from_day, " + w.min_day + ") <= " + w.today + "\n"
        "      AND (o.until_day IS NULL OR o.until_day > " + w.today + ")\n"
        "      AND COALESCE(o.valid_from_day, " + w.min_day + ") > COALESCE(t.valid_from_day, " + w.min_day + "))");
    return s;
}

std::vector<std::string> search_index_statements(SqlDialect dialect) {
    if (dialect != SqlDialect::sqlite) return {};
    // A full-text index of the folded evidence text (alef variants, harakat, ё, case and accents
    // already folded), so that Arabic and Russian words are found in any spelling.
    return {"CREATE VIRTUAL TABLE evidence_search USING fts5(text_folded, content='evidence', content_rowid='id', "
            "tokenize=\"unicode61 remove_diacritics 2\")",
            "CREATE TRIGGER evidence_search_insert AFTER INSERT ON evidence BEGIN\n"
            "  INSERT INTO evidence_search(rowid, text_folded) VALUES (new.id, new.text_folded);\nEND",
            "CREATE TRIGGER evidence_search_delete AFTER DELETE ON evidence BEGIN\n"
            "  INSERT INTO evidence_search(evidence_search, rowid, text_folded) VALUES ('delete', old.id, old.text_folded);\nEND"};
}

}  // namespace stancegraph
