// `stancegraph build`: import inputs into the store and write exports in one go.
#include "command.hpp"
#include "export_request.hpp"
#include "import_runner.hpp"
#include "message_budget.hpp"
#include "query_options.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class BuildCommand : public Command {
public:
    std::string name() const override { return "build"; }
    std::string description() const override { return "import inputs, then write each -o output (format from its suffix)"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph build data/samples --db stances.db -o stances.graphml -o stances.svg");
        import_.add_to(app);
        add_db_option(app, db_);
        app.add_option("-o,--output", outputs_, "output files; the suffix names the format (.dot, .jsonl, …)");
        export_.add_to(app, true, false);
    }
    int run(Context& context) override {
        std::vector<const ExporterInfo*> exporters;
        for (const auto& output : outputs_) exporters.push_back(&choose_exporter("", output));
        check_inputs_exist(import_.inputs);
        Store store(db_, context.ontology(), Store::Mode::create_if_missing);
        store.add_entities_to(context.gazetteer());
        const ImportSummary summary = import_into(context, store, import_);
        message_budget().print("stancegraph: " + db_ + ": " + describe(summary), false);
        if (!outputs_.empty()) {
            ExportOptions options = export_.options(context, store);
            options.store = &store;  // as `export` passes it
            for (std::size_t i = 0; i < outputs_.size(); ++i) {
                export_store(*exporters[i], options, outputs_[i], true);
                message_budget().print("stancegraph: wrote " + outputs_[i], false);
            }
        }
        return summary.bad ? kExitBadInput : kExitOk;
    }

private:
    ImportRequest import_;
    ExportRequest export_;
    std::string db_ = "stancegraph.db";
    std::vector<std::string> outputs_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace stancegraph
