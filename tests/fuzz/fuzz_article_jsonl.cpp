// Fuzz target: article JSON Lines, through the registered importer "article-jsonl"
// as `stancegraph import --format article-jsonl` reads standard input.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("article-jsonl", bytes, "fuzz.jsonl", ImportOptions{}, fuzz::gazetteer());
    return 0;
}
