// Lazy loading of shared data for commands.
#include "context.hpp"

#include "core/error.hpp"
#include "core/gazetteer_loader.hpp"

namespace stancegraph {

const DataPaths& Context::paths() {
    if (!paths_) paths_ = DataPaths::find(data_dir_flag);
    return *paths_;
}

const RelationOntology& Context::ontology() {
    if (!ontology_) ontology_ = RelationOntology::load(paths().relations_file());
    return *ontology_;
}

Gazetteer& Context::gazetteer() {
    if (!gazetteer_) gazetteer_ = std::make_unique<Gazetteer>(load_gazetteer(paths()));
    return *gazetteer_;
}

const Entity& Context::entity_argument(const std::string& text) {
    const Entity* entity = gazetteer().resolve(text);
    if (!entity) throw UsageError("unknown entity \"" + text + "\" (try `stancegraph entities find`)");
    return *entity;
}

const RelationInfo& Context::relation_argument(const std::string& name) {
    const RelationInfo* relation = ontology().find(name);
    if (!relation) throw UsageError("unknown relation \"" + name + "\" (known: " + ontology().relation_names() + ")");
    return *relation;
}

}  // namespace stancegraph
