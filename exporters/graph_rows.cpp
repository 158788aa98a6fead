// Reading a graph's selection as rows.
#include "graph_rows.hpp"

#include "schema_rows.hpp"

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
    FactRow row;
    row.id = export_fact_id(index);
    row.source = source.id;
    row.target = target.id;
    row.relation = &graph.ontology().at(fact.relation);
    row.valid_from = text.valid_from;
    row.valid_to = text.valid_to;
    row.until = text.until;
    row.confidence = fact.confidence();
    row.evidence_count = fact.evidence.size();
    if (!fact.evidence.empty()) {
        row.evidence_text = fact.evidence.front().text;
        row.evidence_url = fact.evidence.front().url;
    }
    row.source_name = source.name;
    row.target_name = target.name;
    row.evidence = fact.evidence;
    return row;
}

void GraphRows::each_fact(const std::function<void(const FactRow&)>& visit, RowDetail) const {
    FactRowText text;
    for (FactIndex f : selection_.facts) visit(graph_fact_row(graph_, f, text));
}

}  // namespace stancegraph
