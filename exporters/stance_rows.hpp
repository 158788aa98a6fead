// An export "as of" a day draws stances, not statements: the facts in force that restate one
// stance (same source, relation and target, dated differently) become one row, dated from the
// earliest of them (when the unbroken stance began), carrying all their evidence and how many facts
// it merges. It reads rows in canonical order (canonical_order.hpp), where such facts are neighbours.
#pragma once

#include "core/fact_rows.hpp"
#include "selection.hpp"

#include <cstddef>

namespace stancegraph {

class OneRowPerStance : public FactRowSource {
public:
    explicit OneRowPerStance(const FactRowSource& facts) : facts_(facts) {}

    const RelationOntology& ontology() const override { return facts_.ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override { facts_.each_entity(visit); }
    // Rows numbered from 1; `restated` is the number of facts each merges.
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override;

private:
    const FactRowSource& facts_;
};

// What an export writes: the stances of `facts` (`stances` reads them) as of a day, every fact otherwise.
inline const FactRowSource& rows_to_export(const FactRowSource& facts, const OneRowPerStance& stances, const ExportOptions& options) {
    return options.as_of ? static_cast<const FactRowSource&>(stances) : facts;
}

}  // namespace stancegraph
