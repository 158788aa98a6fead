// Fuzz target: the text normalizer (fold_text, name_key) and the UTF-8 helpers under it, over any
// bytes. The folded text must be valid UTF-8 whose every byte maps back into the input in order;
// a name key must be words separated by single spaces.
#include "core/text_folding.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const FoldedText folded = fold_text(text);
    fuzz::check(is_valid_utf8(folded.text), "folded text is not valid UTF-8");
    fuzz::check(folded.origin.size() == folded.text.size() + 1, "the offset map has the wrong length");
    fuzz::check(folded.origin.back() == text.size(), "the offset map does not end at the input's end");
    for (std::size_t i = 1; i < folded.origin.size(); ++i)
        fuzz::check(folded.origin[i - 1] <= folded.origin[i] && folded.origin[i] <= text.size(), "the offset map goes back");
    const std::string key = name_key(text);
    fuzz::check(is_valid_utf8(key), "a name key is not valid UTF-8");
    fuzz::check(key.empty() || (key.front() != ' ' && key.back() != ' '), "a name key starts or ends with a space");
    fuzz::check(key.find("  ") == std::string::npos, "a name key has two spaces in a row");
    // Decoding walks forward one code point at a time and agrees with is_valid_utf8.
    bool valid = true;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t before = pos;
        const char32_t c = next_code_point(text, pos);
        fuzz::check(pos > before && pos <= text.size(), "decoding does not move forward");
        if (c == 0xFFFD && text.substr(before, pos - before) != "\xEF\xBF\xBD") valid = false;
        std::string encoded;
        append_utf8(encoded, c);
        fuzz::check(is_valid_utf8(encoded), "a decoded code point encodes as invalid UTF-8");
    }
    fuzz::check(valid == is_valid_utf8(text), "decoding and validation disagree");
    return 0;
}
