// Facts, entities and evidence as JSON.
#include "fact_json.hpp"

#include "graph_rows.hpp"

namespace stancegraph {

void write_entity_json(JsonWriter& writer, std::string_view id, std::string_view name) {
    writer.begin_object().key("id").value(id).key("name").value(name).end_object();
}

void write_entity_json(JsonWriter& writer, const EntityNode& node) { write_entity_json(writer, node.id, node.name); }

void write_evidence_json(JsonWriter& writer, const Evidence& e) {
    writer.begin_object();
    writer.key("document").optional_value(e.document);
    writer.key("url").optional_value(e.url);
    writer.key("published").optional_value(e.published ? e.published->to_string() : "");
    writer.key("text").optional_value(e.text);
    if (e.sentence >= 0) writer.key("sentence").value(e.sentence);
    if (e.start >= 0) writer.key("start").value(static_cast<std::int64_t>(e.start));
    if (e.end >= 0) writer.key("end").value(static_cast<std::int64_t>(e.end));
    if (e.line > 0) writer.key("line").value(e.line);
    writer.key("rule").value(e.rule);
    writer.key("confidence").value(e.confidence);
    writer.end_object();
}

void write_fact_members(JsonWriter& writer, const FactRow& fact) {
    writer.key("source");
    write_entity_json(writer, fact.source, fact.source_name);
    writer.key("relation").value(fact.relation->name);
    writer.key("family").value(fact.relation->family);
    writer.key("target");
    write_entity_json(writer, fact.target, fact.target_name);
    writer.key("valid_from").optional_value(fact.valid_from);
    writer.key("valid_to").optional_value(fact.valid_to);
    writer.key("until").optional_value(fact.until);
    writer.key("confidence").value(fact.confidence);
    writer.key("statements").value(static_cast<std::int64_t>(fact.restated));
    writer.key("evidence").begin_array();
    for (const auto& e : fact.evidence) write_evidence_json(writer, e);
    writer.end_array();
}

void write_fact_members(JsonWriter& writer, const StanceGraph& graph, FactIndex index) {
    FactRowText text;
    write_fact_members(writer, graph_fact_row(graph, index, text));
}

}  // namespace stancegraph
