// `stancegraph timeline A B`: every fact between A and B in time order, with evidence.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

std::string until_text(const StanceGraph& graph, FactIndex f) {
    const DayNumber end = graph.effective_end(f);
    if (end == std::numeric_limits<DayNumber>::max()) return "";
    const Fact& fact = graph.fact(f);
    if (fact.valid.valid_to && fact.valid.valid_to->first_day() == end) return fact.valid.valid_to->to_string();
    return day_to_string(end);
}

class TimelineCommand : public Command {
public:
    std::string name() const override { return "timeline"; }
    std::string description() const override { return "every fact between A and B in time order, with evidence"; }
    void setup(CLI::App& app) override {
        app.add_option("a", a_, "an entity (id or name)")->required();
        app.add_option("b", b_, "another entity")->required();
        query_.add_to(app, false);
    }
    int run(Context& context) override {
        auto store = open_store(context, query_.db);
        const Entity& a = context.entity_argument(a_);
        const Entity& b = context.entity_argument(b_);
        StanceGraph graph(context.ontology());
        store->load_graph(graph, {{a.id, b.id}, {}});
        std::vector<FactIndex> facts;
        auto va = graph.vertex(a.id), vb = graph.vertex(b.id);
        if (va && vb) facts = timeline(graph, *va, *vb);

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (FactIndex f : facts) {
                w.clear();
                w.begin_object();
                write_fact_members(w, graph, f);
                w.key("until").optional_value(until_text(graph, f));
                w.end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        std::cout << a.name << " ↔ " << b.name << ": " << facts.size() << (facts.size() == 1 ? " fact" : " facts") << '\n';
        TextTable table({"from", "until", "source", "relation", "target", "evidence"});
        for (FactIndex f : facts) {
            const Fact& fact = graph.fact(f);
            std::string evidence;
            if (!fact.evidence.empty()) {
                const Evidence& e = fact.evidence.front();
                evidence = !e.text.empty() ? e.text : e.url;
                evidence = truncate_display(evidence, 100);
                if (fact.evidence.size() > 1) evidence += " (+" + std::to_string(fact.evidence.size() - 1) + " more)";
            }
            table.add_row({fact.valid.valid_from ? fact.valid.valid_from->to_string() : "(undated)", until_text(graph, f),
                           graph.node(graph.source_of(f)).name, context.ontology().at(fact.relation).name,
                           graph.node(graph.target_of(f)).name, evidence});
        }
        if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string a_, b_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_timeline_command() { return std::make_unique<TimelineCommand>(); }

}  // namespace stancegraph
