// Writing facts as the curated facts CSV.
#include "facts_csv_exporter.hpp"

#include "csv_writer.hpp"

#include <charconv>
#include <string>
#include <unordered_map>

namespace stancegraph {

namespace {

// The shortest text that reads back as the same double, so that confidences survive a round trip.
std::string confidence_text(double confidence) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, confidence);
    return ec == std::errc() ? std::string(buffer, end) : std::string("1");
}

class FactsCsvExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions&, AtomicOutput& output) override {
        std::ostream& out = output.stream();
        // Ids, not names: an id reads back as the same entity where a name may be ambiguous. But an
        // entity the gazetteer lacks (kind other, made by --allow-new-entities) is written by its
        // name: imported again with --allow-new-entities, the name gives back the same id and name.
        std::unordered_map<std::string, std::string> written_by_name;
        rows.each_entity([&](const EntityRow& e) {
            if (e.kind == EntityKind::other) written_by_name.emplace(std::string(e.id), std::string(e.name));
        });
        auto entity = [&](std::string_view id) -> std::string_view {
            auto it = written_by_name.find(std::string(id));
            return it == written_by_name.end() ? id : std::string_view(it->second);
        };
        write_csv_record(out, {"source", "relation", "target", "valid_from", "valid_to", "evidence", "url", "confidence"});
        rows.each_fact(
            [&](const FactRow& fact) {
                const std::string_view source = entity(fact.source), target = entity(fact.target);
                if (fact.evidence.empty()) {
                    write_csv_record(out, {source, fact.relation->name, target, fact.valid_from, fact.valid_to, "", "",
                                           confidence_text(fact.confidence)});
                    return;
                }
                for (const Evidence& e : fact.evidence)
                    write_csv_record(out, {source, fact.relation->name, target, fact.valid_from, fact.valid_to, e.text, e.url,
                                           confidence_text(e.confidence)});
            },
            RowDetail::full);
    }
};

}  // namespace

ExporterInfo facts_csv_exporter_info() {
    return {"csv", "the curated facts CSV (source,relation,target,valid_from,valid_to,evidence,url,confidence); imports back",
            {".csv"}, false, [] { return std::make_unique<FactsCsvExporter>(); }};
}

}  // namespace stancegraph
