// Writing DOT for Graphviz.
#include "dot_exporter.hpp"

#include "escaping.hpp"

#include <set>

namespace stancegraph {

namespace {

struct KindStyle {
    const char* shape;
    const char* style;
    const char* fill;
    const char* legend;
};

KindStyle style_of(EntityKind kind) {
    switch (kind) {
        case EntityKind::state: return {"box", "rounded,filled", "#deebf7", "state"};
        case EntityKind::territory: return {"box", "rounded,filled,dashed", "#fee8c8", "state with limited recognition, territory"};
        case EntityKind::region: return {"ellipse", "filled", "#f0f0f0", "region"};
        case EntityKind::organisation: return {"hexagon", "filled", "#e5f5e0", "organisation"};
        case EntityKind::group: return {"octagon", "filled", "#fde0ef", "movement or group"};
        case EntityKind::person: return {"oval", "filled", "#efedf5", "person"};
        case EntityKind::other: return {"ellipse", "dashed", "#ffffff", "other"};
    }
    return {"ellipse", "dashed", "#ffffff", "other"};
}

std::string fact_label(const FactRow& fact) {
    std::string label = fact.relation->label("en");
    if (!fact.valid_from.empty() || !fact.valid_to.empty()) {
        label += '\n';
        label += fact.valid_from.empty() ? std::string_view("?") : fact.valid_from;
        if (!fact.valid_to.empty()) (label += " – ") += fact.valid_to;
    }
    return label;
}

// A line drawn in text, for the legend: the edge's line style and arrowhead.
std::string line_sample(const DotStyle& dot) {
    std::string line = dot.style == "dashed" ? "‒ ‒ ‒" : dot.style == "dotted" ? "· · · ·" : dot.style == "bold" ? "━━━" : "───";
    if (dot.arrowhead == "normal") line += "▶";
    else if (dot.arrowhead == "empty") line += "▷";
    else if (dot.arrowhead == "inv") line += "◀";
    else if (dot.arrowhead == "tee") line += "┤";
    else if (dot.arrowhead == "box") line += "■";
    else if (dot.arrowhead == "diamond") line += "◆";
    else if (dot.arrowhead == "odot") line += "○";
    return line;
}

// The title, the as-of date and the legend as one HTML-like table in the graph's label: unlike a
// cluster, it stays in place with every layout engine (sfdp ignores clusters).
std::string title_and_legend(const RelationOntology& ontology, const ExportOptions& options, const std::set<EntityKind>& kinds,
                             const std::set<RelationId>& relations) {
    const std::string title = options.title.empty() ? std::string("stancegraph") : options.title;
    const std::string when = options.as_of ? "stances as of " + day_to_string(*options.as_of) : std::string("all facts, with their dates");
    std::string html = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">\n";
    html += "<TR><TD><FONT POINT-SIZE=\"20\">" + dot_html_text(title) + "</FONT></TD></TR>\n";
    html += "<TR><TD><FONT POINT-SIZE=\"13\">" + dot_html_text(when) + "</FONT></TD></TR>\n";
    if (!kinds.empty()) {
        html += "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"6\" CELLPADDING=\"4\" COLOR=\"#888888\"><TR>";
        for (EntityKind kind : kinds) {
            const KindStyle style = style_of(kind);
            html += "<TD BGCOLOR=\"" + std::string(style.fill) + "\"><FONT POINT-SIZE=\"10\">" + dot_html_text(style.legend) +
                    "</FONT></TD>";
        }
        html += "</TR></TABLE></TD></TR>\n";
    }
    constexpr std::size_t kPerRow = 5;
    std::size_t n = 0;
    for (RelationId id : relations) {
        const RelationInfo& r = ontology.at(id);
        if (n % kPerRow == 0) html += "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"8\" CELLPADDING=\"0\"><TR>";
        html += "<TD><FONT POINT-SIZE=\"10\" COLOR=\"" + dot_html_text(r.dot.color) + "\">" + dot_html_text(line_sample(r.dot)) +
                "</FONT><FONT POINT-SIZE=\"10\"> " + dot_html_text(r.label("en")) + "</FONT></TD>";
        if (++n % kPerRow == 0 || n == relations.size()) html += "</TR></TABLE></TD></TR>\n";
    }
    return html + "</TABLE>>";
}

class DotExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        write_dot(output.stream(), rows, options);
    }
};

}  // namespace

ExportCounts write_dot(std::ostream& out, const FactRowSource& rows, const ExportOptions& options) {
    ExportCounts counts;
    out << "digraph stancegraph {\n";
    // Noto Sans for Latin, Cyrillic and Greek; fontconfig falls back to Noto Sans Arabic and others
    // (fonts-noto-core) for the scripts it lacks, and Pango shapes right-to-left text.
    out << "  graph [labelloc=t, fontname=\"Noto Sans\", rankdir=LR, overlap=false, splines=true, "
           "outputorder=edgesfirst, pad=0.3];\n";
    out << "  node [fontname=\"Noto Sans\", fontsize=11];\n";
    out << "  edge [fontname=\"Noto Sans\", fontsize=9];\n";
    std::set<EntityKind> kinds;
    rows.each_entity([&](const EntityRow& node) {
        const KindStyle style = style_of(node.kind);
        kinds.insert(node.kind);
        out << "  " << dot_quote(node.id) << " [label=" << dot_quote(node.name) << ", shape=" << style.shape
            << ", style=" << dot_quote(style.style) << ", fillcolor=" << dot_quote(style.fill)
            << ", tooltip=" << dot_quote(std::string(node.id) + " (" + std::string(to_string(node.kind)) + ")") << "];\n";
        ++counts.entities;
    });
    std::set<RelationId> relations;
    rows.each_fact([&](const FactRow& fact) {
        const RelationInfo& relation = *fact.relation;
        relations.insert(relation.id);
        out << "  " << dot_quote(fact.source) << " -> " << dot_quote(fact.target)
            << " [label=" << dot_quote(fact_label(fact)) << ", color=" << dot_quote(relation.dot.color)
            << ", fontcolor=" << dot_quote(relation.dot.color) << ", style=" << dot_quote(relation.dot.style)
            << ", penwidth=" << relation.dot.penwidth << ", arrowhead=" << dot_quote(relation.dot.arrowhead);
        if (relation.symmetric) out << ", dir=both, arrowtail=" << dot_quote(relation.dot.arrowhead);
        // dot_quote drops a code point cut in half by the 300-byte limit.
        if (!fact.evidence_text.empty()) out << ", tooltip=" << dot_quote(fact.evidence_text.substr(0, 300));
        out << "];\n";
        ++counts.facts;
    }, RowDetail::brief);
    out << "  graph [label=" << title_and_legend(rows.ontology(), options, kinds, relations) << "];\n";
    out << "}\n";
    return counts;
}

ExporterInfo dot_exporter_info() {
    return {"dot", "Graphviz DOT, styled by entity kind and relation, with a legend",
            {".dot", ".gv"}, false, [] { return std::make_unique<DotExporter>(); }};
}

}  // namespace stancegraph
