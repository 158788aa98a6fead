// Fact files as CSV with a header naming the columns source, relation, target and optionally
// valid_from, valid_to, evidence, url, confidence (any order; other columns are ignored).
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo fact_csv_importer_info();

}  // namespace stancegraph
