// `stancegraph stance A B`: A's stance toward B in each relation family as of a date.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class StanceCommand : public Command {
public:
    std::string name() const override { return "stance"; }
    std::string description() const override { return "A's stance toward B in each relation family, as of a date"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph stance Kazakhstan \"Donetsk People's Republic\" --db stances.db\n  stancegraph stance Russia Abkhazia --as-of 2010 --family recognition --db stances.db");
        app.add_option("source", source_, "the entity whose stance is asked (id or name)")->required();
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
        std::vector<StanceAnswer> answers;
        auto va = graph.vertex(a.id), vb = graph.vertex(b.id);
        if (va && vb) answers = stance(graph, *va, *vb, day, filter_.family_view());

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (const auto& answer : answers) {
                w.clear();
                w.begin_object();
                w.key("source");
                write_entity_json(w, a);
                w.key("target");
                write_entity_json(w, b);
                w.key("as_of").value(day_to_string(day));
                w.key("family").value(answer.family);
                w.key("relation").value(context.ontology().at(answer.relation).name);
                w.key("since").optional_value(stance_since(graph, answer));
                w.key("undated").value(!graph.fact(answer.since_fact).valid.dated());
                w.key("evidence").value(answer.evidence);
                w.key("contested").value(answer.contested);
                w.key("facts").begin_array();
                for (FactIndex f : answer.facts) {
                    w.begin_object();
                    write_fact_members(w, graph, f);
                    w.end_object();
                }
                w.end_array().end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        const bool csv = query_.output_format() == OutputFormat::csv;
        if (!csv) std::cout << a.name << " → " << b.name << ", as of " << day_to_string(day) << '\n';
        if (answers.empty() && !csv) {
            std::cout << "no known stance\n";
            return kExitOk;
        }
        TextTable table({"family", "stance", "since", "evidence", "note"});
        for (const auto& answer : answers) {
            // A contested stance names every relation its tied facts hold.
            std::string relations;
            for (FactIndex f : answer.contested ? answer.facts : std::vector<FactIndex>{answer.facts.front()}) {
                const std::string& r = context.ontology().at(graph.fact(f).relation).name;
                if (relations.find(r) == std::string::npos) relations += (relations.empty() ? "" : " / ") + r;
            }
            if (!answer.contested) relations = context.ontology().at(answer.relation).name;
            const std::string since = stance_since(graph, answer);
            table.add_row({answer.family, relations, since.empty() && !csv ? "(undated)" : since, std::to_string(answer.evidence),
                           stance_note(graph, answer)});
        }
        if (csv) table.print_csv(std::cout);
        else table.print(std::cout);
        return kExitOk;
    }

private:
    std::string source_, target_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_stance_command() { return std::make_unique<StanceCommand>(); }

}  // namespace stancegraph
