// The SQL views of the store and of SQL exports: each fact with the day it starts and ends
// (stance_timeline), and the stance in force on a day (current_stance), by the rules of
// docs/semantics.md, in SQL that SQLite and PostgreSQL both run.
#pragma once

#include "schema.hpp"

#include <string>
#include <vector>

namespace stancegraph {

// CREATE statements: the as_of_day parameter table, then the views in dependency order.
std::vector<std::string> view_statements(SqlDialect dialect);
// DROP statements for the views, in reverse order (for upgrades that redefine them).
std::vector<std::string> drop_view_statements();

}  // namespace stancegraph
