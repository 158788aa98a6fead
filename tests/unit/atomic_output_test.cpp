// Atomic outputs: whole or nothing for files, written in place for FIFOs and devices, folders refused.
#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>

using namespace stancegraph;
namespace fs = std::filesystem;

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void spill(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
std::size_t temporaries_in(const std::string& folder) {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(folder)) n += entry.path().filename().string().find(".tmp-") != std::string::npos;
    return n;
}
}  // namespace

TEST_CASE("a file appears whole on commit, and not at all without it") {
    const std::string folder = testing::temporary_folder(), path = folder + "/out.txt";
    spill(path, "previous");
    CHECK_THROWS_AS(AtomicOutput(path, false), UsageError);
    {
        AtomicOutput out(path, true);
        out.stream() << "half of it";
        CHECK(slurp(path) == "previous");
    }  // destroyed without commit: as if a failure happened here
    CHECK(slurp(path) == "previous");
    CHECK(temporaries_in(folder) == 0);
    AtomicOutput out(path, true);
    out.stream() << "new";
    out.commit();
    CHECK(slurp(path) == "new");
    CHECK(temporaries_in(folder) == 0);
}

TEST_CASE("a FIFO is written into, not replaced") {
    const std::string folder = testing::temporary_folder(), path = folder + "/pipe";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    auto reader = std::async(std::launch::async, [&] { return slurp(path); });
    {
        AtomicOutput out(path, false);
        out.stream() << "through the pipe";
        out.commit();
    }
    CHECK(reader.get() == "through the pipe");
    CHECK(fs::is_fifo(path));
    CHECK(temporaries_in(folder) == 0);
}

TEST_CASE("a character device is written into, not replaced, without --overwrite") {
    // Our own /dev/null node, so that a regression cannot replace the system's.
    const std::string folder = testing::temporary_folder(), path = folder + "/null";
    if (::mknod(path.c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0) {
        WARN("mknod is not allowed here; the FIFO case stands for devices");
        return;
    }
    AtomicOutput out(path, false, true);
    out.stream() << "nothing";
    out.commit();
    CHECK(fs::is_character_file(path));
    CHECK(temporaries_in(folder) == 0);
}

TEST_CASE("a folder is refused, even with --overwrite") {
    const std::string folder = testing::temporary_folder();
    CHECK_THROWS_AS(AtomicOutput(folder, true), UsageError);
    CHECK(fs::is_directory(folder));
}

TEST_CASE("temporaries of killed runs are removed by the next run to the same output") {
    const std::string folder = testing::temporary_folder(), path = folder + "/graph.graphml";
    // PID 2^22 + 1 is above Linux's largest: no process has it.
    spill(folder + "/.graph.graphml.tmp-4194305-12345", "left by a killed export");
    spill(folder + "/.graph.graphml.tmp-" + std::to_string(::getpid()) + "-1", "a live process's");
    spill(folder + "/.other.graphml.tmp-4194305-1", "another output's");
    AtomicOutput out(path, false);
    out.stream() << "<graphml/>";
    out.commit();
    CHECK_FALSE(fs::exists(folder + "/.graph.graphml.tmp-4194305-12345"));
    CHECK(fs::exists(folder + "/.graph.graphml.tmp-" + std::to_string(::getpid()) + "-1"));
    CHECK(fs::exists(folder + "/.other.graphml.tmp-4194305-1"));
}
