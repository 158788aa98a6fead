// The rules of docs/semantics.md that decide an answer a user can trust: weighing tied sources,
// undated facts bounded by what is known, events against states, and "since" as the start of the
// unbroken stance.
#include "core/stance_graph.hpp"
#include "core/stance_queries.hpp"
#include "core/time_window.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

DayNumber day(int y, int m, int d) { return days_from_civil(y, m, d); }

Fact fact(const char* source, const char* rel, const char* target, const char* from, EvidenceOrigin origin,
          const char* document, double confidence = 1.0) {
    Fact f;
    f.source = source;
    f.target = target;
    f.relation = relation(rel);
    if (*from) f.valid.valid_from = PartialDate::parse(from);
    Evidence e;
    e.document = document;
    e.origin = origin;
    e.confidence = confidence;
    f.evidence.push_back(e);
    return f;
}

StanceAnswer only_answer(const StanceGraph& g, const char* a, const char* b, DayNumber d, const char* family) {
    auto answers = stance(g, *g.vertex(a), *g.vertex(b), d, std::string_view(family));
    REQUIRE(answers.size() == 1);
    return answers.front();
}

std::string name_of(RelationId r) { return ontology().at(r).name; }

}  // namespace

TEST_CASE("a misread sentence does not tie with curated facts of the same day") {
    StanceGraph g(ontology());
    g.add_fact(fact("NIC", "withdraws_recognition", "TWN", "2021-12-09", EvidenceOrigin::curated, "stances.csv"));
    g.add_fact(fact("NIC", "recognizes", "TWN", "2021-12-09", EvidenceOrigin::article, "article", 0.8));
    const StanceAnswer a = only_answer(g, "NIC", "TWN", day(2022, 1, 1), "recognition");
    CHECK_FALSE(a.contested);
    CHECK(name_of(a.relation) == "withdraws_recognition");
    CHECK(a.outweighed.size() == 1);
    CHECK(who(g, relation("recognizes"), *g.vertex("TWN"), day(2022, 1, 1)).empty());
    CHECK(who(g, relation("withdraws_recognition"), *g.vertex("TWN"), day(2022, 1, 1)).size() == 1);
}

TEST_CASE("among sources of one origin, more independent documents win, and an even split is contested") {
    StanceGraph g(ontology());
    g.add_fact(fact("IND", "recognizes", "ESH", "2000-06-26", EvidenceOrigin::article, "a"));
    g.add_fact(fact("IND", "withdraws_recognition", "ESH", "2000-06-26", EvidenceOrigin::article, "b"));
    StanceAnswer a = only_answer(g, "IND", "ESH", day(2001, 1, 1), "recognition");
    CHECK(a.contested);
    CHECK(a.facts.size() == 2);
    // A contested stance is found by `who` for either relation, flagged, and not counted by default.
    const auto holders = who(g, relation("recognizes"), *g.vertex("ESH"), day(2001, 1, 1));
    REQUIRE(holders.size() == 1);
    CHECK(holders.front().stance.contested);
    CHECK(count_holders(g, relation("recognizes"), *g.vertex("ESH"), {day(2001, 1, 1)}) == std::vector<std::size_t>{0});
    CHECK(count_holders(g, relation("recognizes"), *g.vertex("ESH"), {day(2001, 1, 1)}, true) == std::vector<std::size_t>{1});

    g.add_fact(fact("IND", "withdraws_recognition", "ESH", "2000-06-26", EvidenceOrigin::article, "c"));
    a = only_answer(g, "IND", "ESH", day(2001, 1, 1), "recognition");
    CHECK_FALSE(a.contested);
    CHECK(name_of(a.relation) == "withdraws_recognition");
}

TEST_CASE("refusing and withdrawing recognition on one day agree: no contest") {
    StanceGraph g(ontology());
    g.add_fact(fact("NIC", "does_not_recognize", "TWN", "2021-12-09", EvidenceOrigin::article, "a"));
    g.add_fact(fact("NIC", "withdraws_recognition", "TWN", "2021-12-09", EvidenceOrigin::curated, "b"));
    const StanceAnswer a = only_answer(g, "NIC", "TWN", day(2022, 1, 1), "recognition");
    CHECK_FALSE(a.contested);
    CHECK(a.outweighed.empty());
    CHECK(a.facts.size() == 2);
    CHECK(name_of(a.relation) == "withdraws_recognition");  // the heavier fact names it
    CHECK(contradictions(g).empty());
}

TEST_CASE("an undated fact counts from the first day it is known to hold, not from all history") {
    StanceGraph g(ontology());
    Fact f = fact("TUV", "recognizes", "TWN", "", EvidenceOrigin::curated, "list");
    f.valid.known_from = day(2026, 12, 7);
    g.add_fact(f);
    CHECK(stance(g, *g.vertex("TUV"), *g.vertex("TWN"), day(1950, 1, 1)).empty());
    CHECK(stance(g, *g.vertex("TUV"), *g.vertex("TWN"), day(2026, 12, 6)).empty());
    const StanceAnswer a = only_answer(g, "TUV", "TWN", day(2026, 12, 7), "recognition");
    CHECK(name_of(a.relation) == "recognizes");
    // A dated fact before the bound is older: the undated restatement is the later word.
    g.add_fact(fact("TUV", "withdraws_recognition", "TWN", "2010", EvidenceOrigin::article, "old"));
    CHECK(name_of(only_answer(g, "TUV", "TWN", day(2020, 1, 1), "recognition").relation) == "withdraws_recognition");
    CHECK(name_of(only_answer(g, "TUV", "TWN", day(2027, 1, 1), "recognition").relation) == "recognizes");
}

TEST_CASE("an event answers only within its window, and a state holds until ended") {
    StanceGraph g(ontology());
    g.add_fact(fact("USA", "attacks", "FRA", "2019-10-24", EvidenceOrigin::events, "gdelt"));
    g.add_fact(fact("RUS", "occupies", "UKR", "2014-02", EvidenceOrigin::article, "a"));
    const Vertex fra = *g.vertex("FRA");
    CHECK(who(g, relation("attacks"), fra, day(2019, 10, 23)).empty());
    CHECK(who(g, relation("attacks"), fra, day(2019, 10, 24)).size() == 1);
    CHECK(who(g, relation("attacks"), fra, day(2020, 10, 24)).size() == 1);  // a year later, still in the window
    CHECK(who(g, relation("attacks"), fra, day(2020, 10, 25)).empty());
    CHECK(who(g, relation("attacks"), fra, day(2026, 1, 1)).empty());
    // Occupation is a state of the force family: it holds on.
    CHECK(who(g, relation("occupies"), *g.vertex("UKR"), day(2026, 1, 1)).size() == 1);

    g.set_event_window(TimeWindow::parse("0d"));
    CHECK(who(g, relation("attacks"), fra, day(2019, 10, 24)).size() == 1);
    CHECK(who(g, relation("attacks"), fra, day(2019, 10, 25)).empty());
    g.set_event_window(TimeWindow::parse("1m"));
    CHECK(who(g, relation("attacks"), fra, day(2019, 11, 24)).size() == 1);
    CHECK(who(g, relation("attacks"), fra, day(2019, 11, 25)).empty());
}

TEST_CASE("an event dated to a month happens over the month") {
    StanceGraph g(ontology());
    g.add_fact(fact("DEU", "condemns", "RUS", "2022-03", EvidenceOrigin::article, "a"));
    g.set_event_window(TimeWindow::parse("0d"));
    CHECK(who(g, relation("condemns"), *g.vertex("RUS"), day(2022, 3, 31)).size() == 1);
    CHECK(who(g, relation("condemns"), *g.vertex("RUS"), day(2022, 4, 1)).empty());
}

TEST_CASE("since is the start of the unbroken stance, and its evidence covers every restatement") {
    StanceGraph g(ontology());
    g.add_fact(fact("KAZ", "does_not_recognize", "DPR", "2022-06-17", EvidenceOrigin::article, "a"));
    g.add_fact(fact("KAZ", "does_not_recognize", "DPR", "2022-06-17", EvidenceOrigin::article, "b"));
    g.add_fact(fact("KAZ", "does_not_recognize", "DPR", "2022-06-18", EvidenceOrigin::article, "c"));
    g.add_fact(fact("KAZ", "withdraws_recognition", "DPR", "2023", EvidenceOrigin::article, "d"));
    StanceAnswer a = only_answer(g, "KAZ", "DPR", day(2024, 1, 1), "recognition");
    CHECK(g.fact(a.since_fact).valid.valid_from->to_string() == "2022-06-17");
    CHECK(a.evidence == 4);
    CHECK(a.fact_count == 3);
    // A recognition in between breaks the run: since moves to the refusal after it.
    g.add_fact(fact("KAZ", "recognizes", "DPR", "2022-12", EvidenceOrigin::article, "e"));
    a = only_answer(g, "KAZ", "DPR", day(2024, 1, 1), "recognition");
    CHECK(g.fact(a.since_fact).valid.valid_from->to_string() == "2023");
    CHECK(a.evidence == 1);
}

TEST_CASE("a gap breaks the unbroken stance") {
    StanceGraph g(ontology());
    Fact first = fact("RUS", "supports", "SRB", "2008", EvidenceOrigin::article, "a");
    first.valid.valid_to = PartialDate::parse("2008-06");
    g.add_fact(first);
    g.add_fact(fact("RUS", "supports", "SRB", "2010-03", EvidenceOrigin::article, "b"));
    g.set_event_window(TimeWindow::parse("0d"));
    const StanceAnswer a = only_answer(g, "RUS", "SRB", day(2010, 3, 15), "support");
    CHECK(g.fact(a.since_fact).valid.valid_from->to_string() == "2010-03");
    CHECK(a.evidence == 1);
}

TEST_CASE("event windows parse and step back by the calendar") {
    CHECK(TimeWindow::parse("1y") == TimeWindow{1, 0, 0});
    CHECK(TimeWindow::parse("1y6m") == TimeWindow{1, 6, 0});
    CHECK(TimeWindow::parse("30d") == TimeWindow{0, 0, 30});
    CHECK_FALSE(TimeWindow::parse(""));
    CHECK_FALSE(TimeWindow::parse("y"));
    CHECK_FALSE(TimeWindow::parse("6m1y"));
    CHECK_FALSE(TimeWindow::parse("1w"));
    CHECK_FALSE(TimeWindow::parse("12"));
    CHECK(TimeWindow::parse("1m")->horizon(day(2024, 3, 31)) == day(2024, 2, 29));
    CHECK(TimeWindow::parse("1y")->horizon(day(2024, 2, 29)) == day(2023, 2, 28));
    CHECK(TimeWindow::parse("0d")->horizon(day(2024, 2, 29)) == day(2024, 2, 29));
    CHECK(TimeWindow::parse("1y6m")->to_string() == "1y6m");
}
