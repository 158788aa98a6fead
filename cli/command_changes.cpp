// `stancegraph changes --from D1 --to D2`: stances that flipped in a period — recognized then
// withdrew, cut then restored relations, switched recognition from one government to another.
#include "command.hpp"
#include "core/stance_queries.hpp"
#include "exporters/fact_json.hpp"
#include "fact_text.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <iostream>
#include <map>

namespace stancegraph {

namespace {

class ChangesCommand : public Command {
public:
    std::string name() const override { return "changes"; }
    std::string description() const override { return "stances that changed between two dates (flips, switches, new stances)"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph changes --from 2021 --to 2024 --family recognition --db stances.db");
        app.add_option("--from", from_, "the first day of the period (YYYY[-MM[-DD]])")->required();
        app.add_option("--to", to_, "the last day of the period")->required();
        filter_.add_to(app);
        query_.add_to(app, false);
    }
    int run(Context& context) override {
        filter_.check(context);
        const DayNumber from = parse_day_argument(from_, "--from");
        DayNumber to = parse_day_argument(to_, "--to");
        // "--to 2024" means to the end of 2024.
        to = PartialDate::parse(to_)->end_day() - 1;
        if (to < from) throw UsageError("--to is before --from");
        auto store = open_store(context, query_.db);
        StanceGraph graph(context.ontology());
        // Only the pairs with a fact starting in the period can have changed; their facts (both ways)
        // tell what each stance was before.
        GraphSelection selection = filter_.selection({}, {}, store->pairs_starting_between(from, to));
        if (!selection.pairs.empty()) store->load_graph(graph, selection);
        filter_.prepare(graph);
        const auto found = selection.pairs.empty() ? std::vector<StanceChange>{} : changes(graph, from, to, filter_.family_view());

        // A switch: on the same day, a source leaves one target and takes up another in the family.
        // Changes are compared only with those of the same source (grouped first: a busy period has
        // tens of thousands of changes).
        std::map<Vertex, std::vector<FactIndex>> by_source;
        for (const auto& c : found) by_source[graph.source_of(c.fact)].push_back(c.fact);
        std::map<FactIndex, std::string> notes;
        for (const auto& [source, facts] : by_source)
            for (FactIndex x : facts)
                for (FactIndex y : facts) {
                    const Fact& fx = graph.fact(x);
                    const Fact& fy = graph.fact(y);
                    const RelationInfo& rx = context.ontology().at(fx.relation);
                    const RelationInfo& ry = context.ontology().at(fy.relation);
                    if (x == y || rx.family != ry.family) continue;
                    if (rx.polarity == Polarity::negative && ry.polarity == Polarity::positive &&
                        std::abs(fx.valid.start() - fy.valid.start()) <= 14)
                        notes[x] = "switched to " + graph.node(graph.target_of(y)).name;
                }

        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (const auto& c : found) {
                w.clear();
                w.begin_object();
                write_fact_members(w, graph, c.fact);
                if (c.before) w.key("before").value(context.ontology().at(*c.before).name);
                else w.key("before").null();
                if (auto n = notes.find(c.fact); n != notes.end()) w.key("note").value(n->second);
                w.end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        const bool csv = query_.output_format() == OutputFormat::csv;
        if (!csv)
            std::cout << found.size() << (found.size() == 1 ? " change" : " changes") << " from " << day_to_string(from) << " to "
                      << day_to_string(to) << '\n';
        TextTable table({"date", "source", "before", "now", "target", "note"});
        for (const auto& c : found) {
            const Fact& fact = graph.fact(c.fact);
            auto n = notes.find(c.fact);
            table.add_row({from_text(fact), graph.node(graph.source_of(c.fact)).name,
                           c.before ? context.ontology().at(*c.before).name : csv ? "" : "(none)", context.ontology().at(fact.relation).name,
                           graph.node(graph.target_of(c.fact)).name, n == notes.end() ? "" : n->second});
        }
        if (csv) table.print_csv(std::cout);
        else if (!table.empty()) table.print(std::cout);
        return kExitOk;
    }

private:
    std::string from_, to_;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_changes_command() { return std::make_unique<ChangesCommand>(); }

}  // namespace stancegraph
