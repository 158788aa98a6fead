// Entities and facts as flat rows, for formats that need nothing of the graph but its rows (GraphML):
// they read them either from a graph in memory or straight from the store, which then is never
// loaded whole. A row's text is valid only during the call that receives it.
#pragma once

#include "entity.hpp"
#include "fact.hpp"
#include "relation_ontology.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace stancegraph {

struct EntityRow {
    std::string_view id;
    std::string_view name;
    EntityKind kind = EntityKind::other;
};

struct FactRow {
    std::int64_t id = 0;  // the fact's number in the export
    std::string_view source;
    std::string_view target;
    const RelationInfo* relation = nullptr;
    std::string_view valid_from;  // a partial date as text; empty when open
    std::string_view valid_to;
    // The first day it no longer holds, as queries derive it (StanceGraph::effective_end): valid_to,
    // the next fact of another relation in an event-log family, or an event's period end; empty
    // when it still holds. valid_from <= D < until is "in force on D" (events: on their day).
    std::string_view until;
    double confidence = 1.0;  // the highest of its evidence; 1 without evidence
    std::size_t evidence_count = 0;
    std::size_t restated = 1;  // how many stored facts the row stands for (as-of exports merge restatements)
    std::string_view evidence_text;  // of the first piece of evidence
    std::string_view evidence_url;
    // Only when asked for with RowDetail::full:
    std::string_view source_name;
    std::string_view target_name;
    std::span<const Evidence> evidence;  // every piece, in order
    // When the store recorded the fact; empty for rows not read from a store.
    std::string_view recorded_at;
};

// How many entities and facts a format wrote, for formats that tell.
struct ExportCounts {
    std::size_t entities = 0;
    std::size_t facts = 0;
    std::size_t edges = 0;  // lines drawn, for formats that draw restatements of a stance as one (DOT)
};

// How much of each fact a format needs: the first piece of evidence (GraphML), or the entities'
// names and every piece of evidence too (JSON Lines).
enum class RowDetail { brief, full };

class FactRowSource {
public:
    virtual ~FactRowSource() = default;
    // The ontology the rows' relations belong to.
    virtual const RelationOntology& ontology() const = 0;
    // Every selected entity, then (in a second call) every selected fact, each in a stable order.
    virtual void each_entity(const std::function<void(const EntityRow&)>& visit) const = 0;
    virtual void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const = 0;
};

}  // namespace stancegraph
