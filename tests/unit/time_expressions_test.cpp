// Time expressions resolved against the publication date.
#include "extraction_support.hpp"
#include "importers/article/time_expressions.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

namespace {
std::vector<std::string> times(const std::string& text, const std::string& lang, const char* published = "2022-06-17") {
    const auto t = tokenize(text, {});
    std::vector<std::vector<std::string>> storage(t.tokens.size());
    TextForms forms(t.tokens.size());
    for (std::size_t i = 0; i < t.tokens.size(); ++i) {
        testing::morphology().forms(t.tokens[i].folded, storage[i]);
        forms[i] = &storage[i];
    }
    std::optional<PartialDate> pub;
    if (*published) pub = PartialDate::parse(published);
    std::vector<std::string> out;
    for (const auto& e : find_time_expressions(t.tokens, forms, 0, t.tokens.size(), testing::lexicons().find(lang)->time, pub))
        out.push_back(e.date.to_string() + (e.since ? " since" : ""));
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("full and partial English dates") {
    CHECK(times("on 21 February 2022", "en") == V{"2022-02-21"});
    CHECK(times("on February 21, 2022", "en") == V{"2022-02-21"});
    CHECK(times("last February", "en") == V{"2022-02"});
    CHECK(times("in February", "en", "2022-01-10") == V{"2021-02"});
    CHECK(times("since 2014", "en") == V{"2014 since"});
    CHECK(times("it may happen", "en").empty());  // "may" is no month
}

TEST_CASE("relative days count back from the publication date") {
    CHECK(times("on Thursday", "en") == V{"2022-06-16"});   // 2022-06-17 was a Friday
    CHECK(times("on Friday", "en") == V{"2022-06-17"});
    CHECK(times("yesterday", "en") == V{"2022-06-16"});
    CHECK(times("this year", "en") == V{"2022"});
    CHECK(times("yesterday", "en", "").empty());
}

TEST_CASE("Arabic dates, both month series, and relative words") {
    CHECK(times("في 21 شباط/فبراير", "ar") == V{"2022-02-21"});
    CHECK(times("فبراير الماضي", "ar") == V{"2022-02"});
    CHECK(times("في كانون الثاني", "ar") == V{"2022-01"});
    CHECK(times("عام 2014", "ar") == V{"2014"});
    CHECK(times("أمس", "ar") == V{"2022-06-16"});
    CHECK(times("مساء الأربعاء", "ar") == V{"2022-06-15"});
    CHECK(times("من جانب واحد", "ar").empty());
}

TEST_CASE("Russian genitive months and weekdays") {
    CHECK(times("24 февраля 2022 года", "ru") == V{"2022-02-24"});
    CHECK(times("в феврале", "ru") == V{"2022-02"});
    CHECK(times("в пятницу", "ru") == V{"2022-06-17"});
    CHECK(times("с 2016 года", "ru") == V{"2016 since"});
    CHECK(times("накануне", "ru") == V{"2022-06-16"});
}
