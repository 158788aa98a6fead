// Shared export options and writing.
#include "export_request.hpp"

#include "core/error.hpp"
#include "core/spelling.hpp"
#include "core/store/stored_selection.hpp"
#include "exporters/stance_rows.hpp"
#include "counted_rows.hpp"
#include "query_options.hpp"

#include <iostream>
#include <sstream>

namespace stancegraph {

namespace {

std::set<std::string> split_list(const std::string& text) {
    std::set<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
        if (!item.empty()) items.insert(item);
    return items;
}

}  // namespace

void ExportRequest::add_to(CLI::App& app, bool with_dialect, bool with_lang) {
    app.add_option("--as-of", as_of, "only facts in force on this date (default: all facts, with their intervals)");
    app.add_option("--window", window, "with --as-of: how far back events count (1y, 6m, 30d, 0d; default each family's)");
    app.add_option("--relations", relations, "only these relations (comma-separated)");
    app.add_option("--families", families, "only these relation families (comma-separated)");
    app.add_option("--entity", entity, "only the neighbourhood of this entity (id or name)");
    app.add_option("--depth", depth, "hops around --entity")->capture_default_str()->check(CLI::Range(0, 100));
    app.add_option("--min-confidence", min_confidence, "only facts at least this confident")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--top", top, "only the N entities with the most facts in the selection, and the facts among them")
        ->check(CLI::PositiveNumber);
    app.add_option("--min-degree", min_degree, "only entities with at least K facts in the selection, and the facts among them")
        ->check(CLI::PositiveNumber);
    app.add_option("--title", title, "a title for formats that show one");
    if (with_lang)
        app.add_option("--lang", lang, "language of names and labels in formats that show them (html): ar, ru, en, … where the gazetteer has one, English otherwise")
            ->capture_default_str();
    if (with_dialect)
        app.add_option("--dialect", dialect, "SQL dialect of --format sql")
            ->check(CLI::IsMember({"sqlite", "postgres"}))
            ->capture_default_str();
    if (with_dialect) {
        app.add_flag("--clean", clean, "SQL text: drop the tables and views first (DROP … IF EXISTS), so that the file loads twice");
        app.add_option("--schema", schema, "SQL text for PostgreSQL: create everything in this schema (created if absent)");
    }
    app.add_flag("--overwrite", overwrite, "replace an existing output file");
}

ExportOptions ExportRequest::options(Context& context, const Store& store) const {
    ExportOptions options;
    if (!as_of.empty()) options.as_of = parse_day_argument(as_of, "--as-of");
    if (!window.empty()) options.window = parse_window_argument(window, "--window");
    options.relations = split_list(relations);
    options.families = split_list(families);
    if (!entity.empty()) options.entity = entity_argument(context, store, entity).id;
    options.depth = depth;
    options.min_confidence = min_confidence;
    options.cut = {top, min_degree};
    options.title = title;
    options.lang = lang;
    options.dialect = dialect == "postgres" ? SqlDialect::postgres : SqlDialect::sqlite;
    if (!schema.empty() && options.dialect != SqlDialect::postgres)
        throw UsageError("--schema needs --dialect postgres (SQLite has no schemas; attach the database under a name instead)");
    options.sql_clean = clean;
    options.sql_schema = schema;
    options.gazetteer = &context.gazetteer();
    options.note = [](const std::string& message) { std::cerr << "stancegraph: " << printable(message) << '\n'; };
    return options;
}

const ExporterInfo& choose_exporter(const std::string& format, const std::string& output) {
    const ExporterRegistry& registry = builtin_exporters();
    if (!format.empty()) {
        const ExporterInfo* info = registry.find(format);
        if (!info) {
            Suggestions suggestions(format);
            for (const auto& known : registry.all()) suggestions.consider(known.name, known.name);
            throw UsageError("unknown output format " + format + suggestions.did_you_mean() + " (see `stancegraph formats`)");
        }
        return *info;
    }
    // Standard output with no format named: JSON Lines, the format every other command writes there.
    if (output == "-") return *registry.find("jsonl");
    if (const ExporterInfo* info = registry.by_suffix(output)) return *info;
    throw UsageError("cannot tell the output format of " + output + "; give --format");
}

ExportRows::ExportRows(Store& store, const ExportOptions& options)
    : stored_(store, store.ontology(), stored_filter(store.ontology(), options)),
      stances_(stored_),
      exported_(&rows_to_export(stored_, stances_, options)) {
    // Degrees are counted on what is written: as of a day, a restated stance counts once.
    if (options.cut.cuts()) cut_.emplace(*exported_, options.cut);
}

void export_store(const ExporterInfo& exporter, const ExportOptions& options, const std::string& output, bool overwrite) {
    if (exporter.needs_file && output == "-") throw UsageError(exporter.name + " output needs a file name (-o FILE)");
    const ExportRows rows(*options.store, options);
    AtomicOutput out(output, overwrite, exporter.needs_file);
    // Of the store's facts, the share written: a selection ends early, and the SQL formats, which
    // read the facts three times, go past it (the line then stays at 100%).
    Progress progress("writing " + output, Progress::wanted() ? options.store->counts().facts : 0, ProgressUnit::rows);
    exporter.create()->write(CountedRows(rows.rows(), progress), options, out);
    progress.finish();
    out.commit();
}

}  // namespace stancegraph
