// Writing facts as JSON Lines.
#include "jsonl_exporter.hpp"

#include "fact_json.hpp"

namespace stancegraph {

namespace {

class JsonlExporter : public Exporter {
public:
        void write(const FactRowSource& rows, const ExportOptions&, AtomicOutput& output) override {
        JsonWriter writer;
        std::ostream& out = output.stream();
        rows.each_fact(
            [&](const FactRow& fact) {
                writer.clear();
                writer.begin_object();
                write_fact_members(writer, fact);
                writer.end_object();
                out << writer.text() << '\n';
            },
            RowDetail::full);
    }
};

}  // namespace

ExporterInfo jsonl_exporter_info() {
    return {"jsonl", "facts as JSON Lines, one per line, with evidence", {".jsonl", ".ndjson"}, false,
            [] { return std::make_unique<JsonlExporter>(); }};
}

}  // namespace stancegraph
