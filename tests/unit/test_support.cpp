// Loading the real data once for all unit tests.
#include "test_support.hpp"

#include "core/gazetteer_loader.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

namespace stancegraph::testing {

const DataPaths& data_paths() {
    static const DataPaths paths = DataPaths::find(std::string(STANCEGRAPH_TEST_DATA_DIR));
    return paths;
}

const RelationOntology& ontology() {
    static const RelationOntology loaded = RelationOntology::load(data_paths().relations_file());
    return loaded;
}

const Gazetteer& gazetteer() {
    static const Gazetteer loaded = load_gazetteer(data_paths());
    return loaded;
}

RelationId relation(const std::string& name) {
    const RelationInfo* info = ontology().find(name);
    if (!info) throw std::invalid_argument("no relation " + name);
    return info->id;
}

namespace {
struct Folders {
    std::vector<std::filesystem::path> made;
    ~Folders() {
        for (const auto& f : made) {
            std::error_code ec;
            std::filesystem::remove_all(f, ec);
        }
    }
};
Folders folders;
}  // namespace

std::string temporary_folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stancegraph-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    folders.made.emplace_back(pattern);
    return pattern;
}

}  // namespace stancegraph::testing
