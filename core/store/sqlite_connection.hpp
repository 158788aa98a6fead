// The SQLite backend of sql::Connection, over SQLiteCpp. The sqlite exporter wraps the database it
// writes in one too, so that it shares the store's row writers.
#pragma once

#include "sql_connection.hpp"

namespace SQLite {
class Database;
}

namespace stancegraph::sql {

// A connection over a database opened elsewhere (not owned).
std::unique_ptr<Connection> wrap_sqlite(SQLite::Database& database, const std::string& name);

// The SQLite database under a connection made by open_sqlite or wrap_sqlite; nullptr for another backend.
SQLite::Database* sqlite_database(Connection& connection);

}  // namespace stancegraph::sql
