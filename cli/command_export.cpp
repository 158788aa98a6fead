// `stancegraph export`: write the store's graph, or a selection of it, in any output format.
#include "command.hpp"
#include "export_request.hpp"
#include "query_options.hpp"

namespace stancegraph {

namespace {

class ExportCommand : public Command {
public:
    std::string name() const override { return "export"; }
    std::string description() const override { return "write the stance graph as DOT, GraphML, SQLite, SQL, facts CSV or JSON Lines"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph export --db stances.db -o graph.graphml --as-of 2022-06-30\n  stancegraph export --db stances.db -o facts.csv\n  stancegraph export --db stances.db --format sql --dialect postgres -o stances.sql");
        add_db_option(app, db_);
        app.add_option("--format,-f", format_, "output format (see `stancegraph formats`); default: from the suffix of -o");
        app.add_option("-o,--output", output_, "output file, or - for standard output")->capture_default_str();
        request_.add_to(app);
    }
    int run(Context& context) override {
        const ExporterInfo& exporter = choose_exporter(format_, output_);
        auto store = open_store(context, db_);
        ExportOptions options = request_.options(context, *store);
        options.store = store.get();  // the rows, document records and recording times
        export_store(exporter, options, output_, request_.overwrite);
        return kExitOk;
    }

private:
    std::string db_ = "stancegraph.db";
    std::string format_;
    std::string output_ = "-";
    ExportRequest request_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace stancegraph
