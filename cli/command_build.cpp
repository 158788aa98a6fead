// `stancegraph build`: import inputs into the store and write exports in one go.
#include "command.hpp"
#include "export_request.hpp"
#include "import_runner.hpp"
#include "query_options.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class BuildCommand : public Command {
public:
    std::string name() const override { return "build"; }
    std::string description() const override { return "import inputs, then write each -o output (format from its suffix)"; }
    void setup(CLI::App& app) override {
        import_.add_to(app);
        add_db_option(app, db_);
        app.add_option("-o,--output", outputs_, "output files; the suffix names the format (.dot, .jsonl, …)");
        export_.add_to(app, true, false);
    }
    int run(Context& context) override {
        std::vector<const ExporterInfo*> exporters;
        for (const auto& output : outputs_) exporters.push_back(&choose_exporter("", output));
        Store store(db_, context.ontology(), Store::Mode::create_if_missing);
        store.add_entities_to(context.gazetteer());
        const ImportSummary summary = import_into(context, store, import_);
        std::cerr << "stancegraph: " << db_ << ": " << describe(summary) << '\n';
        if (!outputs_.empty()) {
            ExportOptions options = export_.options(context, store);
            options.store = &store;  // as `export` passes it
            for (std::size_t i = 0; i < outputs_.size(); ++i) {
                export_store(*exporters[i], options, outputs_[i], true);
                std::cerr << "stancegraph: wrote " << outputs_[i] << '\n';
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
