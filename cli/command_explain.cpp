// `stancegraph explain A B`: the chain behind A's stance toward B — the facts, and for each the
// documents, sentences, rules and confidences that support it.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "fact_text.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class ExplainCommand : public Command {
public:
    std::string name() const override { return "explain"; }
    std::string description() const override { return "why A's stance toward B is what it is: facts, documents, sentences, rules"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph explain Russia Abkhazia --db stances.db\n  stancegraph explain Togo Kosovo --as-of 2015 --format csv --db stances.db");
        app.add_option("source", source_, "the entity whose stance is explained")->required();
        app.add_option("target", target_, "the entity it is a stance toward")->required();
        filter_.add_to(app);
        query_.add_to(app);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const EntityNode a = entity_argument(context, *store, source_);
        const EntityNode b = entity_argument(context, *store, target_);
        const DayNumber day = query_.as_of_day();
        StanceGraph graph(context.ontology());
        store->load_graph(graph, filter_.selection({}, {}, {{a.id, b.id}}));  // the pair's facts, both ways
        filter_.prepare(graph);
        auto va = graph.vertex(a.id), vb = graph.vertex(b.id);
        std::vector<StanceAnswer> answers;
        if (va && vb) answers = stance(graph, *va, *vb, day, filter_.family_view());
        JsonWriter w;
        const bool csv = query_.output_format() == OutputFormat::csv;
        // CSV: one row per piece of evidence of each fact in each chain.
        TextTable table({"family", "stance", "role", "from", "until", "source", "relation", "target", "document", "sentence", "line",
                         "rule", "confidence", "text", "url"});
        if (query_.output_format() == OutputFormat::text)
            std::cout << "Why " << a.name << " → " << b.name << ", as of " << day_to_string(day) << '\n';
        if (answers.empty() && query_.output_format() == OutputFormat::text) std::cout << "no known stance\n";
        for (const auto& answer : answers) {
            // The stance and the earlier facts of the family that led to it.
            std::vector<FactIndex> chain;
            for (FactIndex f : timeline(graph, *va, *vb))
                if (context.ontology().at(graph.fact(f).relation).family == answer.family &&
                    graph.fact(f).valid.start() <= graph.fact(answer.facts.front()).valid.start())
                    chain.push_back(f);
            // A fact from B to A says nothing of A's stance unless the relation is symmetric.
            auto other_direction = [&](FactIndex f) {
                return graph.source_of(f) != *va && !context.ontology().at(graph.fact(f).relation).symmetric;
            };
            auto role_of = [&](FactIndex f) -> std::string {
                if (other_direction(f)) return "other direction";
                if (std::find(answer.facts.begin(), answer.facts.end(), f) != answer.facts.end()) return "decides";
                if (std::find(answer.outweighed.begin(), answer.outweighed.end(), f) != answer.outweighed.end()) return "outweighed";
                return "earlier";
            };
            if (query_.output_format() == OutputFormat::jsonl) {
                w.clear();
                w.begin_object().key("family").value(answer.family).key("relation").value(context.ontology().at(answer.relation).name);
                w.key("as_of").value(day_to_string(day)).key("contested").value(answer.contested);
                w.key("since").optional_value(stance_since(graph, answer)).key("evidence").value(answer.evidence);
                w.key("chain").begin_array();
                for (FactIndex f : chain) {
                    w.begin_object();
                    write_fact_members(w, graph, f);
                    w.key("decides").value(role_of(f) == "decides");
                    w.key("role").value(role_of(f));
                    w.end_object();
                }
                w.end_array().end_object();
                std::cout << w.text() << '\n';
                continue;
            }
            if (csv) {
                for (FactIndex f : chain) {
                    const Fact& fact = graph.fact(f);
                    std::vector<std::string> row{answer.family, context.ontology().at(answer.relation).name, role_of(f),
                                                 fact.valid.valid_from ? fact.valid.valid_from->to_string() : "", until_text(graph, f),
                                                 graph.node(graph.source_of(f)).id, context.ontology().at(fact.relation).name,
                                                 graph.node(graph.target_of(f)).id};
                    for (const Evidence& e : fact.evidence) {
                        std::vector<std::string> full = row;
                        for (std::string cell : {e.document, e.sentence >= 0 ? std::to_string(e.sentence) : std::string(),
                                                 e.line > 0 ? std::to_string(e.line) : std::string(), e.rule,
                                                 confidence_text(e.confidence), e.text, e.url})
                            full.push_back(std::move(cell));
                        table.add_row(std::move(full));
                    }
                }
                continue;
            }
            const std::string since = stance_since(graph, answer);
            const std::string note = stance_note(graph, answer);
            std::cout << "\n" << answer.family << ": " << context.ontology().at(answer.relation).name << ", since "
                      << (since.empty() ? "(undated)" : since) << ", " << answer.evidence
                      << (answer.evidence == 1 ? " piece" : " pieces") << " of evidence in " << answer.fact_count
                      << (answer.fact_count == 1 ? " fact" : " facts") << (note.empty() ? "" : " (" + note + ")") << '\n';
            for (FactIndex f : chain) {
                const Fact& fact = graph.fact(f);
                const std::string role = role_of(f);
                std::cout << (role == "decides" ? "  * " : "    ") << from_text(fact) << "  " << graph.node(graph.source_of(f)).name << ' '
                          << context.ontology().at(fact.relation).name << ' ' << graph.node(graph.target_of(f)).name;
                const std::string until = until_text(graph, f);
                if (!until.empty()) std::cout << "  (until " << until << ')';
                if (role == "other direction")
                    std::cout << "  [the other direction: " << graph.node(graph.source_of(f)).name << "'s stance, not counted]";
                if (role == "outweighed") std::cout << "  [outweighed by stronger evidence]";
                if (!fact.valid.dated() && fact.valid.known_from)
                    std::cout << "  [undated; known from " << day_to_string(*fact.valid.known_from) << ']';
                std::cout << '\n';
                for (const Evidence& e : fact.evidence) {
                    std::cout << "      " << e.document;
                    if (e.sentence >= 0) std::cout << ", sentence " << e.sentence;
                    if (e.line > 0) std::cout << ", line " << e.line;
                    std::cout << ", rule " << e.rule << ", confidence " << e.confidence
                              << (e.hedged() ? " (hedged: the sentence only says it may be so)" : "") << '\n';
                    if (!e.text.empty()) std::cout << "        “" << e.text << "”\n";
                    if (!e.url.empty()) std::cout << "        " << e.url << '\n';
                }
            }
        }
        if (csv) table.print_csv(std::cout);
        return kExitOk;
    }

private:
    std::string source_, target_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_explain_command() { return std::make_unique<ExplainCommand>(); }

}  // namespace stancegraph
