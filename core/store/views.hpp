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
// The first day a fact (the facts row aliased `fact`) is known to hold, as Interval::start() with the
// store's bound for undated facts (undated_fact_known_from): valid_from's day, else the earliest
// publication of its evidence, else the day it was recorded. Shared by the views and the store's
// SQL selection, so that both read undated facts alike.
std::string known_start_day_sql(SqlDialect dialect, const std::string& fact);
// The first day after an event's stated period, as Interval::period_end().
std::string period_end_day_sql(SqlDialect dialect, const std::string& fact);

// DROP statements for the views, in reverse order (for upgrades that redefine them).
std::vector<std::string> drop_view_statements();

}  // namespace stancegraph
