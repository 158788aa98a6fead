// Temporary-file-and-rename output (see atomic_output.hpp).
#include "atomic_output.hpp"

#include "error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>

namespace stancegraph {

namespace fs = std::filesystem;

namespace {

// True when `path` is the file our standard output or error already is: "/dev/stdout" while the
// shell redirects it to a file. That file is the shell's to create or append to; renaming a new
// file over its name would detach it from the descriptor (and clobber a ">>" redirection).
bool is_own_output(const std::string& path) {
    struct stat target {};
    if (::stat(path.c_str(), &target) != 0) return false;
    for (int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        struct stat opened {};
        if (::fstat(fd, &opened) == 0 && opened.st_dev == target.st_dev && opened.st_ino == target.st_ino) return true;
    }
    return false;
}

std::string random_suffix() {
    std::random_device random;
    return ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
}

// Removes the temporaries that runs killed while writing `target` left in `folder` (".NAME.tmp-PID-…"
// of a process that no longer exists), so that killed exports do not pile up hidden files.
void remove_stale_temporaries(const fs::path& folder, const std::string& target_name) {
    const std::string prefix = "." + target_name + ".tmp-";
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + prefix.size()));
        if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

}  // namespace

AtomicOutput::AtomicOutput(const std::string& path, bool overwrite, bool binary) : path_(path) {
    if (is_stdout()) return;
    const fs::path target(path);
    std::error_code ec;
    // status() follows links, so that /dev/stdout is judged by the terminal, pipe or file it names.
    const fs::file_status status = fs::status(target, ec);
    switch (status.type()) {
        case fs::file_type::not_found: break;
        case fs::file_type::regular:
            in_place_ = is_own_output(path);
            if (!in_place_ && !overwrite) throw UsageError(path + " exists; give --overwrite to replace it");
            break;
        case fs::file_type::directory: throw UsageError(path + " is a folder; give the name of a file in it");
        // Renaming over these would replace the device or pipe itself with a file.
        case fs::file_type::character:
        case fs::file_type::fifo: in_place_ = true; break;
        case fs::file_type::none: throw Error("cannot look at " + path + ": " + ec.message());
        default: throw UsageError(path + " is not a regular file, a character device or a FIFO");
    }
    fs::path folder;
    if (in_place_) {
        folder = fs::temp_directory_path(ec);
        if (ec) throw Error("no temporary folder for " + path + ": " + ec.message());
    } else {
        folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
        if (!fs::is_directory(folder, ec)) throw UsageError("no such folder for " + path);
        remove_stale_temporaries(folder, target.filename().string());
    }
    temporary_ = (folder / ("." + target.filename().string() + random_suffix())).string();
    file_.open(temporary_, binary ? std::ios::out | std::ios::binary | std::ios::trunc : std::ios::out | std::ios::trunc);
    if (!file_) throw Error("cannot write " + temporary_);
}

AtomicOutput::~AtomicOutput() {
    if (is_stdout() || (committed_ && !in_place_)) return;
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
    if (in_place_) {
        // Appending writes where a ">>" redirection points and is the same as writing for devices and pipes.
        std::ifstream in(temporary_, std::ios::binary);
        std::ofstream out(path_, std::ios::binary | std::ios::app);
        if (!in || !out) throw Error("cannot write " + path_);
        if (in.peek() != std::ifstream::traits_type::eof()) out << in.rdbuf();
        out.flush();
        if (!out) throw Error("cannot write " + path_);
        committed_ = true;  // the destructor still removes the temporary
        return;
    }
    // Make the data durable before the rename makes it visible.
    if (int fd = ::open(temporary_.c_str(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) throw Error("cannot rename " + temporary_ + " to " + path_);
    committed_ = true;
}

}  // namespace stancegraph
