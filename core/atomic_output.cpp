// Temporary-file-and-rename output (see atomic_output.hpp).
#include "atomic_output.hpp"

#include "error.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

namespace stancegraph {

namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(const std::string& path, bool overwrite, bool binary) : path_(path) {
    if (is_stdout()) return;
    std::error_code ec;
    if (!overwrite && fs::exists(path, ec)) throw UsageError(path + " exists; give --overwrite to replace it");
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) throw UsageError("no such folder for " + path);
    std::random_device random;
    temporary_ = (folder / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                            std::to_string(random())))
                     .string();
    file_.open(temporary_, binary ? std::ios::out | std::ios::binary | std::ios::trunc : std::ios::out | std::ios::trunc);
    if (!file_) throw Error("cannot write " + temporary_);
}

AtomicOutput::~AtomicOutput() {
    if (is_stdout() || committed_) return;
    file_.close();
    std::error_code ec;
    fs::remove(temporary_, ec);
    fs::remove(temporary_ + "-journal", ec);
}

std::ostream& AtomicOutput::stream() { return is_stdout() ? std::cout : static_cast<std::ostream&>(file_); }

void AtomicOutput::commit() {
    if (is_stdout()) {
        std::cout.flush();
        if (!std::cout) throw Error("cannot write to standard output");
        committed_ = true;
        return;
    }
    file_.flush();
    if (!file_) throw Error("cannot write " + temporary_);
    file_.close();
    // Make the data durable before the rename makes it visible.
    if (int fd = ::open(temporary_.c_str(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) throw Error("cannot rename " + temporary_ + " to " + path_);
    committed_ = true;
}

}  // namespace stancegraph
