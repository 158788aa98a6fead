// The rows of the store's schema for a selection, shared by the sqlite and sql exporters so that both
// write the same rows: every relation of the ontology, the selected entities with all their names,
// the documents their evidence cites, the facts and their evidence. They are made from fact rows
// (fact_rows.hpp), so both formats export straight from the store as well as from a graph.
#pragma once

#include "core/fact_rows.hpp"
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

// Entity details come from options.gazetteer when set, documents from options.store when set, and
// the time each fact was recorded from its row or else from options.store; without them, entities
// carry their row's name and kind only, documents what their evidence says (kind "unknown"), and
// facts are recorded now. Reads the facts three times: documents, facts, evidence.
ExportCounts write_schema_rows(const FactRowSource& rows, const ExportOptions& options, RowSink& sink);

}  // namespace stancegraph
