// Driving libgvc: read the DOT, lay it out, render into memory.
#include "graphviz_renderer.hpp"

#include "core/error.hpp"

#include <graphviz/gvc.h>

#include <memory>

namespace stancegraph {

namespace {

// Graphviz reports problems through agerr; collect them for the exception instead of stderr.
std::string graphviz_messages;

int collect_message(char* text) {
    graphviz_messages += text;
    return 0;
}

struct ContextDeleter {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// Owns a graph and, once laid out, its layout.
class LaidOutGraph {
public:
    LaidOutGraph(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
    ~LaidOutGraph() {
        if (laid_out_) gvFreeLayout(gvc_, graph_);
        agclose(graph_);
    }
    LaidOutGraph(const LaidOutGraph&) = delete;
    LaidOutGraph& operator=(const LaidOutGraph&) = delete;

    void layout(const std::string& engine) {
        if (gvLayout(gvc_, graph_, engine.c_str()) != 0) throw Error("Graphviz cannot lay out the graph with " + engine + ": " + graphviz_messages);
        laid_out_ = true;
    }
    Agraph_t* get() const { return graph_; }

private:
    GVC_t* gvc_;
    Agraph_t* graph_;
    bool laid_out_ = false;
};

}  // namespace

const std::vector<std::string>& layout_engines() {
    static const std::vector<std::string> engines{"dot", "sfdp", "neato", "fdp", "circo", "twopi"};
    return engines;
}

std::string layout_for_size(std::size_t entities, std::size_t edges) {
    return entities <= kScalableLayoutAbove && edges <= kScalableLayoutAbove ? "dot" : "sfdp";
}

std::string render_dot(std::string_view dot, const std::string& layout, const std::string& format, int dpi) {
    graphviz_messages.clear();
    agseterrf(collect_message);
    agseterr(AGERR);  // warnings (a missing glyph, say) are not failures
    std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
    if (!gvc) throw Error("cannot start Graphviz");
    const std::string text(dot);  // agmemread wants a NUL-terminated string
    Agraph_t* parsed = agmemread(text.c_str());
    if (!parsed) throw Error("Graphviz cannot read the DOT: " + graphviz_messages);
    LaidOutGraph graph(gvc.get(), parsed);
    if (dpi > 0) agsafeset(parsed, const_cast<char*>("dpi"), std::to_string(dpi).data(), const_cast<char*>(""));
    graph.layout(layout);
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc.get(), graph.get(), format.c_str(), &data, &length) != 0 || !data)
        throw Error("Graphviz cannot render " + format + ": " + graphviz_messages);
    std::string rendered(data, length);
    gvFreeRenderData(data);
    return rendered;
}

}  // namespace stancegraph
