// Options shared by the query commands (--db, --as-of, --format) and what they do.
#pragma once

#include "context.hpp"
#include "core/partial_date.hpp"
#include "core/stance_graph.hpp"
#include "core/stance_queries.hpp"
#include "core/store/store.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string_view>
#include <string>

namespace stancegraph {

enum class OutputFormat { text, jsonl, csv };

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
// Parses an event window given on the command line ("1y", "6m", "30d", "0d"); UsageError otherwise.
TimeWindow parse_window_argument(const std::string& text, const char* option);

// Opens an existing store (UsageError when there is none).
std::unique_ptr<Store> open_store(Context& context, const std::string& db);

// An entity named on the command line: looked up in the store first (cheap), then in the gazetteer.
// UsageError when neither knows it.
EntityNode entity_argument(Context& context, const Store& store, const std::string& text);

// Options every stance question takes: which facts count (family, evidence, confidence, dates), how
// far back events count, and whether contested stances are shown.
struct StanceFilter {
    std::string family;
    std::size_t at_least = 1;
    // Below this, a fact is not used: one machine-coded GDELT event (0.4) stays out by default.
    double min_confidence = 0.5;
    bool dated_only = false;
    bool include_contested = false;
    std::string window;  // empty: each event family's own (data/relations.json)

    void add_to(CLI::App& app, bool with_family = true);
    void check(Context& context) const;  // UsageError on an unknown family or a bad window
    std::optional<std::string_view> family_view() const;
    // What to load from the store: these entities' or pairs' facts of these relations that pass the filter.
    GraphSelection selection(std::set<std::string> entities, std::set<std::string> relations = {},
                             std::set<std::pair<std::string, std::string>> pairs = {}) const;
    // Sets the graph's event window when one was asked for.
    void prepare(StanceGraph& graph) const;
    // Whether an answer is shown: contested ones only when asked for.
    bool shows(const StanceAnswer& answer) const { return include_contested || !answer.contested; }
};

// The text that says how far a stance is to be trusted: "contested", "undated (known from …)".
std::string stance_note(const StanceGraph& graph, const StanceAnswer& answer);
// The start of the unbroken stance: its first fact's valid_from, or "" when undated.
std::string stance_since(const StanceGraph& graph, const StanceAnswer& answer);

}  // namespace stancegraph
