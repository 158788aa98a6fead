// ICEWS coded event files as the Harvard Dataverse publishes them (.tab: tab-separated with a
// header row, plain or zipped): named actors, sectors and country names become entities, CAMEO
// codes become relations through data/relations.json.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo icews_importer_info();

}  // namespace stancegraph
