// Lazy loading of shared data for commands.
#include "context.hpp"

#include "core/error.hpp"
#include "core/gazetteer_loader.hpp"
#include "message_budget.hpp"

namespace stancegraph {

void note_ambiguous_entity(const std::string& text, const std::string& taken, const std::string& form, const std::string& kind,
                           const std::vector<std::string>& others) {
    // Taking the best and saying so keeps scripts that name "Georgia" working, and tells a person
    // which one was meant and how to choose another.
    std::string list;
    for (const auto& other : others) list += (list.empty() ? "" : ", ") + other;
    message_budget().print("stancegraph: note: \"" + printable(text) + "\" names " + std::to_string(others.size() + 1) +
                               " entities; took " + printable(taken) + " (its " + form + ", a " + kind +
                               ": own names before abbreviations, demonyms and capitals, then states before territories, "
                               "organisations, groups, regions and people); also " + printable(list) + "; give an id to choose",
                           false);
}

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
    Gazetteer& names = gazetteer();
    if (const Entity* e = names.by_id(text)) return *e;
    if (const Entity* e = names.by_iso_code(text)) return *e;
    const auto matches = names.find(text);
    if (matches.empty())
        throw UsageError("unknown entity \"" + text + "\"" + names.did_you_mean(text) + " (try `stancegraph entities find`)");
    if (matches.size() > 1) {
        std::vector<std::string> others;
        for (std::size_t i = 1; i < matches.size(); ++i) others.push_back(matches[i].entity->id + " (" + matches[i].entity->name + ")");
        note_ambiguous_entity(text, matches.front().entity->id + " (" + matches.front().entity->name + ")",
                              std::string(to_string(matches.front().name->form)), std::string(to_string(matches.front().entity->kind)), others);
    }
    return *matches.front().entity;
}

const RelationInfo& Context::relation_argument(const std::string& name) {
    const RelationInfo* relation = ontology().find(name);
    if (!relation)
        throw UsageError("unknown relation \"" + name + "\"" + ontology().did_you_mean(name) + " (known: " + ontology().relation_names() + ")");
    return *relation;
}

}  // namespace stancegraph
