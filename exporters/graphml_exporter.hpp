// GraphML for Gephi, NetworkX, igraph and yEd: typed keys declared once, node ids = entity ids, one
// edge per fact. Written by hand rather than with Boost's write_graphml, which writes booleans as 0/1,
// `long` keys and control characters that XML forbids. It needs only rows, so `export` streams them
// from the store without loading the graph.
#pragma once

#include "core/fact_rows.hpp"
#include "exporter.hpp"

#include <ostream>

namespace stancegraph {

ExporterInfo graphml_exporter_info();

void write_graphml(std::ostream& out, const FactRowSource& rows, const ExportOptions& options);

}  // namespace stancegraph
