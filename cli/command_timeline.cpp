// `stancegraph timeline A [B]`: every fact between A and B (or of A with anyone) in time order,
// with evidence and the time since the previous fact of the same pair and family.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "fact_text.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <cstdint>
#include <iostream>
#include <map>
#include <tuple>

namespace stancegraph {

namespace {

class TimelineCommand : public Command {
public:
    std::string name() const override { return "timeline"; }
    std::string description() const override { return "every change of A's stance toward B (or toward anyone), in time order"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph timeline Togo Kosovo --db stances.db\n  stancegraph timeline Russia --format csv --db stances.db");
        app.add_option("a", a_, "an entity (id or name)")->required();
        app.add_option("b", b_, "another entity; without it, everyone A has facts with");
        filter_.add_to(app);
        query_.add_to(app, false);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const EntityNode a = entity_argument(context, *store, a_);
        std::optional<EntityNode> b;
        if (!b_.empty()) b = entity_argument(context, *store, b_);
        StanceGraph graph(context.ontology());
        if (b) store->load_graph(graph, filter_.selection({}, {}, {{a.id, b->id}}));  // the pair's facts, both ways
        else store->load_graph(graph, filter_.selection({a.id}));
        filter_.prepare(graph);
        std::vector<FactIndex> facts;
        auto va = graph.vertex(a.id);
        if (va && b) {
            if (auto vb = graph.vertex(b->id)) facts = timeline(graph, *va, *vb);
        } else if (va) {
            facts = timeline(graph, *va);
        }
        std::erase_if(facts, [&](FactIndex f) {
            return filter_.family_view() && context.ontology().at(graph.fact(f).relation).family != *filter_.family_view();
        });
        // The gap since the previous fact of the same pair and family.
        std::map<std::tuple<Vertex, Vertex, std::string>, DayNumber> previous;
        std::vector<DayNumber> gaps;
        for (FactIndex f : facts) {
            const Fact& fact = graph.fact(f);
            Vertex s = graph.source_of(f), t = graph.target_of(f);
            if (t < s) std::swap(s, t);
            auto key = std::make_tuple(s, t, context.ontology().at(fact.relation).family);
            const bool dated = fact.valid.valid_from.has_value();
            auto it = previous.find(key);
            gaps.push_back(dated && it != previous.end() ? fact.valid.start() - it->second : -1);
            if (dated) previous[key] = fact.valid.start();
        }

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (std::size_t i = 0; i < facts.size(); ++i) {
                w.clear();
                w.begin_object();
                write_fact_members(w, graph, facts[i]);
                w.key("until").optional_value(until_text(graph, facts[i]));
                if (gaps[i] >= 0) w.key("days_since_previous").value(static_cast<std::int64_t>(gaps[i]));
                else w.key("days_since_previous").null();
                w.end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        const bool csv = query_.output_format() == OutputFormat::csv;
        if (!csv)
            std::cout << a.name << (b ? " ↔ " + b->name : std::string(" ↔ anyone")) << ": " << facts.size()
                      << (facts.size() == 1 ? " fact" : " facts") << '\n';
        TextTable table({"from", "until", "gap", "source", "relation", "target", "evidence"});
        for (std::size_t i = 0; i < facts.size(); ++i) {
            const FactIndex f = facts[i];
            const Fact& fact = graph.fact(f);
            // CSV is for programs: an empty date for undated, the evidence whole.
            table.add_row({csv && !fact.valid.valid_from ? "" : from_text(fact), until_text(graph, f), gap_text(gaps[i]),
                           graph.node(graph.source_of(f)).name, context.ontology().at(fact.relation).name,
                           graph.node(graph.target_of(f)).name, evidence_text(fact, csv ? SIZE_MAX : 100)});
        }
        if (csv) table.print_csv(std::cout);
        else if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string a_, b_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_timeline_command() { return std::make_unique<TimelineCommand>(); }

}  // namespace stancegraph
