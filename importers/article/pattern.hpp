// Word patterns of a lexicon ("refus* to recogni*", "sever* ~2 relation*", "قطع ~2 علاقات*"):
// space-separated words, where "word*" matches any word starting with "word", "a|b" either word,
// and "~N" up to N words of anything. Words are compared with the morphological forms of a token
// (clitics stripped, endings removed), so a pattern is written once per lemma.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct PatternWord {
    std::vector<std::string> alternatives;  // folded; a trailing '*' in an alternative means prefix
    int gap = 0;                            // > 0: this element is "~gap", up to that many words
};

class Pattern {
public:
    // Throws std::invalid_argument on an empty pattern or a pattern that starts or ends with a gap.
    static Pattern parse(std::string_view text);

    // The end (exclusive) of the match starting at word `start`, trying every form of each word;
    // nullopt when it does not match. `forms[i]` are the forms of word i; matching stops at `limit`.
    std::optional<std::size_t> match(const std::vector<std::vector<std::string>>& forms, std::size_t start,
                                     std::size_t limit) const;

    std::size_t word_count() const;  // words without gaps, to prefer longer patterns
    const std::string& text() const { return text_; }

private:
    std::optional<std::size_t> match_from(const std::vector<std::vector<std::string>>& forms, std::size_t element,
                                          std::size_t position, std::size_t limit) const;

    std::vector<PatternWord> words_;
    std::string text_;
};

bool word_matches(const std::string& alternative, const std::string& form);

}  // namespace stancegraph
