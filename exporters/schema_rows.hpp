// The rows of the store's schema for a selection of the graph, shared by the sqlite and sql
// exporters so that both write the same rows: every relation of the ontology, the selected entities
// with all their names, the documents their evidence cites, the facts and their evidence.
#pragma once

#include "core/store/schema.hpp"
#include "exporter.hpp"

namespace stancegraph {

// Receives rows table by table, in kAllTables order (each table after those it references).
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void begin_table(Table table) = 0;
    virtual void row(const SqlRow& row) = 0;
    virtual void end_table(Table table) = 0;
};

// A fact's id in every export: its index in the graph plus one, so that the same store gives the same
// fact the same id in every format and selection.
inline std::int64_t export_fact_id(FactIndex index) { return static_cast<std::int64_t>(index) + 1; }

// Entity details come from options.gazetteer when set, documents and recording times from
// options.store when set; without them, entities carry the graph's name and kind only, documents
// what their evidence says (kind "unknown"), and facts are recorded now.
void write_schema_rows(const StanceGraph& graph, const Selection& selection, const ExportOptions& options, RowSink& sink);

}  // namespace stancegraph
