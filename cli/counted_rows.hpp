// A row source that passes another's rows through and counts the facts for a progress line, so
// that any export format shows its progress without knowing of it.
#pragma once

#include "core/fact_rows.hpp"
#include "progress.hpp"

namespace stancegraph {

class CountedRows : public FactRowSource {
public:
    CountedRows(const FactRowSource& rows, Progress& progress) : rows_(rows), progress_(progress) {}

    const RelationOntology& ontology() const override { return rows_.ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override { rows_.each_entity(visit); }
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override {
        rows_.each_fact(
            [&](const FactRow& row) {
                progress_.add(1);
                visit(row);
            },
            detail);
    }

private:
    const FactRowSource& rows_;
    Progress& progress_;
};

}  // namespace stancegraph
