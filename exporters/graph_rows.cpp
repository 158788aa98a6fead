// Reading a graph's selection as rows.
#include "graph_rows.hpp"

#include "core/canonical_order.hpp"

#include <algorithm>
#include <numeric>

namespace stancegraph {

void GraphRows::each_entity(const std::function<void(const EntityRow&)>& visit) const {
    for (Vertex v : selection_.vertices) {
        const EntityNode& node = graph_.node(v);
        visit({node.id, node.name, node.kind});
    }
}

FactRow graph_fact_row(const StanceGraph& graph, FactIndex index, FactRowText& text) {
    const Fact& fact = graph.fact(index);
    text.valid_from = to_string(fact.valid.valid_from);
    text.valid_to = to_string(fact.valid.valid_to);
    const auto end = graph.known_end(index);
    text.until = end ? day_to_string(*end) : std::string();
    const EntityNode& source = graph.node(graph.source_of(index));
    const EntityNode& target = graph.node(graph.target_of(index));
    text.evidence = in_canonical_order(fact.evidence);
    FactRow row;
    row.source = source.id;
    row.target = target.id;
    row.relation = &graph.ontology().at(fact.relation);
    row.valid_from = text.valid_from;
    row.valid_to = text.valid_to;
    row.until = text.until;
    row.confidence = fact.confidence();
    row.evidence_count = text.evidence.size();
    if (!text.evidence.empty()) {
        row.evidence_text = text.evidence.front().text;
        row.evidence_url = text.evidence.front().url;
    }
    row.source_name = source.name;
    row.target_name = target.name;
    row.evidence = text.evidence;
    return row;
}

void GraphRows::each_fact(const std::function<void(const FactRow&)>& visit, RowDetail) const {
    // The canonical order of the store's rows (canonical_order.hpp), and their numbering.
    std::vector<std::string> starts;
    starts.reserve(selection_.facts.size());
    for (FactIndex f : selection_.facts) starts.push_back(to_string(graph_.fact(f).valid.valid_from));
    auto key = [&](std::size_t i) {
        const FactIndex f = selection_.facts[i];
        return CanonicalFactKey{graph_.node(graph_.source_of(f)).id, graph_.ontology().at(graph_.fact(f).relation).name,
                                graph_.node(graph_.target_of(f)).id, starts[i]};
    };
    std::vector<std::size_t> order(selection_.facts.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    FactRowText text;
    std::int64_t number = 0;
    for (std::size_t i : order) {
        FactRow row = graph_fact_row(graph_, selection_.facts[i], text);
        row.id = ++number;
        visit(row);
    }
}

}  // namespace stancegraph
