// Options shared by the query commands (--db, --as-of, --format) and what they do.
#pragma once

#include "context.hpp"
#include "core/partial_date.hpp"
#include "core/stance_graph.hpp"
#include "core/store/store.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace stancegraph {

enum class OutputFormat { text, jsonl };

struct QueryOptions {
    std::string db = "stancegraph.db";
    std::string as_of;  // empty: today
    std::string format = "text";

    void add_to(CLI::App& app, bool with_as_of = true);
    DayNumber as_of_day() const;       // UsageError on a bad date
    OutputFormat output_format() const;
};

void add_db_option(CLI::App& app, std::string& db);
// Parses a date given on the command line ("2012", "2012-05", "2012-05-01"): its first day.
DayNumber parse_day_argument(const std::string& text, const char* option);

// Opens the store and adds the entities only it knows to the gazetteer.
std::unique_ptr<Store> open_store(Context& context, const std::string& db);

}  // namespace stancegraph
