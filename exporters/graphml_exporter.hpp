// GraphML for Gephi, NetworkX, igraph and yEd: typed keys declared once, node ids = entity ids, one
// edge per fact. Written by hand rather than with Boost's write_graphml, which writes booleans as 0/1,
// `long` keys and control characters that XML forbids.
#pragma once

#include "exporter.hpp"

#include <ostream>

namespace stancegraph {

ExporterInfo graphml_exporter_info();

void write_graphml(std::ostream& out, const StanceGraph& graph, const Selection& selection, const ExportOptions& options);

}  // namespace stancegraph
