// Lexicon word patterns: prefixes, alternatives and bounded gaps.
#include "importers/article/pattern.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace stancegraph;

namespace {
// Forms kept alive for the test's TextForms to point into.
TextForms words(std::initializer_list<const char*> list) {
    static std::vector<std::unique_ptr<std::vector<std::string>>> storage;
    TextForms out;
    for (const char* w : list) {
        storage.push_back(std::make_unique<std::vector<std::string>>(std::vector<std::string>{w}));
        out.push_back(storage.back().get());
    }
    return out;
}
}  // namespace

TEST_CASE("a prefix word matches inflected forms") {
    const Pattern p = Pattern::parse("recogni*");
    CHECK(p.match(words({"recognised"}), 0, 1) == 1u);
    CHECK(p.match(words({"recognition"}), 0, 1) == 1u);
    CHECK_FALSE(p.match(words({"reckon"}), 0, 1));
}

TEST_CASE("gaps bind to the nearest match and respect their bound") {
    const Pattern p = Pattern::parse("sever* ~2 relations|ties");
    CHECK(p.match(words({"severed", "diplomatic", "ties"}), 0, 3) == 3u);
    CHECK(p.match(words({"severs", "all", "its", "ties"}), 0, 4) == 4u);
    CHECK_FALSE(p.match(words({"severed", "all", "of", "its", "ties"}), 0, 5));
    CHECK_FALSE(p.match(words({"severed", "diplomatic", "ties"}), 0, 2));  // the limit ends the sentence
}

TEST_CASE("any form of a word may match") {
    const Pattern p = Pattern::parse("اعتراف*");
    const std::vector<std::string> word{"بالاعتراف", "الاعتراف", "اعتراف"};
    CHECK(p.match(TextForms{&word}, 0, 1) == 1u);
}

TEST_CASE("bad patterns are refused") {
    CHECK_THROWS_AS(Pattern::parse(""), std::invalid_argument);
    CHECK_THROWS_AS(Pattern::parse("~2 ties"), std::invalid_argument);
    CHECK_THROWS_AS(Pattern::parse("cut ~2"), std::invalid_argument);
}

TEST_CASE("a set with many patterns on one word finds each, at the end of a sentence too") {
    // Enough patterns sharing "said" for the second-word filter and the whole-word filter to apply.
    std::vector<Pattern> list;
    for (int i = 0; i < 5000; ++i) list.push_back(Pattern::parse("said ~3 word" + std::to_string(i)));
    list.push_back(Pattern::parse("said"));
    list.push_back(Pattern::parse("said ~2 sever*"));
    list.push_back(Pattern::parse("said|says ~1 it"));
    const PatternSet set(std::move(list));
    std::vector<std::pair<std::size_t, std::size_t>> found;
    set.matches_at(words({"said"}), 0, 1, found);  // the last word: nothing after it
    REQUIRE(found.size() == 1);
    CHECK(found.front().first == 5000u);
    set.matches_at(words({"said", "they", "would", "severe"}), 0, 4, found);
    CHECK(found.size() == 2);  // "said" and "said ~2 sever*"
    set.matches_at(words({"said", "a", "b", "c", "word4999"}), 0, 5, found);
    CHECK(std::any_of(found.begin(), found.end(), [](const auto& f) { return f.first == 4999u && f.second == 5u; }));
    set.matches_at(words({"said", "a", "b", "c", "d", "word4999"}), 0, 6, found);  // beyond the gap
    CHECK(std::none_of(found.begin(), found.end(), [](const auto& f) { return f.first == 4999u; }));
    set.matches_at(words({"sai"}), 0, 1, found);
    CHECK(found.empty());
}
