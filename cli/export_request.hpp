// The export options every format shares (--as-of, --relations, --families, --entity, --depth,
// --min-confidence) and writing one export file, shared by `export`, `build` and `render`.
#pragma once

#include "context.hpp"
#include "core/store/store.hpp"
#include "core/store/stored_selection.hpp"
#include "exporters/exporter.hpp"
#include "exporters/stance_rows.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace stancegraph {

struct ExportRequest {
    std::string as_of;
    std::string window;
    std::string relations;  // comma-separated
    std::string families;
    std::string entity;
    int depth = 1;
    double min_confidence = 0.0;
    std::size_t top = 0;         // 0: every entity
    std::size_t min_degree = 0;  // 0: every entity
    std::string title;
    std::string lang = "en";
    std::string dialect = "sqlite";
    bool clean = false;
    std::string schema;
    bool overwrite = false;

    // `with_dialect` adds --dialect, which only the SQL text format reads; `with_lang` adds --lang
    // (names in the html format), which `build` leaves out since its --lang is the articles'.
    void add_to(CLI::App& app, bool with_dialect = true, bool with_lang = true);
    // Checks the options and resolves the entity (in the store, else the gazetteer); UsageError on
    // anything wrong. The options carry the gazetteer; the caller sets options.store when it exports
    // from that store.
    ExportOptions options(Context& context, const Store& store) const;
};

// The exporter named by --format, or else by the output's suffix; UsageError when neither says.
const ExporterInfo& choose_exporter(const std::string& format, const std::string& output);

// The rows of the store's selection, cut down by --top and --min-degree when given; `build` gives the
// rows to each format.
class ExportRows {
public:
    ExportRows(Store& store, const ExportOptions& options);
    ExportRows(const ExportRows&) = delete;  // the cut refers to the stored selection beside it
    ExportRows& operator=(const ExportRows&) = delete;
    const FactRowSource& rows() const { return cut_ ? static_cast<const FactRowSource&>(*cut_) : *exported_; }

private:
    StoredSelection stored_;
    OneRowPerStance stances_;           // as of a day, one row per stance (stance_rows.hpp)
    const FactRowSource* exported_;     // stances_ or stored_
    std::optional<DegreeFilteredRows> cut_;
};

// Writes the selection of the store (options.store) to `output`, read from it row by row (the
// graph is never loaded), through a temporary file renamed only when complete.
void export_store(const ExporterInfo& exporter, const ExportOptions& options, const std::string& output, bool overwrite);

}  // namespace stancegraph
