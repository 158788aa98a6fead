// The analyst's questions on the stance graph: A's stance toward B as of a day, who holds a stance
// toward B, and the timeline between two entities.
#pragma once

#include "stance_graph.hpp"

#include <optional>
#include <string_view>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct StanceAnswer {
    std::string family;
    RelationId relation = 0;        // the relation of the strongest latest fact in force
    // The latest facts in force that make the answer (several when they start on the same day and
    // agree); when contested, every tied fact.
    std::vector<FactIndex> facts;
    // Tied facts of the other polarity that weaker evidence supports: shown, not counted.
    std::vector<FactIndex> outweighed;
    // Tied facts disagree and neither side's evidence outweighs the other's (docs/semantics.md).
    bool contested = false;
    // The first fact of the unbroken stance: the earliest fact of the same polarity reached from the
    // latest one without a gap or a disagreeing fact in between. Its start is the stance's "since".
    FactIndex since_fact = 0;
    std::size_t evidence = 0;       // pieces of evidence of every fact of the unbroken stance
    std::size_t fact_count = 0;     // facts of the unbroken stance
};

// How much a set of agreeing facts weighs: the best origin of its evidence (curated > article >
// event data), then the number of distinct documents, then the best confidence in tenths.
struct EvidenceWeight {
    int origin = 0;
    std::size_t documents = 0;
    int confidence_tenths = 0;
    auto operator<=>(const EvidenceWeight&) const = default;
};
EvidenceWeight weight_of(const StanceGraph& graph, const std::vector<FactIndex>& facts);

// A's stance toward B in each family (or one family) on a day: the latest fact of the family in
// force then; symmetric relations count from either side. Families without a fact are left out.
// Tied latest facts that disagree are weighed: the heavier side is the answer, the other is
// outweighed; equal weights make the stance contested.
std::vector<StanceAnswer> stance(const StanceGraph& graph, Vertex a, Vertex b, DayNumber day,
                                 std::optional<std::string_view> family = std::nullopt);

struct WhoAnswer {
    Vertex entity;
    StanceAnswer stance;
};

// Every entity whose stance toward the target, in the relation's family, is that relation on the day.
// Entities whose stance is contested with the relation on one side are included with `contested` set.
std::vector<WhoAnswer> who(const StanceGraph& graph, RelationId relation, Vertex target, DayNumber day);

// Every fact between a and b, in either direction, ordered by valid_from (unknown first), then relation.
std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a, Vertex b);
// Every fact touching a, in either direction, in the same order.
std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a);

// A change of stance: a fact starting in a period whose relation differs from the stance its source
// held toward its target, in that family, the day before (or that starts a stance where there was none).
struct StanceChange {
    FactIndex fact;
    std::optional<RelationId> before;  // the stance the day before, if any
    std::optional<FactIndex> before_fact;
};

// Changes with valid_from in [from, to] (days), in time order; undated facts never count as changes.
std::vector<StanceChange> changes(const StanceGraph& graph, DayNumber from, DayNumber to,
                                  std::optional<std::string_view> family = std::nullopt);

// Facts of one family between the same pair that disagree about the same period: tied facts that
// start on the same day with different relations, and, outside event logs, facts of opposite
// polarity whose intervals overlap.
struct Contradiction {
    FactIndex first;
    FactIndex second;
};
std::vector<Contradiction> contradictions(const StanceGraph& graph, std::optional<std::string_view> family = std::nullopt);

// How many entities hold a relation toward a target on each of the days; contested stances count
// only when asked for.
std::vector<std::size_t> count_holders(const StanceGraph& graph, RelationId relation, Vertex target,
                                       const std::vector<DayNumber>& days, bool include_contested = false);

}  // namespace stancegraph
