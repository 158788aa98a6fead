// `stancegraph blocs --relation R --target B [--target C …] [--not D …]`: the entities that share a
// stance toward every target (and not toward the excluded ones), e.g. who recognizes both Abkhazia
// and South Ossetia but not Kosovo.
#include "command.hpp"
#include "core/english_predicate.hpp"
#include "core/name_order.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <algorithm>
#include <iostream>
#include <iterator>

namespace stancegraph {

namespace {

class BlocsCommand : public Command {
public:
    std::string name() const override { return "blocs"; }
    std::string description() const override { return "entities holding RELATION toward all the targets and none of the excluded"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph blocs --relation recognizes --target Abkhazia --target \"South Ossetia\" --not Kosovo --db stances.db");
        app.add_option("--relation", relation_, "a relation, e.g. recognizes")->required();
        app.add_option("--target", targets_, "a target (repeat for several)")->required();
        app.add_option("--not", excluded_, "an entity they must not hold the relation toward (repeatable)");
        filter_.add_to(app, false);
        query_.add_to(app);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const RelationInfo& relation = context.relation_argument(relation_);
        const DayNumber day = query_.as_of_day();
        std::vector<EntityNode> targets, excluded;
        std::set<std::string> ids;
        for (const auto& t : targets_) targets.push_back(entity_argument(context, *store, t));
        for (const auto& t : excluded_) excluded.push_back(entity_argument(context, *store, t));
        for (const auto& e : targets) ids.insert(e.id);
        for (const auto& e : excluded) ids.insert(e.id);
        std::set<std::string> family_relations;
        for (const auto& r : context.ontology().relations())
            if (r.family == relation.family) family_relations.insert(r.name);
        StanceGraph graph(context.ontology());
        store->load_graph(graph, filter_.selection(ids, family_relations));
        filter_.prepare(graph);
        auto holders = [&](const EntityNode& target) {
            std::set<Vertex> out;
            if (auto v = graph.vertex(target.id))
                for (const auto& answer : who(graph, relation.id, *v, day))
                    if (filter_.shows(answer.stance)) out.insert(answer.entity);
            return out;
        };
        // Intersect the holders of every target, then take away the holders of every excluded one.
        std::set<Vertex> bloc = holders(targets.front());
        for (std::size_t i = 1; i < targets.size(); ++i) {
            std::set<Vertex> next, other = holders(targets[i]);
            std::set_intersection(bloc.begin(), bloc.end(), other.begin(), other.end(), std::inserter(next, next.begin()));
            bloc = std::move(next);
        }
        for (const auto& e : excluded) {
            std::set<Vertex> next, other = holders(e);
            std::set_difference(bloc.begin(), bloc.end(), other.begin(), other.end(), std::inserter(next, next.begin()));
            bloc = std::move(next);
        }
        std::vector<Vertex> sorted(bloc.begin(), bloc.end());
        std::sort(sorted.begin(), sorted.end(), [&](Vertex x, Vertex y) { return folded_name_less(graph.node(x).name, graph.node(y).name); });

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (Vertex v : sorted) {
                w.clear();
                w.begin_object().key("entity");
                write_entity_json(w, graph.node(v));
                w.key("relation").value(relation.name).key("as_of").value(day_to_string(day)).end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        std::string about;
        for (const auto& t : targets) about += (about.empty() ? "" : " and ") + t.name;
        for (const auto& e : excluded) about += " but not " + e.name;
        TextTable table({"id", "name"});
        for (Vertex v : sorted) table.add_row({graph.node(v).id, graph.node(v).name});
        if (query_.output_format() == OutputFormat::csv) {
            table.print_csv(std::cout);
            return kExitOk;
        }
        std::cout << entity_count(sorted.size()) << ' ' << english_predicate(relation, sorted.size()) << ' ' << about << ", as of "
                  << day_to_string(day) << '\n';
        if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string relation_;
    std::vector<std::string> targets_, excluded_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_blocs_command() { return std::make_unique<BlocsCommand>(); }

}  // namespace stancegraph
