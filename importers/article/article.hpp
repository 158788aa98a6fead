// A news article as stancegraph reads it: the fields of the article JSON format
// (id, url, title, published, lang, text), from JSON, JSON Lines or plain text with a header.
#pragma once

#include "core/error.hpp"
#include "core/partial_date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct Article {
    std::string id;
    std::string url;
    std::string title;
    std::string lang;  // as given; empty when absent
    std::optional<PartialDate> published;
    std::string text;
    SourceLocation where;  // file and line the article starts on
};

// The language of a text from its letters: "ar" (Arabic script), "ru" (Cyrillic), "en" (Latin), or
// "" when there are too few letters to tell.
std::string detect_language(std::string_view text);

// A publication date from "2022-06-17", "2022-06-17T10:00:00Z", "2022-06" or "2022"; nullopt otherwise.
std::optional<PartialDate> parse_published(std::string_view text);

}  // namespace stancegraph
