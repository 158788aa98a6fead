// Table, index and view definitions. Portable SQL where the dialects agree; the few differences
// (STRICT tables, date types, "today", full-text search) are chosen here and nowhere else.
#include "schema.hpp"
#include "views.hpp"

#include "../text_folding.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <stdexcept>

namespace stancegraph {

namespace {

enum class Type { text, integer, real, day };

struct Column {
    std::string_view name;  // as written in SQL: quoted where PostgreSQL reserves the word
    Type type;
    std::string_view constraints;
    std::string_view comment;
    const char* postgres_constraints = nullptr;  // when PostgreSQL's differ (keys Citus can shard)
};

struct TableDefinition {
    Table table;
    std::string_view name;
    std::vector<Column> columns;
    std::string_view table_constraint;  // after the columns, e.g. a composite primary key
    const char* postgres_table_constraint = nullptr;  // when PostgreSQL's differs
};

// The columns of every table: the one definition the CREATE statements, the INSERT statements and
// the row builders below follow. Row builders fill values in exactly this order.
const std::vector<TableDefinition>& definitions() {
    static const std::vector<TableDefinition> tables{
        {Table::relations, "relations",
         {{"name", Type::text, "PRIMARY KEY", ""},
          {"family", Type::text, "NOT NULL", ""},
          {"polarity", Type::integer, "NOT NULL", "-1 negative, 0 neutral, 1 positive"},
          // SYMMETRIC is a reserved word in PostgreSQL; quoted, the column has the same name in both.
          {"\"symmetric\"", Type::integer, "NOT NULL", "1: one fact in either direction"},
          {"event_log", Type::integer, "NOT NULL", "1: a later fact of the family ends the earlier one"},
          {"cameo", Type::text, "", "CAMEO code prefixes, space-separated"},
          {"plover", Type::text, "", ""},
          {"temporal", Type::text, "NOT NULL", "state: holds until ended; event: counts within its window"},
          {"window_years", Type::integer, "NOT NULL", "an event's window for as-of questions"},
          {"window_months", Type::integer, "NOT NULL", ""},
          {"window_days", Type::integer, "NOT NULL", ""}},
         ""},
        {Table::entities, "entities",
         {{"id", Type::text, "PRIMARY KEY", "ISO alpha-3, ISO 3166-2 or a slug"},
          {"kind", Type::text, "NOT NULL", "state, territory, region, organisation, group, person, other"},
          {"name", Type::text, "NOT NULL", "common English name"},
          {"iso_alpha2", Type::text, "", ""},
          {"iso_alpha3", Type::text, "", ""},
          {"qid", Type::text, "", "Wikidata"},
          {"part_of", Type::text, "", "region of, or dependent territory of (entity id)"}},
         ""},
        {Table::entity_names, "entity_names",
         {{"entity_id", Type::text, "NOT NULL REFERENCES entities(id) ON DELETE CASCADE", ""},
          {"lang", Type::text, "NOT NULL", "ISO 639-1, '' when not known"},
          {"name", Type::text, "NOT NULL", ""},
          {"form", Type::text, "NOT NULL", "name, abbreviation, demonym, capital"},
          {"name_key", Type::text, "NOT NULL", "folded for lookup (case, accents, Arabic letter variants)"}},
         "PRIMARY KEY (entity_id, lang, name, form)"},
        {Table::documents, "documents",
         {{"id", Type::text, "PRIMARY KEY", ""},
          {"kind", Type::text, "NOT NULL", "article, facts, events"},
          {"url", Type::text, "", ""},
          {"title", Type::text, "", ""},
          {"lang", Type::text, "", ""},
          {"published", Type::text, "", "partial date"},
          {"content_hash", Type::text, "NOT NULL", "a changed document replaces its evidence"},
          {"source_path", Type::text, "", ""},
          {"imported_at", Type::text, "NOT NULL", "UTC, ISO 8601"}},
         ""},
        // In PostgreSQL, facts and evidence are keyed with their source entity, the distribution column
        // Citus shards them by (docs/schema.md): Citus wants it in every key of a sharded table.
        {Table::facts, "facts",
         {{"id", Type::integer, "PRIMARY KEY", "", ""},
          {"source_id", Type::text, "NOT NULL REFERENCES entities(id)", ""},
          {"relation", Type::text, "NOT NULL REFERENCES relations(name)", ""},
          {"target_id", Type::text, "NOT NULL REFERENCES entities(id)", ""},
          {"valid_from", Type::text, "", "'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; NULL: since before anything known"},
          {"valid_to", Type::text, "", "exclusive; NULL: still holds"},
          {"valid_from_day", Type::day, "", "first day of valid_from"},
          {"valid_to_day", Type::day, "", "first day of valid_to"},
          {"recorded_at", Type::text, "NOT NULL", "UTC, when the fact was first stored"}},
         "", "PRIMARY KEY (source_id, id)"},
        {Table::evidence, "evidence",
         {{"id", Type::integer, "PRIMARY KEY", "", ""},
          {"fact_id", Type::integer, "NOT NULL REFERENCES facts(id) ON DELETE CASCADE", "", "NOT NULL"},
          {"document_id", Type::text, "NOT NULL REFERENCES documents(id) ON DELETE CASCADE", ""},
          {"url", Type::text, "", ""},
          {"published", Type::text, "", ""},
          {"text", Type::text, "", "the sentence or row that supports the fact"},
          {"text_folded", Type::text, "", "the same, folded for search"},
          {"sentence", Type::integer, "", ""},
          {"start_offset", Type::integer, "", "byte span of text in the article"},
          {"end_offset", Type::integer, "", ""},
          {"line", Type::integer, "", "line in a fact or event file"},
          {"rule", Type::text, "NOT NULL", ""},
          {"confidence", Type::real, "NOT NULL", ""},
          // Last, so that a store upgraded by ALTER TABLE has its columns in the same order.
          {"source_id", Type::text, "NOT NULL", "the fact's source entity: the distribution column"}},
         "", "PRIMARY KEY (source_id, id),\n  FOREIGN KEY (source_id, fact_id) REFERENCES facts(source_id, id) ON DELETE CASCADE"},
        // Derived from facts, kept so that `contradictions` need not read a million facts to find the
        // few pairs worth checking: the pairs that hold facts of two or more relations of one family.
        {Table::contested_pairs, "contested_pairs",
         {{"entity_a", Type::text, "NOT NULL REFERENCES entities(id)", "the smaller id of the two"},
          {"entity_b", Type::text, "NOT NULL REFERENCES entities(id)", ""},
          {"family", Type::text, "NOT NULL", "facts of two or more of its relations link a and b, either way"}},
         "PRIMARY KEY (entity_a, entity_b, family)"},
    };
    return tables;
}

const TableDefinition& definition(Table table) { return definitions()[static_cast<std::size_t>(table)]; }

struct Words {
    bool postgres = false;
    std::string text;      // text compared byte by byte, so that both dialects sort it alike
    std::string strict;    // table option
    std::string integer;   // 64-bit integer
    std::string real;
    std::string day;       // a calendar day
    std::string today;     // today's date as a value of type `day`
    std::string min_day;   // a day before every real one
    std::string identity;  // after an integer primary key: numbered by the database when not given
};

Words words_for(SqlDialect dialect) {
    if (dialect == SqlDialect::sqlite) return {false, "TEXT", " STRICT", "INTEGER", "REAL", "TEXT", "date('now')", "'0001-01-01'", ""};
    // PostgreSQL sorts text by the database's locale unless told otherwise; "C" sorts by bytes, as
    // SQLite does, so that exports list rows in the same order from either store.
    return {true, "TEXT COLLATE \"C\"", "", "BIGINT", "DOUBLE PRECISION", "DATE", "CURRENT_DATE", "DATE '0001-01-01'",
            " GENERATED BY DEFAULT AS IDENTITY"};
}

std::string create_table(const TableDefinition& table, const Words& w) {
    const std::string_view table_constraint =
        w.postgres && table.postgres_table_constraint ? std::string_view(table.postgres_table_constraint) : table.table_constraint;
    std::string sql = "CREATE TABLE " + std::string(table.name) + " (\n";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const Column& c = table.columns[i];
        sql += "  ";
        sql += c.name;
        sql += ' ';
        switch (c.type) {
            case Type::text: sql += w.text; break;
            case Type::integer:
                sql += w.integer;
                // SQLite numbers an INTEGER PRIMARY KEY itself; PostgreSQL must be asked to.
                if (c.constraints == "PRIMARY KEY") sql += w.identity;
                break;
            case Type::real: sql += w.real; break;
            case Type::day: sql += w.day; break;
        }
        const std::string_view constraints = w.postgres && c.postgres_constraints ? std::string_view(c.postgres_constraints) : c.constraints;
        if (!constraints.empty()) (sql += ' ') += constraints;
        if (i + 1 < table.columns.size() || !table_constraint.empty()) sql += ',';
        if (!c.comment.empty()) (sql += "  -- ") += c.comment;
        sql += '\n';
    }
    if (!table_constraint.empty()) (sql += "  ") += std::string(table_constraint) + "\n";
    return sql + ")" + w.strict;
}

void append_date(SqlRow& row, const std::optional<PartialDate>& date) {
    if (date) row.text(date->to_string());
    else row.null();
}

void append_first_day(SqlRow& row, const std::optional<PartialDate>& date) {
    if (date) row.text(day_to_string(date->first_day()));
    else row.null();
}

}  // namespace

std::string_view table_name(Table table) { return definition(table).name; }

const std::vector<std::string>& table_columns(Table table) {
    static const std::vector<std::vector<std::string>> columns = [] {
        std::vector<std::vector<std::string>> all;
        for (const auto& t : definitions()) {
            all.emplace_back();
            for (const auto& c : t.columns) all.back().emplace_back(c.name);
        }
        return all;
    }();
    return columns[static_cast<std::size_t>(table)];
}

std::string insert_statement(Table table, std::string_view suffix) {
    std::string names, marks;
    for (const auto& c : table_columns(table)) {
        names += (names.empty() ? "" : ", ") + c;
        marks += marks.empty() ? "?" : ", ?";
    }
    std::string sql = "INSERT INTO " + std::string(table_name(table)) + "(" + names + ") VALUES (" + marks + ")";
    if (!suffix.empty()) (sql += ' ') += suffix;
    return sql;
}

std::pair<std::string, std::string> event_ids_statements(SqlDialect dialect, std::string_view if_not_exists) {
    const std::string clause(if_not_exists);
    return {"CREATE TABLE " + clause + "event_ids (\n  format TEXT NOT NULL,\n  event_id TEXT NOT NULL,\n"
            "  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n  PRIMARY KEY (format, event_id)\n)" +
                (dialect == SqlDialect::sqlite ? " WITHOUT ROWID, STRICT" : ""),
            "CREATE INDEX " + clause + "event_ids_by_document ON event_ids(document_id)"};
}

SchemaStatements schema(SqlDialect dialect) {
    const Words w = words_for(dialect);
    SchemaStatements s;
    for (const auto& table : definitions()) s.tables.push_back(create_table(table, w));
    const auto [event_table, event_index] = event_ids_statements(dialect, "");
    s.tables.push_back(event_table);
    s.indexes.push_back(event_index);

    s.indexes.push_back("CREATE INDEX entity_names_by_key ON entity_names(name_key)");
    s.indexes.push_back("CREATE UNIQUE INDEX facts_identity ON facts(source_id, relation, target_id, COALESCE(valid_from, ''))");
    s.indexes.push_back("CREATE INDEX facts_by_target ON facts(target_id, relation)");
    s.indexes.push_back("CREATE INDEX facts_by_pair ON facts(source_id, target_id)");
    s.indexes.push_back("CREATE INDEX facts_by_start ON facts(valid_from_day)");
    s.indexes.push_back("CREATE INDEX evidence_by_fact ON evidence(fact_id)");
    s.indexes.push_back("CREATE INDEX evidence_by_document ON evidence(document_id)");
    s.indexes.push_back("CREATE INDEX documents_by_content ON documents(content_hash)");
    // SQLite finds a fact by its rowid; PostgreSQL's key starts with the source.
    if (dialect == SqlDialect::postgres) s.indexes.push_back("CREATE INDEX facts_by_id ON facts(id)");
    if (dialect == SqlDialect::postgres)
        s.indexes.push_back(
            "CREATE INDEX evidence_search ON evidence USING GIN (to_tsvector('simple', COALESCE(text_folded, '')))");

    s.views = view_statements(dialect);

    if (dialect == SqlDialect::sqlite) {
        // A full-text index of the folded evidence text (alef variants, harakat, ё, case and accents
        // already folded), so that Arabic and Russian words are found in any spelling.
        s.search_table.push_back(
            "CREATE VIRTUAL TABLE evidence_search USING fts5(text_folded, content='evidence', content_rowid='id', "
            "tokenize=\"unicode61 remove_diacritics 2\")");
        s.search_rebuild = "INSERT INTO evidence_search(evidence_search) VALUES ('rebuild')";
        s.search_triggers.push_back(
            "CREATE TRIGGER evidence_search_insert AFTER INSERT ON evidence BEGIN\n"
            "  INSERT INTO evidence_search(rowid, text_folded) VALUES (new.id, new.text_folded);\nEND");
        s.search_triggers.push_back(
            "CREATE TRIGGER evidence_search_delete AFTER DELETE ON evidence BEGIN\n"
            "  INSERT INTO evidence_search(evidence_search, rowid, text_folded) VALUES ('delete', old.id, old.text_folded);\nEND");
    }
    return s;
}

std::vector<std::string> schema_statements(SqlDialect dialect) {
    SchemaStatements s = schema(dialect);
    std::vector<std::string> all = std::move(s.tables);
    all.insert(all.end(), s.indexes.begin(), s.indexes.end());
    all.insert(all.end(), s.views.begin(), s.views.end());
    return all;
}

std::vector<std::string> search_index_statements(SqlDialect dialect) {
    SchemaStatements s = schema(dialect);
    std::vector<std::string> all = std::move(s.search_table);
    all.insert(all.end(), s.search_triggers.begin(), s.search_triggers.end());
    return all;
}

SqlRow::Value& SqlRow::next() {
    if (size_ == values_.size()) values_.emplace_back();
    return values_[size_++];
}

SqlRow& SqlRow::null() {
    next().type = Type::null;
    return *this;
}

SqlRow& SqlRow::integer(std::int64_t value) {
    Value& v = next();
    v.type = Type::integer;
    v.integer = value;
    return *this;
}

SqlRow& SqlRow::real(double value) {
    Value& v = next();
    v.type = Type::real;
    v.real = value;
    return *this;
}

SqlRow& SqlRow::text(std::string_view value) {
    Value& v = next();
    v.type = Type::text;
    v.text.assign(value);
    return *this;
}

SqlRow& SqlRow::text_or_null(std::string_view value) { return value.empty() ? null() : text(value); }

void relation_row(SqlRow& row, const RelationOntology& ontology, const RelationInfo& relation) {
    std::string cameo;
    for (const auto& c : relation.cameo) cameo += (cameo.empty() ? "" : " ") + c;
    row.clear();
    row.text(relation.name)
        .text(relation.family)
        .integer(static_cast<int>(relation.polarity))
        .integer(relation.symmetric ? 1 : 0)
        .integer(ontology.family_of(relation.id).event_log ? 1 : 0)
        .text_or_null(cameo)
        .text_or_null(relation.plover.value_or(""))
        .text(to_string(relation.temporal));
    const TimeWindow& window = ontology.family_of(relation.id).window;
    const bool event = relation.temporal == Temporal::event;
    row.integer(event ? window.years : 0).integer(event ? window.months : 0).integer(event ? window.days : 0);
}

void entity_row(SqlRow& row, const Entity& entity) {
    row.clear();
    row.text(entity.id)
        .text(to_string(entity.kind))
        .text(entity.name.empty() ? entity.id : entity.name)
        .text_or_null(entity.iso_alpha2)
        .text_or_null(entity.iso_alpha3)
        .text_or_null(entity.qid)
        .text_or_null(entity.part_of);
}

void entity_name_row(SqlRow& row, const std::string& entity_id, const EntityName& name) {
    row.clear();
    row.text(entity_id).text(name.lang).text(name.text).text(to_string(name.form)).text(name_key(name.text));
}

void document_row(SqlRow& row, const DocumentRecord& doc, std::string_view imported_at) {
    row.clear();
    row.text(doc.id).text(doc.kind).text_or_null(doc.url).text_or_null(doc.title).text_or_null(doc.lang);
    append_date(row, doc.published);
    row.text(doc.content_hash).text_or_null(doc.source_path).text(imported_at);
}

void fact_row(SqlRow& row, std::int64_t id, std::string_view source, std::string_view relation,
              std::string_view target, const Interval& valid, std::string_view recorded_at) {
    row.clear();
    if (id > 0) row.integer(id);
    else row.null();
    row.text(source).text(relation).text(target);
    append_date(row, valid.valid_from);
    append_date(row, valid.valid_to);
    append_first_day(row, valid.valid_from);
    append_first_day(row, valid.valid_to);
    row.text(recorded_at);
}

void evidence_row(SqlRow& row, std::int64_t id, std::int64_t fact_id, std::string_view source_id, const std::string& document_id,
                  const Evidence& e) {
    row.clear();
    if (id > 0) row.integer(id);
    else row.null();
    row.integer(fact_id).text(document_id).text_or_null(e.url);
    append_date(row, e.published);
    row.text_or_null(e.text).text_or_null(fold(e.text));
    if (e.sentence >= 0) row.integer(e.sentence); else row.null();
    if (e.start >= 0) row.integer(e.start); else row.null();
    if (e.end >= 0) row.integer(e.end); else row.null();
    if (e.line > 0) row.integer(static_cast<std::int64_t>(e.line)); else row.null();
    row.text(e.rule).real(e.confidence).text(source_id);
}

void contested_pair_row(SqlRow& row, const std::string& a, const std::string& b, std::string_view family) {
    row.clear();
    row.text(std::min(a, b)).text(std::max(a, b)).text(family);
}

namespace {

std::optional<std::string>& store_clock() {
    static std::optional<std::string> fixed;
    return fixed;
}

}  // namespace

void set_store_clock(const std::string& timestamp) {
    const std::string day = timestamp.substr(0, 10);
    if (!PartialDate::parse(day) || day.size() != 10) throw std::invalid_argument("not a day: " + timestamp);
    if (timestamp.size() == 10) {
        store_clock() = timestamp + "T00:00:00Z";
        return;
    }
    int h = 0, m = 0, s = 0;
    char z = 0;
    if (timestamp.size() != 20 || std::sscanf(timestamp.c_str() + 10, "T%2d:%2d:%2d%c", &h, &m, &s, &z) != 4 || z != 'Z' || h > 23 ||
        m > 59 || s > 60)
        throw std::invalid_argument("not a UTC time (YYYY-MM-DDTHH:MM:SSZ): " + timestamp);
    store_clock() = timestamp;
}

std::string utc_timestamp() {
    if (store_clock()) return *store_clock();
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (*end == '\0' && seconds >= 0) now = static_cast<std::time_t>(seconds);
    }
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

}  // namespace stancegraph
