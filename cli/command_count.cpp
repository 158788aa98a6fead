// `stancegraph count RELATION B --from D1 --to D2 --step year|month`: how many entities hold a stance
// toward B over time, as a table and, with --chart, as an SVG line chart.
#include "command.hpp"
#include "core/atomic_output.hpp"
#include "core/json.hpp"
#include "core/stance_queries.hpp"
#include "query_options.hpp"
#include "svg_chart.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class CountCommand : public Command {
public:
    std::string name() const override { return "count"; }
    std::string description() const override { return "how many entities hold RELATION toward B at each step of a period"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph count recognizes Kosovo --from 2008 --to 2025 --db stances.db\n  stancegraph count recognizes Taiwan --from 1990 --step year --chart taiwan.svg --db stances.db");
        app.add_option("relation", relation_, "a relation, e.g. recognizes")->required();
        app.add_option("target", target_, "the entity (id or name)")->required();
        app.add_option("--from", from_, "the first date")->required();
        app.add_option("--to", to_, "the last date (default today)");
        app.add_option("--step", step_, "year or month")->check(CLI::IsMember({"year", "month"}))->capture_default_str();
        app.add_option("--chart", chart_, "also draw the counts as an SVG line chart in this file");
        app.add_flag("--overwrite", overwrite_, "replace an existing chart file");
        filter_.add_to(app, false);
        query_.add_to(app, false);
    }
    int run(Context& context) override {
        filter_.check(context);
        auto store = open_store(context, query_.db);
        const RelationInfo& relation = context.relation_argument(relation_);
        const EntityNode b = entity_argument(context, *store, target_);
        PartialDate from = *PartialDate::parse(from_.empty() ? "2000" : from_);
        if (!PartialDate::parse(from_)) throw UsageError("--from " + from_ + " is not a date");
        const DayNumber last = to_.empty() ? today() : parse_day_argument(to_, "--to");
        // Steps start on the first day of each year or month from --from on.
        std::vector<DayNumber> days;
        int year = from.year(), month = step_ == "month" ? std::max(1, from.month()) : 1;
        for (DayNumber d = from.first_day(); d <= last;) {
            days.push_back(d);
            if (step_ == "year") ++year;
            else if (++month > 12) {
                month = 1;
                ++year;
            }
            d = days_from_civil(year, step_ == "year" ? 1 : month, 1);
            if (days.size() > 100000) throw UsageError("too many steps");
        }
        std::set<std::string> family_relations;
        for (const auto& r : context.ontology().relations())
            if (r.family == relation.family) family_relations.insert(r.name);
        StanceGraph graph(context.ontology());
        store->load_graph(graph, filter_.selection({b.id}, family_relations));
        filter_.prepare(graph);
        std::vector<std::size_t> counts(days.size(), 0);
        if (auto vb = graph.vertex(b.id)) counts = count_holders(graph, relation.id, *vb, days, filter_.include_contested);

        auto label = [&](DayNumber d) {
            const PartialDate date = PartialDate::from_day_number(d);
            return step_ == "year" ? std::to_string(date.year()) : PartialDate(date.year(), date.month()).to_string();
        };
        if (!chart_.empty()) {
            std::vector<ChartPoint> points;
            for (std::size_t i = 0; i < days.size(); ++i) points.push_back({label(days[i]), static_cast<double>(counts[i])});
            AtomicOutput out(chart_, overwrite_);
            write_line_chart(out.stream(), "Entities whose stance toward " + b.name + " is " + relation.label("en"), "entities", points);
            out.commit();
        }
        if (query_.output_format() == OutputFormat::jsonl) {
            JsonWriter w;
            for (std::size_t i = 0; i < days.size(); ++i) {
                w.clear();
                w.begin_object().key("date").value(day_to_string(days[i])).key("relation").value(relation.name);
                w.key("target").begin_object().key("id").value(b.id).key("name").value(b.name).end_object();
                w.key("count").value(counts[i]).end_object();
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        TextTable table({step_, "count"});
        for (std::size_t i = 0; i < days.size(); ++i) table.add_row({label(days[i]), std::to_string(counts[i])});
        if (query_.output_format() == OutputFormat::csv) {
            table.print_csv(std::cout);
            return kExitOk;
        }
        std::cout << "Entities whose stance toward " << b.name << " is " << relation.name << '\n';
        table.print(std::cout);
        return kExitOk;
    }

private:
    std::string relation_, target_, from_, to_, chart_;
    std::string step_ = "year";
    bool overwrite_ = false;
    StanceFilter filter_;
    QueryOptions query_;
};

}  // namespace

std::unique_ptr<Command> make_count_command() { return std::make_unique<CountCommand>(); }

}  // namespace stancegraph
