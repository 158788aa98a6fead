// Writing DOT for Graphviz.
#include "dot_exporter.hpp"

#include "entity_style.hpp"
#include "escaping.hpp"
#include "graphviz_renderer.hpp"
#include "restated_stances.hpp"

#include <set>

namespace stancegraph {

namespace {

// The relation, then the dates: from the first fact's start to the last one's end, or to the last
// one's start when it has no end ("…"); "×N" for N facts restating the stance.
std::string run_label(const StanceRun& run) {
    std::string label = run.relation->label("en");
    const bool dated = !run.first_from.empty() || !run.last_to.empty() || !run.last_from.empty();
    if (dated) {
        label += '\n';
        label += run.first_from.empty() ? std::string_view("?") : std::string_view(run.first_from);
        if (!run.last_to.empty()) (label += " – ") += run.last_to;
        else if (run.count > 1 && !run.last_from.empty() && run.last_from != run.first_from) (label += " … ") += run.last_from;
    }
    if (run.count > 1) {
        label += dated ? " " : "\n";
        label += "×" + std::to_string(run.count);
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
            const KindStyle style = entity_kind_style(kind);
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
    // The nodes wait in a buffer: the graph's attributes come first and depend on how many edges
    // there are, which is known only once the facts are read.
    std::string nodes;
    std::set<EntityKind> kinds;
    rows.each_entity([&](const EntityRow& node) {
        const KindStyle style = entity_kind_style(node.kind);
        kinds.insert(node.kind);
        nodes += "  " + dot_quote(node.id) + " [label=" + dot_quote(node.name) + ", shape=" + style.shape +
                 ", style=" + dot_quote(style.style) + ", fillcolor=" + dot_quote(style.fill) +
                 ", tooltip=" + dot_quote(std::string(node.id) + " (" + std::string(to_string(node.kind)) + ")") + "];\n";
        ++counts.entities;
    });
    std::vector<StanceRun> runs = restated_stances(rows);
    std::set<RelationId> relations;
    for (const StanceRun& run : runs) {
        relations.insert(run.relation->id);
        counts.facts += run.count;
    }
    counts.edges = runs.size();
    const bool scalable = layout_for_size(counts.entities, counts.edges) != "dot";
    if (scalable && options.note)
        options.note(std::to_string(counts.edges) + " edges: using sfdp; use --top, --min-degree or --entity to cut it down");

    out << "digraph stancegraph {\n";
    // Noto Sans for Latin, Cyrillic and Greek; fontconfig falls back to Noto Sans Arabic and others
    // (fonts-noto-core) for the scripts it lacks, and Pango shapes right-to-left text.
    if (scalable)
        // dot's ranking and spline routing take minutes on a few thousand edges; sfdp with straight
        // lines takes seconds, and prism removes node overlaps without blowing the drawing up. The
        // layout attribute makes the `dot` program use sfdp too.
        out << "  graph [labelloc=t, fontname=\"Noto Sans\", layout=sfdp, overlap=prism, splines=false, "
               "outputorder=edgesfirst, pad=0.3];\n";
    else
        out << "  graph [labelloc=t, fontname=\"Noto Sans\", rankdir=LR, overlap=false, splines=true, "
               "outputorder=edgesfirst, pad=0.3];\n";
    out << "  node [fontname=\"Noto Sans\", fontsize=11];\n";
    out << "  edge [fontname=\"Noto Sans\", fontsize=9];\n";
    out << nodes;
    for (const StanceRun& run : runs) {
        const RelationInfo& relation = *run.relation;
        out << "  " << dot_quote(run.source) << " -> " << dot_quote(run.target)
            << " [label=" << dot_quote(run_label(run)) << ", color=" << dot_quote(relation.dot.color)
            << ", fontcolor=" << dot_quote(relation.dot.color) << ", style=" << dot_quote(relation.dot.style)
            << ", penwidth=" << relation.dot.penwidth << ", arrowhead=" << dot_quote(relation.dot.arrowhead);
        if (relation.symmetric) out << ", dir=both, arrowtail=" << dot_quote(relation.dot.arrowhead);
        // dot_quote drops a code point cut in half by the 300-byte limit.
        if (!run.evidence_text.empty()) out << ", tooltip=" << dot_quote(std::string_view(run.evidence_text).substr(0, 300));
        out << "];\n";
    }
    out << "  graph [label=" << title_and_legend(rows.ontology(), options, kinds, relations) << "];\n";
    out << "}\n";
    return counts;
}

ExporterInfo dot_exporter_info() {
    return {"dot", "Graphviz DOT, styled by entity kind and relation, with a legend",
            {".dot", ".gv"}, false, [] { return std::make_unique<DotExporter>(); }};
}

}  // namespace stancegraph
