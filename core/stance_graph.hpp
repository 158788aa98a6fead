// The temporal stance graph: entities as vertices, facts as parallel edges of a Boost.Graph
// multigraph, with an id → vertex index and "as of a date" views.
#pragma once

#include "entity.hpp"
#include "fact.hpp"
#include "relation_ontology.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stancegraph {

struct EntityNode {
    std::string id;
    std::string name;
    EntityKind kind = EntityKind::other;
};

struct FactEdge {
    std::uint32_t fact = 0;  // index into StanceGraph::facts()
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, FactEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;
using FactIndex = std::uint32_t;

class StanceGraph {
public:
    explicit StanceGraph(const RelationOntology& ontology) : ontology_(&ontology) {}

    // The vertex of the entity, added when new; an empty name or kind `other` never overwrites.
    Vertex add_entity(const EntityNode& node);
    std::optional<Vertex> vertex(std::string_view id) const;
    const EntityNode& node(Vertex v) const { return graph_[v]; }

    // Adds a fact, or merges its evidence into the identical fact; unknown entities become bare
    // vertices named by their id. Returns the fact's index.
    FactIndex add_fact(Fact fact);
    // Adds a fact known to differ from every fact in the graph (a store's facts are unique by
    // construction): no identity lookup, which is most of the cost of loading a large store.
    FactIndex add_unique_fact(Fact fact);
    void reserve(std::size_t entities, std::size_t facts);

    const Fact& fact(FactIndex index) const { return facts_[index].fact; }
    Vertex source_of(FactIndex index) const { return facts_[index].source; }
    Vertex target_of(FactIndex index) const { return facts_[index].target; }
    std::size_t fact_count() const { return facts_.size(); }
    std::size_t entity_count() const { return boost::num_vertices(graph_); }
    const Graph& graph() const { return graph_; }
    const RelationOntology& ontology() const { return *ontology_; }

    // The first day a fact no longer holds: its valid_to, or — in an event-log family such as
    // recognition — the start of the next fact of another relation of the family between the same
    // pair. For an event, the end of its stated period (Interval::period_end).
    DayNumber effective_end(FactIndex index) const;
    // The same as a day, or nullopt when the fact still holds (or, an undated event, never happened).
    std::optional<DayNumber> known_end(FactIndex index) const;
    // A state holds from its start to its effective end; an event answers for the days from its
    // start until its window has passed since its period ended (docs/semantics.md).
    bool in_force(FactIndex index, DayNumber day) const { return in_force(index, day, nullptr); }
    // The same with another event window than the graph's, when `window` is given.
    bool in_force(FactIndex index, DayNumber day, const TimeWindow* window) const;
    bool is_event(FactIndex index) const { return ontology_->at(facts_[index].fact.relation).temporal == Temporal::event; }

    // The window event questions look back over: each family's own (data/relations.json) unless
    // one is set for all (--window).
    void set_event_window(std::optional<TimeWindow> window) { window_override_ = window; }
    const TimeWindow& event_window(RelationId relation) const;

    // Facts between a and b in either direction (all relations), in insertion order.
    std::vector<FactIndex> facts_between(Vertex a, Vertex b) const;
    // Facts from a to b, plus b to a for symmetric relations: what counts as a's stance toward b.
    std::vector<FactIndex> facts_toward(Vertex a, Vertex b) const;

    // Keeps the edges whose fact is in force on a day; default-constructible as filtered_graph needs.
    struct InForceOn {
        const StanceGraph* graph = nullptr;
        DayNumber day = 0;
        bool operator()(Edge e) const { return graph->in_force(graph->graph_[e].fact, day); }
    };
    using AsOfView = boost::filtered_graph<Graph, InForceOn>;
    AsOfView as_of(DayNumber day) const { return AsOfView(graph_, InForceOn{this, day}); }

private:
    struct StoredFact {
        Fact fact;
        Vertex source;
        Vertex target;
    };
    void compute_effective_ends() const;
    Vertex vertex_for(const std::string& id);
    FactIndex append(Fact fact);
    void index_facts();  // builds fact_by_key_ for the facts added without it

    const RelationOntology* ontology_;
    Graph graph_;
    std::vector<StoredFact> facts_;
    std::unordered_map<std::string, Vertex> vertex_by_id_;
    std::unordered_map<FactKey, FactIndex, FactKeyHash> fact_by_key_;
    std::size_t indexed_facts_ = 0;  // facts_[0, indexed_facts_) are in fact_by_key_
    std::optional<TimeWindow> window_override_;
    mutable std::vector<DayNumber> effective_end_;
    mutable bool effective_ends_stale_ = true;
};

}  // namespace stancegraph
