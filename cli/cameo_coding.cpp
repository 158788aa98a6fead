// Actor codes and coded families for `extract --coding cameo` (see cameo_coding.hpp).
#include "cameo_coding.hpp"

#include "core/json.hpp"

namespace stancegraph {

namespace {

// Reads an object of string members into `into`; a member of another type is the file's error.
void read_codes(const JsonValue& object, const std::string& path, const char* key,
                std::map<std::string, std::string, std::less<>>& into) {
    if (!object.is_object()) throw InputError({path, 0, 0}, std::string("'") + key + "' must be an object");
    for (const auto& [name, value] : object.members()) {
        if (!value.is_string())
            throw InputError({path, 0, 0}, std::string(key) + "." + std::string(name) + ": the code must be a string");
        into.emplace(std::string(name), std::string(value.as_string()));
    }
}

}  // namespace

CameoCoding::CameoCoding(const Gazetteer& gazetteer, const RelationOntology& ontology, const std::string& path)
    : gazetteer_(gazetteer), ontology_(ontology) {
    const JsonDocument document = JsonDocument::parse_file(path);
    const JsonValue root = document.root();
    if (auto kinds = root.get("kinds")) read_codes(*kinds, path, "kinds", by_kind_);
    if (auto entities = root.get("entities")) read_codes(*entities, path, "entities", by_entity_);
    for (const auto& [id, code] : by_entity_)
        if (!gazetteer_.by_id(id)) throw InputError({path, 0, 0}, "entities." + id + ": no such entity in the gazetteer");
    // A family is coded when any of its relations has a CAMEO code: recognition is coded through
    // 054 even though refusing recognition has no code of its own.
    for (const RelationInfo& relation : ontology_.relations()) {
        bool& coded = family_coded_[relation.family];
        coded = coded || !relation.cameo.empty();
    }
}

std::string CameoCoding::actor_code(const std::string& entity_id) const {
    if (auto it = by_entity_.find(entity_id); it != by_entity_.end()) return it->second;
    const Entity* entity = gazetteer_.by_id(entity_id);
    if (!entity) return entity_id;
    switch (entity->kind) {
    case EntityKind::state:
    case EntityKind::territory:
        return entity->iso_alpha3.empty() ? entity->id : entity->iso_alpha3;
    case EntityKind::person:
        // CAMEO codes an official by the state they serve; the first role naming a state decides.
        for (const Role& role : entity->roles)
            if (const Entity* of = gazetteer_.by_id(role.target); of && of->kind == EntityKind::state)
                return of->iso_alpha3.empty() ? of->id : of->iso_alpha3;
        return entity->id;
    default:
        if (auto it = by_kind_.find(to_string(entity->kind)); it != by_kind_.end()) return it->second;
        return entity->id;
    }
}

bool CameoCoding::codes(RelationId relation) const {
    auto it = family_coded_.find(ontology_.at(relation).family);
    return it != family_coded_.end() && it->second;
}

}  // namespace stancegraph
