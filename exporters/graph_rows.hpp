// A selection of a graph in memory read as rows, for the formats that write rows (fact_rows.hpp).
#pragma once

#include "core/fact_rows.hpp"
#include "selection.hpp"

namespace stancegraph {

class GraphRows : public FactRowSource {
public:
    GraphRows(const StanceGraph& graph, const Selection& selection) : graph_(graph), selection_(selection) {}

    void each_entity(const std::function<void(const EntityRow&)>& visit) const override;
    // A fact's number is its place in the graph plus one, as in the SQL exports (export_fact_id).
    void each_fact(const std::function<void(const FactRow&)>& visit) const override;

private:
    const StanceGraph& graph_;
    const Selection& selection_;
};

}  // namespace stancegraph
