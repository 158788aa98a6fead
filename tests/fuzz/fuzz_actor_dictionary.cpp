// Fuzz target: TABARI/PETRARCH actor dictionaries — the parser (read_actor_dictionary,
// phrase_to_name) and the registered importer "petrarch-actors", with and without --strict, each
// over a fresh gazetteer of states, since a dictionary adds its people to the gazetteer.
#include "fuzz_support.hpp"
#include "importers/events/actor_dictionary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const DictionaryEntry& entry : read_actor_dictionary(bytes, "fuzz.actors")) {
        fuzz::check(entry.line >= 1, "an entry without a line");
        phrase_to_name(entry.phrase);
        for (const auto& synonym : entry.synonyms) phrase_to_name(synonym);
        for (const CodeBlock& block : entry.blocks) {
            fuzz::check(!block.code.empty(), "a code block without a code");
            fuzz::check(!(block.from && block.to) || *block.from < *block.to, "a code block that ends before it starts");
        }
        for (const InputError& problem : entry.problems)
            fuzz::check(problem.location().line >= 1 && problem.location().column >= 1, "a problem without a location");
    }
    for (bool strict : {false, true}) {
        Gazetteer gazetteer = fuzz::small_gazetteer();
        ImportOptions options;
        options.strict = strict;
        fuzz::run_importer("petrarch-actors", bytes, "fuzz.actors", options, gazetteer);
    }
    return 0;
}
