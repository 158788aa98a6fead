// Extraction: an article in, stance facts with evidence out. The stages — tokens and sentences,
// entity mentions, stance cues with negation, arguments, people attributed to their states, time —
// each live in their own file; this one runs them per sentence and links their results.
#pragma once

#include "article.hpp"
#include "core/fact.hpp"
#include "core/gazetteer.hpp"
#include "lexicon.hpp"
#include "form_cache.hpp"
#include "mention_finder.hpp"
#include "morphology.hpp"

#include <memory>
#include <string>
#include <vector>

namespace stancegraph {

struct ExtractionResult {
    std::vector<Fact> facts;          // in text order, each with one piece of evidence
    std::vector<std::string> trace;   // what each sentence gave and why candidates were dropped
};

class Extractor {
public:
    Extractor(const Gazetteer& gazetteer, const RelationOntology& ontology, const LexiconSet& lexicons);

    bool supports(const std::string& language) const { return lexicons_.find(language) != nullptr; }
    // Precondition: supports(article.lang).
    ExtractionResult extract(const Article& article, bool trace) const;

private:
    const Gazetteer& gazetteer_;
    const RelationOntology& ontology_;
    const LexiconSet& lexicons_;
    Morphology morphology_;
    MentionFinder mentions_;
    mutable FormCache forms_;  // extraction is single-threaded per extractor
};

}  // namespace stancegraph
