// Reading inputs and importing documents.
#include "import_runner.hpp"

#include "core/error.hpp"
#include "gzip_input.hpp"
#include "importers/importer.hpp"
#include "message_budget.hpp"
#include "progress.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fcntl.h>
#include <fnmatch.h>
#include <unistd.h>

namespace stancegraph {

namespace fs = std::filesystem;

void FolderFilter::add_to(CLI::App& app) {
    app.add_option("--include", include, "in folders, only files whose name or path matches this glob (repeatable)");
    app.add_option("--exclude", exclude, "in folders, not the files whose name or path matches this glob (repeatable)");
}

void ImportRequest::add_to(CLI::App& app) {
    app.add_option("inputs", inputs, "files, folders (read recursively) or - for standard input")->required();
    folders.add_to(app);
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

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Suffixes some importer reads, and the archives whose content one reads.
const std::set<std::string>& known_suffixes() {
    static const std::set<std::string> suffixes = [] {
        std::set<std::string> s{".zip", ".gz"};
        for (const auto& info : builtin_importers().all())
            for (const auto& extension : info.extensions) s.insert(lower(extension));
        return s;
    }();
    return suffixes;
}

// The texts a folder of data often carries beside it, which read as articles would give nonsense.
bool is_project_text(const fs::path& path) {
    const std::string stem = lower(path.stem().string());
    for (const char* name : {"readme", "license", "licence", "copying", "changelog", "notice", "authors"})
        if (stem == name) return true;
    return false;
}

bool matches_any(const std::vector<std::string>& globs, const std::string& name, const std::string& relative) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
        return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), relative.c_str(), 0) == 0;
    });
}

}  // namespace

std::string ExpandedInputs::describe_skipped() const {
    std::size_t total = 0;
    std::string parts;
    for (const auto& [why, n] : skipped) {
        total += n;
        parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + why;
        if (why == "of unknown suffix") {
            std::string list;
            for (const auto& suffix : unknown_suffixes) list += (list.empty() ? "" : ", ") + (suffix.empty() ? "(none)" : suffix);
            parts += " (" + list + ")";
        }
    }
    if (total == 0) return "";
    return "skipped " + std::to_string(total) + (total == 1 ? " file" : " files") + " in folders: " + parts;
}

ExpandedInputs expand_inputs(const std::vector<std::string>& inputs, const FolderFilter& filter) {
    ExpandedInputs expanded;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            expanded.files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory()) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file()) continue;
            const std::string relative = it->path().lexically_relative(input).string();
            if ((!filter.include.empty() && !matches_any(filter.include, name, relative)) || matches_any(filter.exclude, name, relative)) {
                ++expanded.skipped["excluded by --include or --exclude"];
                continue;
            }
            if (is_project_text(it->path())) {
                ++expanded.skipped["README, LICENSE or other project texts"];
                continue;
            }
            // "events.export.CSV.gz" is known by ".csv" once ".gz" is taken off, as it is read.
            const std::string suffix = lower(fs::path(without_gz_suffix(name)).extension().string());
            if (!known_suffixes().count(suffix)) {
                ++expanded.skipped["of unknown suffix"];
                expanded.unknown_suffixes.insert(suffix);
                continue;
            }
            found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        expanded.files.insert(expanded.files.end(), found.begin(), found.end());
    }
    return expanded;
}

void check_inputs_exist(const std::vector<std::string>& inputs) {
    for (const auto& input : inputs) {
        if (input == "-") continue;
        // open(2) rather than stat: a file that exists but cannot be read is as missing to us.
        const int fd = ::open(input.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw NoInputError(input, std::strerror(errno));
        ::close(fd);
    }
}

void read_inputs(Context& context, const ImportRequest& request, DocumentSink& sink) {
    const ImporterRegistry& registry = builtin_importers();
    const ImporterInfo* forced = nullptr;
    if (!request.format.empty()) {
        forced = registry.find(request.format);
        if (!forced) throw UsageError("unknown input format " + request.format + " (see `stancegraph formats`)");
    }
    ImportContext import_context{context.gazetteer(), context.ontology(), context.paths(), request.options};
    const ExpandedInputs expanded = expand_inputs(request.inputs, request.folders);
    if (const std::string skipped = expanded.describe_skipped(); !skipped.empty())
        message_budget().print("stancegraph: " + printable(skipped), false);
    std::uint64_t total = 0;
    for (const auto& path : expanded.files) {
        std::error_code ec;
        if (path != "-") total += fs::file_size(path, ec) * !ec;
    }
    Progress progress("reading", total);
    message_budget().set_line_clearer([&progress] { progress.finish(); });
    for (const auto& path : expanded.files) {
        message_budget().begin_file(path);
        progress.next_file();
        std::uint64_t counted = 0;  // bytes of this file the progress has seen
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
                if (!*file) throw InputError({path, 0, 0}, std::string("cannot open: ") + std::strerror(errno));
                std::error_code ec;
                canonical = fs::weakly_canonical(path, ec).string();
                owned = std::move(file);
            }
            auto read_head = [&] {
                head.resize(4096);
                owned->read(head.data(), static_cast<std::streamsize>(head.size()));
                head.resize(static_cast<std::size_t>(owned->gcount()));
                owned->clear();
                owned->seekg(0);
            };
            read_head();
            // A gzip file is read as the file it holds, which names the importer.
            std::string name = path;
            if (path != "-" && is_gzip(path, head)) {
                owned = std::make_unique<std::istringstream>(read_gzip_file(path));
                name = without_gz_suffix(path);
                read_head();
            }
            // Said once here for every format; each importer still decides whether nothing is an
            // error (a fact file needs its header) or nothing to do (an empty article is skipped).
            if (head.empty()) sink.warn(path + ": empty file");
            const ImporterInfo* info = forced ? forced : registry.detect(name, head);
            if (!info) throw InputError({path, 0, 0}, "unknown input format (give --format; see `stancegraph formats`)");
            // Bytes are counted as the importer reads them; a gzip file's (more than its size) and a
            // zip archive's (read by path) are counted whole once read.
            const bool count_bytes = progress.shown() && name == path;
            CountingStreamBuf counting(*owned->rdbuf(), progress);
            std::istream counted_stream(&counting);
            InputSource source{path, count_bytes ? counted_stream : *owned, canonical};
            auto importer = info->create();
            importer->read(source, import_context, sink);
            if (count_bytes) counted = counting.bytes();
        } catch (const InputError& e) {
            sink.reject(e);
        }
        message_budget().end_file();
        std::error_code ec;
        if (path != "-") {
            const std::uint64_t size = fs::file_size(path, ec) * !ec;
            if (size > counted) progress.add(size - counted);
        }
    }
    progress.finish();
    message_budget().set_line_clearer(nullptr);
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
        message_budget().print_message("stancegraph: error: ", error.what(), true);
    }
    void warn(const std::string& message) override { message_budget().print_message("stancegraph: warning: ", message, false); }
    bool event_known(std::string_view format, std::string_view id, std::string_view document) override {
        return store_.event_known(format, id, document);
    }
    void count(const std::string& input, const RowCounts& rows) override {
        summary_.rows += rows;
        if (message_budget().verbosity() != Verbosity::quiet)
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
    const std::size_t facts_before = store.counts().facts;
    StoreSink sink(store, context.gazetteer(), summary);
    read_inputs(context, request, sink);
    // A load that grew the store by a tenth leaves the planner's statistics stale until autovacuum
    // catches up; the queries that follow at once (a script, a test) would be planned for the old size.
    if (store.counts().facts >= facts_before + facts_before / 10 + 50) store.refresh_statistics();
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
