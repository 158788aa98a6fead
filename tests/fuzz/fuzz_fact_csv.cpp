// Fuzz target: fact CSV files, through the registered importer "facts-csv"
// as `stancegraph import --format facts-csv` reads standard input.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("facts-csv", bytes, "fuzz.csv", ImportOptions{}, fuzz::gazetteer());
    return 0;
}
