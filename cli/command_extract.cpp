// `stancegraph extract`: articles in, stance facts out as JSON Lines (or a table), no store.
#include "cameo_coding.hpp"
#include "command.hpp"
#include "core/json.hpp"
#include "import_runner.hpp"
#include "message_budget.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class PrintingSink : public DocumentSink {
public:
    // With `coding`, actors are written by their CAMEO actor codes and uncoded families left out.
    PrintingSink(const Gazetteer& gazetteer, const RelationOntology& ontology, bool as_text, const CameoCoding* coding)
        : gazetteer_(gazetteer), ontology_(ontology), as_text_(as_text), coding_(coding) {}

    void accept(ImportedDocument&& document) override {
        ++documents_;
        JsonWriter w;
        for (const Fact& fact : document.facts) {
            if (coding_ && !coding_->codes(fact.relation)) continue;
            const Evidence& e = fact.evidence.front();
            if (as_text_) {
                table_.add_row({document.document.id, name(fact.source), ontology_.at(fact.relation).name, name(fact.target),
                                to_string(fact.valid.valid_from), e.rule});
                continue;
            }
            w.clear();
            w.begin_object().key("doc").value(document.document.id);
            entity(w, "source", fact.source);
            w.key("relation").value(ontology_.at(fact.relation).name);
            entity(w, "target", fact.target);
            w.key("valid_from").optional_value(to_string(fact.valid.valid_from));
            w.key("valid_to").optional_value(to_string(fact.valid.valid_to));
            w.key("evidence").begin_object().key("text").value(e.text).key("sentence").value(e.sentence);
            w.key("start").value(static_cast<std::int64_t>(e.start)).key("end").value(static_cast<std::int64_t>(e.end)).end_object();
            w.key("rule").value(e.rule).key("confidence").value(e.confidence).end_object();
            std::cout << w.text() << '\n';
        }
    }
    void reject(const InputError& error) override {
        ++bad_;
        message_budget().print_message("stancegraph: error: ", error.what(), true);
    }
    void warn(const std::string& message) override {
        ++warnings_;
        message_budget().print_message("stancegraph: warning: ", message, false);
    }
    void note(const std::string& line) override { std::cerr << line << '\n'; }

    void finish() {
        if (as_text_) table_.print(std::cout);
        std::cout.flush();
    }
    std::size_t bad() const { return bad_; }

private:
    std::string name(const std::string& id) const {
        const Entity* e = gazetteer_.by_id(id);
        return e ? e->name : id;
    }
    void entity(JsonWriter& w, const char* key, const std::string& id) const {
        w.key(key).begin_object();
        if (coding_) w.key("id").value(coding_->actor_code(id)).key("entity").value(id);
        else w.key("id").value(id);
        w.key("name").value(name(id)).end_object();
    }

    const Gazetteer& gazetteer_;
    const RelationOntology& ontology_;
    bool as_text_;
    const CameoCoding* coding_;
    TextTable table_{{"doc", "source", "relation", "target", "valid_from", "rule"}};
    std::size_t documents_ = 0, bad_ = 0, warnings_ = 0;
};

class ExtractCommand : public Command {
public:
    std::string name() const override { return "extract"; }
    std::string description() const override { return "extract stance facts from articles, printed as JSON Lines (no store)"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph extract data/samples/articles/en-finland-nato.json\n  stancegraph extract article.txt --lang ru --published 2022-02-21 --format text\n  cat article.txt | stancegraph extract - --trace");
        app.add_option("inputs", request_.inputs, "article files (.json, .jsonl, .txt), folders, or - for standard input")->required();
        app.add_option("--input-format", request_.format, "article-json, article-jsonl or article-text; default: detected");
        app.add_option("--format", format_, "jsonl (one fact per line) or text (a table)")
            ->check(CLI::IsMember({"jsonl", "text"}))
            ->capture_default_str();
        app.add_option("--lang", request_.options.lang, "plain text: the language (ar, en, ru); default: detected by script");
        app.add_option("--published", request_.options.published, "plain text: the publication date");
        app.add_option("--id", request_.options.id, "plain text: the document id");
        app.add_option("--coding", coding_,
                       "ours (default) or cameo: actors as the event coders code them (ISO code of the state, IGO, "
                       "IMG), events only (no membership, leadership or secession)")
            ->check(CLI::IsMember({"ours", "cameo"}))
            ->capture_default_str();
        request_.folders.add_to(app);
        app.add_flag("--trace", request_.options.trace, "explain each sentence on standard error: mentions, cues, rules, drops");
    }
    int run(Context& context) override {
        check_inputs_exist(request_.inputs);
        // Only article formats: a fact file has nothing to extract.
        for (const auto& path : expand_inputs(request_.inputs, request_.folders).files)
            if (request_.format.empty() && path != "-" && !path.ends_with(".json") && !path.ends_with(".jsonl") &&
                !path.ends_with(".ndjson") && !path.ends_with(".txt") && !path.ends_with(".text"))
                throw UsageError(path + ": not an article file (.json, .jsonl, .txt); give --input-format");
        if (request_.format.empty() && request_.inputs == std::vector<std::string>{"-"}) request_.format = "article-text";
        std::optional<CameoCoding> coding;
        if (coding_ == "cameo") coding.emplace(context.gazetteer(), context.ontology(), context.paths().data_dir + "/coding/cameo_actors.json");
        PrintingSink sink(context.gazetteer(), context.ontology(), format_ == "text", coding ? &*coding : nullptr);
        read_inputs(context, request_, sink);
        sink.finish();
        return sink.bad() ? kExitBadInput : kExitOk;
    }

private:
    ImportRequest request_;
    std::string format_ = "jsonl";
    std::string coding_ = "ours";
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace stancegraph
