// `stancegraph who RELATION B`: every entity whose stance toward B is RELATION on a date.
#include "command.hpp"
#include "core/english_predicate.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class WhoCommand : public Command {
public:
    std::string name() const override { return "who"; }
    std::string description() const override { return "every entity whose stance toward B is RELATION, as of a date"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph who recognizes Kosovo --as-of 2012-01-01 --db stances.db\n  stancegraph who attacks Ukraine --as-of 2022-03-01 --window 30d --db stances.db\n  stancegraph who recognizes Abkhazia --format csv --db stances.db > abkhazia.csv");
        app.add_option("relation", relation_, "a relation, e.g. recognizes")->required();
        app.add_option("target", target_, "the entity (id or name)")->required();
        filter_.add_to(app, false);
        query_.add_to(app);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const RelationInfo& relation = context.relation_argument(relation_);
        const EntityNode b = entity_argument(context, *store, target_);
        const DayNumber day = query_.as_of_day();
        std::set<std::string> family_relations;
        for (const auto& r : context.ontology().relations())
            if (r.family == relation.family) family_relations.insert(r.name);
        StanceGraph graph(context.ontology());
        store->load_graph(graph, filter_.selection({b.id}, family_relations));
        filter_.prepare(graph);
        std::vector<WhoAnswer> answers;
        if (auto vb = graph.vertex(b.id)) answers = who(graph, relation.id, *vb, day);
        std::size_t contested = 0;
        std::erase_if(answers, [&](const WhoAnswer& a) {
            if (!a.stance.contested) return false;
            ++contested;
            return !filter_.shows(a.stance);
        });

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (const auto& answer : answers) {
                w.clear();
                w.begin_object();
                w.key("entity");
                write_entity_json(w, graph.node(answer.entity));
                w.key("relation").value(relation.name);
                w.key("target");
                write_entity_json(w, b);
                w.key("as_of").value(day_to_string(day));
                w.key("since").optional_value(stance_since(graph, answer.stance));
                w.key("undated").value(!graph.fact(answer.stance.since_fact).valid.dated());
                w.key("evidence").value(answer.stance.evidence);
                w.key("contested").value(answer.stance.contested);
                w.end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        const bool csv = query_.output_format() == OutputFormat::csv;
        TextTable table({"id", "name", "since", "evidence", "note"});
        for (const auto& answer : answers) {
            const std::string since = stance_since(graph, answer.stance);
            table.add_row({graph.node(answer.entity).id, graph.node(answer.entity).name, since.empty() && !csv ? "(undated)" : since,
                           std::to_string(answer.stance.evidence), stance_note(graph, answer.stance)});
        }
        if (csv) {
            table.print_csv(std::cout);
            return kExitOk;
        }
        std::cout << entity_count(answers.size()) << ' ' << english_predicate(relation, answers.size()) << ' ' << b.name
                  << ", as of " << day_to_string(day) << '\n';
        if (!table.empty()) table.print(std::cout);
        if (contested && !filter_.include_contested)
            std::cout << contested << (contested == 1 ? " contested stance" : " contested stances")
                      << " left out (sources disagree evenly; --include-contested shows them)\n";
        return kExitOk;
    }

private:
    std::string relation_, target_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_who_command() { return std::make_unique<WhoCommand>(); }

}  // namespace stancegraph
