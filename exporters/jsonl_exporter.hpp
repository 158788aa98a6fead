// JSON Lines: one fact per line in the shape of fact_json.hpp; imports back with facts-jsonl.
#pragma once

#include "exporter.hpp"

namespace stancegraph {

ExporterInfo jsonl_exporter_info();

}  // namespace stancegraph
