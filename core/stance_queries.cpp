// Stance, who and timeline on the graph (rules in docs/semantics.md).
#include "stance_queries.hpp"

#include <algorithm>
#include <set>

namespace stancegraph {

namespace {

std::optional<StanceAnswer> stance_in_family(const StanceGraph& graph, const std::vector<FactIndex>& facts,
                                             const std::string& family, DayNumber day) {
    std::optional<StanceAnswer> answer;
    DayNumber latest = 0;
    for (FactIndex f : facts) {
        const Fact& fact = graph.fact(f);
        if (graph.ontology().at(fact.relation).family != family) continue;
        if (!fact.valid.holds_on(day)) continue;
        const DayNumber start = fact.valid.start();
        if (!answer || start > latest) {
            answer = StanceAnswer{family, fact.relation, {f}, false};
            latest = start;
        } else if (start == latest) {
            answer->facts.push_back(f);
            if (fact.relation != answer->relation) answer->contradiction = true;
        }
    }
    return answer;
}

}  // namespace

std::vector<StanceAnswer> stance(const StanceGraph& graph, Vertex a, Vertex b, DayNumber day,
                                 std::optional<std::string_view> family) {
    std::vector<StanceAnswer> answers;
    const auto facts = graph.facts_toward(a, b);
    for (const auto& f : graph.ontology().families()) {
        if (family && f.name != *family) continue;
        if (auto answer = stance_in_family(graph, facts, f.name, day)) answers.push_back(std::move(*answer));
    }
    return answers;
}

std::vector<WhoAnswer> who(const StanceGraph& graph, RelationId relation, Vertex target, DayNumber day) {
    const RelationInfo& info = graph.ontology().at(relation);
    const Graph& g = graph.graph();
    std::set<Vertex> holders;
    for (auto [it, end] = boost::in_edges(target, g); it != end; ++it)
        if (graph.ontology().at(graph.fact(g[*it].fact).relation).family == info.family) holders.insert(boost::source(*it, g));
    if (info.symmetric)
        for (auto [it, end] = boost::out_edges(target, g); it != end; ++it)
            if (graph.ontology().at(graph.fact(g[*it].fact).relation).family == info.family) holders.insert(boost::target(*it, g));
    std::vector<WhoAnswer> answers;
    for (Vertex holder : holders) {
        auto answer = stance_in_family(graph, graph.facts_toward(holder, target), info.family, day);
        if (!answer) continue;
        const bool holds = std::any_of(answer->facts.begin(), answer->facts.end(),
                                       [&](FactIndex f) { return graph.fact(f).relation == relation; });
        if (!holds) continue;
        answer->relation = relation;
        answers.push_back({holder, std::move(*answer)});
    }
    std::sort(answers.begin(), answers.end(), [&](const WhoAnswer& x, const WhoAnswer& y) {
        return graph.node(x.entity).name < graph.node(y.entity).name;
    });
    return answers;
}

std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a, Vertex b) {
    auto facts = graph.facts_between(a, b);
    std::stable_sort(facts.begin(), facts.end(), [&](FactIndex x, FactIndex y) {
        const Fact& fx = graph.fact(x);
        const Fact& fy = graph.fact(y);
        if (fx.valid.start() != fy.valid.start()) return fx.valid.start() < fy.valid.start();
        return fx.relation < fy.relation;
    });
    return facts;
}

}  // namespace stancegraph
