// Fuzz target: GDELT 1.0/2.0 event rows (and zip archives of them), through the registered importer
// "gdelt", once as `stancegraph import` reads them and once with --strict --aggregate month and
// documents of two rows, the options that change how rows are grouped and rejected.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::run_importer("gdelt", bytes, "fuzz.export.CSV", ImportOptions{}, fuzz::gazetteer());
    ImportOptions options;
    options.strict = true;
    options.aggregate = "month";
    options.rows_per_document = 2;
    fuzz::run_importer("gdelt", bytes, "fuzz.export.CSV", options, fuzz::gazetteer());
    return 0;
}
