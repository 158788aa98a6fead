// The JSON shape of a fact, shared by the JSON Lines exporter and the CLI's jsonl output:
// {"source": {"id", "name"}, "relation", "family", "target": {…}, "valid_from", "valid_to",
//  "confidence", "evidence": [{"document", "url", "published", "text", "sentence", "start", "end",
//  "line", "rule", "confidence"}]}.
#pragma once

#include "core/fact_rows.hpp"
#include "core/json.hpp"
#include "core/stance_graph.hpp"

namespace stancegraph {

void write_entity_json(JsonWriter& writer, std::string_view id, std::string_view name);
void write_entity_json(JsonWriter& writer, const EntityNode& node);
void write_evidence_json(JsonWriter& writer, const Evidence& evidence);
// Writes the members of a fact into an object the caller has begun (so callers can add members).
void write_fact_members(JsonWriter& writer, const StanceGraph& graph, FactIndex fact);
// The same from a full row (RowDetail::full).
void write_fact_members(JsonWriter& writer, const FactRow& fact);

}  // namespace stancegraph
