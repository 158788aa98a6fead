// `stancegraph info`: what a store holds, without a query — documents by kind, facts by relation
// and family, entities by kind, the span of the facts' dates, the schema version and the file size.
#include "command.hpp"
#include "core/json.hpp"
#include "core/store/store_summary.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

void write_counts(JsonWriter& w, const char* key, const std::map<std::string, std::size_t>& counts) {
    w.key(key).begin_object();
    for (const auto& [name, n] : counts) w.key(name).value(n);
    w.end_object();
}

// "12 (article 9, facts 3)"
std::string counted(std::size_t total, const std::map<std::string, std::size_t>& parts) {
    std::string text = std::to_string(total);
    std::string list;
    for (const auto& [name, n] : parts) list += (list.empty() ? "" : ", ") + name + " " + std::to_string(n);
    return list.empty() ? text : text + " (" + list + ")";
}

class InfoCommand : public Command {
public:
    std::string name() const override { return "info"; }
    std::string description() const override { return "what a store holds: documents, facts, entities, dates, schema, size"; }
    void setup(CLI::App& app) override {
        add_db_option(app, db_);
        app.add_option("--format", format_, "text for people, jsonl for programs")->check(CLI::IsMember({"text", "jsonl"}))->capture_default_str();
        app.footer("Examples:\n  stancegraph info --db kosovo.db\n  stancegraph info --db kosovo.db --format jsonl | jq .facts_by_family");
    }
    int run(Context& context) override {
        auto store = open_store(context, db_);
        const StoreSummary s = summarize(*store);
        if (format_ == "jsonl") {
            JsonWriter w;
            w.begin_object().key("path").value(s.path).key("file_size").value(static_cast<std::size_t>(s.file_size));
            w.key("schema_version").value(s.schema_version);
            w.key("documents").value(s.documents);
            write_counts(w, "documents_by_kind", s.documents_by_kind);
            w.key("facts").value(s.facts).key("undated_facts").value(s.undated_facts);
            w.key("first_valid_from").optional_value(s.first_valid_from.value_or(""));
            w.key("last_valid_from").optional_value(s.last_valid_from.value_or(""));
            write_counts(w, "facts_by_family", s.facts_by_family);
            write_counts(w, "facts_by_relation", s.facts_by_relation);
            w.key("evidence").value(s.evidence);
            w.key("entities").value(s.entities);
            write_counts(w, "entities_by_kind", s.entities_by_kind);
            w.end_object();
            std::cout << w.text() << '\n';
            return kExitOk;
        }
        std::cout << s.path << ": " << s.file_size << " bytes, schema version " << s.schema_version << '\n'
                  << "documents: " << counted(s.documents, s.documents_by_kind) << '\n'
                  << "facts: " << s.facts << ", " << s.undated_facts << " undated";
        if (s.first_valid_from) std::cout << ", valid_from " << *s.first_valid_from << " to " << *s.last_valid_from;
        std::cout << '\n'
                  << "evidence: " << s.evidence << '\n'
                  << "entities: " << counted(s.entities, s.entities_by_kind) << '\n';
        TextTable table({"family", "relation", "facts"});
        for (const auto& [family, n] : s.facts_by_family) {
            table.add_row({family, "", std::to_string(n)});
            for (const auto& relation : context.ontology().relations())
                if (relation.family == family)
                    if (auto it = s.facts_by_relation.find(relation.name); it != s.facts_by_relation.end())
                        table.add_row({"", relation.name, std::to_string(it->second)});
        }
        if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string db_ = "stancegraph.db";
    std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_info_command() { return std::make_unique<InfoCommand>(); }

}  // namespace stancegraph
