// Temporary tables that pass a large set of values to a query: SQLite limits the parameters of one
// statement, and a temporary table can be joined and looked up through its primary key. Queries
// name them unqualified: both SQLite and PostgreSQL look in the temporary schema first.
#pragma once

#include "sql_connection.hpp"

#include <string>

namespace stancegraph {

// Empties (creating it when new) the temporary table `name` of these `columns` and fills it with
// `rows`, each bound by `bind` to the parameters `marks` ("?, ?") of the INSERT.
template <typename Rows, typename Bind>
void refill_temporary_table(sql::Connection& db, const std::string& name, const std::string& columns, const std::string& marks,
                            const Rows& rows, Bind bind) {
    db.exec("CREATE TEMP TABLE IF NOT EXISTS " + name + "(" + columns + ")");
    db.exec("DELETE FROM " + name);
    sql::Statement add(db, "INSERT INTO " + name + " VALUES (" + marks + ") ON CONFLICT DO NOTHING");
    for (const auto& row : rows) {
        bind(add, row);
        add.exec();
        add.reset();
    }
    // PostgreSQL plans with no statistics on a new temporary table otherwise.
    if (db.dialect() == SqlDialect::postgres) db.exec("ANALYZE " + name);
}

}  // namespace stancegraph
