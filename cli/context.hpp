// What every command may need, loaded on first use: the data folder, the relation ontology and the
// gazetteer.
#pragma once

#include "core/data_paths.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stancegraph {

// Says on standard error which of several entities with one name was taken, why, and the others.
void note_ambiguous_entity(const std::string& text, const std::string& taken, const std::string& form, const std::string& kind,
                           const std::vector<std::string>& others);

class Context {
public:
    std::optional<std::string> data_dir_flag;

    const DataPaths& paths();
    const RelationOntology& ontology();
    Gazetteer& gazetteer();

    // An entity named on the command line (id, ISO code or name); UsageError with the nearest names
    // when unknown. A name of several entities takes the best and says so on standard error.
    const Entity& entity_argument(const std::string& text);
    // A relation named on the command line (name or alias); UsageError with the nearest when unknown.
    const RelationInfo& relation_argument(const std::string& name);

private:
    std::optional<DataPaths> paths_;
    std::optional<RelationOntology> ontology_;
    std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace stancegraph
