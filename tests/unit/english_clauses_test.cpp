// English clauses and the discourse of news, on sentences written for these tests: who the other
// side of a symmetric act is when a clause names only one party.
#include "extraction_support.hpp"

#include <catch2/catch.hpp>

using stancegraph::testing::any_with;
using stancegraph::testing::extract_lines;
using stancegraph::testing::has;

TEST_CASE("one more party cutting ties right after ties were cut cuts them with the same state") {
    SECTION("a demonym before it in the sentence is no other side") {
        const auto lines = extract_lines("en", "2024-05-01",
                                         "Morocco severed diplomatic ties with Iran on Monday. Tension had grown for months, "
                                         "Moroccan officials explained, while Gabon cut ties as well.");
        CHECK(has(lines, "Gabon cuts_relations Iran 2024-04-29"));
        CHECK_FALSE(any_with(lines, "Gabon cuts_relations Morocco"));
    }
    SECTION("without ties cut just before, the other side is the one the sentence was about") {
        const auto lines = extract_lines("en", "2024-05-01", "Russia recognised Abkhazia on Tuesday, prompting Tbilisi to cut diplomatic ties.");
        CHECK(has(lines, "Georgia cuts_relations Russia 2024-04-30"));
    }
}

TEST_CASE("a closing ', he said' speaks for whoever spoke last") {
    const auto lines = extract_lines("en", "2024-05-01",
                                     "Japan's foreign minister said on Monday that talks had failed. North Korea's launch was a provocation, he said.");
    CHECK(any_with(lines, "Japan accuses North Korea"));
}

TEST_CASE("an ethnic demonym names a people, which speaks for no state") {
    const auto lines = extract_lines("en", "2024-05-01", "The shelling by Azerbaijan was a provocation, ethnic Armenian elders said.");
    CHECK_FALSE(any_with(lines, "Armenia accuses"));
}

TEST_CASE("'the breakaway region' is the territory named before it in the same sentence") {
    const auto lines = extract_lines("en", "2024-05-01",
                                     "Armenia recognised Somaliland in May, weeks after the breakaway region’s parliament declared independence from Somalia.");
    CHECK(any_with(lines, "Somaliland declares_independence_from Somalia"));
    CHECK_FALSE(any_with(lines, "Armenia declares_independence_from"));
}
