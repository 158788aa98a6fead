// SQL is written once, with SQLite's parameters (`?`, `?N`, `:name`); PostgreSQL only knows `$N`.
// This rewrites the one into the other, so that the PostgreSQL connection can run the same SQL.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stancegraph::sql {

struct TranslatedSql {
    std::string sql;
    // Each distinct `:name` (with its colon, as Statement::getIndex is given it) and its number.
    std::vector<std::pair<std::string, int>> names;
    // The highest parameter number: how many values a run sends.
    int parameter_count = 0;
};

// Numbers parameters as SQLite does, so that indexes bound on one backend mean the same on the
// other: `?` is one more than the highest number so far, `?N` is N, and a `:name` takes one more
// than the highest so far at its first appearance and keeps that number. Quoted strings, quoted
// identifiers, comments and `::` casts are copied unchanged.
TranslatedSql translate_placeholders(std::string_view sql);

}  // namespace stancegraph::sql
