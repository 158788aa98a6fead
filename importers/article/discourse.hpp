// What an article has said so far, for references that reach across sentences: the state the
// text is about and the one that spoke last ("the ministry said"), the last list of actors named
// together ("the two countries", "البلدين", "обе страны"), the last organisation ("the bloc") and
// territory ("the province"), and the last act of each family ("condemned the attack", "followed
// suit"). The extractor updates it after each sentence; the sentence analysis and the argument
// linker read it.
#pragma once

#include "core/entity.hpp"
#include "core/relation_ontology.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace stancegraph {

// An act the text reported: who did it to whom, and in which sentence.
struct DiscourseEvent {
    RelationId relation = 0;
    std::string family;
    std::vector<const Entity*> sources;
    std::vector<const Entity*> targets;
    std::size_t sentence = 0;
};

struct Discourse {
    const Entity* topic = nullptr;    // the last sentence's source, or its speaker
    const Entity* speaker = nullptr;  // the state or organisation that spoke last
    std::vector<const Entity*> group;  // the last list of two or more actors named together
    std::vector<std::vector<const Entity*>> groups;  // the last few such lists, latest last ("the three countries")
    const Entity* organisation = nullptr;
    const Entity* territory = nullptr;
    const Entity* state = nullptr;
    std::vector<DiscourseEvent> events;  // every act so far, in text order

    // The last act of a family ("" for any), not older than `max_age` sentences before `sentence`.
    const DiscourseEvent* last_event(const std::string& family, std::size_t sentence, std::size_t max_age) const;
};

}  // namespace stancegraph
