// What every fuzz target shares: the project's real data loaded once, importers run over bytes in
// memory, and checks of what they hand on. A failed check aborts, so that libFuzzer (or the replay
// test of tests/data/fuzz-regressions/) reports it like a crash.
#pragma once

#include "core/data_paths.hpp"
#include "core/gazetteer.hpp"
#include "core/relation_ontology.hpp"
#include "importers/article/lexicon.hpp"
#include "importers/article/morphology.hpp"
#include "importers/importer.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph::fuzz {

const DataPaths& data_paths();
const RelationOntology& ontology();
// The full gazetteer. Importers run without --allow-new-entities, so they leave it as it is; the
// runs check that they do, so that every input gives the same result whatever ran before it.
Gazetteer& gazetteer();
const LexiconSet& lexicons();
const Morphology& morphology();

// A gazetteer of the states alone with their English names, made anew for each input of targets
// that add entities (actor dictionaries), so that one input's people never meet another's.
Gazetteer small_gazetteer();

[[noreturn]] void fail(const std::string& what);
inline void check(bool condition, const char* what) {
    if (!condition) fail(what);
}

// Checks a document as the store and the exporters need it: a non-empty id and hash, known entities
// and relations, texts in valid UTF-8, dates in order, confidences from 0 to 1.
void check_document(const ImportedDocument& document, const Gazetteer& gazetteer);

// Runs the importer registered as `format` over the bytes, as standard input named `name` would
// be read, after letting every importer look at their head as format detection does. Documents are checked; InputErrors are the expected outcome of bad input, anything
// else thrown is a finding (it escapes to libFuzzer).
void run_importer(const std::string& format, std::string_view bytes, const std::string& name, const ImportOptions& options,
                  Gazetteer& gazetteer);

// A publication date picked by two bytes of fuzz input, often at the ends of the calendar (years 1
// and 9999), where "yesterday" or "last year" leave it; `precision` 0 gives none.
std::optional<PartialDate> pick_date(std::uint8_t precision, std::uint8_t high, std::uint8_t low);

}  // namespace stancegraph::fuzz
