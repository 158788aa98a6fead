// `stancegraph compare A C`: A's and C's stances side by side toward every entity either has a
// stance toward, and where they agree.
#include "command.hpp"
#include "core/name_order.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>
#include <map>

namespace stancegraph {

namespace {

class CompareCommand : public Command {
public:
    std::string name() const override { return "compare"; }
    std::string description() const override { return "two entities' stances toward the same targets, side by side"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph compare Serbia Kosovo --db stances.db\n  stancegraph compare Russia Nicaragua --as-of 2010 --format csv --db stances.db");
        app.add_option("a", a_, "an entity")->required();
        app.add_option("c", c_, "another entity")->required();
        filter_.add_to(app);
        query_.add_to(app);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const EntityNode a = entity_argument(context, *store, a_);
        const EntityNode c = entity_argument(context, *store, c_);
        const DayNumber day = query_.as_of_day();
        StanceGraph graph(context.ontology());
        store->load_graph(graph, filter_.selection({a.id, c.id}));
        filter_.prepare(graph);
        auto va = graph.vertex(a.id), vc = graph.vertex(c.id);
        // Every target of either, found through the graph's out-edges (and symmetric in-edges).
        std::set<Vertex> targets;
        const Graph& g = graph.graph();
        for (auto v : {va, vc}) {
            if (!v) continue;
            for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) targets.insert(boost::target(*it, g));
            for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it)
                if (context.ontology().at(graph.fact(g[*it].fact).relation).symmetric) targets.insert(boost::source(*it, g));
        }
        struct Row {
            Vertex target;
            std::string family, of_a, of_c;
        };
        std::vector<Row> rows;
        // A contested stance is shown as such, so that two contested stances never "agree".
        auto relation_shown = [&](Context& ctx, const StanceAnswer& s) -> std::string {
            if (s.contested) return filter_.include_contested ? "contested (" + ctx.ontology().at(s.relation).name + ")" : "contested";
            return ctx.ontology().at(s.relation).name;
        };
        for (Vertex t : targets) {
            if ((va && t == *va) || (vc && t == *vc)) continue;
            std::map<std::string, std::pair<std::string, std::string>> by_family;
            if (va)
                for (const auto& s : stance(graph, *va, t, day, filter_.family_view()))
                    by_family[s.family].first = relation_shown(context, s);
            if (vc)
                for (const auto& s : stance(graph, *vc, t, day, filter_.family_view()))
                    by_family[s.family].second = relation_shown(context, s);
            for (auto& [family, pair] : by_family) rows.push_back({t, family, pair.first, pair.second});
        }
        std::sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
            if (graph.node(x.target).name != graph.node(y.target).name)
                return folded_name_less(graph.node(x.target).name, graph.node(y.target).name);
            return x.family < y.family;
        });
        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (const auto& r : rows) {
                w.clear();
                w.begin_object().key("target");
                write_entity_json(w, graph.node(r.target));
                w.key("family").value(r.family).key("as_of").value(day_to_string(day));
                w.key(a.id).optional_value(r.of_a).key(c.id).optional_value(r.of_c);
                w.key("agree").value(!r.of_a.empty() && r.of_a == r.of_c && r.of_a.rfind("contested", 0) != 0).end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        const bool csv = query_.output_format() == OutputFormat::csv;
        const std::string none = csv ? "" : "—";
        // In CSV the last column needs a name a program can use.
        TextTable table({"target", "family", a.name, c.name, csv ? "comparison" : ""});
        for (const auto& r : rows)
            table.add_row({graph.node(r.target).name, r.family, r.of_a.empty() ? none : r.of_a, r.of_c.empty() ? none : r.of_c,
                           r.of_a.empty() || r.of_c.empty() ? "" : r.of_a == r.of_c ? "agree" : "differ"});
        if (csv) {
            table.print_csv(std::cout);
            return kExitOk;
        }
        std::cout << a.name << " and " << c.name << ", as of " << day_to_string(day) << '\n';
        if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string a_, c_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace stancegraph
