// `extract --coding cameo`: facts written the way the event coders (CAMEO, PLOVER, GDELT, ICEWS)
// code them, so that our output can be compared with theirs and fed to their users. Two things
// differ from our own convention:
// - actors: a state is its ISO alpha-3 code; a person is the state of the role they hold; an
//   intergovernmental organisation is IGO; an armed movement is the country it is based in, or IMG
//   when it operates across borders (data/coding/cameo_actors.json);
// - events only: families none of whose relations has a CAMEO code (membership, leadership,
//   secession) are not events in that ontology and are left out.
#pragma once

#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"

#include <map>
#include <string>

namespace stancegraph {

class CameoCoding {
public:
    // Reads the actor table (`path`, see data/coding/cameo_actors.json). Throws InputError with the
    // file's location when it is malformed.
    CameoCoding(const Gazetteer& gazetteer, const RelationOntology& ontology, const std::string& path);

    // The actor code of an entity id: "USA", "IGO", "PSE"; the id itself when the table has none.
    std::string actor_code(const std::string& entity_id) const;
    // Whether the coders' ontology has events of this relation's family.
    bool codes(RelationId relation) const;

private:
    const Gazetteer& gazetteer_;
    const RelationOntology& ontology_;
    std::map<std::string, std::string, std::less<>> by_kind_;
    std::map<std::string, std::string, std::less<>> by_entity_;
    std::map<std::string, bool, std::less<>> family_coded_;
};

}  // namespace stancegraph
