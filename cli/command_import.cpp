// `stancegraph import`: add documents (fact files, articles, event data) to the store.
#include "command.hpp"
#include "import_runner.hpp"
#include "message_budget.hpp"
#include "query_options.hpp"

#include <iostream>

namespace stancegraph {

namespace {

class ImportCommand : public Command {
public:
    std::string name() const override { return "import"; }
    std::string description() const override { return "add fact files, articles or event data to the store"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph import data/samples --db stances.db\n  stancegraph import 20191024143000.export.CSV.zip --db stances.db\n  stancegraph import facts.csv --allow-new-entities --db stances.db");
        request_.add_to(app);
        add_db_option(app, db_);
    }
    int run(Context& context) override {
        check_inputs_exist(request_.inputs);
        Store store(db_, context.ontology(), Store::Mode::create_if_missing);
        store.add_entities_to(context.gazetteer());
        const ImportSummary summary = import_into(context, store, request_);
        message_budget().print("stancegraph: " + db_ + ": " + describe(summary), false);
        return summary.bad ? kExitBadInput : kExitOk;
    }

private:
    ImportRequest request_;
    std::string db_ = "stancegraph.db";
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace stancegraph
