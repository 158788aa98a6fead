// Choosing facts and vertices for an export.
#include "selection.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <deque>

namespace stancegraph {

Selection select(const StanceGraph& graph, const ExportOptions& options) {
    const RelationOntology& ontology = graph.ontology();
    for (const auto& r : options.relations)
        if (!ontology.find(r)) throw UsageError("unknown relation " + r + " (known: " + ontology.relation_names() + ")");
    for (const auto& f : options.families)
        if (!ontology.family(f)) throw UsageError("unknown relation family " + f);

    std::vector<bool> keep(graph.fact_count(), false);
    for (FactIndex i = 0; i < graph.fact_count(); ++i) {
        const Fact& fact = graph.fact(i);
        const RelationInfo& relation = ontology.at(fact.relation);
        if (!options.relations.empty() && !options.relations.count(relation.name)) continue;
        if (!options.families.empty() && !options.families.count(relation.family)) continue;
        if (fact.confidence() < options.min_confidence) continue;
        if (options.as_of && !graph.in_force(i, *options.as_of)) continue;
        keep[i] = true;
    }

    std::vector<bool> vertex_in(graph.entity_count(), options.entity.has_value() ? false : true);
    if (options.entity) {
        auto start = graph.vertex(*options.entity);
        if (!start) throw UsageError("the graph has no facts about " + *options.entity);
        // Breadth-first over kept facts, in both directions, up to the depth.
        std::vector<int> distance(graph.entity_count(), -1);
        std::deque<Vertex> queue{*start};
        distance[*start] = 0;
        const Graph& g = graph.graph();
        while (!queue.empty()) {
            const Vertex v = queue.front();
            queue.pop_front();
            vertex_in[v] = true;
            if (distance[v] >= options.depth) continue;
            auto visit = [&](Vertex next, FactIndex f) {
                if (!keep[f] || distance[next] >= 0) return;
                distance[next] = distance[v] + 1;
                queue.push_back(next);
            };
            for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(boost::target(*it, g), g[*it].fact);
            for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(boost::source(*it, g), g[*it].fact);
        }
    }

    Selection selection;
    std::vector<bool> touched(graph.entity_count(), false);
    for (FactIndex i = 0; i < graph.fact_count(); ++i) {
        if (!keep[i]) continue;
        const Vertex s = graph.source_of(i), t = graph.target_of(i);
        if (!vertex_in[s] || !vertex_in[t]) continue;
        selection.facts.push_back(i);
        touched[s] = touched[t] = true;
    }
    if (options.entity) touched[*graph.vertex(*options.entity)] = true;
    for (Vertex v = 0; v < graph.entity_count(); ++v)
        if (touched[v]) selection.vertices.push_back(v);
    return selection;
}

}  // namespace stancegraph
