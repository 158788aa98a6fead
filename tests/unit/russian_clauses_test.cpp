// Russian word order and the discourse of news, on sentences written for these tests: who did what
// when the object stands before the verb and the doers are named after it, or only counted.
#include "extraction_support.hpp"

#include <catch2/catch.hpp>

using stancegraph::testing::any_with;
using stancegraph::testing::extract_lines;
using stancegraph::testing::has;

TEST_CASE("relations put before the verb: the subject follows the verb, the object is inside the cue") {
    SECTION("a 'с'-object between the noun and the verb is the other side, the list after the verb the doers") {
        const auto lines = extract_lines("ru", "2024-05-01", "Дипотношения с Ираном прервали Марокко и Судан.");
        CHECK(has(lines, "Morocco cuts_relations Iran 2024-05-01"));
        CHECK(has(lines, "Sudan cuts_relations Iran 2024-05-01"));
        CHECK_FALSE(any_with(lines, "Morocco cuts_relations Sudan"));
    }
    SECTION("restored relations, with the object first") {
        const auto lines = extract_lines("ru", "2024-05-01", "Отношения с Кубой восстановили Чили и Перу.");
        CHECK(has(lines, "Chile establishes_relations Cuba 2024-05-01"));
        CHECK(has(lines, "Peru establishes_relations Cuba 2024-05-01"));
    }
    SECTION("with the subject first, coordinated states are still the two sides") {
        const auto lines = extract_lines("ru", "2024-05-01", "Россия и Грузия разорвали отношения.");
        CHECK(has(lines, "Russia cuts_relations Georgia 2024-05-01"));
    }
}

TEST_CASE("relations named first are those already reported: their other side comes from the sentence before") {
    SECTION("an act whose doers are only counted still carries its object to the next sentence and to followers") {
        const auto lines = extract_lines("ru", "2024-05-01",
                                         "Отношения с Ираном прервали четыре страны. Раньше других отношения прервали Марокко и Судан. "
                                         "Их примеру последовали Бахрейн и Сомали.");
        CHECK(has(lines, "Morocco cuts_relations Iran 2024-05-01"));
        CHECK(has(lines, "Sudan cuts_relations Iran 2024-05-01"));
        CHECK(has(lines, "Bahrain cuts_relations Iran 2024-05-01"));
        CHECK(has(lines, "Somalia cuts_relations Iran 2024-05-01"));
        CHECK_FALSE(any_with(lines, "Morocco cuts_relations Sudan"));
    }
}

TEST_CASE("the genitive after 'признание суверенитета' is the sovereign, whom the recognition supports, not its agent") {
    const auto lines = extract_lines("ru", "2024-05-01", "Испания поддержала признание суверенитета Марокко над Западной Сахарой.");
    CHECK(has(lines, "Spain supports Morocco 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Morocco supports"));
}

TEST_CASE("a parenthetical 'добавил он' speaks for whoever spoke last, but not the question before 'он сказал, что'") {
    SECTION("the pronoun after the speech verb") {
        const auto lines = extract_lines("ru", "2024-05-01",
                                         "Министр иностранных дел Японии заявил в понедельник, что переговоры провалились. "
                                         "Такой шаг, добавил он, повлечет серьезные последствия для Пхеньяна.");
        CHECK(any_with(lines, "Japan threatens North Korea"));
    }
    SECTION("what was asked is not what the speaker said") {
        const auto lines = extract_lines("ru", "2024-05-01",
                                         "Министр иностранных дел Японии заявил в понедельник, что переговоры провалились. "
                                         "Отвечая на вопрос о санкциях против Северной Кореи, он сказал, что решения пока нет.");
        CHECK_FALSE(any_with(lines, "Japan sanctions"));
    }
}
