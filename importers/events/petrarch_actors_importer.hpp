// TABARI/PETRARCH actor dictionaries (".actors") as people for the gazetteer: an entry with dated
// code blocks is a person with a career; its GOV blocks of a known country become leader_of roles
// (used when a person's statement is read as the state's stance) and leader_of facts in the store.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo petrarch_actors_importer_info();

}  // namespace stancegraph
