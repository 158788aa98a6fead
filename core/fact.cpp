// Fact identity and merging of evidence.
#include "fact.hpp"

#include <algorithm>
#include <functional>

namespace stancegraph {

EvidenceOrigin origin_of_document_kind(std::string_view kind) {
    if (kind == "facts") return EvidenceOrigin::curated;
    if (kind == "article") return EvidenceOrigin::article;
    if (kind == "events") return EvidenceOrigin::events;
    return EvidenceOrigin::unknown;
}

bool Evidence::same_as(const Evidence& other) const {
    return document == other.document && sentence == other.sentence && start == other.start && end == other.end &&
           line == other.line && rule == other.rule && text == other.text;
}

double Fact::confidence() const {
    double best = 0.0;
    for (const auto& e : evidence) best = std::max(best, e.confidence);
    return evidence.empty() ? 1.0 : best;
}

void Fact::add_evidence(const Evidence& more) {
    for (const auto& e : evidence)
        if (e.same_as(more)) return;
    evidence.push_back(more);
}

FactKey FactKey::of(const Fact& fact, const RelationOntology& ontology) {
    FactKey key{fact.source, fact.target, fact.relation, to_string(fact.valid.valid_from)};
    if (ontology.at(fact.relation).symmetric && key.second < key.first) std::swap(key.first, key.second);
    return key;
}

std::size_t FactKeyHash::operator()(const FactKey& key) const noexcept {
    std::size_t h = std::hash<std::string>{}(key.first);
    h = h * 1000003u ^ std::hash<std::string>{}(key.second);
    h = h * 1000003u ^ key.relation;
    h = h * 1000003u ^ std::hash<std::string>{}(key.valid_from);
    return h;
}

}  // namespace stancegraph
