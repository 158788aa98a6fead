// A selection of the store's facts found by SQL and read row by row, so that an export of a million
// facts needs neither the graph in memory nor the time to build it. It selects exactly what
// `select()` selects on a loaded graph: the same filters, the same "in force as of" rule (an
// event-log family's next fact ends the previous one, as in StanceGraph::effective_end), and the same
// neighbourhood of an entity; tests compare the two.
#pragma once

#include "../fact_rows.hpp"
#include "../partial_date.hpp"
#include "../relation_ontology.hpp"
#include "read_snapshot.hpp"
#include "views.hpp"

#include <optional>
#include <set>
#include <string>

namespace stancegraph {

class Store;

struct StoredFilter {
    std::set<std::string> relations;      // only facts of these relations; all when empty
    // The relations in scope, as a graph loaded for the selection holds them (their whole families):
    // an entity with no fact of these is unknown. All when empty.
    std::set<std::string> scope;
    std::optional<DayNumber> as_of;       // only facts in force on this day
    std::optional<TimeWindow> window;     // how far back events count; each family's own when unset
    double min_confidence = 0.0;          // only facts whose best evidence is at least this confident
    std::optional<std::string> entity;    // only the neighbourhood of this entity …
    int depth = 1;                        // … up to this many hops over selected facts
};

class StoredSelection : public FactRowSource {
public:
    // Walks the neighbourhood of `entity` at once; the rows are read when asked for. Throws
    // UsageError when `entity` has no fact in scope, as select() does on a graph loaded with the scope.
    StoredSelection(Store& store, const RelationOntology& ontology, StoredFilter filter);

    const RelationOntology& ontology() const override { return ontology_; }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override;
    // Facts in id order; a fact's number is its id in the store.
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const override;

private:
    void prepare_filter();
    const TimeWindow& window_for(const RelationInfo& relation) const;
    void walk_neighbourhood();
    std::string fact_conditions() const;  // conditions_ and, around an entity, both ends in its neighbourhood
    void bind(sql::Statement& statement) const;
    std::string start_day(const std::string& fact) const { return known_start_day_sql(db_.dialect(), fact); }
    std::string period_end_day(const std::string& fact) const { return period_end_day_sql(db_.dialect(), fact); }
    // SQLite's unary +, which keeps its planner off an index; PostgreSQL plans without the hint.
    std::string unindexed() const { return db_.dialect() == SqlDialect::sqlite ? "+" : ""; }

    sql::Connection& db_;
    ReadSnapshot snapshot_;  // first, so that every query sees the store as it was when this began
    const RelationOntology& ontology_;
    StoredFilter filter_;
    std::string path_;
    std::string conditions_;  // " AND …" on the facts aliased f, but neighbourhood and confidence
    std::string confidence_condition_;  // " AND …" the best evidence confident enough; empty when any is
    bool within_neighbourhood_ = false;  // the neighbourhood of filter_.entity is in the temporary table export_entities
    bool scan_neighbourhood_facts_ = false;  // it is large: read every fact rather than through the index
    std::string as_of_text_;
};

}  // namespace stancegraph
