// --top and --min-degree as a wrapper of any rows: degrees counted over the selection, ties broken by
// id, facts kept only between kept entities, the same rows for every format.
#include "exporters/degree_filter.hpp"
#include "exporters/graph_rows.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

// A hub "h" supports a, b, c and d; a and b also criticize each other twice; "lone" has no fact.
// Degrees: h 4, a 3, b 3, c 1, d 1, lone 0 (not in a selection of facts).
StanceGraph star() {
    StanceGraph graph(ontology());
    for (const char* id : {"h", "a", "b", "c", "d", "lone"}) graph.add_entity({id, id, EntityKind::state});
    auto add = [&](const char* s, const char* r, const char* t, int year) {
        Fact f;
        f.source = s;
        f.target = t;
        f.relation = relation(r);
        f.valid.valid_from = PartialDate(year);
        graph.add_fact(f);
    };
    for (const char* t : {"a", "b", "c", "d"}) add("h", "supports", t, 2020);
    add("a", "criticizes", "b", 2021);
    add("b", "criticizes", "a", 2022);
    return graph;
}

struct Seen {
    std::set<std::string> entities;
    std::multiset<std::string> facts;  // "source>target"; the order is the rows' own, not the cut's business
};

Seen read(const FactRowSource& rows) {
    Seen seen;
    rows.each_entity([&](const EntityRow& e) { seen.entities.insert(std::string(e.id)); });
    rows.each_fact([&](const FactRow& f) { seen.facts.insert(std::string(f.source) + ">" + std::string(f.target)); },
                   RowDetail::full);
    return seen;
}

}  // namespace

TEST_CASE("a top N cut keeps the entities with most facts and the facts among them") {
    const StanceGraph graph = star();
    const Selection selection = select(graph, {});
    const GraphRows rows(graph, selection);
    const Seen top3 = read(DegreeFilteredRows(rows, {3, 0}));
    CHECK(top3.entities == std::set<std::string>{"h", "a", "b"});
    CHECK(top3.facts == std::multiset<std::string>{"h>a", "h>b", "a>b", "b>a"});
    // c and d tie at 1: the smaller id wins, whatever the row order.
    const Seen top4 = read(DegreeFilteredRows(rows, {4, 0}));
    CHECK(top4.entities == std::set<std::string>{"h", "a", "b", "c"});
    CHECK(top4.facts.size() == 5);
    // More than there are: everything.
    CHECK(read(DegreeFilteredRows(rows, {100, 0})).facts.size() == 6);
}

TEST_CASE("a minimum degree keeps entities with at least that many facts") {
    const StanceGraph graph = star();
    const Selection selection = select(graph, {});
    const GraphRows rows(graph, selection);
    const Seen at_least_3 = read(DegreeFilteredRows(rows, {0, 3}));
    CHECK(at_least_3.entities == std::set<std::string>{"h", "a", "b"});
    CHECK(at_least_3.facts.size() == 4);
    CHECK(read(DegreeFilteredRows(rows, {0, 4})).facts.empty());  // only h is left, alone
    CHECK(read(DegreeFilteredRows(rows, {0, 4})).entities == std::set<std::string>{"h"});
    // Both: at least 3, then the best 1.
    CHECK(read(DegreeFilteredRows(rows, {1, 3})).entities == std::set<std::string>{"h"});
}

TEST_CASE("degrees count the selection, not the whole graph") {
    const StanceGraph graph = star();
    ExportOptions options;
    options.relations = {"criticizes"};  // only a and b have facts now
    const Selection selection = select(graph, options);
    const GraphRows rows(graph, selection);
    const Seen top1 = read(DegreeFilteredRows(rows, {1, 0}));
    CHECK(top1.entities == std::set<std::string>{"a"});  // a and b tie at 2; h's supports are not selected
    CHECK(top1.facts.empty());
    CHECK(DegreeCut{}.cuts() == false);
    CHECK(DegreeCut{0, 2}.cuts());
}
