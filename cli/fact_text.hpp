// How facts read in the text tables of the query commands: dates, when they stopped holding, and a
// short piece of evidence.
#pragma once

#include "core/stance_graph.hpp"

#include <string>

namespace stancegraph {

std::string from_text(const Fact& fact);                        // "2008-02-18", or "(undated)"
std::string until_text(const StanceGraph& graph, FactIndex f);  // valid_to or the next event, or ""
std::string evidence_text(const Fact& fact, std::size_t width = 100);  // first evidence (+ n more)
std::string gap_text(DayNumber days);                           // "3 y 2 m", "17 d"
std::string confidence_text(double confidence);                 // the shortest text that reads back the same

}  // namespace stancegraph
