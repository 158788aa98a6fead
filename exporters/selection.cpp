// Choosing facts and vertices for an export.
#include "selection.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <deque>

namespace stancegraph {

namespace {

void check_names(const RelationOntology& ontology, const ExportOptions& options) {
    for (const auto& r : options.relations)
        if (!ontology.find(r)) throw UsageError("unknown relation " + r + " (known: " + ontology.relation_names() + ")");
    for (const auto& f : options.families)
        if (!ontology.family(f)) throw UsageError("unknown relation family " + f);
}

bool relation_selected(const RelationInfo& relation, const ExportOptions& options) {
    return (options.relations.empty() || options.relations.count(relation.name)) &&
           (options.families.empty() || options.families.count(relation.family));
}

}  // namespace

StoredFilter stored_filter(const RelationOntology& ontology, const ExportOptions& options) {
    check_names(ontology, options);
    StoredFilter filter;
    if (!options.relations.empty() || !options.families.empty()) {
        for (const auto& r : ontology.relations())
            if (relation_selected(r, options)) filter.relations.insert(r.name);
        // A relation outside the families given selects nothing, which no relation name matches.
        if (filter.relations.empty()) filter.relations.insert("");
    }
    filter.scope = store_selection(options, ontology).relations;
    filter.as_of = options.as_of;
    filter.window = options.window;
    filter.min_confidence = options.min_confidence;
    filter.entity = options.entity;
    filter.depth = options.depth;
    return filter;
}

Selection select(const StanceGraph& graph, const ExportOptions& options) {
    const RelationOntology& ontology = graph.ontology();
    check_names(ontology, options);

    std::vector<bool> keep(graph.fact_count(), false);
    for (FactIndex i = 0; i < graph.fact_count(); ++i) {
        const Fact& fact = graph.fact(i);
        if (!relation_selected(ontology.at(fact.relation), options)) continue;
        if (fact.confidence() < options.min_confidence) continue;
        if (options.as_of && !graph.in_force(i, *options.as_of, options.window ? &*options.window : nullptr)) continue;
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

GraphSelection store_selection(const ExportOptions& options, const RelationOntology& ontology) {
    GraphSelection selection;
    if (options.relations.empty() && options.families.empty()) return selection;
    std::set<std::string> families = options.families;
    for (const auto& r : ontology.relations())
        if (options.relations.count(r.name)) families.insert(r.family);
    for (const auto& r : ontology.relations())
        if (families.count(r.family)) selection.relations.insert(r.name);
    // Names that are no relation are left to select(), which reports them; nothing to load for them.
    if (selection.relations.empty()) selection.relations.insert("");
    return selection;
}

}  // namespace stancegraph
