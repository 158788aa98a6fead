// Writing GEXF 1.2draft with time.
#include "gexf_exporter.hpp"

#include "background_rows.hpp"
#include "core/gazetteer.hpp"
#include "core/partial_date.hpp"
#include "xml_buffer.hpp"

#include <algorithm>
#include <iterator>

namespace stancegraph {

namespace {

struct Attribute {
    const char* id;  // also the title: NetworkX names the attribute by its title, Gephi shows it
    const char* type;
};

// Every attribute written, declared once before the nodes and edges that use it.
constexpr Attribute kNodeAttributes[] = {{"kind", "string"}};
// The gazetteer's languages but English, whose name is the label: one attribute each, so that Gephi
// can switch its labels to them.
constexpr const char* kNameLanguages[] = {"ar", "ru", "fr", "es", "de", "zh", "fa", "tr"};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},  {"family", "string"},     {"polarity", "integer"},       {"symmetric", "boolean"},
    {"valid_from", "string"}, {"valid_to", "string"},  {"until", "string"},           {"confidence", "double"},
    {"evidence_count", "integer"}, {"evidence", "string"}, {"url", "string"},
};

void declare(XmlBuffer& w, const char* cls, const Attribute* begin, const Attribute* end, bool with_names) {
    w.raw("    <attributes class=\"").raw(cls).raw("\" mode=\"static\">\n");
    for (const Attribute* a = begin; a != end; ++a)
        w.raw("      <attribute id=\"").raw(a->id).raw("\" title=\"").raw(a->id).raw("\" type=\"").raw(a->type).raw("\"/>\n");
    if (with_names)
        for (const char* lang : kNameLanguages)
            w.raw("      <attribute id=\"name_").raw(lang).raw("\" title=\"name_").raw(lang).raw("\" type=\"string\"/>\n");
    w.raw("    </attributes>\n");
}

// <attvalue for="id" value="…"/>; nothing for an empty string, which readers take as "no value".
void attvalue(XmlBuffer& w, std::string_view id, std::string_view value) {
    if (value.empty()) return;
    w.raw("        <attvalue for=\"").raw(id).raw("\"").attribute("value", value).raw("/>\n");
}
template <typename Number>
void attvalue_number(XmlBuffer& w, std::string_view id, Number value) {
    w.raw("        <attvalue for=\"").raw(id).raw("\" value=\"").number(value).raw("\"/>\n");
}

// The first own name (not a demonym or capital) in `lang`, or "".
std::string_view own_name(const Entity& entity, std::string_view lang) {
    for (const auto& n : entity.names)
        if (n.lang == lang && n.form == NameForm::name) return n.text;
    return {};
}

class GexfExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        write_gexf(output.stream(), rows, options);
    }
};

}  // namespace

std::string gexf_start(std::string_view valid_from) {
    const auto date = PartialDate::parse(valid_from);
    return date ? day_to_string(date->first_day()) : std::string();
}

std::string gexf_end(std::string_view until, std::string_view start) {
    const auto first_day_after = PartialDate::parse(until);
    if (!first_day_after) return {};
    DayNumber last = first_day_after->first_day() - 1;
    // A fact ended on the day it began never held; GEXF cannot say so, and an end before the start
    // makes Gephi reject the file. Such facts are not derived today (an end is always later).
    if (const auto begin = PartialDate::parse(start)) last = std::max(last, begin->first_day());
    return day_to_string(last);
}

void write_gexf(std::ostream& out, const FactRowSource& rows, const ExportOptions& options) {
    XmlBuffer w(out);
    w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n");
    w.raw("  <meta>\n    <creator>stancegraph</creator>\n    <description>");
    std::string description = options.title.empty() ? std::string("stancegraph") : options.title;
    description += options.as_of ? ": stances in force on " + day_to_string(*options.as_of) : std::string(": all facts");
    w.text(description).raw("</description>\n  </meta>\n");
    w.raw("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n");
    declare(w, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes), true);
    declare(w, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes), false);

    w.raw("    <nodes>\n");
    rows.each_entity([&](const EntityRow& node) {
        w.raw("      <node").attribute("id", node.id).attribute("label", node.name).raw(">\n");
        w.raw("      <attvalues>\n");
        attvalue(w, "kind", to_string(node.kind));
        if (const Entity* known = options.gazetteer ? options.gazetteer->by_id(node.id) : nullptr)
            for (const char* lang : kNameLanguages) attvalue(w, std::string("name_") + lang, own_name(*known, lang));
        w.raw("      </attvalues>\n      </node>\n");
        w.maybe_flush();
    });
    w.raw("    </nodes>\n    <edges>\n");
    each_fact_in_background(rows, [&](const FactRow& fact) {
        const RelationInfo& relation = *fact.relation;
        w.raw("      <edge id=\"f").number(fact.id).raw("\"");
        w.attribute("source", fact.source).attribute("target", fact.target).attribute("label", relation.label("en"));
        const std::string start = gexf_start(fact.valid_from);
        const std::string end = gexf_end(fact.until, start);
        if (!start.empty()) w.attribute("start", start);
        if (!end.empty()) w.attribute("end", end);
        w.raw(">\n      <attvalues>\n");
        attvalue(w, "relation", relation.name);
        attvalue(w, "family", relation.family);
        attvalue_number(w, "polarity", static_cast<int>(relation.polarity));
        attvalue(w, "symmetric", relation.symmetric ? "true" : "false");
        attvalue(w, "valid_from", fact.valid_from);
        attvalue(w, "valid_to", fact.valid_to);
        attvalue(w, "until", fact.until);
        attvalue_number(w, "confidence", fact.confidence);
        attvalue_number(w, "evidence_count", fact.evidence_count);
        attvalue(w, "evidence", fact.evidence_text);
        attvalue(w, "url", fact.evidence_url);
        w.raw("      </attvalues>\n      </edge>\n");
        w.maybe_flush();
    });
    w.raw("    </edges>\n  </graph>\n</gexf>\n");
    w.flush();
}

ExporterInfo gexf_exporter_info() {
    return {"gexf", "GEXF 1.2 for Gephi's timeline and NetworkX: one edge per fact, alive from its start to its last day",
            {".gexf"}, false, [] { return std::make_unique<GexfExporter>(); }};
}

}  // namespace stancegraph
