// Output files that appear whole or not at all: written under a temporary name in the same folder
// and renamed over the target on commit(). Destroyed without commit(), the temporary is removed and
// any previous file at the target is left as it was. "-" writes to standard output.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace stancegraph {

class AtomicOutput {
public:
    // Refuses to replace an existing file unless `overwrite` is set.
    AtomicOutput(const std::string& path, bool overwrite, bool binary = false);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    std::ostream& stream();
    bool is_stdout() const { return path_ == "-"; }
    const std::string& path() const { return path_; }
    // Where to write when a library insists on a file name of its own (SQLite).
    const std::string& temporary_path() const { return temporary_; }

    // Flushes, syncs and renames; throws Error when any of it fails.
    void commit();

private:
    std::string path_;
    std::string temporary_;
    std::ofstream file_;
    bool committed_ = false;
};

}  // namespace stancegraph
