// Graphviz DOT: entities drawn by kind, facts as edges styled by the ontology, a title with the as-of
// date and a legend. Every id and label is a quoted DOT string, so names like `node`, `"`, `\` or
// newlines survive.
#pragma once

#include "exporter.hpp"

#include <ostream>

namespace stancegraph {

ExporterInfo dot_exporter_info();

void write_dot(std::ostream& out, const StanceGraph& graph, const Selection& selection, const ExportOptions& options);

}  // namespace stancegraph
