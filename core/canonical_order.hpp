// The one order in which every export lists facts and each fact's evidence, whatever order the
// inputs were imported in, so that the same inputs give byte-identical exports: facts by source id,
// relation name, target id and start (as text, byte by byte; undated first), which is the store's
// unique key facts_identity; a fact's evidence by document id, and within one document in the
// order the document gave it. The SQL and the C++ below must agree (stored_selection_test.cpp
// compares the store's rows with a loaded graph's).
#pragma once

#include "fact.hpp"

#include <algorithm>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

namespace stancegraph {

// ORDER BY terms on the facts aliased f and the evidence aliased e.
inline constexpr const char* kCanonicalFactOrder = "f.source_id, f.relation, f.target_id, COALESCE(f.valid_from, '')";
inline constexpr const char* kCanonicalEvidenceOrder = "e.document_id, e.id";

// What orders two facts: their key in facts_identity.
struct CanonicalFactKey {
    std::string_view source, relation, target, valid_from;  // valid_from "" when undated

    bool operator<(const CanonicalFactKey& other) const {
        return std::tie(source, relation, target, valid_from) < std::tie(other.source, other.relation, other.target, other.valid_from);
    }
};

// A fact's evidence in canonical order, given in the order it was stored (Store::load_graph).
inline std::vector<Evidence> in_canonical_order(std::span<const Evidence> evidence) {
    std::vector<Evidence> sorted(evidence.begin(), evidence.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const Evidence& a, const Evidence& b) { return a.document < b.document; });
    return sorted;
}

}  // namespace stancegraph
