// SQLite: a database in the store's own schema (core/store/schema.hpp) holding the selection, with
// its indexes, views and full-text index; it opens with the sqlite3 shell or as a store.
#pragma once

#include "core/fact_rows.hpp"
#include "exporter.hpp"

namespace stancegraph {

ExporterInfo sqlite_exporter_info();

// Writes the selection into a new, empty SQLite database file at `path`.
void write_sqlite_database(const FactRowSource& rows, const ExportOptions& options, const std::string& path);

}  // namespace stancegraph
