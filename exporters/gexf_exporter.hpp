// GEXF 1.2draft for Gephi's timeline and NetworkX 2.8 (which reads 1.2draft, not 1.3): a dynamic graph
// whose edges are the facts, each alive from its start to the last day it holds. Streamed from rows,
// like GraphML: the store is never loaded whole.
#pragma once

#include "core/fact_rows.hpp"
#include "exporter.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace stancegraph {

ExporterInfo gexf_exporter_info();

void write_gexf(std::ostream& out, const FactRowSource& rows, const ExportOptions& options);

// An edge's `start`: the first day of a partial date ("2008" → "2008-01-01", "2008-02" →
// "2008-02-01"); "" for an undated fact or text that is no date.
std::string gexf_start(std::string_view valid_from);

// An edge's `end`: GEXF 1.2 intervals include their end, ours exclude it (`until` is the first day a
// fact no longer holds), so the end is the day before `until`, never before `start`. "" when open.
std::string gexf_end(std::string_view until, std::string_view start);

}  // namespace stancegraph
