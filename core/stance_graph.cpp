// Building the multigraph and deriving when event-log facts stop holding.
#include "stance_graph.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace stancegraph {

Vertex StanceGraph::add_entity(const EntityNode& node) {
    if (auto it = vertex_by_id_.find(node.id); it != vertex_by_id_.end()) {
        EntityNode& existing = graph_[it->second];
        if (!node.name.empty() && (existing.name.empty() || existing.name == existing.id)) existing.name = node.name;
        if (node.kind != EntityKind::other) existing.kind = node.kind;
        return it->second;
    }
    EntityNode stored = node;
    if (stored.name.empty()) stored.name = stored.id;
    const Vertex v = boost::add_vertex(stored, graph_);
    vertex_by_id_.emplace(node.id, v);
    return v;
}

std::optional<Vertex> StanceGraph::vertex(std::string_view id) const {
    auto it = vertex_by_id_.find(std::string(id));
    if (it == vertex_by_id_.end()) return std::nullopt;
    return it->second;
}

Vertex StanceGraph::vertex_for(const std::string& id) {
    if (auto it = vertex_by_id_.find(id); it != vertex_by_id_.end()) return it->second;
    return add_entity({id, "", EntityKind::other});
}

FactIndex StanceGraph::append(Fact fact) {
    const Vertex s = vertex_for(fact.source);
    const Vertex t = vertex_for(fact.target);
    const auto index = static_cast<FactIndex>(facts_.size());
    facts_.push_back({std::move(fact), s, t});
    boost::add_edge(s, t, FactEdge{index}, graph_);
    effective_ends_stale_ = true;
    return index;
}

void StanceGraph::index_facts() {
    for (; indexed_facts_ < facts_.size(); ++indexed_facts_)
        fact_by_key_.emplace(FactKey::of(facts_[indexed_facts_].fact, *ontology_), static_cast<FactIndex>(indexed_facts_));
}

FactIndex StanceGraph::add_fact(Fact fact) {
    index_facts();
    FactKey key = FactKey::of(fact, *ontology_);
    if (auto it = fact_by_key_.find(key); it != fact_by_key_.end()) {
        Fact& existing = facts_[it->second].fact;
        for (const auto& e : fact.evidence) existing.add_evidence(e);
        if (!existing.valid.valid_to && fact.valid.valid_to) {
            existing.valid.valid_to = fact.valid.valid_to;
            effective_ends_stale_ = true;
        }
        return it->second;
    }
    const FactIndex index = append(std::move(fact));
    fact_by_key_.emplace(std::move(key), index);
    indexed_facts_ = facts_.size();
    return index;
}

FactIndex StanceGraph::add_unique_fact(Fact fact) { return append(std::move(fact)); }

void StanceGraph::reserve(std::size_t entities, std::size_t facts) {
    vertex_by_id_.reserve(entities);
    facts_.reserve(facts);
}

std::vector<FactIndex> StanceGraph::facts_between(Vertex a, Vertex b) const {
    std::vector<FactIndex> out;
    for (auto [it, end] = boost::out_edges(a, graph_); it != end; ++it)
        if (boost::target(*it, graph_) == b) out.push_back(graph_[*it].fact);
    if (a != b)
        for (auto [it, end] = boost::in_edges(a, graph_); it != end; ++it)
            if (boost::source(*it, graph_) == b) out.push_back(graph_[*it].fact);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<FactIndex> StanceGraph::facts_toward(Vertex a, Vertex b) const {
    std::vector<FactIndex> out;
    for (FactIndex f : facts_between(a, b))
        if (facts_[f].source == a || ontology_->at(facts_[f].fact.relation).symmetric) out.push_back(f);
    return out;
}

DayNumber StanceGraph::effective_end(FactIndex index) const {
    if (effective_ends_stale_) compute_effective_ends();
    return effective_end_[index];
}

const TimeWindow& StanceGraph::event_window(RelationId relation) const {
    return window_override_ ? *window_override_ : ontology_->family_of(relation).window;
}

std::optional<DayNumber> StanceGraph::known_end(FactIndex index) const {
    const DayNumber end = effective_end(index);
    if (end == std::numeric_limits<DayNumber>::max() || end == std::numeric_limits<DayNumber>::min()) return std::nullopt;
    return end;
}

bool StanceGraph::in_force(FactIndex index, DayNumber day, const TimeWindow* window) const {
    const Fact& fact = facts_[index].fact;
    if (fact.valid.start() > day) return false;
    if (!is_event(index)) return day < effective_end(index);
    return (window ? *window : event_window(fact.relation)).horizon(day) < effective_end(index);
}

void StanceGraph::compute_effective_ends() const {
    effective_end_.resize(facts_.size());
    // Group event-log facts by family and pair (unordered for symmetric relations).
    std::map<std::tuple<std::string, Vertex, Vertex>, std::vector<FactIndex>> logs;
    for (FactIndex i = 0; i < facts_.size(); ++i) {
        const auto& stored = facts_[i];
        const RelationInfo& relation = ontology_->at(stored.fact.relation);
        effective_end_[i] = relation.temporal == Temporal::event ? stored.fact.valid.period_end() : stored.fact.valid.end();
        if (!ontology_->family_of(relation.id).event_log) continue;
        Vertex a = stored.source, b = stored.target;
        if (relation.symmetric && b < a) std::swap(a, b);
        logs[{relation.family, a, b}].push_back(i);
    }
    for (auto& [key, log] : logs) {
        std::stable_sort(log.begin(), log.end(), [&](FactIndex x, FactIndex y) {
            return facts_[x].fact.valid.start() < facts_[y].fact.valid.start();
        });
        for (std::size_t i = 0; i < log.size(); ++i) {
            const Fact& current = facts_[log[i]].fact;
            for (std::size_t j = i + 1; j < log.size(); ++j) {
                const Fact& next = facts_[log[j]].fact;
                if (next.valid.start() > current.valid.start() && next.relation != current.relation) {
                    effective_end_[log[i]] = std::min(effective_end_[log[i]], next.valid.start());
                    break;
                }
            }
        }
    }
    effective_ends_stale_ = false;
}

}  // namespace stancegraph
