// The importer interface: each input format is one class that reads an input and hands documents
// (with their facts) to a sink. Formats are found by name or by file suffix in the registry.
#pragma once

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"
#include "core/store/document.hpp"

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct ImportOptions {
    bool allow_new_entities = false;   // unknown names become new entities instead of errors
    bool strict = false;               // a bad row fails the whole input (event data)
    std::string aggregate = "day";     // event data: collapse events per pair, relation and day|month|none
    std::size_t rows_per_document = 100000;  // event data: a longer file becomes several documents
    // Plain-text articles: what a header would say.
    std::string lang;
    std::string published;
    std::string id;
    bool trace = false;  // articles: explain extraction through DocumentSink::note
};

struct ImportContext {
    Gazetteer& gazetteer;  // importers may add new entities to it
    const RelationOntology& ontology;
    const DataPaths& paths;
    const ImportOptions& options;
};

// One input: a file or standard input, read as a stream.
struct InputSource {
    std::string name;  // path as given, or "-" for standard input
    std::istream& stream;
    std::string canonical_path;  // empty for standard input

    std::string read_all();
};

// How the rows of one input of event data (or entries of a dictionary) fared, for the import
// summary. Every row read is counted once: imported, skipped (readable but not usable) or bad
// (unreadable); `aggregated` counts the imported rows that joined another row's fact.
struct RowCounts {
    std::size_t read = 0;
    std::size_t imported = 0;
    std::size_t aggregated = 0;
    std::size_t skipped = 0;
    std::size_t bad = 0;
    std::map<std::string, std::size_t> skipped_because;  // reason → rows

    RowCounts& operator+=(const RowCounts& other) {
        read += other.read;
        imported += other.imported;
        aggregated += other.aggregated;
        skipped += other.skipped;
        bad += other.bad;
        for (const auto& [reason, n] : other.skipped_because) skipped_because[reason] += n;
        return *this;
    }
};

class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    virtual void accept(ImportedDocument&& document) = 0;
    // A document (or row) that could not be read; the importer goes on with the rest.
    virtual void reject(const InputError& error) = 0;
    virtual void warn(const std::string& message) = 0;
    // Explanations asked for with --trace; ignored unless a sink wants them.
    virtual void note(const std::string&) {}
    // Row counts of one input, once it has been read (event data and dictionaries report them).
    virtual void count(const std::string& /*input*/, const RowCounts&) {}
    // Whether an event with this id of this format was already imported from another document: an
    // event is identified by its id, so an overlapping extract adds it once.
    virtual bool event_known(std::string_view /*format*/, std::string_view /*id*/, std::string_view /*document*/) { return false; }
};

class Importer {
public:
    virtual ~Importer() = default;
    // Reads the input and hands each document to the sink. Throws InputError when nothing of the
    // input can be used (it is then one bad document).
    virtual void read(InputSource& input, ImportContext& context, DocumentSink& sink) = 0;
};

struct ImporterInfo {
    std::string name;
    std::string description;
    std::vector<std::string> extensions;  // with the dot: ".csv"
    // A cheap look at the path and the first bytes: true when this importer reads it.
    std::function<bool(std::string_view path, std::string_view head)> identify;
    std::function<std::unique_ptr<Importer>()> create;
};

class ImporterRegistry {
public:
    void add(ImporterInfo info);
    const ImporterInfo* find(std::string_view name) const;
    // The importer for a file: by identify(), then by suffix; nullptr when none claims it.
    const ImporterInfo* detect(std::string_view path, std::string_view head) const;
    const std::vector<ImporterInfo>& all() const { return importers_; }

private:
    std::vector<ImporterInfo> importers_;
};

// The registry with every built-in format (the list is in builtin_importers.cpp).
const ImporterRegistry& builtin_importers();

}  // namespace stancegraph
