// Options shared by the query commands (--db, --as-of, --format) and what they do.
#pragma once

#include "context.hpp"
#include "core/partial_date.hpp"
#include "core/stance_graph.hpp"
#include "core/store/store.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string_view>
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

// Opens an existing store (UsageError when there is none).
std::unique_ptr<Store> open_store(Context& context, const std::string& db);

// An entity named on the command line: looked up in the store first (cheap), then in the gazetteer.
// UsageError when neither knows it.
EntityNode entity_argument(Context& context, const Store& store, const std::string& text);

// Options narrowing a stance to a family and to facts with enough evidence.
struct StanceFilter {
    std::string family;
    std::size_t at_least = 1;

    void add_to(CLI::App& app);
    void check(Context& context) const;  // UsageError on an unknown family
    std::optional<std::string_view> family_view() const;
    // The graph without the facts that have fewer pieces of evidence than asked for.
    bool keeps(const Fact& fact) const { return fact.evidence.size() >= at_least; }
};

}  // namespace stancegraph
