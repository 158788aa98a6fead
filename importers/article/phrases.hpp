// Shallow chunking of a sentence's entity mentions into phrases: coordinated lists ("Bolivia,
// Belize and Colombia", "كل من لندن وبرلين وباريس") with what governs them — a preposition or
// clitic, an agent marker ("by", "من قبل", "со стороны"), a place ("in Mali") — whether they are a
// possessor ("Russia's") and whether their form can be a subject (Russian case endings). The
// argument linker reads phrases, not single names, so a list is one argument.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace stancegraph {

class SentenceAnalysis;

enum class Governed : std::uint8_t {
    none,         // a bare noun phrase: a subject or a direct object
    genitive,     // "of X" where "of" marks the genitive
    agent,        // "by X", "من قبل X", "со стороны X"
    object,       // governed by another preposition or a prepositional clitic ("with X", "بX", "против X")
    locative,     // "in X", "في X", "в X"
    attribution,  // "according to X": the source of a report
    exclusion,    // "except X", "other than X"
};

struct Phrase {
    std::size_t first = 0;  // token span, from its first member's first token to its last member's end
    std::size_t last = 0;
    std::vector<std::size_t> members;  // mention indexes, in text order
    Governed governed = Governed::none;
    std::string marker;      // the folded preposition or clitic that governs it ("" for none)
    bool chained = false;    // governed through the noun before it ("بحجة دعم طهران"), not directly
    std::size_t marker_at = 0;  // the token that carries the marker
    bool possessor = false;  // followed by 's: "Russia's …", "the Syrian government's …"
    bool nominative = true;  // its form can be a subject (false for a Russian name in an oblique case)
    bool ethnic = false;     // a demonym that names a people, not its state ("ethnic Albanian leaders")
};

// The phrases of an analysed sentence, in text order; every mention belongs to exactly one.
std::vector<Phrase> chunk_phrases(const SentenceAnalysis& sentence);

}  // namespace stancegraph
