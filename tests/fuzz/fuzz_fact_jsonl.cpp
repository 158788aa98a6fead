// Fuzz target: fact JSON Lines files, through the registered importer "facts-jsonl"
// as `stancegraph import --format facts-jsonl` reads standard input.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("facts-jsonl", bytes, "fuzz.jsonl", ImportOptions{}, fuzz::gazetteer());
    return 0;
}
