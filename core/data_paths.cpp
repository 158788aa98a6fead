// Finding the data folder (see data_paths.hpp for the order).
#include "data_paths.hpp"

#include "error.hpp"

#include <cstdlib>
#include <filesystem>
#include <vector>

#ifndef STANCEGRAPH_SOURCE_DATA_DIR
#define STANCEGRAPH_SOURCE_DATA_DIR ""
#endif
#ifndef STANCEGRAPH_INSTALL_DATA_DIR
#define STANCEGRAPH_INSTALL_DATA_DIR ""
#endif
#ifndef STANCEGRAPH_ISO_CODES_DIR
#define STANCEGRAPH_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

namespace stancegraph {

namespace fs = std::filesystem;

namespace {

bool has_data(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "relations.json", ec);
}

fs::path executable_dir() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

}  // namespace

DataPaths DataPaths::find(const std::optional<std::string>& data_dir_flag) {
    DataPaths paths;
    const char* iso = std::getenv("STANCEGRAPH_ISO_CODES");
    paths.iso_codes_dir = iso && *iso ? iso : STANCEGRAPH_ISO_CODES_DIR;

    if (data_dir_flag) {
        if (!has_data(*data_dir_flag)) throw UsageError("--data-dir " + *data_dir_flag + " has no relations.json");
        paths.data_dir = *data_dir_flag;
        return paths;
    }
    if (const char* env = std::getenv("STANCEGRAPH_DATA"); env && *env) {
        if (!has_data(env)) throw UsageError(std::string("STANCEGRAPH_DATA=") + env + " has no relations.json");
        paths.data_dir = env;
        return paths;
    }
    std::vector<fs::path> candidates;
    if (const fs::path exe = executable_dir(); !exe.empty())
        candidates.push_back(exe / ".." / "share" / "stancegraph" / "data");
    if (*STANCEGRAPH_INSTALL_DATA_DIR) candidates.emplace_back(STANCEGRAPH_INSTALL_DATA_DIR);
    if (*STANCEGRAPH_SOURCE_DATA_DIR) candidates.emplace_back(STANCEGRAPH_SOURCE_DATA_DIR);
    std::string tried;
    for (const auto& dir : candidates) {
        if (has_data(dir)) {
            paths.data_dir = fs::weakly_canonical(dir).string();
            return paths;
        }
        tried += "\n  " + dir.string();
    }
    throw Error("cannot find stancegraph's data folder; give --data-dir or set STANCEGRAPH_DATA. Looked in:" + tried);
}

}  // namespace stancegraph
