// Word patterns of a lexicon ("refus* to recogni*", "sever* ~2 relation*", "قطع ~2 علاقات*"):
// space-separated words, where "word*" matches any word starting with "word", "a|b" either word,
// and "~N" up to N words of anything. Words are compared with the morphological forms of a token
// (clitics stripped, endings removed), so a pattern is written once per lemma.
#pragma once

#include <cstddef>
#include <bitset>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

// The forms of each word of a text: pointers into a cache of forms shared by every text, so that a
// word seen before costs no work and no allocation.
using TextForms = std::vector<const std::vector<std::string>*>;

struct PatternWord {
    std::vector<std::string> alternatives;  // folded; a trailing '*' in an alternative means prefix
    int gap = 0;                            // > 0: this element is "~gap", up to that many words
};

class Pattern {
public:
    // Throws std::invalid_argument on an empty pattern or a pattern that starts or ends with a gap.
    static Pattern parse(std::string_view text);

    // The end (exclusive) of the match starting at word `start`, trying every form of each word;
    // nullopt when it does not match. `*forms[i]` are the forms of word i; matching stops at `limit`.
    std::optional<std::size_t> match(const TextForms& forms, std::size_t start,
                                     std::size_t limit) const;

    std::size_t word_count() const;  // words without gaps, to prefer longer patterns
    // The second word's alternatives and the gap before it (nullptr when the pattern has one word).
    const PatternWord* second_word(int& gap) const;
    const std::string& text() const { return text_; }
    const std::vector<std::string>& first_alternatives() const { return words_.front().alternatives; }

private:
    std::optional<std::size_t> match_from(const TextForms& forms, std::size_t element,
                                          std::size_t position, std::size_t limit) const;

    std::vector<PatternWord> words_;
    std::string text_;
};

bool word_matches(const std::string& alternative, const std::string& form);

// Many patterns indexed by their first word, so that only those that can start at a word are tried:
// exact first words by the word, prefix first words by their first three letters, and all of them
// behind a filter on their first letters that rejects most words without hashing them.
class PatternSet {
public:
    PatternSet() = default;
    PatternSet(std::vector<Pattern> patterns);  // NOLINT: a list of patterns is a set of them

    void add(Pattern pattern, std::uint32_t tag = 0);
    bool empty() const { return patterns_.empty(); }
    std::size_t size() const { return patterns_.size(); }
    const Pattern& at(std::size_t i) const { return patterns_[i]; }
    std::uint32_t tag(std::size_t i) const { return tags_[i]; }

    // The indexes of the patterns that match at `start`, with the end of each match.
    void matches_at(const TextForms& forms, std::size_t start, std::size_t limit,
                    std::vector<std::pair<std::size_t, std::size_t>>& out) const;
    // The end of the longest match at `start`, if any.
    std::optional<std::size_t> longest_at(const TextForms& forms, std::size_t start,
                                          std::size_t limit) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    using Index = std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>>;
    struct Leads {
        std::uint16_t key[3] = {0, 0, 0};  // the first one, two and three letters, hashed
    };
    static Leads leads(std::string_view word);

    std::vector<Pattern> patterns_;
    std::vector<std::uint32_t> tags_;
    // Per pattern, the leads of its second word's alternatives as bits of a 64-bit mask (all bits
    // when it has none or a long gap before it): a pattern whose second word leads with none of the
    // next few words' leads is not tried. Many patterns share a common verb as their first word.
    std::vector<std::uint64_t> next_masks_;
    static std::uint64_t lead_bit(std::string_view word);
    std::bitset<65536> leads_[3];         // by the first one, two and three letters of first words
    std::bitset<65536> prefix_leads_[3];  // … of prefix first words only
    // Whole first words, hashed, once a set has many (the generated lexicons): most words of a
    // text are then rejected without a look into the large index.
    std::vector<std::uint64_t> word_filter_;
    static std::size_t word_hash(std::string_view word);
    void mark_word(std::string_view word);
    bool may_be_word(std::string_view word) const;
    Index exact_;
    Index by_prefix_;
};

}  // namespace stancegraph
