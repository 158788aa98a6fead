// `stancegraph render`: draw the store's graph, or a selection of it, as SVG, PNG or PDF through
// Graphviz's library, with the layout engine chosen by the size of the selection.
#include "command.hpp"
#include "counted_rows.hpp"
#include "core/error.hpp"
#include "export_request.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "query_options.hpp"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>

namespace stancegraph {

namespace {

// The picture format named by --format, or else by the output's suffix.
std::string picture_format(const std::string& format, const std::string& output) {
    if (!format.empty()) return format;
    std::string suffix = std::filesystem::path(output).extension().string();
    for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* known : {"svg", "png", "pdf"})
        if (suffix == std::string(".") + known) return known;
    throw UsageError("cannot tell the picture format of " + output + "; give --format svg, png or pdf");
}

class RenderCommand : public Command {
public:
    std::string name() const override { return "render"; }
    std::string description() const override { return "draw the stance graph as SVG, PNG or PDF with Graphviz"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph render --db stances.db -o stances.svg\n  stancegraph render --db stances.db --entity Kosovo --depth 1 -o kosovo.png --dpi 150");
        add_db_option(app, db_);
        app.add_option("-o,--output", output_, "picture file (.svg, .png, .pdf), or - for standard output")->required();
        app.add_option("--format,-f", format_, "svg, png or pdf; default: from the suffix of -o")
            ->check(CLI::IsMember({"svg", "png", "pdf"}));
        app.add_option("--layout", layout_, "Graphviz layout engine; default: dot for small graphs, sfdp for large ones")
            ->check(CLI::IsMember(layout_engines()));
        app.add_option("--dpi", dpi_, "resolution of PNG output")->check(CLI::Range(10, 1200));
        request_.add_to(app, false, false);
    }
    int run(Context& context) override {
        const std::string format = picture_format(format_, output_);
        auto store = open_store(context, db_);
        ExportOptions options = request_.options(context, *store);
        // With --layout given, the user chose; the note on the layout chosen for them would mislead.
        if (!layout_.empty()) options.note = nullptr;
        // Layout can take minutes: say what is going on when someone is watching (stderr a terminal).
        const bool watched = isatty(STDERR_FILENO) == 1;
        const auto progress = [&](const std::string& what) {
            if (watched) std::cerr << "stancegraph: " << what << '\n';
        };
        // Claim the output first, so that an existing file is refused before minutes of layout.
        AtomicOutput out(output_, request_.overwrite, true);
        progress("reading the selection from " + db_);
        const ExportRows rows(*store, options);
        std::ostringstream dot;
        Progress counter("reading the graph", Progress::wanted() ? store->counts().facts : 0, ProgressUnit::rows);
        const ExportCounts drawn = write_dot(dot, CountedRows(rows.rows(), counter), options);
        counter.finish();
        const std::string layout = layout_.empty() ? layout_for_size(drawn.entities, drawn.edges) : layout_;
        progress(std::to_string(drawn.entities) + " entities, " + std::to_string(drawn.facts) + " facts drawn as " +
                 std::to_string(drawn.edges) + " edges: laying out with " + layout + " and rendering " + format);
        const std::string picture = render_dot(dot.str(), layout, format, dpi_);
        out.stream().write(picture.data(), static_cast<std::streamsize>(picture.size()));
        out.commit();
        progress("wrote " + output_);
        return kExitOk;
    }

private:
    std::string db_ = "stancegraph.db";
    std::string output_;
    std::string format_;
    std::string layout_;
    int dpi_ = 0;
    ExportRequest request_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace stancegraph
