// SQL text: the store's schema and the selection's rows as CREATE and multi-row INSERT statements in
// one transaction, for SQLite (`sqlite3 db < file.sql`) or PostgreSQL (`psql -f file.sql`).
#pragma once

#include "core/fact_rows.hpp"
#include "exporter.hpp"

#include <ostream>

namespace stancegraph {

ExporterInfo sql_exporter_info();

void write_sql(std::ostream& out, const FactRowSource& rows, const ExportOptions& options);

}  // namespace stancegraph
