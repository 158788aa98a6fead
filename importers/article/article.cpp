// Language detection by script and publication dates.
#include "article.hpp"

#include "core/text_folding.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace stancegraph {

std::string detect_language(std::string_view text) {
    std::size_t arabic = 0, cyrillic = 0, latin = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        if (!u_isalpha(static_cast<UChar32>(c))) continue;
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
            case USCRIPT_ARABIC: ++arabic; break;
            case USCRIPT_CYRILLIC: ++cyrillic; break;
            case USCRIPT_LATIN: ++latin; break;
            default: break;
        }
    }
    const std::size_t total = arabic + cyrillic + latin;
    if (total < 20) return "";
    if (arabic * 2 > total) return "ar";
    if (cyrillic * 2 > total) return "ru";
    if (latin * 2 > total) return "en";
    return "";
}

std::optional<PartialDate> parse_published(std::string_view text) {
    if (text.size() >= 10 && (text.size() == 10 || text[10] == 'T' || text[10] == ' ')) return PartialDate::parse(text.substr(0, 10));
    return PartialDate::parse(text);
}

}  // namespace stancegraph
