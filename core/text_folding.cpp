// Script-aware folding with an offset map (see text_folding.hpp for the rules).
#include "text_folding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace stancegraph {

namespace {

bool is_arabic(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == U'`' || c == 0x00B4;
}

// Arabic letters after presentation forms are decomposed; 0 means "drop".
char32_t fold_arabic(char32_t c) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640) return 0;
    switch (c) {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // آ أ إ ٱ → ا
        case 0x0624: case 0x0626: return 0x0621;                             // ؤ ئ → ء ("مسؤول", Egyptian "مسئول")
        case 0x0649: case 0x06CC: return 0x064A;                             // ى ی → ي
        case 0x0629: return 0x0647;                                          // ة → ه
        case 0x06A9: return 0x0643;                                          // ک → ك
        case 0x060C: return U',';                                            // ، → ,
        case 0x061B: return U';';                                            // ؛ → ;
        case 0x061F: return U'?';                                            // ؟ → ?
    }
    if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
    return c;
}

const icu::Normalizer2& nfkd() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return icu::Normalizer2::getNFKDInstance(status);
    }();
    return *instance;
}

const icu::Normalizer2& nfkc() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return icu::Normalizer2::getNFKCInstance(status);
    }();
    return *instance;
}

// Appends the folded form of one code point that is not ASCII.
void fold_code_point(char32_t c, std::u32string& out) {
    if (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF) {
        out.push_back(U' ');
        return;
    }
    if (is_apostrophe(c)) {
        out.push_back(U'\'');
        return;
    }
    const UBlockCode block = ublock_getCode(static_cast<UChar32>(c));
    // Bidi and other format controls carry no letters: drop them so they cannot split a name.
    if (u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR) return;
    if (c == 0x0401 || c == 0x0451) {  // Ё ё → е
        out.push_back(0x0435);
        return;
    }
    if (block == UBLOCK_CYRILLIC || block == UBLOCK_CYRILLIC_SUPPLEMENT) {
        out.push_back(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
        return;
    }
    if (is_arabic(c)) {
        icu::UnicodeString decomposed;
        UErrorCode status = U_ZERO_ERROR;
        // Presentation forms (ﻻ, ﷲ) become ordinary letters first.
        if (c >= 0xFB50) {
            nfkc().normalize(icu::UnicodeString(static_cast<UChar32>(c)), decomposed, status);
        } else {
            decomposed = icu::UnicodeString(static_cast<UChar32>(c));
        }
        for (int32_t i = 0; i < decomposed.length();) {
            const UChar32 d = decomposed.char32At(i);
            i += U16_LENGTH(d);
            if (char32_t f = fold_arabic(static_cast<char32_t>(d))) out.push_back(f);
        }
        return;
    }
    // Everything else: compatibility decomposition, accents dropped (Latin, Greek), case folded.
    icu::UnicodeString decomposed;
    UErrorCode status = U_ZERO_ERROR;
    nfkd().normalize(icu::UnicodeString(static_cast<UChar32>(c)), decomposed, status);
    if (U_FAILURE(status)) decomposed = icu::UnicodeString(static_cast<UChar32>(c));
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 d = decomposed.char32At(i);
        i += U16_LENGTH(d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        if (is_apostrophe(static_cast<char32_t>(d))) {
            out.push_back(U'\'');
            continue;
        }
        out.push_back(static_cast<char32_t>(u_foldCase(d, U_FOLD_CASE_DEFAULT)));
    }
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    auto i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(s, i, length, c);
    pos = static_cast<std::size_t>(i);
    return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

bool is_valid_utf8(std::string_view text) { return find_invalid_utf8(text) == std::string_view::npos; }

std::size_t code_point_count(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::size_t find_invalid_utf8(std::string_view text) {
    // ICU counts in int32_t: a longer text is checked in pieces cut before a lead byte.
    constexpr std::size_t kPiece = std::size_t{1} << 30;
    for (std::size_t base = 0; base < text.size();) {
        std::size_t end = std::min(text.size(), base + kPiece);
        while (end < text.size() && end > base && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (end == base) end = std::min(text.size(), base + kPiece);
        const auto* s = reinterpret_cast<const uint8_t*>(text.data() + base);
        const auto length = static_cast<int32_t>(end - base);
        for (int32_t i = 0; i < length;) {
            const int32_t start = i;
            UChar32 c;
            U8_NEXT(s, i, length, c);
            if (c < 0) return base + static_cast<std::size_t>(start);
        }
        base = end;
    }
    return std::string_view::npos;
}

bool is_word_code_point(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const auto category = U_GET_GC_MASK(static_cast<UChar32>(c));
    return (category & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

FoldedText fold_text(std::string_view utf8) {
    FoldedText result;
    result.text.reserve(utf8.size());
    result.origin.reserve(utf8.size() + 1);
    std::u32string folded;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto start = static_cast<std::uint32_t>(pos);
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {  // ASCII fast path
            ++pos;
            char c = static_cast<char>(byte);
            if (c == '`') c = '\'';
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\0') c = ' ';
            result.text.push_back(c);
            result.origin.push_back(start);
            continue;
        }
        const char32_t c = next_code_point(utf8, pos);
        folded.clear();
        if (c == 0xFFFD) folded.push_back(U' ');
        else fold_code_point(c, folded);
        for (char32_t f : folded) {
            const auto before = result.text.size();
            append_utf8(result.text, f);
            result.origin.insert(result.origin.end(), result.text.size() - before, start);
        }
    }
    result.origin.push_back(static_cast<std::uint32_t>(utf8.size()));
    return result;
}

std::string fold(std::string_view utf8) { return fold_text(utf8).text; }

std::string name_key(std::string_view name) {
    const std::string folded = fold(name);
    std::string key;
    key.reserve(folded.size());
    bool pending_space = false;
    for (std::size_t pos = 0; pos < folded.size();) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(folded, pos);
        if (is_word_code_point(c)) {
            if (pending_space && !key.empty()) key.push_back(' ');
            pending_space = false;
            key.append(folded, start, pos - start);
        } else {
            pending_space = true;
        }
    }
    return key;
}

}  // namespace stancegraph
