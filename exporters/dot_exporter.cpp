// Writing DOT for Graphviz.
#include "dot_exporter.hpp"

#include "core/text_folding.hpp"

#include <map>
#include <ostream>
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
        case EntityKind::territory: return {"box", "rounded,filled,dashed", "#fee8c8", "state with limited recognition / territory"};
        case EntityKind::region: return {"ellipse", "filled", "#f0f0f0", "region"};
        case EntityKind::organisation: return {"hexagon", "filled", "#e5f5e0", "organisation"};
        case EntityKind::group: return {"octagon", "filled", "#fde0ef", "movement or group"};
        case EntityKind::person: return {"oval", "filled", "#efedf5", "person"};
        case EntityKind::other: return {"ellipse", "dashed", "#ffffff", "other"};
    }
    return {"ellipse", "", "#ffffff", "other"};
}

std::string fact_label(const StanceGraph& graph, const Fact& fact) {
    std::string label = graph.ontology().at(fact.relation).label("en");
    if (fact.valid.valid_from || fact.valid.valid_to) {
        label += "\n" + (fact.valid.valid_from ? fact.valid.valid_from->to_string() : std::string("?"));
        if (fact.valid.valid_to) label += " – " + fact.valid.valid_to->to_string();
    }
    return label;
}

}  // namespace

std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(text, pos);
        if (c == U'"') out += "\\\"";
        else if (c == U'\\') out += "\\\\";
        else if (c == U'\n') out += "\\n";
        else if (c == U'&') out += "&amp;";  // Graphviz decodes entities in labels; keep "&amp;" literal
        else if (c < 0x20 || c == 0x7F || c == 0xFFFD) continue;
        else out.append(text.substr(start, pos - start));
    }
    // A label ending in an odd number of backslashes cannot happen: each is doubled above.
    return out + "\"";
}

namespace {

class DotExporter : public Exporter {
public:
    void write(const StanceGraph& graph, const Selection& selection, const ExportOptions& options, AtomicOutput& output) override {
        std::ostream& out = output.stream();
        std::string title = options.title.empty() ? std::string("stancegraph") : options.title;
        title += options.as_of ? " — stances as of " + day_to_string(*options.as_of) : std::string(" — all facts with their dates");
        out << "digraph stancegraph {\n";
        out << "  graph [label=" << dot_quote(title) << ", labelloc=t, fontsize=18, fontname=\"Noto Sans\", "
               "rankdir=LR, overlap=false, splines=true, outputorder=edgesfirst];\n";
        out << "  node [fontname=\"Noto Sans\", fontsize=11];\n";
        out << "  edge [fontname=\"Noto Sans\", fontsize=9];\n";
        std::set<EntityKind> kinds;
        for (Vertex v : selection.vertices) {
            const EntityNode& node = graph.node(v);
            const KindStyle style = style_of(node.kind);
            kinds.insert(node.kind);
            out << "  " << dot_quote(node.id) << " [label=" << dot_quote(node.name) << ", shape=" << style.shape
                << ", style=" << dot_quote(style.style) << ", fillcolor=" << dot_quote(style.fill)
                << ", tooltip=" << dot_quote(node.id + " (" + std::string(to_string(node.kind)) + ")") << "];\n";
        }
        std::set<RelationId> relations;
        for (FactIndex f : selection.facts) {
            const Fact& fact = graph.fact(f);
            const RelationInfo& relation = graph.ontology().at(fact.relation);
            relations.insert(relation.id);
            out << "  " << dot_quote(graph.node(graph.source_of(f)).id) << " -> " << dot_quote(graph.node(graph.target_of(f)).id)
                << " [label=" << dot_quote(fact_label(graph, fact)) << ", color=" << dot_quote(relation.dot.color)
                << ", fontcolor=" << dot_quote(relation.dot.color) << ", style=" << dot_quote(relation.dot.style)
                << ", penwidth=" << relation.dot.penwidth << ", arrowhead=" << dot_quote(relation.dot.arrowhead);
            if (relation.symmetric) out << ", dir=both, arrowtail=" << dot_quote(relation.dot.arrowhead);
            if (!fact.evidence.empty() && !fact.evidence.front().text.empty())
                out << ", tooltip=" << dot_quote(fact.evidence.front().text.substr(0, 300));
            out << "];\n";
        }
        write_legend(out, graph, kinds, relations);
        out << "}\n";
    }

private:
    static void write_legend(std::ostream& out, const StanceGraph& graph, const std::set<EntityKind>& kinds,
                             const std::set<RelationId>& relations) {
        if (kinds.empty() && relations.empty()) return;
        out << "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=12; style=\"rounded\"; color=\"#999999\";\n";
        int n = 0;
        for (EntityKind kind : kinds) {
            const KindStyle style = style_of(kind);
            out << "    \"legend:kind:" << n++ << "\" [label=" << dot_quote(style.legend) << ", shape=" << style.shape
                << ", style=" << dot_quote(style.style) << ", fillcolor=" << dot_quote(style.fill) << "];\n";
        }
        for (RelationId id : relations) {
            const RelationInfo& r = graph.ontology().at(id);
            out << "    \"legend:rel:" << int(id) << ":a\" [label=\"\", shape=point, width=0.05];\n";
            out << "    \"legend:rel:" << int(id) << ":b\" [label=" << dot_quote(r.label("en")) << ", shape=plaintext];\n";
            out << "    \"legend:rel:" << int(id) << ":a\" -> \"legend:rel:" << int(id) << ":b\" [color=" << dot_quote(r.dot.color)
                << ", style=" << dot_quote(r.dot.style) << ", penwidth=" << r.dot.penwidth
                << ", arrowhead=" << dot_quote(r.dot.arrowhead) << "];\n";
        }
        out << "  }\n";
    }
};

}  // namespace

ExporterInfo dot_exporter_info() {
    return {"dot", "Graphviz DOT, styled by entity kind and relation", {".dot", ".gv"}, false,
            [] { return std::make_unique<DotExporter>(); }};
}

}  // namespace stancegraph
