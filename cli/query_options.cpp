// Shared query options.
#include "query_options.hpp"

#include "core/error.hpp"

namespace stancegraph {

void add_db_option(CLI::App& app, std::string& db) {
    app.add_option("--db", db, "the store, a SQLite database")->capture_default_str();
}

void QueryOptions::add_to(CLI::App& app, bool with_as_of) {
    add_db_option(app, db);
    if (with_as_of) app.add_option("--as-of", as_of, "the date to answer for (YYYY[-MM[-DD]]; default today)");
    app.add_option("--format", format, "text for people, jsonl for programs")
        ->check(CLI::IsMember({"text", "jsonl"}))
        ->capture_default_str();
}

DayNumber parse_day_argument(const std::string& text, const char* option) {
    auto date = PartialDate::parse(text);
    if (!date) throw UsageError(std::string(option) + " " + text + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return date->first_day();
}

DayNumber QueryOptions::as_of_day() const { return as_of.empty() ? today() : parse_day_argument(as_of, "--as-of"); }

OutputFormat QueryOptions::output_format() const { return format == "jsonl" ? OutputFormat::jsonl : OutputFormat::text; }

std::unique_ptr<Store> open_store(Context& context, const std::string& db) {
    return std::make_unique<Store>(db, context.ontology(), Store::Mode::open_existing);
}

EntityNode entity_argument(Context& context, const Store& store, const std::string& text) {
    auto found = store.find_entities(text);
    if (!found.empty()) return found.front();
    const Entity& entity = context.entity_argument(text);
    return {entity.id, entity.name, entity.kind};
}

void StanceFilter::add_to(CLI::App& app) {
    app.add_option("--family", family, "only this relation family (recognition, diplomacy, support, …)");
    app.add_option("--at-least", at_least, "only facts with at least this many pieces of evidence")->capture_default_str();
}

void StanceFilter::check(Context& context) const {
    if (!family.empty() && !context.ontology().family(family)) throw UsageError("unknown relation family " + family);
}

std::optional<std::string_view> StanceFilter::family_view() const {
    if (family.empty()) return std::nullopt;
    return std::string_view(family);
}

}  // namespace stancegraph
