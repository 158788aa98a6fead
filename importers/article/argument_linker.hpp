// Who does what to whom: for a stance cue in an analysed sentence, its sources (the subject, the
// agent of a passive, the speaker, or the entity a pronoun refers back to) and its targets (the
// objects after it, with coordinated lists), by the argument pattern its lexicon entry declares.
#pragma once

#include "sentence_analysis.hpp"

#include <optional>
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

struct LinkResult {
    std::vector<LinkedFact> facts;
    std::vector<const Entity*> sources;
    std::vector<const Entity*> targets;
    // The target search ran into another cue ("welcomed the recognition of X by Y"): its index in
    // the sentence's cues. The extractor then takes that cue's agents (or, when it has none of
    // its own, its targets) as this cue's targets.
    std::optional<std::size_t> blocked_by;
    bool own_agent = false;  // the sources were found in the cue's own phrase, not borrowed
    std::optional<std::size_t> source_token;  // where the (first) source mention starts, when in this sentence
    bool missing_source = false;  // targets were found but no source
    bool missing_target = false;  // sources were found but no target
    std::optional<RelationId> relation;  // the relation the cue's facts take, once decided
    bool nested_object = false;   // the cue is only the object of another ("condemned any support for …")
};

// The sentence's discourse memory stands in for pronouns, self-references and references to acts
// without an antecedent in the sentence ("we", "his country", "the attack").
// Dropped candidates are explained in `trace` when it is given.
LinkResult link_arguments(const SentenceAnalysis& sentence, std::size_t cue_index, const RelationOntology& ontology,
                          std::vector<std::string>* trace);

// Makes the facts of a cue that found targets but no source of its own, for the sources of the
// clause it is coordinated with ("رفضت عدة دول … الاعتراف به، وأعلنت دعمها لمادورو").
void relink_sources(LinkResult& result, const SentenceAnalysis& sentence, std::size_t cue_index,
                    const std::vector<const Entity*>& sources, const RelationOntology& ontology,
                    std::vector<std::string>* trace);

// Makes the facts of a linked cue for other targets (used when the targets come from a nested cue).
void relink_targets(LinkResult& result, const SentenceAnalysis& sentence, std::size_t cue_index,
                    const std::vector<const Entity*>& targets, const RelationOntology& ontology,
                    std::vector<std::string>* trace);

}  // namespace stancegraph
