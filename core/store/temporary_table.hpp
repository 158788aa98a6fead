// Temporary tables that pass a large set of values to a query: SQLite limits the parameters of one
// statement, and a temporary table can be joined and looked up through its primary key.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace stancegraph {

// Empties (creating it when new) the temporary table `name` of these `columns` and fills it with
// `rows`, each bound by `bind` to the parameters `marks` ("?, ?") of the INSERT.
template <typename Rows, typename Bind>
void refill_temporary_table(SQLite::Database& db, const std::string& name, const std::string& columns, const std::string& marks,
                            const Rows& rows, Bind bind) {
    db.exec("CREATE TEMP TABLE IF NOT EXISTS " + name + "(" + columns + ")");
    db.exec("DELETE FROM temp." + name);
    SQLite::Statement add(db, "INSERT OR IGNORE INTO temp." + name + " VALUES (" + marks + ")");
    for (const auto& row : rows) {
        bind(add, row);
        add.exec();
        add.reset();
    }
}

}  // namespace stancegraph
