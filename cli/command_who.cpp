// `stancegraph who RELATION B`: every entity whose stance toward B is RELATION on a date.
#include "command.hpp"
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
        app.add_option("relation", relation_, "a relation, e.g. recognizes")->required();
        app.add_option("target", target_, "the entity (id or name)")->required();
        app.add_option("--at-least", at_least_, "only facts with at least this many pieces of evidence")->capture_default_str();
        query_.add_to(app);
    }
    int run(Context& context) override {
        auto store = open_store(context, query_.db);
        const RelationInfo& relation = context.relation_argument(relation_);
        const EntityNode b = entity_argument(context, *store, target_);
        const DayNumber day = query_.as_of_day();
        std::set<std::string> family_relations;
        for (const auto& r : context.ontology().relations())
            if (r.family == relation.family) family_relations.insert(r.name);
        StanceGraph graph(context.ontology());
        store->load_graph(graph, {{b.id}, family_relations, at_least_, {}});
        std::vector<WhoAnswer> answers;
        if (auto vb = graph.vertex(b.id)) answers = who(graph, relation.id, *vb, day);

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
                w.key("since").optional_value(to_string(graph.fact(answer.stance.facts.front()).valid.valid_from));
                w.key("contradiction").value(answer.stance.contradiction);
                w.end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        std::cout << answers.size() << (answers.size() == 1 ? " entity " : " entities ") << relation.name << ' ' << b.name
                  << ", as of " << day_to_string(day) << '\n';
        TextTable table({"id", "name", "since", "note"});
        for (const auto& answer : answers) {
            const auto& since = graph.fact(answer.stance.facts.front()).valid.valid_from;
            table.add_row({graph.node(answer.entity).id, graph.node(answer.entity).name, since ? since->to_string() : "(undated)",
                           answer.stance.contradiction ? "sources disagree" : ""});
        }
        if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string relation_, target_;
    std::size_t at_least_ = 1;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_who_command() { return std::make_unique<WhoCommand>(); }

}  // namespace stancegraph
