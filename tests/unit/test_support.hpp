// Shared fixtures for unit tests: the project's real data folder, ontology and gazetteer, loaded once.
#pragma once

#include "core/data_paths.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"

#include <string>

namespace stancegraph {
class Store;
}

namespace stancegraph::testing {

const DataPaths& data_paths();
const RelationOntology& ontology();
const Gazetteer& gazetteer();
RelationId relation(const std::string& name);
// A fresh temporary folder for one test, removed at exit.
std::string temporary_folder();
// What --db takes for a new empty store on `backend`: "sqlite", a file in a temporary folder;
// "postgres", a new database on the server STANCEGRAPH_TEST_POSTGRES names, or "" without one.
std::string new_store_location(const std::string& backend);
// The pieces of evidence whose folded text holds `word`, by the backend's full-text index.
int evidence_matching(Store& store, const std::string& word);

}  // namespace stancegraph::testing
