// The export options every format shares (--as-of, --relations, --families, --entity, --depth,
// --min-confidence) and writing one export file, shared by `export`, `build` and `render`.
#pragma once

#include "context.hpp"
#include "core/store/store.hpp"
#include "exporters/exporter.hpp"

#include <CLI/CLI.hpp>

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

// Writes the selection of the store (options.store) to `output`, read from it row by row (the
// graph is never loaded), through a temporary file renamed only when complete.
void export_store(const ExporterInfo& exporter, const ExportOptions& options, const std::string& output, bool overwrite);

}  // namespace stancegraph
