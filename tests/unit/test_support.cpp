// Loading the real data once for all unit tests.
#include "test_support.hpp"

#include "core/gazetteer_loader.hpp"
#include "core/store/sql_connection.hpp"
#include "core/store/store.hpp"

#include <cstdlib>
#include <unistd.h>
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

std::string new_store_location(const std::string& backend) {
    if (backend == "sqlite") return temporary_folder() + "/store.db";
    const char* server = std::getenv("STANCEGRAPH_TEST_POSTGRES");
    if (!server || !*server) return "";
    // A database of its own for each store, on the server's: CREATE DATABASE cannot run in a transaction.
    static int made = 0;
    const std::string name = "stancegraph_unit_" + std::to_string(getpid()) + "_" + std::to_string(++made);
    sql::open_postgres(server)->exec("CREATE DATABASE " + name);
    std::string uri = server;
    const auto query = uri.find('?');
    const auto slash = uri.rfind('/', query == std::string::npos ? uri.size() : query);
    return uri.substr(0, slash + 1) + name + (query == std::string::npos ? "" : uri.substr(query));
}

int evidence_matching(Store& store, const std::string& word) {
    const std::string query = store.on_postgres()
                                  ? "SELECT COUNT(*) FROM evidence WHERE to_tsvector('simple', COALESCE(text_folded, '')) @@ "
                                    "plainto_tsquery('simple', ?)"
                                  : "SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH ?";
    sql::Statement count(store.database(), query);
    count.bind(1, word);
    count.executeStep();
    return count.getColumn(0).getInt();
}

}  // namespace stancegraph::testing
