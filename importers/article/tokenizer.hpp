// Splitting an article into tokens and sentences, keeping each token's byte span in the original
// text. Tokens are words (folded for matching), numbers and single punctuation marks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace stancegraph {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
    std::uint32_t start = 0;  // byte span in the original text
    std::uint32_t end = 0;
    std::string folded;       // folded form (core/text_folding.hpp); the mark itself for punctuation
    TokenKind kind = TokenKind::word;
    bool capitalized = false;  // the original starts with an upper-case letter
    bool all_upper = false;    // every letter of the original is upper case (and there are two or more)
    bool newline_before = false;  // a line break separates it from the previous token
    bool space_before = false;
};

struct Sentence {
    std::uint32_t start = 0;  // byte span in the original text
    std::uint32_t end = 0;
    std::size_t first = 0;    // token range [first, last)
    std::size_t last = 0;
};

struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

// `abbreviations` are folded words after which a full stop does not end a sentence ("mr", "st").
TokenizedText tokenize(std::string_view text, const std::unordered_set<std::string>& abbreviations);

}  // namespace stancegraph
