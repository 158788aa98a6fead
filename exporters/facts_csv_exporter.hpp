// The curated facts CSV of docs/formats.md, the inverse of the facts-csv importer: one row per piece
// of evidence, so that a store exported, edited in a spreadsheet and imported back is the same store.
#pragma once

#include "exporter.hpp"

namespace stancegraph {

ExporterInfo facts_csv_exporter_info();

}  // namespace stancegraph
