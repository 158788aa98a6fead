// Reading fact JSON Lines files (one document per file, rejected whole on a bad line).
#include "fact_jsonl_importer.hpp"

#include "core/json.hpp"
#include "fact_document.hpp"
#include "fact_row.hpp"

#include <charconv>

namespace stancegraph {

namespace {

LocatedText member_text(const JsonValue& object, std::string_view key, const SourceLocation& line, std::string_view text) {
    SourceLocation where{line.file, line.line, column_of_key(text, key)};
    if (where.column == 0) where.column = 1;
    auto value = object.get(key);
    if (!value || value->is_null()) return {std::nullopt, where};
    if (value->is_string()) return {std::string(value->as_string()), where};
    if (value->is_number()) {
        char buffer[32];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value->as_double());
        return {std::string(buffer, ec == std::errc() ? end : buffer), where};
    }
    if (value->is_object()) {  // an entity as {"id", "name"}: the id decides, the name helps
        for (const char* member : {"id", "name"})
            if (auto part = value->get(member); part && part->is_string() && !part->as_string().empty())
                return {std::string(part->as_string()), where};
    }
    throw InputError(where, "\"" + std::string(key) + "\" must be a string, not " + value->type_name());
}

Evidence evidence_from(const JsonValue& object, const SourceLocation& where) {
    Evidence e;
    auto text_member = [&](std::string_view key) {
        try {
            return object.get_string(key);
        } catch (const std::invalid_argument& wrong_type) {  // a member that is no string
            throw InputError(where, std::string("evidence: ") + wrong_type.what());
        }
    };
    e.url = text_member("url").value_or("");
    e.text = text_member("text").value_or("");
    e.rule = text_member("rule").value_or("fact-file");
    if (auto published = text_member("published"); published && !published->empty()) {
        e.published = PartialDate::parse(*published);
        if (!e.published) throw InputError(where, "evidence published \"" + *published + "\" is not a date");
    }
    auto integer = [&](std::string_view key, std::int64_t fallback) {
        auto v = object.get(key);
        return v && v->is_integer() ? v->as_int() : fallback;
    };
    e.sentence = static_cast<int>(integer("sentence", -1));
    e.start = integer("start", -1);
    e.end = integer("end", -1);
    e.line = static_cast<std::size_t>(std::max<std::int64_t>(0, integer("line", 0)));
    if (auto c = object.get("confidence"); c && c->is_number()) e.confidence = c->as_double();
    if (e.confidence < 0.0 || e.confidence > 1.0) throw InputError(where, "evidence confidence is not from 0 to 1");
    return e;
}

class FactJsonlImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const std::string content = input.read_all();
        ImportedDocument imported;
        imported.document = fact_file_document(input, content);
        std::size_t line_number = 0;
        std::size_t start = 0;
        while (start < content.size()) {
            std::size_t end = content.find('\n', start);
            if (end == std::string::npos) end = content.size();
            const std::string_view line(content.data() + start, end - start);
            ++line_number;
            start = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            const JsonDocument json = JsonDocument::parse(line, input.name, line_number);
            const JsonValue object = json.root();
            const SourceLocation where{input.name, line_number, 1};
            if (!object.is_object()) throw InputError(where, "each line must be a JSON object");
            FactRow row{member_text(object, "source", where, line),     member_text(object, "relation", where, line),
                        member_text(object, "target", where, line),     member_text(object, "valid_from", where, line),
                        member_text(object, "valid_to", where, line),   {},
                        member_text(object, "url", where, line),        member_text(object, "confidence", where, line),
                        where,                                          {}};
            if (auto evidence = object.get("evidence")) {
                const SourceLocation at{input.name, line_number, std::max<std::size_t>(1, column_of_key(line, "evidence"))};
                if (evidence->is_string()) row.evidence = {std::string(evidence->as_string()), at};
                else if (evidence->is_object()) row.extra_evidence.push_back(evidence_from(*evidence, at));
                else if (evidence->is_array())
                    for (std::size_t i = 0; i < evidence->size(); ++i) {
                        if (!evidence->at(i).is_object()) throw InputError(at, "evidence list items must be objects");
                        row.extra_evidence.push_back(evidence_from(evidence->at(i), at));
                    }
                else if (!evidence->is_null())
                    throw InputError(at, std::string("\"evidence\" must be a text, an object or a list, not ") + evidence->type_name());
            }
            // extract's output keeps rule and confidence beside the evidence object.
            if (row.extra_evidence.size() == 1) {
                if (auto rule = member_text(object, "rule", where, line).text) row.extra_evidence[0].rule = *rule;
                if (auto c = object.get("confidence"); c && c->is_number()) row.extra_evidence[0].confidence = c->as_double();
                if (row.extra_evidence[0].url.empty() && row.url.text) row.extra_evidence[0].url = *row.url.text;
            }
            imported.facts.push_back(make_fact(row, context, imported.document.id));
        }
        sink.accept(std::move(imported));
    }
};

}  // namespace

ImporterInfo fact_jsonl_importer_info() {
    return {"facts-jsonl",
            "stance facts as JSON Lines, one {source, relation, target, valid_from, …} per line",
            {".jsonl", ".ndjson"},
            [](std::string_view, std::string_view head) {
                const auto first = head.find_first_not_of(" \t\r\n");
                if (first == std::string_view::npos || head[first] != '{') return false;
                const auto first_line = head.substr(first, head.find('\n', first) - first);
                return first_line.find("\"relation\"") != std::string_view::npos;
            },
            [] { return std::make_unique<FactJsonlImporter>(); }};
}

}  // namespace stancegraph
