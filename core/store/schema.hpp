// The one SQL schema of stancegraph, in the two dialects it is written in: SQLite (the store and the
// sqlite exporter) and PostgreSQL (the SQL text exporter). docs/schema.md documents it.
// Tables are declared once, as columns; CREATE TABLE statements, INSERT column lists and the rows
// that records become are all derived from those declarations.
#pragma once

#include "../entity.hpp"
#include "../fact.hpp"
#include "../relation_ontology.hpp"
#include "document.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

enum class SqlDialect { sqlite, postgres };

// Stored in PRAGMA user_version; raise it whenever a statement below changes meaning.
// Version 2 added contested_pairs; version 4 evidence.source_id. An older store is brought up to
// date when opened.
constexpr int kSchemaVersion = 4;

// The tables, in an order where every table comes after those it references.
enum class Table : std::uint8_t { relations, entities, entity_names, documents, facts, evidence, contested_pairs };
constexpr Table kAllTables[] = {Table::relations, Table::entities, Table::entity_names,   Table::documents,
                                Table::facts,     Table::evidence, Table::contested_pairs};

std::string_view table_name(Table table);
// The table's column names, in the order rows carry their values; quoted where a dialect needs it.
const std::vector<std::string>& table_columns(Table table);
// "INSERT INTO t(a, b) VALUES (?, ?)" followed by `suffix` (an ON CONFLICT clause, say).
std::string insert_statement(Table table, std::string_view suffix = {});

// The schema's statements, without trailing semicolons, grouped by when a bulk load runs them:
// tables before the rows, indexes and views after them.
struct SchemaStatements {
    std::vector<std::string> tables;
    std::vector<std::string> indexes;          // PostgreSQL's full-text index is one of these
    std::vector<std::string> views;
    std::vector<std::string> search_table;     // SQLite: the FTS5 table over evidence
    std::string search_rebuild;                // SQLite: fills the FTS5 table from rows already there
    std::vector<std::string> search_triggers;  // SQLite: keep it filled as evidence changes
};
SchemaStatements schema(SqlDialect dialect);
// The table of imported event ids and its index (CREATE TABLE, CREATE INDEX), so that an
// overlapping extract adds each event once: the store's bookkeeping, which exports create empty.
// `if_not_exists` is "" or "IF NOT EXISTS " (upgrades).
std::pair<std::string, std::string> event_ids_statements(SqlDialect dialect, std::string_view if_not_exists);

// Every CREATE statement but the full-text index, in order (tables, indexes, views).
std::vector<std::string> schema_statements(SqlDialect dialect);
// The SQLite FTS5 table and its triggers; empty for PostgreSQL, whose index is an expression index
// among the schema statements.
std::vector<std::string> search_index_statements(SqlDialect dialect);

// One row's values in its table's column order. Meant to be reused from row to row: the text slots
// keep their buffers, so filling a row does not allocate once it has warmed up.
class SqlRow {
public:
    enum class Type : std::uint8_t { null, integer, real, text };

    void clear() { size_ = 0; }
    SqlRow& null();
    SqlRow& integer(std::int64_t value);
    SqlRow& real(double value);
    SqlRow& text(std::string_view value);
    SqlRow& text_or_null(std::string_view value);  // NULL when empty

    std::size_t size() const { return size_; }
    Type type(std::size_t i) const { return values_[i].type; }
    std::int64_t integer_at(std::size_t i) const { return values_[i].integer; }
    double real_at(std::size_t i) const { return values_[i].real; }
    const std::string& text_at(std::size_t i) const { return values_[i].text; }

private:
    struct Value {
        Type type = Type::null;
        std::int64_t integer = 0;
        double real = 0.0;
        std::string text;
    };
    Value& next();

    std::vector<Value> values_;
    std::size_t size_ = 0;
};

// How records become rows; each fills `row` (cleared first) in the column order of its table.
// An id of 0 is written as NULL, which lets SQLite choose the rowid.
void relation_row(SqlRow& row, const RelationOntology& ontology, const RelationInfo& relation);
void entity_row(SqlRow& row, const Entity& entity);
void entity_name_row(SqlRow& row, const std::string& entity_id, const EntityName& name);
void document_row(SqlRow& row, const DocumentRecord& document, std::string_view imported_at);
void fact_row(SqlRow& row, std::int64_t id, std::string_view source, std::string_view relation,
              std::string_view target, const Interval& valid, std::string_view recorded_at);
void evidence_row(SqlRow& row, std::int64_t id, std::int64_t fact_id, std::string_view source_id, const std::string& document_id,
                  const Evidence& evidence);
// `a` and `b` in either order: the row carries the smaller id first.
void contested_pair_row(SqlRow& row, const std::string& a, const std::string& b, std::string_view family);

// The current time in UTC as ISO 8601 ("2024-05-01T12:00:00Z"), for imported_at and recorded_at:
// the time set with set_store_clock, else SOURCE_DATE_EPOCH (seconds since 1970, as reproducible
// builds use it), else the system clock. Fixing it makes a store and its exports reproducible.
std::string utc_timestamp();
// Fixes the store's clock: "2025-01-01" or "2025-01-01T12:00:00Z". Throws std::invalid_argument
// for anything else.
void set_store_clock(const std::string& timestamp);

}  // namespace stancegraph
