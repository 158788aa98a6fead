// Writing facts as JSON Lines.
#include "jsonl_exporter.hpp"

#include "fact_json.hpp"

namespace stancegraph {

namespace {

class JsonlExporter : public Exporter {
public:
    void write(const StanceGraph& graph, const Selection& selection, const ExportOptions&, AtomicOutput& output) override {
        JsonWriter writer;
        std::ostream& out = output.stream();
        for (FactIndex f : selection.facts) {
            writer.clear();
            writer.begin_object();
            write_fact_members(writer, graph, f);
            writer.end_object();
            out << writer.text() << '\n';
        }
    }
};

}  // namespace

ExporterInfo jsonl_exporter_info() {
    return {"jsonl", "facts as JSON Lines, one per line, with evidence", {".jsonl", ".ndjson"}, false,
            [] { return std::make_unique<JsonlExporter>(); }};
}

}  // namespace stancegraph
