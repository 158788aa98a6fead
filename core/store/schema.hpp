// The one SQL schema of stancegraph, in the two dialects it is written in: SQLite (the store and the
// sqlite exporter) and PostgreSQL (the SQL text exporter). docs/schema.md documents it.
#pragma once

#include <string>
#include <vector>

namespace stancegraph {

enum class SqlDialect { sqlite, postgres };

// Stored in PRAGMA user_version; raise it whenever a statement below changes.
constexpr int kSchemaVersion = 1;

// CREATE TABLE / INDEX / VIEW statements, in order, without trailing semicolons.
std::vector<std::string> schema_statements(SqlDialect dialect);

// Statements that build the full-text index over evidence (SQLite FTS5); empty for PostgreSQL,
// whose index is an expression index among the schema statements.
std::vector<std::string> search_index_statements(SqlDialect dialect);

}  // namespace stancegraph
