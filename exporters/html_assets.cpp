// Finding and reading the HTML export's assets (see html_assets.hpp for the order).
#include "html_assets.hpp"

#include "core/error.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#ifndef STANCEGRAPH_BUILD_WEB_DIR
#define STANCEGRAPH_BUILD_WEB_DIR ""
#endif

namespace stancegraph {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFiles[] = {"graph-library.js", "graph-library-licences.txt", "page.html", "page.js", "page.css"};

bool has_assets(const fs::path& dir) {
    std::error_code ec;
    for (const char* file : kFiles)
        if (!fs::is_regular_file(dir / file, ec)) return false;
    return true;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw Error("cannot read " + path.string());
    return text.str();
}

}  // namespace

HtmlAssets load_html_assets() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("STANCEGRAPH_WEB"); env && *env) {
        candidates.emplace_back(env);
    } else {
        std::error_code ec;
        if (const fs::path self = fs::read_symlink("/proc/self/exe", ec); !ec)
            candidates.push_back(self.parent_path() / ".." / "share" / "stancegraph" / "web");
        if (*STANCEGRAPH_BUILD_WEB_DIR) candidates.emplace_back(STANCEGRAPH_BUILD_WEB_DIR);
    }
    std::string tried;
    for (const auto& dir : candidates) {
        if (has_assets(dir)) {
            HtmlAssets assets;
            assets.library = read_file(dir / kFiles[0]);
            assets.licences = read_file(dir / kFiles[1]);
            assets.page = read_file(dir / kFiles[2]);
            assets.script = read_file(dir / kFiles[3]);
            assets.style = read_file(dir / kFiles[4]);
            return assets;
        }
        tried += "\n  " + dir.string();
    }
    throw Error("the html format needs the graph library built from npm (web/CMakeLists.txt: configure with npm "
                "installed) or $STANCEGRAPH_WEB; looked in:" + tried);
}

}  // namespace stancegraph
