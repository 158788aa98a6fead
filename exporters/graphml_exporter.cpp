// Writing GraphML.
#include "graphml_exporter.hpp"
#include "xml_buffer.hpp"

#include "background_rows.hpp"
#include "escaping.hpp"

#include <charconv>

namespace stancegraph {

namespace {

enum class KeyType { string, integer, real, boolean };

struct Key {
    const char* id;
    const char* domain;  // graph, node or edge
    const char* name;
    KeyType type;
};

// Every attribute written, declared once at the top; ids are what <data key="…"> refers to.
constexpr Key kKeys[] = {
    {"g_title", "graph", "title", KeyType::string},
    {"g_as_of", "graph", "as_of", KeyType::string},
    {"n_label", "node", "label", KeyType::string},
    {"n_kind", "node", "kind", KeyType::string},
    {"e_label", "edge", "label", KeyType::string},
    {"e_relation", "edge", "relation", KeyType::string},
    {"e_family", "edge", "family", KeyType::string},
    {"e_polarity", "edge", "polarity", KeyType::integer},
    {"e_symmetric", "edge", "symmetric", KeyType::boolean},
    {"e_valid_from", "edge", "valid_from", KeyType::string},
    {"e_valid_to", "edge", "valid_to", KeyType::string},
    {"e_until", "edge", "until", KeyType::string},
    {"e_confidence", "edge", "confidence", KeyType::real},
    {"e_evidence_count", "edge", "evidence_count", KeyType::integer},
    {"e_statements", "edge", "statements", KeyType::integer},
    {"e_evidence", "edge", "evidence", KeyType::string},
    {"e_url", "edge", "url", KeyType::string},
};

const char* type_name(KeyType type) {
    switch (type) {
        case KeyType::string: return "string";
        case KeyType::integer: return "int";
        case KeyType::real: return "double";
        case KeyType::boolean: return "boolean";
    }
    return "string";
}

// The XML buffer with GraphML's <data> elements.
class GraphmlWriter : public XmlBuffer {
public:
    using XmlBuffer::XmlBuffer;

    // <data key="id">text</data>; nothing for an empty string, which readers take as "no value".
    void data(const char* key, std::string_view value) {
        if (value.empty()) return;
        open_data(key);
        text(value);
        close_data();
    }
    template <typename Number>
    void data_number(const char* key, Number value) {
        open_data(key);
        number(value);
        close_data();
    }
    void data_boolean(const char* key, bool value) {
        open_data(key);
        raw(value ? "true" : "false");
        close_data();
    }

private:
    void open_data(const char* key) { raw("      <data key=\"").raw(key).raw("\">"); }
    void close_data() { raw("</data>\n"); }
};

void append_edge_label(std::string& label, const FactRow& fact) {
    label.assign(fact.relation->label("en"));
    if (!fact.valid_from.empty()) (label += ' ') += fact.valid_from;
    if (!fact.valid_to.empty()) (label += " – ") += fact.valid_to;
}

class GraphmlExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        write_graphml(output.stream(), rows, options);
    }
};

}  // namespace

void write_graphml(std::ostream& out, const FactRowSource& rows, const ExportOptions& options) {
    GraphmlWriter w(out);
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const Key& key : kKeys) {
        w.raw("  <key id=\"");
        w.raw(key.id);
        w.raw("\" for=\"");
        w.raw(key.domain);
        w.raw("\" attr.name=\"");
        w.raw(key.name);
        w.raw("\" attr.type=\"");
        w.raw(type_name(key.type));
        w.raw("\"/>\n");
    }
    w.raw("  <graph id=\"stancegraph\" edgedefault=\"directed\">\n");
    w.data("g_title", options.title.empty() ? std::string("stancegraph") : options.title);
    if (options.as_of) w.data("g_as_of", day_to_string(*options.as_of));

    rows.each_entity([&](const EntityRow& node) {
        w.raw("    <node id=\"");
        w.attribute_value(node.id);
        w.raw("\">\n");
        w.data("n_label", node.name);
        w.data("n_kind", to_string(node.kind));
        w.raw("    </node>\n");
        w.maybe_flush();
    });
    std::string label;
    each_fact_in_background(rows, [&](const FactRow& fact) {
        const RelationInfo& relation = *fact.relation;
        w.raw("    <edge id=\"f");
        w.number(fact.id);
        w.raw("\" source=\"");
        w.attribute_value(fact.source);
        w.raw("\" target=\"");
        w.attribute_value(fact.target);
        w.raw("\">\n");
        append_edge_label(label, fact);
        w.data("e_label", label);
        w.data("e_relation", relation.name);
        w.data("e_family", relation.family);
        w.data_number("e_polarity", static_cast<int>(relation.polarity));
        w.data_boolean("e_symmetric", relation.symmetric);
        w.data("e_valid_from", fact.valid_from);
        w.data("e_valid_to", fact.valid_to);
        w.data("e_until", fact.until);
        w.data_number("e_confidence", fact.confidence);
        w.data_number("e_evidence_count", fact.evidence_count);
        w.data_number("e_statements", fact.restated);
        w.data("e_evidence", fact.evidence_text);
        w.data("e_url", fact.evidence_url);
        w.raw("    </edge>\n");
        w.maybe_flush();
    });
    w.raw("  </graph>\n</graphml>\n");
    w.flush();
}

ExporterInfo graphml_exporter_info() {
    return {"graphml", "GraphML for Gephi, NetworkX, igraph and yEd: one edge per fact, typed attributes",
            {".graphml"}, false, [] { return std::make_unique<GraphmlExporter>(); }};
}

}  // namespace stancegraph
