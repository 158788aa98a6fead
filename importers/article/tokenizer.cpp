// Tokens over folded text, mapped back to original offsets; sentences by punctuation and line breaks.
#include "tokenizer.hpp"

#include "core/text_folding.hpp"

#include <unicode/uchar.h>

namespace stancegraph {

namespace {

bool ends_sentence(const std::string& mark) {
    return mark == "." || mark == "!" || mark == "?" || mark == "…" || mark == "؟";
}

bool is_closing(const std::string& mark) {
    return mark == "\"" || mark == "»" || mark == "”" || mark == "’" || mark == ")" || mark == "'" || mark == "›";
}

void set_case(Token& token, std::string_view original) {
    bool first = true;
    std::size_t letters = 0, upper = 0;
    for (std::size_t pos = 0; pos < original.size();) {
        const auto c = static_cast<UChar32>(next_code_point(original, pos));
        if (!u_isalpha(c)) continue;
        ++letters;
        if (u_isupper(c)) ++upper;
        if (first) token.capitalized = u_isupper(c);
        first = false;
    }
    token.all_upper = letters >= 2 && upper == letters;
}

}  // namespace

TokenizedText tokenize(std::string_view text, const std::unordered_set<std::string>& abbreviations) {
    TokenizedText result;
    const FoldedText folded = fold_text(text);
    const std::string& f = folded.text;
    bool newline = false, space = false;
    for (std::size_t pos = 0; pos < f.size();) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(f, pos);
        // fold_text turns line breaks into spaces; look at the original to keep paragraph structure.
        if (c == U' ') {
            const auto o = folded.origin[start];
            if (o < text.size() && (text[o] == '\n' || text[o] == '\r')) newline = true;
            space = true;
            continue;
        }
        Token token;
        if (is_word_code_point(c)) {
            bool digits = c >= U'0' && c <= U'9';
            std::size_t end = pos;
            while (end < f.size()) {
                std::size_t next = end;
                const char32_t d = next_code_point(f, next);
                if (!is_word_code_point(d)) {
                    // Keep decimal numbers and numbers with separators together: 34,000 and 1.5.
                    if (digits && (d == U',' || d == U'.') && next < f.size() && f[next] >= '0' && f[next] <= '9') {
                        end = next;
                        continue;
                    }
                    break;
                }
                if (!(d >= U'0' && d <= U'9')) digits = false;
                end = next;
            }
            pos = end;
            token.kind = digits ? TokenKind::number : TokenKind::word;
        } else {
            token.kind = TokenKind::punct;
        }
        token.folded = f.substr(start, pos - start);
        token.start = folded.origin[start];
        token.end = folded.origin[pos];
        token.newline_before = newline;
        token.space_before = space;
        newline = space = false;
        if (token.kind == TokenKind::word) set_case(token, text.substr(token.start, token.end - token.start));
        result.tokens.push_back(std::move(token));
    }

    // Sentences: end after . ! ? … ؟ (and closing quotes that follow), or at a line break.
    const auto& tokens = result.tokens;
    std::size_t first = 0;
    auto close = [&](std::size_t last) {
        if (last <= first) return;
        result.sentences.push_back({tokens[first].start, tokens[last - 1].end, first, last});
        first = last;
    };
    // A sentence is cut after this many tokens: text without punctuation must not make one sentence
    // of a whole file (every later stage works per sentence).
    constexpr std::size_t kMaxSentence = 300;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > first && (tokens[i].newline_before || i - first >= kMaxSentence)) close(i);
        const Token& t = tokens[i];
        if (t.kind != TokenKind::punct || !ends_sentence(t.folded)) continue;
        if (t.folded == ".") {
            const bool after_abbreviation = i > 0 && tokens[i - 1].kind == TokenKind::word &&
                                            !tokens[i].space_before &&
                                            (abbreviations.count(tokens[i - 1].folded) ||
                                             (tokens[i - 1].folded.size() == 1 && tokens[i - 1].capitalized));
            // "e.g. the" or "U.S. officials": a lower-case word in a cased script continues the sentence.
            bool next_lower = false;
            if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::word && !tokens[i + 1].newline_before) {
                std::size_t p = 0;
                const auto c = static_cast<UChar32>(next_code_point(tokens[i + 1].folded, p));
                next_lower = u_hasBinaryProperty(c, UCHAR_CASED) && !tokens[i + 1].capitalized;
            }
            if (after_abbreviation || next_lower) continue;
        }
        std::size_t last = i + 1;
        while (last < tokens.size() && tokens[last].kind == TokenKind::punct && is_closing(tokens[last].folded) &&
               !tokens[last].newline_before)
            ++last;
        close(last);
        i = last - 1;
    }
    close(tokens.size());
    return result;
}

}  // namespace stancegraph
