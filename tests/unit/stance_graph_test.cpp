// The stance graph: merging, event-log reading, contradictions, symmetric relations, who and timeline.
#include "core/stance_graph.hpp"
#include "core/stance_queries.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

Fact fact(const char* source, const char* rel, const char* target, const char* from = "", const char* to = "",
          const char* document = "doc") {
    Fact f;
    f.source = source;
    f.target = target;
    f.relation = relation(rel);
    if (*from) f.valid.valid_from = PartialDate::parse(from);
    if (*to) f.valid.valid_to = PartialDate::parse(to);
    Evidence e;
    e.document = document;
    e.text = std::string(source) + " " + rel + " " + target;
    f.evidence.push_back(e);
    return f;
}

DayNumber day(int y, int m, int d) { return days_from_civil(y, m, d); }

std::string stance_name(const StanceGraph& g, const char* a, const char* b, DayNumber d, const char* family = "recognition") {
    auto answers = stance(g, *g.vertex(a), *g.vertex(b), d, std::string_view(family));
    if (answers.empty()) return "none";
    if (answers.front().contested) return "contested";
    return ontology().at(answers.front().relation).name;
}

}  // namespace

TEST_CASE("identical facts from several documents merge into one with all evidence") {
    StanceGraph g(ontology());
    g.add_fact(fact("KAZ", "does_not_recognize", "TWN", "2022-06-17", "", "a"));
    g.add_fact(fact("KAZ", "does_not_recognize", "TWN", "2022-06-17", "", "b"));
    g.add_fact(fact("KAZ", "does_not_recognize", "TWN", "2022-06-17", "", "b"));  // the same evidence again
    g.add_fact(fact("KAZ", "does_not_recognize", "TWN", "2022-06", "", "c"));     // another valid_from: another fact
    CHECK(g.fact_count() == 2);
    CHECK(g.fact(0).evidence.size() == 2);
    std::size_t edges = 0;
    for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) ++edges;
    CHECK(edges == 2);  // parallel edges are kept
}

TEST_CASE("recognition is read as an event log: recognize, withdraw, recognize again") {
    StanceGraph g(ontology());
    g.add_fact(fact("TGO", "recognizes", "XKX", "2014-07-11"));
    g.add_fact(fact("TGO", "withdraws_recognition", "XKX", "2019-06-28"));
    g.add_fact(fact("TGO", "recognizes", "XKX", "2025-01"));
    CHECK(stance_name(g, "TGO", "XKX", day(2014, 7, 10)) == "none");
    CHECK(stance_name(g, "TGO", "XKX", day(2014, 7, 11)) == "recognizes");
    CHECK(stance_name(g, "TGO", "XKX", day(2019, 6, 27)) == "recognizes");
    CHECK(stance_name(g, "TGO", "XKX", day(2019, 6, 28)) == "withdraws_recognition");
    CHECK(stance_name(g, "TGO", "XKX", day(2024, 12, 31)) == "withdraws_recognition");
    CHECK(stance_name(g, "TGO", "XKX", day(2025, 1, 1)) == "recognizes");
    // The earlier facts stop holding when the next one of the family starts.
    CHECK(g.effective_end(0) == day(2019, 6, 28));
    CHECK(g.effective_end(1) == day(2025, 1, 1));
    CHECK_FALSE(g.in_force(0, day(2020, 1, 1)));
    CHECK(g.in_force(2, day(2030, 1, 1)));
}

TEST_CASE("an undated fact holds since before anything known and yields to any dated one") {
    StanceGraph g(ontology());
    g.add_fact(fact("GEO", "does_not_recognize", "abkhazia"));
    CHECK(stance_name(g, "GEO", "abkhazia", day(1900, 1, 1)) == "does_not_recognize");
    g.add_fact(fact("GEO", "recognizes", "abkhazia", "2030"));
    CHECK(stance_name(g, "GEO", "abkhazia", day(2029, 12, 31)) == "does_not_recognize");
    CHECK(stance_name(g, "GEO", "abkhazia", day(2030, 1, 1)) == "recognizes");
}

TEST_CASE("a fact with valid_to stops holding on that day, and nothing takes over") {
    StanceGraph g(ontology());
    g.add_fact(fact("RUS", "member_of", "CSTO", "2008", "2010-05"));
    CHECK(stance_name(g, "RUS", "CSTO", day(2010, 4, 30), "membership") == "member_of");
    CHECK(stance_name(g, "RUS", "CSTO", day(2010, 5, 1), "membership") == "none");
}

TEST_CASE("disagreeing facts on the same day with evidence of equal weight are contested") {
    StanceGraph g(ontology());
    g.add_fact(fact("IND", "recognizes", "sahrawi-arab-democratic-republic", "2000-06-26", "", "a"));
    g.add_fact(fact("IND", "withdraws_recognition", "sahrawi-arab-democratic-republic", "2000-06-26", "", "b"));
    auto answers = stance(g, *g.vertex("IND"), *g.vertex("sahrawi-arab-democratic-republic"), day(2001, 1, 1));
    REQUIRE(answers.size() == 1);
    CHECK(answers.front().contested);
    CHECK(answers.front().facts.size() == 2);
    // Neither ends the other.
    CHECK(g.in_force(0, day(2001, 1, 1)));
    CHECK(g.in_force(1, day(2001, 1, 1)));
}

TEST_CASE("the latest fact wins, and a coarser date starts earlier than a precise one") {
    StanceGraph g(ontology());
    g.add_fact(fact("NIC", "withdraws_recognition", "TWN", "2021-12-09"));
    g.add_fact(fact("NIC", "recognizes", "TWN", "2021"));
    CHECK(stance_name(g, "NIC", "TWN", day(2021, 12, 8)) == "recognizes");
    CHECK(stance_name(g, "NIC", "TWN", day(2021, 12, 9)) == "withdraws_recognition");
}

TEST_CASE("symmetric relations are one fact and answer from either side") {
    StanceGraph g(ontology());
    g.add_fact(fact("CHN", "establishes_relations", "NIC", "2021-12-10", "", "a"));
    g.add_fact(fact("NIC", "establishes_relations", "CHN", "2021-12-10", "", "b"));
    CHECK(g.fact_count() == 1);
    CHECK(g.fact(0).evidence.size() == 2);
    CHECK(stance_name(g, "NIC", "CHN", day(2022, 1, 1), "diplomacy") == "establishes_relations");
    CHECK(stance_name(g, "CHN", "NIC", day(2022, 1, 1), "diplomacy") == "establishes_relations");
    g.add_fact(fact("NIC", "cuts_relations", "CHN", "2030"));
    CHECK(stance_name(g, "CHN", "NIC", day(2030, 6, 1), "diplomacy") == "cuts_relations");
    CHECK_FALSE(g.in_force(0, day(2030, 6, 1)));
    // A non-symmetric relation does not answer from the other side.
    g.add_fact(fact("RUS", "recognizes", "abkhazia", "2008-08-26"));
    CHECK(stance_name(g, "abkhazia", "RUS", day(2010, 1, 1)) == "none");
}

TEST_CASE("who lists exactly the holders of a stance on a day") {
    StanceGraph g(ontology());
    g.add_fact(fact("USA", "recognizes", "XKX", "2008-02-18"));
    g.add_fact(fact("SUR", "recognizes", "XKX", "2016-07-08"));
    g.add_fact(fact("SUR", "withdraws_recognition", "XKX", "2017-10-27"));
    g.add_fact(fact("SRB", "does_not_recognize", "XKX"));
    g.add_fact(fact("USA", "supports", "XKX", "2008"));
    auto names = [&](const char* rel, DayNumber d) {
        std::vector<std::string> ids;
        for (const auto& w : who(g, relation(rel), *g.vertex("XKX"), d)) ids.push_back(g.node(w.entity).id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    CHECK(names("recognizes", day(2008, 2, 17)).empty());
    CHECK(names("recognizes", day(2008, 2, 18)) == std::vector<std::string>{"USA"});
    CHECK(names("recognizes", day(2017, 1, 1)) == std::vector<std::string>{"SUR", "USA"});
    CHECK(names("recognizes", day(2017, 10, 27)) == std::vector<std::string>{"USA"});
    CHECK(names("withdraws_recognition", day(2018, 1, 1)) == std::vector<std::string>{"SUR"});
    CHECK(names("does_not_recognize", day(2018, 1, 1)) == std::vector<std::string>{"SRB"});
    CHECK(names("supports", day(2008, 6, 1)) == std::vector<std::string>{"USA"});
    CHECK(names("supports", day(2018, 1, 1)).empty());  // an event, long past its window
}

TEST_CASE("the timeline lists every fact between two entities in time order") {
    StanceGraph g(ontology());
    g.add_fact(fact("TGO", "withdraws_recognition", "XKX", "2019-06-28"));
    g.add_fact(fact("TGO", "recognizes", "XKX", "2014-07-11"));
    g.add_fact(fact("XKX", "praises", "TGO", "2014-07"));
    g.add_fact(fact("TGO", "supports", "SRB", "2019"));
    const auto facts = timeline(g, *g.vertex("TGO"), *g.vertex("XKX"));
    REQUIRE(facts.size() == 3);
    CHECK(g.fact(facts[0]).valid.valid_from->to_string() == "2014-07");
    CHECK(g.fact(facts[1]).valid.valid_from->to_string() == "2014-07-11");
    CHECK(g.fact(facts[2]).valid.valid_from->to_string() == "2019-06-28");
}

TEST_CASE("as-of views keep only the facts in force") {
    StanceGraph g(ontology());
    g.add_fact(fact("TGO", "recognizes", "XKX", "2014-07-11"));
    g.add_fact(fact("TGO", "withdraws_recognition", "XKX", "2019-06-28"));
    g.add_fact(fact("USA", "recognizes", "XKX", "2008-02-18"));
    auto count = [&](DayNumber d) {
        const auto view = g.as_of(d);
        std::size_t n = 0;
        for (auto [it, end] = boost::edges(view); it != end; ++it) ++n;
        return n;
    };
    CHECK(count(day(2000, 1, 1)) == 0);
    CHECK(count(day(2015, 1, 1)) == 2);
    CHECK(count(day(2020, 1, 1)) == 2);  // USA recognizes, Togo withdrew
}

TEST_CASE("changes list the facts that change a stance in a period, and only those") {
    StanceGraph g(ontology());
    g.add_fact(fact("NIC", "recognizes", "TWN", "1990-11-06"));
    g.add_fact(fact("NIC", "recognizes", "TWN", "2007"));  // a repetition changes nothing
    g.add_fact(fact("NIC", "withdraws_recognition", "TWN", "2021-12-09"));
    g.add_fact(fact("NRU", "withdraws_recognition", "TWN", "2024-01-15"));  // no stance known before
    g.add_fact(fact("NIC", "supports", "CHN"));                            // undated: never a change
    const auto found = changes(g, day(2000, 1, 1), day(2024, 12, 31));
    REQUIRE(found.size() == 2);
    CHECK(g.node(g.source_of(found[0].fact)).id == "NIC");
    CHECK(ontology().at(*found[0].before).name == "recognizes");
    CHECK_FALSE(found[1].before.has_value());
    CHECK(changes(g, day(2021, 12, 10), day(2024, 1, 14)).empty());
    CHECK(changes(g, day(2021, 12, 9), day(2021, 12, 9)).size() == 1);  // both ends are in the period
    CHECK(changes(g, day(2000, 1, 1), day(2030, 1, 1), std::string_view("support")).empty());
}

TEST_CASE("contradictions: same-day disagreements in event logs, overlapping opposites elsewhere") {
    StanceGraph g(ontology());
    g.add_fact(fact("IND", "recognizes", "sahrawi-arab-democratic-republic", "2000-06-26", "", "a"));
    g.add_fact(fact("IND", "withdraws_recognition", "sahrawi-arab-democratic-republic", "2000-06-26", "", "b"));
    g.add_fact(fact("USA", "recognizes", "XKX", "2008-02-18"));
    g.add_fact(fact("USA", "does_not_recognize", "XKX", "2009"));  // a later change, not a contradiction
    g.add_fact(fact("FRA", "supports", "MAR", "2024", "2025"));
    g.add_fact(fact("FRA", "recognizes", "MAR", "2024"));  // another family
    const auto found = contradictions(g);
    REQUIRE(found.size() == 1);
    CHECK(g.node(g.source_of(found[0].first)).id == "IND");
}

TEST_CASE("counting holders over time follows the event log") {
    StanceGraph g(ontology());
    g.add_fact(fact("USA", "recognizes", "XKX", "2008-02-18"));
    g.add_fact(fact("TGO", "recognizes", "XKX", "2014-07-11"));
    g.add_fact(fact("TGO", "withdraws_recognition", "XKX", "2019-06-28"));
    const auto counts = count_holders(g, relation("recognizes"), *g.vertex("XKX"),
                                      {day(2008, 1, 1), day(2009, 1, 1), day(2015, 1, 1), day(2020, 1, 1)});
    CHECK(counts == std::vector<std::size_t>{0, 1, 2, 1});
}
