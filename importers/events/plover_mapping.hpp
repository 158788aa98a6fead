// PLOVER event types and modes → relations, read from the "plover" entries of data/relations.json:
// "ACCUSE/allege" claims a type with one mode, "ACCUSE" the type with any other mode. The names
// of the 2016 gold standard (PLOVER 0.5) are read as their 2021 successors.
#pragma once

#include "core/relation_ontology.hpp"

#include <map>
#include <string>
#include <string_view>

namespace stancegraph {

class PloverMapping {
public:
    // Throws Error when two relations claim the same type or type/mode.
    explicit PloverMapping(const RelationOntology& ontology);

    // True for the event types of PLOVER 2021 and of the 2016 gold standard.
    static bool is_event_type(std::string_view type);
    // The relation of an event; nullptr when none is mapped. `type` must be an event type.
    const RelationInfo* relation(std::string_view type, std::string_view mode) const;
    // "ACCUSE/allege": the type in its 2021 name with the mode, as evidence rules name it.
    static std::string code(std::string_view type, std::string_view mode);

private:
    std::map<std::string, const RelationInfo*, std::less<>> by_code_;
};

}  // namespace stancegraph
