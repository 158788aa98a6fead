// Importing inputs (files, folders, standard input) into the store, shared by `import` and `build`:
// each input goes through the importer its format names, each document into its own transaction.
#pragma once

#include "context.hpp"
#include "core/store/store.hpp"
#include "importers/importer.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace stancegraph {

// Which files of the folders given as inputs are read: those whose name (or path inside the
// folder) matches an --include glob, if any, and no --exclude glob (fnmatch).
struct FolderFilter {
    std::vector<std::string> include, exclude;

    void add_to(CLI::App& app);
};

struct ImportRequest {
    std::vector<std::string> inputs;
    FolderFilter folders;
    std::string format;  // an importer name; empty: detect per file
    ImportOptions options;
    std::string recorded_at;  // the store's clock for this import; empty: SOURCE_DATE_EPOCH or now

    void add_to(CLI::App& app);
};

struct ImportSummary {
    std::size_t added = 0, unchanged = 0, replaced = 0, duplicates = 0;
    std::size_t facts = 0;
    std::size_t bad = 0;  // inputs or documents rejected
    RowCounts rows;       // event data and dictionaries: their rows, summed over inputs
};

// "2111 read, 120 imported, 25 aggregated, 1990 skipped, 1 bad (skipped: 1500 no relation …)".
std::string describe(const RowCounts& rows);

struct ExpandedInputs {
    std::vector<std::string> files;
    // Files of folders left out, by why: "of unknown suffix", "README or LICENSE texts", "excluded".
    std::map<std::string, std::size_t> skipped;
    std::set<std::string> unknown_suffixes;

    // "skipped 3 files in folders: 2 of unknown suffix (.md, .png), 1 README or LICENSE text"; "" when none.
    std::string describe_skipped() const;
};

// Expands folders (recursively, in name order, hidden files skipped) and keeps "-" for stdin. Inside
// folders only files with a suffix an importer knows (or .zip, .gz) are taken, not README, LICENSE,
// COPYING, CHANGELOG or NOTICE texts, and as the filter says; named files are always taken.
ExpandedInputs expand_inputs(const std::vector<std::string>& inputs, const FolderFilter& filter = {});

// NoInputError naming the first input (file or folder) that cannot be opened, with the system's
// reason ("No such file or directory"); run before anything is created.
void check_inputs_exist(const std::vector<std::string>& inputs);

// Reads every input with its importer and hands each document to `accept`; rejected inputs are
// reported on stderr and counted.
void read_inputs(Context& context, const ImportRequest& request, DocumentSink& sink);

ImportSummary import_into(Context& context, Store& store, const ImportRequest& request);

std::string describe(const ImportSummary& summary);

}  // namespace stancegraph
