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

namespace {

// In time order, ties by relation, otherwise as they were: the order every timeline is shown in.
void sort_by_start(const StanceGraph& graph, std::vector<FactIndex>& facts) {
    std::stable_sort(facts.begin(), facts.end(), [&](FactIndex x, FactIndex y) {
        const Fact& fx = graph.fact(x);
        const Fact& fy = graph.fact(y);
        if (fx.valid.start() != fy.valid.start()) return fx.valid.start() < fy.valid.start();
        return fx.relation < fy.relation;
    });
}

}  // namespace

std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a, Vertex b) {
    auto facts = graph.facts_between(a, b);
    sort_by_start(graph, facts);
    return facts;
}

std::vector<FactIndex> timeline(const StanceGraph& graph, Vertex a) {
    std::vector<FactIndex> facts;
    const Graph& g = graph.graph();
    for (auto [it, end] = boost::out_edges(a, g); it != end; ++it) facts.push_back(g[*it].fact);
    for (auto [it, end] = boost::in_edges(a, g); it != end; ++it)
        if (boost::source(*it, g) != a) facts.push_back(g[*it].fact);
    std::sort(facts.begin(), facts.end());
    sort_by_start(graph, facts);
    return facts;
}

std::vector<StanceChange> changes(const StanceGraph& graph, DayNumber from, DayNumber to, std::optional<std::string_view> family) {
    std::vector<StanceChange> out;
    for (FactIndex f = 0; f < graph.fact_count(); ++f) {
        const Fact& fact = graph.fact(f);
        if (!fact.valid.valid_from) continue;
        const DayNumber start = fact.valid.start();
        if (start < from || start > to) continue;
        const RelationInfo& relation = graph.ontology().at(fact.relation);
        if (family && relation.family != *family) continue;
        const auto before = stance(graph, graph.source_of(f), graph.target_of(f), start - 1, std::string_view(relation.family));
        StanceChange change{f, std::nullopt, std::nullopt};
        if (!before.empty()) {
            if (before.front().relation == fact.relation && !before.front().contradiction) continue;
            change.before = before.front().relation;
            change.before_fact = before.front().facts.front();
        }
        out.push_back(change);
    }
    std::stable_sort(out.begin(), out.end(), [&](const StanceChange& x, const StanceChange& y) {
        return graph.fact(x.fact).valid.start() < graph.fact(y.fact).valid.start();
    });
    return out;
}

std::vector<Contradiction> contradictions(const StanceGraph& graph, std::optional<std::string_view> family) {
    std::vector<Contradiction> out;
    const RelationOntology& ontology = graph.ontology();
    for (FactIndex f = 0; f < graph.fact_count(); ++f) {
        const Fact& a = graph.fact(f);
        const RelationInfo& ra = ontology.at(a.relation);
        if (family && ra.family != *family) continue;
        for (FactIndex g : graph.facts_between(graph.source_of(f), graph.target_of(f))) {
            if (g <= f) continue;
            const Fact& b = graph.fact(g);
            const RelationInfo& rb = ontology.at(b.relation);
            if (rb.family != ra.family || b.relation == a.relation) continue;
            // Facts in the opposite direction only disagree for symmetric relations.
            const bool same_direction = graph.source_of(f) == graph.source_of(g);
            if (!same_direction && !(ra.symmetric && rb.symmetric)) continue;
            bool disagree;
            if (ontology.family_of(ra.id).event_log) disagree = a.valid.start() == b.valid.start();
            else disagree = ra.polarity != rb.polarity && ra.polarity != Polarity::neutral && rb.polarity != Polarity::neutral &&
                            a.valid.overlaps(b.valid);
            if (disagree) out.push_back({f, g});
        }
    }
    return out;
}

std::vector<std::size_t> count_holders(const StanceGraph& graph, RelationId relation, Vertex target, const std::vector<DayNumber>& days) {
    std::vector<std::size_t> counts;
    counts.reserve(days.size());
    for (DayNumber day : days) counts.push_back(who(graph, relation, target, day).size());
    return counts;
}

}  // namespace stancegraph
