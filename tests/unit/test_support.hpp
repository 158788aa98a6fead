// Shared fixtures for unit tests: the project's real data folder, ontology and gazetteer, loaded once.
#pragma once

#include "core/data_paths.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"

#include <string>

namespace stancegraph::testing {

const DataPaths& data_paths();
const RelationOntology& ontology();
const Gazetteer& gazetteer();
RelationId relation(const std::string& name);
// A fresh temporary folder for one test, removed at exit.
std::string temporary_folder();

}  // namespace stancegraph::testing
