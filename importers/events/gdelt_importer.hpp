// GDELT event files: 1.0 (57 columns, or 58 with SOURCEURL) and 2.0 (61 columns), tab-separated
// without a header, plain or zip-compressed as GDELT publishes them. CAMEO event codes become
// relations through data/relations.json; actors become states, organisations or known people.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo gdelt_importer_info();

}  // namespace stancegraph
