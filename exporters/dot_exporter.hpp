// Graphviz DOT: entities drawn by kind, facts as edges styled by the ontology, a title with the as-of
// date and a legend. Every id and label is a quoted DOT string, so names like `node`, `"`, `\` or
// newlines survive.
#pragma once

#include "core/fact_rows.hpp"
#include "exporter.hpp"

#include <ostream>

namespace stancegraph {

ExporterInfo dot_exporter_info();

// Returns how many entities and facts it drew, which the layout engine is chosen by.
ExportCounts write_dot(std::ostream& out, const FactRowSource& rows, const ExportOptions& options);

}  // namespace stancegraph
