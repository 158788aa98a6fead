// Reading inputs and importing documents.
#include "import_runner.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace stancegraph {

namespace fs = std::filesystem;

void ImportRequest::add_to(CLI::App& app) {
    app.add_option("inputs", inputs, "files, folders (read recursively) or - for standard input")->required();
    app.add_option("--format", format, "the input format (see `stancegraph formats`); default: detected per file");
    app.add_flag("--allow-new-entities", options.allow_new_entities,
                 "create entities for names the gazetteer does not know instead of rejecting the input");
    app.add_flag("--strict", options.strict, "event data: a bad row rejects the whole file");
    app.add_option("--recorded-at", recorded_at,
                   "the time stored as imported_at and recorded_at (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ; default: "
                   "SOURCE_DATE_EPOCH, else now); undated facts of undated documents count from this day")
        ->check([](const std::string& value) -> std::string {
            try {
                set_store_clock(value);  // checked before any store is opened; import_into sets it again
            } catch (const std::invalid_argument& e) {
                return e.what();
            }
            return {};
        });
    app.add_option("--aggregate", options.aggregate, "event data: one fact per pair, relation and day|month|none")
        ->check(CLI::IsMember({"day", "month", "none"}))
        ->capture_default_str();
    app.add_option("--rows-per-document", options.rows_per_document,
                   "event data: a file of more rows is stored as several documents (file#2, …), so that memory stays flat")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--lang", options.lang, "plain-text articles: their language (ar, en, ru)");
    app.add_option("--published", options.published, "plain-text articles: their publication date");
    app.add_option("--id", options.id, "plain-text articles: their document id");
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input != "-" && fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec) break;
                const std::string name = it->path().filename().string();
                if (!name.empty() && name[0] == '.') {
                    if (it->is_directory()) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file()) found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    return files;
}

void read_inputs(Context& context, const ImportRequest& request, DocumentSink& sink) {
    const ImporterRegistry& registry = builtin_importers();
    const ImporterInfo* forced = nullptr;
    if (!request.format.empty()) {
        forced = registry.find(request.format);
        if (!forced) throw UsageError("unknown input format " + request.format + " (see `stancegraph formats`)");
    }
    ImportContext import_context{context.gazetteer(), context.ontology(), context.paths(), request.options};
    for (const auto& path : expand_inputs(request.inputs)) {
        try {
            std::unique_ptr<std::istream> owned;
            std::string canonical;
            std::string head;
            if (path == "-") {
                std::ostringstream buffer;
                buffer << std::cin.rdbuf();
                owned = std::make_unique<std::istringstream>(buffer.str());
            } else {
                auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
                if (!*file) throw InputError({path, 0, 0}, "cannot open");
                std::error_code ec;
                canonical = fs::weakly_canonical(path, ec).string();
                owned = std::move(file);
            }
            head.resize(4096);
            owned->read(head.data(), static_cast<std::streamsize>(head.size()));
            head.resize(static_cast<std::size_t>(owned->gcount()));
            owned->clear();
            owned->seekg(0);
            const ImporterInfo* info = forced ? forced : registry.detect(path, head);
            if (!info) throw InputError({path, 0, 0}, "unknown input format (give --format; see `stancegraph formats`)");
            InputSource source{path, *owned, canonical};
            auto importer = info->create();
            importer->read(source, import_context, sink);
        } catch (const InputError& e) {
            sink.reject(e);
        }
    }
}

namespace {

class StoreSink : public DocumentSink {
public:
    StoreSink(Store& store, Gazetteer& gazetteer, ImportSummary& summary) : store_(store), gazetteer_(gazetteer), summary_(summary) {}

    void accept(ImportedDocument&& document) override {
        const ImportOutcome outcome = store_.import_document(document, gazetteer_);
        switch (outcome) {
            case ImportOutcome::added: ++summary_.added; summary_.facts += document.facts.size(); break;
            case ImportOutcome::replaced: ++summary_.replaced; summary_.facts += document.facts.size(); break;
            case ImportOutcome::unchanged: ++summary_.unchanged; break;
            case ImportOutcome::duplicate:
                ++summary_.duplicates;
                warn(document.document.id + ": the same content as " + store_.duplicate_of() + ", already in the store: nothing added");
                break;
        }
        if (outcome == ImportOutcome::added || outcome == ImportOutcome::replaced) warn_undated(document);
    }
    void reject(const InputError& error) override {
        ++summary_.bad;
        std::cerr << "stancegraph: error: " << printable(error.what()) << '\n';
    }
    void warn(const std::string& message) override { std::cerr << "stancegraph: warning: " << printable(message) << '\n'; }
    bool event_known(std::string_view format, std::string_view id, std::string_view document) override {
        return store_.event_known(format, id, document);
    }
    void count(const std::string& input, const RowCounts& rows) override {
        summary_.rows += rows;
        std::cerr << "stancegraph: " << printable(input) << ": rows: " << describe(rows) << '\n';
    }

private:
    // Undated facts are bounded by what is known (docs/semantics.md); say how many, per document.
    void warn_undated(const ImportedDocument& document) {
        const auto undated = std::count_if(document.facts.begin(), document.facts.end(),
                                           [](const Fact& f) { return !f.valid.valid_from; });
        if (undated == 0) return;
        const std::string known_from = document.document.published ? "its publication, " + document.document.published->to_string()
                                                                    : "today, the day they were stored";
        warn(document.document.id + ": " + std::to_string(undated) + " of " + std::to_string(document.facts.size()) +
             (document.facts.size() == 1 ? " fact" : " facts") + " stored undated; they count from " + known_from +
             " on (--dated-only leaves them out)");
    }

    Store& store_;
    Gazetteer& gazetteer_;
    ImportSummary& summary_;
};

}  // namespace

ImportSummary import_into(Context& context, Store& store, const ImportRequest& request) {
    if (!request.recorded_at.empty()) {
        try {
            set_store_clock(request.recorded_at);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--recorded-at: ") + e.what());
        }
    }
    ImportSummary summary;
    StoreSink sink(store, context.gazetteer(), summary);
    read_inputs(context, request, sink);
    return summary;
}

std::string describe(const RowCounts& rows) {
    std::string out = std::to_string(rows.read) + " read, " + std::to_string(rows.imported) + " imported, " +
                      std::to_string(rows.aggregated) + " aggregated, " + std::to_string(rows.skipped) + " skipped, " +
                      std::to_string(rows.bad) + " bad";
    if (!rows.skipped_because.empty()) {
        out += " (skipped: ";
        bool first = true;
        for (const auto& [reason, n] : rows.skipped_because) {
            out += (first ? "" : "; ") + std::to_string(n) + " " + reason;
            first = false;
        }
        out += ")";
    }
    return out;
}

std::string describe(const ImportSummary& s) {
    std::string out = "documents: " + std::to_string(s.added) + " added, " + std::to_string(s.replaced) + " replaced, " +
                      std::to_string(s.unchanged) + " unchanged" +
                      (s.duplicates ? ", " + std::to_string(s.duplicates) + " duplicate" : std::string()) +
                      "; facts read: " + std::to_string(s.facts);
    if (s.bad) out += "; rejected: " + std::to_string(s.bad);
    if (s.rows.read) out += "; rows: " + describe(s.rows);
    return out;
}

}  // namespace stancegraph
