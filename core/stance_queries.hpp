// The analyst's questions on the stance graph: A's stance toward B as of a day, who holds a stance
// toward B, and the timeline between two entities.
#pragma once

#include "stance_graph.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct StanceAnswer {
    std::string family;
    RelationId relation = 0;        // the relation of the latest fact in force
    std::vector<FactIndex> facts;   // the latest facts in force (several when tied on the same day)
    bool contradiction = false;     // tied facts disagree on the relation
};

// A's stance toward B in each family (or one family) on a day: the latest fact of the family in
// force then; symmetric relations count from either side. Families without a fact are left out.
std::vector<StanceAnswer> stance(const StanceGraph& graph, Vertex a, Vertex b, DayNumber day,
                                 std::optional<std::string_view> family = std::nullopt);

struct WhoAnswer {
    Vertex entity;
    StanceAnswer stance;
};

// Every entity whose stance toward the target, in the relation's family, is that relation on the day.
// Entities whose tied facts contradict each other are included with `contradiction` set.
std::vector<WhoAnswer> who(const StanceGraph& graph, RelationId relation, Vertex target, DayNumber day);

// Every fact between a and b, in either direction, ordered by valid_from (unknown first), then relation.
std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a, Vertex b);

}  // namespace stancegraph
