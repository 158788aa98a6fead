// Reading fact CSV files: the whole file is one document, and one bad row rejects it, so that a
// file is either imported whole or not at all.
#include "fact_csv_importer.hpp"

#include "csv_reader.hpp"
#include "fact_document.hpp"
#include "fact_row.hpp"

#include <map>

namespace stancegraph {

namespace {

class FactCsvImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const std::string content = input.read_all();
        ImportedDocument imported;
        imported.document = fact_file_document(input, content);
        CsvReader reader(content, input.name);
        std::vector<CsvField> fields;
        if (!reader.next(fields)) throw InputError({input.name, 1, 1}, "empty fact file (a header line is needed)");
        std::map<std::string, std::size_t> column;
        for (std::size_t i = 0; i < fields.size(); ++i) column[fields[i].value] = i;
        for (const char* needed : {"source", "relation", "target"})
            if (!column.count(needed))
                throw InputError({input.name, 1, 1}, std::string("the header has no \"") + needed +
                                                         "\" column (expected source,relation,target,valid_from,valid_to,evidence,url)");
        const std::size_t width = fields.size();
        while (reader.next(fields)) {
            if (fields.size() != width)
                throw InputError({input.name, reader.record_line(), 1},
                                 "row has " + std::to_string(fields.size()) + " fields, the header " + std::to_string(width));
            auto field = [&](const char* name) {
                auto it = column.find(name);
                if (it == column.end()) return LocatedText{std::nullopt, {input.name, reader.record_line(), 1}};
                const CsvField& f = fields[it->second];
                return LocatedText{f.value, {input.name, f.line, f.column}};
            };
            FactRow row{field("source"), field("relation"), field("target"), field("valid_from"), field("valid_to"),
                        field("evidence"), field("url"), field("confidence"), {input.name, reader.record_line(), 1}, {}};
            imported.facts.push_back(make_fact(row, context, imported.document.id));
        }
        sink.accept(std::move(imported));
    }
};

}  // namespace

ImporterInfo fact_csv_importer_info() {
    return {"facts-csv",
            "stance facts as CSV: source,relation,target,valid_from,valid_to,evidence,url",
            {".csv"},
            [](std::string_view, std::string_view head) {
                const auto first_line = head.substr(0, head.find('\n'));
                return first_line.find("source") != std::string_view::npos &&
                       first_line.find("relation") != std::string_view::npos && first_line.find(',') != std::string_view::npos &&
                       first_line.find('{') == std::string_view::npos;
            },
            [] { return std::make_unique<FactCsvImporter>(); }};
}

}  // namespace stancegraph
