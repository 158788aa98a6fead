// Restatements of one stance drawn as one edge with a count (DOT, render): runs of one relation per
// pair and family in time order, broken by another relation of the family.
#include "exporters/dot_exporter.hpp"
#include "exporters/graph_rows.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/restated_stances.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

void add(StanceGraph& graph, const char* s, const char* r, const char* t, std::optional<PartialDate> from,
         std::optional<PartialDate> to = std::nullopt) {
    Fact f;
    f.source = s;
    f.target = t;
    f.relation = relation(r);
    f.valid.valid_from = from;
    f.valid.valid_to = to;
    Evidence e;
    e.document = "d";
    e.text = std::string("said in ") + (from ? from->to_string() : "?");
    e.rule = "test";
    f.evidence.push_back(e);
    graph.add_fact(f);
}

// a recognizes x three times (2008-02-18, 2008, 2009: out of id order), withdraws in 2012 and
// recognizes again in 2015; a supports x twice; b recognizes x once.
StanceGraph restating() {
    StanceGraph graph(ontology());
    for (const char* id : {"a", "b", "x"}) graph.add_entity({id, id, EntityKind::state});
    add(graph, "a", "recognizes", "x", PartialDate(2008, 2, 18));
    add(graph, "a", "recognizes", "x", PartialDate(2008));
    add(graph, "a", "recognizes", "x", PartialDate(2009));
    add(graph, "a", "withdraws_recognition", "x", PartialDate(2012));
    add(graph, "a", "recognizes", "x", PartialDate(2015));
    add(graph, "a", "supports", "x", PartialDate(2019, 10));
    add(graph, "a", "supports", "x", PartialDate(2020, 1, 5));
    add(graph, "b", "recognizes", "x", PartialDate(2010), PartialDate(2011));
    return graph;
}

std::string dot_of(const StanceGraph& graph, const ExportOptions& options = {}) {
    std::ostringstream out;
    write_dot(out, GraphRows(graph, select(graph, options)), options);
    return out.str();
}

}  // namespace

TEST_CASE("restatements of one stance make one run, and another relation of the family breaks it") {
    const StanceGraph graph = restating();
    const auto runs = restated_stances(GraphRows(graph, select(graph, {})));
    REQUIRE(runs.size() == 5);
    CHECK((runs[0].relation->name == "recognizes" && runs[0].count == 3));
    CHECK(runs[0].first_from == "2008");  // the earliest, not the first stored
    CHECK(runs[0].last_from == "2009");
    CHECK(runs[0].evidence_text == "said in 2008");
    CHECK((runs[1].relation->name == "withdraws_recognition" && runs[1].count == 1));
    CHECK((runs[2].relation->name == "recognizes" && runs[2].count == 1 && runs[2].first_from == "2015"));
    CHECK((runs[3].relation->name == "supports" && runs[3].count == 2));
    CHECK((runs[4].source == "b" && runs[4].count == 1 && runs[4].last_to == "2011"));
}

TEST_CASE("DOT draws restatements once with their count, and counts facts and edges") {
    const StanceGraph graph = restating();
    std::ostringstream out;
    const ExportCounts counts = write_dot(out, GraphRows(graph, select(graph, {})), {});
    const std::string dot = out.str();
    CHECK(counts.facts == 8);
    CHECK(counts.edges == 5);
    CHECK(dot.find("label=\"recognizes\\n2008 … 2009 ×3\"") != std::string::npos);
    CHECK(dot.find("label=\"supports\\n2019-10 … 2020-01-05 ×2\"") != std::string::npos);
    CHECK(dot.find("label=\"recognizes\\n2010 – 2011\"") != std::string::npos);
    CHECK(dot.find("×1") == std::string::npos);
    // As of 2009-06 only a's first three recognitions hold: one edge, ×3.
    ExportOptions as_of;
    as_of.as_of = PartialDate(2009, 6).first_day();
    const std::string then = dot_of(graph, as_of);
    CHECK(then.find("×3") != std::string::npos);
    CHECK(then.find(" -> ") == then.rfind(" -> "));
    CHECK(render_dot(then, "dot", "svg").find("×3") != std::string::npos);
}

TEST_CASE("DOT of a large graph asks for sfdp and says so, and a small one keeps dot") {
    StanceGraph graph(ontology());
    for (std::size_t i = 0; i <= kScalableLayoutAbove; ++i) {
        const std::string id = "e" + std::to_string(i);
        graph.add_entity({id, id, EntityKind::state});
    }
    graph.add_entity({"hub", "hub", EntityKind::state});
    for (std::size_t i = 0; i <= kScalableLayoutAbove; ++i) {
        const std::string id = "e" + std::to_string(i);
        add(graph, id.c_str(), "supports", "hub", PartialDate(2020));
    }
    std::string said;
    ExportOptions options;
    options.note = [&](const std::string& message) { said += message; };
    const std::string big = dot_of(graph, options);
    CHECK(big.find("layout=sfdp, overlap=prism, splines=false") != std::string::npos);
    CHECK(said == std::to_string(kScalableLayoutAbove + 1) + " edges: using sfdp; use --top, --min-degree or --entity to cut it down");
    said.clear();
    const std::string small = dot_of(restating(), options);
    CHECK(small.find("layout=sfdp") == std::string::npos);
    CHECK(small.find("rankdir=LR") != std::string::npos);
    CHECK(said.empty());
}
