// Fuzz target: PLOVER/POLECAT JSON records, through the registered importer
// "polecat", once as `stancegraph import` reads them and once with --strict --aggregate none and
// documents of two rows, the options that change how rows are grouped and rejected.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("polecat", bytes, "fuzz.json", ImportOptions{}, fuzz::gazetteer());
    ImportOptions options;
    options.strict = true;
    options.aggregate = "none";
    options.rows_per_document = 2;
    fuzz::run_importer("polecat", bytes, "fuzz.json", options, fuzz::gazetteer());
    return 0;
}
