// A selection of a graph in memory read as rows, for the formats that write rows (fact_rows.hpp).
#pragma once

#include "core/fact_rows.hpp"
#include "selection.hpp"

#include <string>
#include <vector>

namespace stancegraph {

// The full row of one fact of a graph, its evidence in canonical order; its texts and evidence
// live in `text`, which must outlive the row. The row's number is left 0 for the caller.
struct FactRowText {
    std::string valid_from, valid_to, until;
    std::vector<Evidence> evidence;
};
FactRow graph_fact_row(const StanceGraph& graph, FactIndex index, FactRowText& text);

class GraphRows : public FactRowSource {
public:
    GraphRows(const StanceGraph& graph, const Selection& selection) : graph_(graph), selection_(selection) {}

    const RelationOntology& ontology() const override { return graph_.ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override;
    // In canonical order (canonical_order.hpp), numbered from 1 as the store's rows are.
    // Every row is full: the graph has the names and evidence at hand.
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override;

private:
    const StanceGraph& graph_;
    const Selection& selection_;
};

}  // namespace stancegraph
