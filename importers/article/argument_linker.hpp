// Who does what to whom: for a stance cue in an analysed sentence, its sources (the subject, the
// agent of a passive, the speaker, or the entity a pronoun refers back to) and its targets (the
// objects after it, with coordinated lists), by the argument pattern its lexicon entry declares.
#pragma once

#include "sentence_analysis.hpp"

#include <string>
#include <vector>

namespace stancegraph {

struct LinkedFact {
    const Entity* source = nullptr;
    const Entity* target = nullptr;
    RelationId relation = 0;
    double confidence = 0.0;
    std::string how;  // how the source was found, for the trace and the rule id
};

// `topic` is the entity the text was last about (the previous sentence's source or speaker);
// it stands in for pronouns and self-references ("we", "his country") without an antecedent here.
// Dropped candidates are explained in `trace` when it is given.
std::vector<LinkedFact> link_arguments(const SentenceAnalysis& sentence, const CueMatch& cue,
                                       const RelationOntology& ontology, const Entity* topic,
                                       std::vector<std::string>* trace);

}  // namespace stancegraph
