// The actor dictionaries of the TABARI and PETRARCH event coders (".actors" text): entries of a
// phrase ("GEORGE_W._BUSH"), synonyms on "+" lines, and code blocks in brackets, optionally dated:
// "[USAGOV 20010120-20090120]", "[HOB < 950601]", "[HOBELI >20130119]". Comments (";" in TABARI,
// "#" in PETRARCH, "<!-- -->"), the <NOUN>/<ADJECTIVE> sections and "~~FINISH" are understood.
#pragma once

#include "core/error.hpp"
#include "core/partial_date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct CodeBlock {
    std::string text;  // as written, for evidence
    std::string code;  // "USAGOV"
    std::optional<DayNumber> from;  // first day
    std::optional<DayNumber> to;    // first day after ("<950601": until 1995-06-01)
    bool open_end = false;          // an end before the start (the 18000101 idiom) read as no end
    std::size_t line = 0;
    bool dated() const { return from || to; }
};

struct DictionaryEntry {
    std::string phrase;                 // as written: "PRESIDENT_GEORGE_W._BUSH"
    std::vector<std::string> synonyms;  // the "+" lines
    std::vector<CodeBlock> blocks;
    std::size_t line = 0;
    std::vector<InputError> problems;   // malformed code blocks
};

// Reads the whole dictionary (they are small: thousands of lines).
std::vector<DictionaryEntry> read_actor_dictionary(std::string_view text, const std::string& file);

// "PRESIDENT_GEORGE_W._BUSH" → "President George W. Bush"; non-Latin phrases keep their letters.
std::string phrase_to_name(std::string_view phrase);

}  // namespace stancegraph
