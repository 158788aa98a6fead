// Folding text for matching names and cue words, keeping a map back to the original bytes so that
// a match in folded text is still a byte span of the article.
//
// Per script: Latin loses case and accents (Türkiye → turkiye); Cyrillic loses case and ё → е but keeps
// й; Arabic loses harakat and tatweel, folds alef variants to ا, hamza seats ؤ ئ to ء, alef maqsura to ي, ta marbuta to ه and
// Persian kaf/yeh to Arabic ones; Arabic-Indic digits become ASCII. Every apostrophe becomes the
// ASCII one and every space one ASCII space. Invalid UTF-8 becomes a space.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct FoldedText {
    std::string text;
    // origin[i] is the byte offset in the original text of the code point that produced folded byte i;
    // origin[text.size()] is the original's size, so spans [a, b) map to [origin[a], origin[b]).
    std::vector<std::uint32_t> origin;

    std::uint32_t original_offset(std::size_t folded_offset) const { return origin[folded_offset]; }
};

FoldedText fold_text(std::string_view utf8);
std::string fold(std::string_view utf8);

// The key a name is indexed and looked up by: folded, runs of anything but letters, digits and
// combining marks squeezed into one space, trimmed. "Guinea-Bissau" and "guinea bissau" share a key;
// an apostrophe separates words, so "People's" is "people s", as an article's tokens will be.
std::string name_key(std::string_view name);

// True for the code points that make up words (letters, digits, marks), for tokenizers.
bool is_word_code_point(char32_t c);

// Decodes one code point at `pos`, advancing it; invalid bytes give U+FFFD and advance by one.
char32_t next_code_point(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t c);
bool is_valid_utf8(std::string_view text);
// The number of code points of UTF-8 text (letters, for the scripts we read), counted by lead bytes.
std::size_t code_point_count(std::string_view text);
// The offset of the first byte that does not start valid UTF-8, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace stancegraph
