// Resolving entity references of input files.
#include "entity_resolver.hpp"

namespace stancegraph {

std::optional<std::string> resolve_entity(Gazetteer& gazetteer, std::string_view text, bool allow_new) {
    if (const Entity* entity = gazetteer.resolve(text)) return entity->id;
    if (!allow_new) return std::nullopt;
    Entity entity;
    entity.id = slugify(text);
    entity.kind = EntityKind::other;
    entity.name = std::string(text);
    // A slug may collide with an existing id that names something else; keep them apart.
    while (gazetteer.by_id(entity.id) && gazetteer.by_id(entity.id)->name != entity.name) entity.id += "-x";
    return gazetteer.add(std::move(entity)).id;
}

}  // namespace stancegraph
