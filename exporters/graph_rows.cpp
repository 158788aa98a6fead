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

void GraphRows::each_fact(const std::function<void(const FactRow&)>& visit) const {
    std::string valid_from, valid_to;
    for (FactIndex f : selection_.facts) {
        const Fact& fact = graph_.fact(f);
        valid_from = to_string(fact.valid.valid_from);
        valid_to = to_string(fact.valid.valid_to);
        FactRow row;
        row.id = export_fact_id(f);
        row.source = graph_.node(graph_.source_of(f)).id;
        row.target = graph_.node(graph_.target_of(f)).id;
        row.relation = &graph_.ontology().at(fact.relation);
        row.valid_from = valid_from;
        row.valid_to = valid_to;
        row.confidence = fact.confidence();
        row.evidence_count = fact.evidence.size();
        if (!fact.evidence.empty()) {
            row.evidence_text = fact.evidence.front().text;
            row.evidence_url = fact.evidence.front().url;
        }
        visit(row);
    }
}

}  // namespace stancegraph
