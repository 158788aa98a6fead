// SQL text: the store's schema and the selection's rows as CREATE and multi-row INSERT statements in
// one transaction, for SQLite (`sqlite3 db < file.sql`) or PostgreSQL (`psql -f file.sql`).
#pragma once

#include "exporter.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace stancegraph {

ExporterInfo sql_exporter_info();

void write_sql(std::ostream& out, const StanceGraph& graph, const Selection& selection, const ExportOptions& options);

// A string literal in the dialect: quotes doubled, backslashes kept as they are (PostgreSQL with
// standard_conforming_strings, which the output sets), NUL bytes dropped (PostgreSQL text cannot hold
// them), invalid UTF-8 replaced by U+FFFD (PostgreSQL rejects it); newlines and other characters kept.
std::string sql_literal(std::string_view text);
void append_sql_literal(std::string& out, std::string_view text);

}  // namespace stancegraph
