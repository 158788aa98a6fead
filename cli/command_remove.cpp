// `stancegraph remove DOC…`: take documents out of the store, with their evidence and the facts
// only they support, in one transaction; a fact other documents also support stays.
#include "command.hpp"
#include "core/error.hpp"
#include "message_budget.hpp"
#include "query_options.hpp"

#include <algorithm>
#include <filesystem>

namespace stancegraph {

namespace {

class RemoveCommand : public Command {
public:
    std::string name() const override { return "remove"; }
    std::string description() const override { return "remove documents (by id or imported path) and the facts only they support"; }
    void setup(CLI::App& app) override {
        app.add_option("documents", documents_, "document ids (as `info` or the evidence shows them) or the paths they were imported from")
            ->required();
        add_db_option(app, db_);
        app.footer("Examples:\n  stancegraph remove data/samples/recognitions.csv --db kosovo.db\n"
                   "  stancegraph remove file:/home/me/facts/old.csv article-17 --db kosovo.db");
    }
    int run(Context& context) override {
        auto store = open_store(context, db_);
        std::vector<std::string> ids;
        for (const auto& wanted : documents_) {
            std::error_code ec;
            const std::string canonical = std::filesystem::weakly_canonical(wanted, ec).string();
            const auto found = store->document_ids(wanted, ec ? std::string() : canonical);
            // All or nothing: a typo in one name must not leave the others half done.
            if (found.empty())
                throw UsageError("the store " + db_ + " has no document \"" + wanted + "\" (neither an id nor an imported path)");
            for (const auto& id : found)
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        }
        const StoreCounts removed = store->remove_documents(ids);
        message_budget().print("stancegraph: " + db_ + ": removed " + std::to_string(removed.documents) +
                                   (removed.documents == 1 ? " document, " : " documents, ") + std::to_string(removed.facts) +
                                   (removed.facts == 1 ? " fact, " : " facts, ") + std::to_string(removed.evidence) +
                                   (removed.evidence == 1 ? " piece" : " pieces") + " of evidence",
                               false);
        return kExitOk;
    }

private:
    std::vector<std::string> documents_;
    std::string db_ = "stancegraph.db";
};

}  // namespace

std::unique_ptr<Command> make_remove_command() { return std::make_unique<RemoveCommand>(); }

}  // namespace stancegraph
