// Cutting a selection down to its best-connected entities (--top N, --min-degree K), for every format
// at once: a FactRowSource that reads the rows it wraps twice, first to count each entity's facts,
// then to pass on only the kept entities and the facts between them.
#pragma once

#include "core/fact_rows.hpp"

#include <cstddef>
#include <string>
#include <unordered_set>

namespace stancegraph {

struct DegreeCut {
    std::size_t top = 0;         // keep the this many entities of highest degree; 0: no limit
    std::size_t min_degree = 0;  // keep entities with at least this many facts; 0: no limit

    bool cuts() const { return top > 0 || min_degree > 0; }
};

// An entity's degree is the number of selected facts it is a side of (a restated stance counts each
// time: a pair with many facts is a pair much written about). Ties at the --top limit go to the
// smaller id, so that the cut does not depend on the order rows come in.
class DegreeFilteredRows : public FactRowSource {
public:
    // Counts the degrees at once (a first pass over `rows`' facts); `rows` must outlive this.
    DegreeFilteredRows(const FactRowSource& rows, DegreeCut cut);

    const RelationOntology& ontology() const override { return rows_.ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override;
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override;

    std::size_t kept_entities() const { return kept_.size(); }

private:
    bool kept(std::string_view id) const { return kept_.count(std::string(id)) > 0; }

    const FactRowSource& rows_;
    std::unordered_set<std::string> kept_;
};

}  // namespace stancegraph
