// `stancegraph contradictions`: pairs where sources disagree about the same period, each with both
// pieces of evidence, so that an analyst can decide.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "fact_text.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <cstdint>
#include <iostream>
#include <optional>

namespace stancegraph {

namespace {

class ContradictionsCommand : public Command {
public:
    std::string name() const override { return "contradictions"; }
    std::string description() const override { return "facts that disagree about the same pair and period, with their evidence"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph contradictions --db stances.db\n  stancegraph contradictions --entity Kosovo --format jsonl --db stances.db");
        app.add_option("--entity", entity_, "only contradictions involving this entity");
        filter_.add_to(app);
        query_.add_to(app, false);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        // Only pairs with facts of two relations of one family can disagree; the store keeps them, so
        // a store of a million facts is not read whole to check the few.
        std::optional<std::string> entity;
        if (!entity_.empty()) entity = entity_argument(context, *store, entity_).id;
        GraphSelection selection = filter_.selection({}, {}, store->contested_pairs(entity));
        StanceGraph graph(context.ontology());
        if (!selection.pairs.empty()) store->load_graph(graph, selection);
        const auto found = contradictions(graph, filter_.family_view());
        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (const auto& c : found) {
                w.clear();
                w.begin_object().key("first").begin_object();
                write_fact_members(w, graph, c.first);
                w.end_object().key("second").begin_object();
                write_fact_members(w, graph, c.second);
                w.end_object().end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        if (query_.output_format() == OutputFormat::csv) {
            // One row per fact, numbered by the contradiction it belongs to.
            TextTable table({"contradiction", "from", "until", "source", "relation", "target", "evidence"});
            for (std::size_t i = 0; i < found.size(); ++i)
                for (FactIndex f : {found[i].first, found[i].second}) {
                    const Fact& fact = graph.fact(f);
                    table.add_row({std::to_string(i + 1), fact.valid.valid_from ? from_text(fact) : "", until_text(graph, f),
                                   graph.node(graph.source_of(f)).name, context.ontology().at(fact.relation).name,
                                   graph.node(graph.target_of(f)).name, evidence_text(fact, SIZE_MAX)});
                }
            table.print_csv(std::cout);
            return kExitOk;
        }
        std::cout << found.size() << (found.size() == 1 ? " contradiction" : " contradictions") << '\n';
        for (const auto& c : found) {
            TextTable table({"from", "until", "source", "relation", "target", "evidence"});
            for (FactIndex f : {c.first, c.second}) {
                const Fact& fact = graph.fact(f);
                table.add_row({from_text(fact), until_text(graph, f), graph.node(graph.source_of(f)).name,
                               context.ontology().at(fact.relation).name, graph.node(graph.target_of(f)).name, evidence_text(fact, 80)});
            }
            std::cout << '\n';
            table.print(std::cout);
        }
        return kExitOk;
    }

private:
    std::string entity_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_contradictions_command() { return std::make_unique<ContradictionsCommand>(); }

}  // namespace stancegraph
