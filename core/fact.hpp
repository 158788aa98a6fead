// Facts (source, relation, target, validity interval) and the evidence behind them. The same
// (source, relation, target, valid_from) seen in several documents is one fact with several pieces
// of evidence; a symmetric relation is the same fact in either direction.
#pragma once

#include "interval.hpp"
#include "relation_ontology.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

// Where a piece of evidence comes from, by the kind of its document; when sources disagree, curated
// facts outweigh articles, and articles outweigh event data.
enum class EvidenceOrigin : std::uint8_t { unknown = 0, events = 1, article = 2, curated = 3 };

EvidenceOrigin origin_of_document_kind(std::string_view kind);  // "facts", "article", "events"

// Ends the rule of a fact extracted from a hedged sentence ("may recognise", "is expected to").
inline constexpr std::string_view kHedgedRuleSuffix = ":hedged";

struct Evidence {
    std::string document;  // id of the document the evidence comes from
    std::string url;
    std::optional<PartialDate> published;
    std::string text;       // the sentence or row that supports the fact
    int sentence = -1;      // sentence index within an article, -1 otherwise
    std::int64_t start = -1;  // byte span of `text` in the article, -1 when not from an article
    std::int64_t end = -1;
    std::size_t line = 0;   // line in a fact or event file, 0 otherwise
    std::string rule;       // what produced it: an extraction rule id, "fact-file", "gdelt:054", …
    double confidence = 1.0;
    EvidenceOrigin origin = EvidenceOrigin::unknown;  // known once stored (the document's kind)

    bool same_as(const Evidence& other) const;
    bool hedged() const { return rule.ends_with(kHedgedRuleSuffix); }
};

struct Fact {
    std::string source;  // entity ids
    std::string target;
    RelationId relation = 0;
    Interval valid;
    std::vector<Evidence> evidence;

    double confidence() const;  // the highest confidence of its evidence
    // Adds evidence unless the same document already gives it at the same place.
    void add_evidence(const Evidence& more);
};

// What makes two facts the same fact.
struct FactKey {
    std::string first;
    std::string second;
    RelationId relation;
    std::string valid_from;

    static FactKey of(const Fact& fact, const RelationOntology& ontology);
    bool operator==(const FactKey&) const = default;
};

struct FactKeyHash {
    std::size_t operator()(const FactKey& key) const noexcept;
};

}  // namespace stancegraph
