// Turning the entity names and ids that input files give into gazetteer entities, or — with
// --allow-new-entities — into new entities of kind "other".
#pragma once

#include "core/gazetteer.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

// The entity's id, or nullopt when unknown and new entities are not allowed.
std::optional<std::string> resolve_entity(Gazetteer& gazetteer, std::string_view text, bool allow_new);

}  // namespace stancegraph
