// Output files that appear whole or not at all: written under a temporary name in the same folder
// and renamed over the target on commit(). Destroyed without commit(), the temporary is removed and
// any previous file at the target is left as it was. "-" writes to standard output.
//
// A target that is not a file to replace — a character device or a FIFO (/dev/null, a terminal, a
// named pipe), or our own standard output or error by another name (/dev/stdout) — is written in
// place on commit(), from a temporary file in the temporary folder, so that it still receives
// nothing when the output fails half-way. A folder, a block device or a socket is refused.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace stancegraph {

class AtomicOutput {
public:
    // Refuses to replace an existing regular file unless `overwrite` is set (UsageError).
    AtomicOutput(const std::string& path, bool overwrite, bool binary = false);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    std::ostream& stream();
    bool is_stdout() const { return path_ == "-"; }
    const std::string& path() const { return path_; }
    // Where to write when a library insists on a file name of its own (SQLite).
    const std::string& temporary_path() const { return temporary_; }

    // Flushes, syncs and renames (or copies into a device or FIFO); throws Error when any of it fails.
    void commit();

private:
    std::string path_;
    std::string temporary_;
    std::ofstream file_;
    bool in_place_ = false;  // the target is a device or a FIFO: copied into, never renamed over
    bool committed_ = false;
};

}  // namespace stancegraph
