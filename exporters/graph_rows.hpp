// A selection of a graph in memory read as rows, for the formats that write rows (fact_rows.hpp).
#pragma once

#include "core/fact_rows.hpp"
#include "selection.hpp"

namespace stancegraph {

// The full row of one fact of a graph; `valid_from` and `valid_to` keep the text of its dates.
// The row of a graph fact; its texts live in the strings given, which must outlive the row.
struct FactRowText {
    std::string valid_from, valid_to, until;
};
FactRow graph_fact_row(const StanceGraph& graph, FactIndex index, FactRowText& text);

class GraphRows : public FactRowSource {
public:
    GraphRows(const StanceGraph& graph, const Selection& selection) : graph_(graph), selection_(selection) {}

    const RelationOntology& ontology() const override { return graph_.ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override;
    // A fact's number is its place in the graph plus one, as in the SQL exports (export_fact_id).
    // Every row is full: the graph has the names and evidence at hand.
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override;

private:
    const StanceGraph& graph_;
    const Selection& selection_;
};

}  // namespace stancegraph
