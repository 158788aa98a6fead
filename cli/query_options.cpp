// Shared query options.
#include "query_options.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cstdio>

namespace stancegraph {

void add_db_option(CLI::App& app, std::string& db) {
    app.add_option("--db", db, "the store: a SQLite file, or a postgresql:// URI (PG* variables fill in the rest)")->capture_default_str();
}

void QueryOptions::add_to(CLI::App& app, bool with_as_of) {
    add_db_option(app, db);
    if (with_as_of) app.add_option("--as-of", as_of, "the date to answer for (YYYY[-MM[-DD]]; default today)");
    app.add_option("--format", format, "text for people, jsonl for programs, csv for spreadsheets (RFC 4180, CRLF)")
        ->check(CLI::IsMember({"text", "jsonl", "csv"}))
        ->capture_default_str();
}

namespace {

// "2022-02-30" has the shape of a day that the calendar lacks: say so rather than "not a date".
std::optional<std::string> missing_day(const std::string& text) {
    int year = 0, month = 0, day = 0;
    char rest = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3) return std::nullopt;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day <= days_in_month(year, month)) return std::nullopt;
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return std::string(months[month - 1]) + " " + std::to_string(year) + " has " + std::to_string(days_in_month(year, month)) + " days";
}

}  // namespace

DayNumber parse_day_argument(const std::string& text, const char* option) {
    auto date = PartialDate::parse(text);
    if (!date) {
        if (auto why = missing_day(text)) throw UsageError(std::string(option) + " " + text + ": that day does not exist (" + *why + ")");
        throw UsageError(std::string(option) + " " + text + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return date->first_day();
}

TimeWindow parse_window_argument(const std::string& text, const char* option) {
    auto window = TimeWindow::parse(text);
    if (!window) throw UsageError(std::string(option) + " " + text + " is not a window (like 1y, 6m, 30d or 0d)");
    return *window;
}

DayNumber QueryOptions::as_of_day() const { return as_of.empty() ? today() : parse_day_argument(as_of, "--as-of"); }

OutputFormat QueryOptions::output_format() const {
    if (format == "jsonl") return OutputFormat::jsonl;
    if (format == "csv") return OutputFormat::csv;
    return OutputFormat::text;
}

std::unique_ptr<Store> open_store(Context& context, const std::string& db) {
    return std::make_unique<Store>(db, context.ontology(), Store::Mode::open_existing);
}

EntityNode entity_argument(Context& context, const Store& store, const std::string& text) {
    auto found = store.find_entities(text);
    if (found.size() > 1) {
        std::vector<std::string> others;
        for (std::size_t i = 1; i < found.size(); ++i) others.push_back(found[i].id + " (" + found[i].name + ")");
        note_ambiguous_entity(text, found.front().id + " (" + found.front().name + ")", "name in the store",
                              std::string(to_string(found.front().kind)), others);
    }
    if (!found.empty()) return found.front();
    const Entity& entity = context.entity_argument(text);
    return {entity.id, entity.name, entity.kind};
}

void StanceFilter::add_to(CLI::App& app, bool with_family) {
    if (with_family) app.add_option("--family", family, "only this relation family (recognition, diplomacy, support, …)");
    app.add_option("--at-least", at_least, "only facts with at least this many pieces of evidence")->capture_default_str();
    app.add_option("--min-confidence", min_confidence, "only facts whose best evidence has at least this confidence (0–1)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    app.add_flag("--dated-only", dated_only, "leave out facts without a date of their own");
    app.add_flag("--include-contested", include_contested, "also show and count stances whose sources disagree evenly");
    app.add_option("--window", window, "how far back events count for --as-of (e.g. 1y, 6m, 30d, 0d: that day only; "
                                       "default: each family's, see data/relations.json)");
}

void StanceFilter::check(Context& context) const {
    if (!family.empty() && !context.ontology().family(family)) throw UsageError("unknown relation family " + family);
    if (!window.empty()) parse_window_argument(window, "--window");
}

GraphSelection StanceFilter::selection(std::set<std::string> entities, std::set<std::string> relations,
                                       std::set<std::pair<std::string, std::string>> pairs) const {
    GraphSelection s{std::move(entities), std::move(relations), at_least, std::move(pairs)};
    s.min_confidence = min_confidence;
    s.dated_only = dated_only;
    return s;
}

void StanceFilter::prepare(StanceGraph& graph) const {
    if (!window.empty()) graph.set_event_window(parse_window_argument(window, "--window"));
}

std::string stance_since(const StanceGraph& graph, const StanceAnswer& answer) {
    return to_string(graph.fact(answer.since_fact).valid.valid_from);
}

std::string stance_note(const StanceGraph& graph, const StanceAnswer& answer) {
    std::string note;
    auto add = [&](const std::string& part) { note += (note.empty() ? "" : "; ") + part; };
    if (answer.contested) add("contested: sources disagree evenly");
    if (!answer.outweighed.empty()) add("outweighed: " + std::to_string(answer.outweighed.size()) + " weaker contrary");
    const bool hedged = std::all_of(answer.facts.begin(), answer.facts.end(), [&](FactIndex f) {
        const auto& evidence = graph.fact(f).evidence;
        return !evidence.empty() && std::all_of(evidence.begin(), evidence.end(), [](const Evidence& e) { return e.hedged(); });
    });
    if (hedged) add("hedged");
    const Interval& since = graph.fact(answer.since_fact).valid;
    if (!since.dated()) add(since.known_from ? "undated, known from " + day_to_string(*since.known_from) : "undated");
    return note;
}

std::optional<std::string_view> StanceFilter::family_view() const {
    if (family.empty()) return std::nullopt;
    return std::string_view(family);
}

}  // namespace stancegraph
