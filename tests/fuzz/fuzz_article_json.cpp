// Fuzz target: article JSON (one article object or a list of them), through the registered importer "article-json"
// as `stancegraph import --format article-json` reads standard input.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("article-json", bytes, "fuzz.json", ImportOptions{}, fuzz::gazetteer());
    return 0;
}
