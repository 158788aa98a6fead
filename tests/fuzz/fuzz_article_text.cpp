// Fuzz target: plain-text articles with a header of key: value lines, through the registered importer "article-text"
// as `stancegraph import --format article-text` reads standard input.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("article-text", bytes, "fuzz.txt", ImportOptions{}, fuzz::gazetteer());
    return 0;
}
