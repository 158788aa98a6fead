// What every command may need, loaded on first use: the data folder, the relation ontology and the
// gazetteer.
#pragma once

#include "core/data_paths.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"

#include <memory>
#include <optional>
#include <string>

namespace stancegraph {

class Context {
public:
    std::optional<std::string> data_dir_flag;

    const DataPaths& paths();
    const RelationOntology& ontology();
    Gazetteer& gazetteer();

    // An entity named on the command line (id, ISO code or name); UsageError when unknown.
    const Entity& entity_argument(const std::string& text);
    // A relation named on the command line; UsageError when unknown.
    const RelationInfo& relation_argument(const std::string& name);

private:
    std::optional<DataPaths> paths_;
    std::optional<RelationOntology> ontology_;
    std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace stancegraph
