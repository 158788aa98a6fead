// POLECAT/PLOVER records as a JSON array (the PLOVER gold-standard records and files in their
// form): each record's source and target actors (CAMEO-coded) become entities, its event type and
// mode a relation through the "plover" entries of data/relations.json.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo polecat_importer_info();

}  // namespace stancegraph
