// Stance, who and timeline on the graph (rules in docs/semantics.md).
#include "stance_queries.hpp"

#include "name_order.hpp"

#include <algorithm>
#include <set>

namespace stancegraph {

namespace {

// Two relations of a family agree when they have the same polarity (does_not_recognize and
// withdraws_recognition are both a refusal); neutral relations agree only with themselves.
bool agree(const RelationOntology& ontology, RelationId a, RelationId b) {
    if (a == b) return true;
    const Polarity pa = ontology.at(a).polarity, pb = ontology.at(b).polarity;
    return pa == pb && pa != Polarity::neutral;
}

// Splits tied facts into sides of agreeing relations and picks the heaviest side.
void weigh_tied_facts(const StanceGraph& graph, StanceAnswer& answer) {
    const RelationOntology& ontology = graph.ontology();
    std::vector<std::vector<FactIndex>> sides;
    for (FactIndex f : answer.facts) {
        auto side = std::find_if(sides.begin(), sides.end(), [&](const std::vector<FactIndex>& s) {
            return agree(ontology, graph.fact(s.front()).relation, graph.fact(f).relation);
        });
        if (side == sides.end()) sides.push_back({f});
        else side->push_back(f);
    }
    std::vector<EvidenceWeight> weights;
    for (const auto& side : sides) weights.push_back(weight_of(graph, side));
    std::size_t best = 0;
    for (std::size_t i = 1; i < sides.size(); ++i)
        if (weights[i] > weights[best]) best = i;
    // Within the side, the relation of its heaviest fact names the answer.
    auto relation_of_side = [&](const std::vector<FactIndex>& side) {
        return graph.fact(*std::max_element(side.begin(), side.end(), [&](FactIndex x, FactIndex y) {
                   return weight_of(graph, {x}) < weight_of(graph, {y});
               })).relation;
    };
    for (std::size_t i = 0; i < sides.size(); ++i)
        if (i != best && weights[i] == weights[best]) answer.contested = true;
    if (answer.contested) {
        answer.relation = relation_of_side(sides[best]);
        return;  // every tied fact stays in `facts`
    }
    answer.facts = sides[best];
    answer.relation = relation_of_side(sides[best]);
    for (std::size_t i = 0; i < sides.size(); ++i)
        if (i != best) answer.outweighed.insert(answer.outweighed.end(), sides[i].begin(), sides[i].end());
}

// Walks back from the answer's facts through earlier facts that agree with it, as long as each
// still held (or, for an event, was still within its window) when the next one started.
void trace_unbroken_stance(const StanceGraph& graph, const std::vector<FactIndex>& family_facts, StanceAnswer& answer) {
    const RelationOntology& ontology = graph.ontology();
    DayNumber earliest = graph.fact(answer.facts.front()).valid.start();
    answer.since_fact = answer.facts.front();
    answer.fact_count = answer.facts.size();
    for (FactIndex f : answer.facts) answer.evidence += graph.fact(f).evidence.size();
    if (answer.contested) return;
    std::vector<FactIndex> earlier;
    for (FactIndex f : family_facts)
        if (graph.fact(f).valid.start() < earliest) earlier.push_back(f);
    std::stable_sort(earlier.begin(), earlier.end(), [&](FactIndex x, FactIndex y) {
        return graph.fact(x).valid.start() > graph.fact(y).valid.start();
    });
    for (std::size_t i = 0; i < earlier.size();) {
        // The facts that start on one day, taken together: one that disagrees ends the walk.
        const DayNumber day = graph.fact(earlier[i]).valid.start();
        std::size_t j = i;
        bool all_agree = true, any_reaches = false;
        for (; j < earlier.size() && graph.fact(earlier[j]).valid.start() == day; ++j) {
            const FactIndex f = earlier[j];
            all_agree = all_agree && agree(ontology, graph.fact(f).relation, answer.relation);
            any_reaches = any_reaches || graph.in_force(f, earliest) || graph.effective_end(f) >= earliest;
        }
        if (!all_agree || !any_reaches) break;
        for (std::size_t k = i; k < j; ++k) {
            answer.evidence += graph.fact(earlier[k]).evidence.size();
            ++answer.fact_count;
            answer.since_fact = earlier[k];
        }
        earliest = day;
        i = j;
    }
}

std::optional<StanceAnswer> stance_in_family(const StanceGraph& graph, const std::vector<FactIndex>& facts,
                                             const std::string& family, DayNumber day) {
    std::optional<StanceAnswer> answer;
    std::vector<FactIndex> family_facts;
    DayNumber latest = 0;
    for (FactIndex f : facts) {
        const Fact& fact = graph.fact(f);
        if (graph.ontology().at(fact.relation).family != family) continue;
        family_facts.push_back(f);
        if (!graph.in_force(f, day)) continue;
        const DayNumber start = fact.valid.start();
        if (!answer || start > latest) {
            answer = StanceAnswer{};
            answer->family = family;
            answer->relation = fact.relation;
            answer->facts = {f};
            latest = start;
        } else if (start == latest) {
            answer->facts.push_back(f);
        }
    }
    if (!answer) return answer;
    if (answer->facts.size() > 1) weigh_tied_facts(graph, *answer);
    trace_unbroken_stance(graph, family_facts, *answer);
    return answer;
}

}  // namespace

EvidenceWeight weight_of(const StanceGraph& graph, const std::vector<FactIndex>& facts) {
    EvidenceWeight weight;
    std::set<std::string_view> documents;
    double confidence = 0.0;
    for (FactIndex f : facts)
        for (const Evidence& e : graph.fact(f).evidence) {
            weight.origin = std::max(weight.origin, static_cast<int>(e.origin));
            documents.insert(e.document);
            confidence = std::max(confidence, e.confidence);
        }
    weight.documents = documents.size();
    weight.confidence_tenths = static_cast<int>(confidence * 10.0 + 1e-9);
    return weight;
}

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
        // A contested stance names the relation when one of its tied facts does; an agreed one when
        // one of the facts that make it does (does_not_recognize beside withdraws_recognition).
        const bool holds = std::any_of(answer->facts.begin(), answer->facts.end(),
                                       [&](FactIndex f) { return graph.fact(f).relation == relation; });
        if (!holds) continue;
        answer->relation = relation;
        answers.push_back({holder, std::move(*answer)});
    }
    std::sort(answers.begin(), answers.end(), [&](const WhoAnswer& x, const WhoAnswer& y) {
        return folded_name_less(graph.node(x.entity).name, graph.node(y.entity).name);
    });
    return answers;
}

namespace {

// Two facts in their canonical order (canonical_order.hpp): the tie-break of every list below, never
// the store's numbering, which depends on the order the documents were imported in (four importers
// at once into PostgreSQL number the same facts otherwise than one import into SQLite).
bool canonical_less(const StanceGraph& graph, FactIndex x, FactIndex y) {
    const Fact& fx = graph.fact(x);
    const Fact& fy = graph.fact(y);
    if (fx.source != fy.source) return fx.source < fy.source;
    if (fx.relation != fy.relation) return graph.ontology().at(fx.relation).name < graph.ontology().at(fy.relation).name;
    if (fx.target != fy.target) return fx.target < fy.target;
    const auto from_text = [](const Fact& f) { return f.valid.valid_from ? f.valid.valid_from->to_string() : std::string(); };
    return from_text(fx) < from_text(fy);
}

// In time order, ties by relation, then canonically: the order every timeline is shown in.
void sort_by_start(const StanceGraph& graph, std::vector<FactIndex>& facts) {
    std::stable_sort(facts.begin(), facts.end(), [&](FactIndex x, FactIndex y) {
        const Fact& fx = graph.fact(x);
        const Fact& fy = graph.fact(y);
        if (fx.valid.start() != fy.valid.start()) return fx.valid.start() < fy.valid.start();
        if (fx.relation != fy.relation) return fx.relation < fy.relation;
        return canonical_less(graph, x, y);
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
            if (before.front().relation == fact.relation && !before.front().contested) continue;
            change.before = before.front().relation;
            change.before_fact = before.front().facts.front();
        }
        out.push_back(change);
    }
    std::stable_sort(out.begin(), out.end(), [&](const StanceChange& x, const StanceChange& y) {
        const DayNumber sx = graph.fact(x.fact).valid.start(), sy = graph.fact(y.fact).valid.start();
        return sx != sy ? sx < sy : canonical_less(graph, x.fact, y.fact);
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
            if (ontology.family_of(ra.id).event_log)
                disagree = a.valid.start() == b.valid.start() && !agree(ontology, a.relation, b.relation);
            else disagree = ra.polarity != rb.polarity && ra.polarity != Polarity::neutral && rb.polarity != Polarity::neutral &&
                            a.valid.overlaps(b.valid);
            if (disagree) out.push_back({f, g});
        }
    }
    // Each pair and the list in canonical order, whatever order the store numbered the facts in.
    for (Contradiction& c : out)
        if (canonical_less(graph, c.second, c.first)) std::swap(c.first, c.second);
    std::sort(out.begin(), out.end(), [&](const Contradiction& x, const Contradiction& y) {
        if (x.first != y.first) return canonical_less(graph, x.first, y.first);
        return canonical_less(graph, x.second, y.second);
    });
    return out;
}

std::vector<std::size_t> count_holders(const StanceGraph& graph, RelationId relation, Vertex target, const std::vector<DayNumber>& days,
                                       bool include_contested) {
    std::vector<std::size_t> counts;
    counts.reserve(days.size());
    for (DayNumber day : days) {
        const auto answers = who(graph, relation, target, day);
        counts.push_back(static_cast<std::size_t>(std::count_if(answers.begin(), answers.end(), [&](const WhoAnswer& a) {
            return include_contested || !a.stance.contested;
        })));
    }
    return counts;
}

}  // namespace stancegraph
