// GEXF: partial dates as days, exclusive ends as inclusive last days, the declarations NetworkX and
// Gephi need, escaped hostile names, and names in other languages from the gazetteer.
#include "exporters/gexf_exporter.hpp"
#include "exporters/graph_rows.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace stancegraph;
using stancegraph::testing::gazetteer;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

Fact fact(const std::string& source, const std::string& rel, const std::string& target, std::optional<PartialDate> from,
          std::optional<PartialDate> to = std::nullopt) {
    Fact f;
    f.source = source;
    f.target = target;
    f.relation = relation(rel);
    f.valid.valid_from = from;
    f.valid.valid_to = to;
    return f;
}

// RUS recognizes abkhazia 2008-08-26 (open); "a <b> & \"c\"" recognizes it 2009-05 until 2011 and
// then withdraws in 2013 (its valid_to ends it first); SRB recognizes it undated.
StanceGraph small_graph() {
    StanceGraph graph(ontology());
    graph.add_entity({"RUS", "Russia", EntityKind::state});
    graph.add_entity({"abkhazia", "Abkhazia", EntityKind::territory});
    graph.add_entity({"hostile", "a <b> & \"c\"\x01\u202e", EntityKind::other});
    graph.add_entity({"SRB", "Serbia", EntityKind::state});
    graph.add_fact(fact("RUS", "recognizes", "abkhazia", PartialDate(2008, 8, 26)));
    graph.add_fact(fact("hostile", "recognizes", "abkhazia", PartialDate(2009, 5), PartialDate(2011)));
    graph.add_fact(fact("hostile", "withdraws_recognition", "abkhazia", PartialDate(2013)));
    graph.add_fact(fact("SRB", "recognizes", "abkhazia", std::nullopt));
    return graph;
}

std::string gexf_of(const StanceGraph& graph, ExportOptions options = {}) {
    std::ostringstream out;
    write_gexf(out, GraphRows(graph, select(graph, options)), options);
    return out.str();
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("GEXF starts are the first day of a partial date") {
    CHECK(gexf_start("2008") == "2008-01-01");
    CHECK(gexf_start("2008-02") == "2008-02-01");
    CHECK(gexf_start("2008-02-17") == "2008-02-17");
    CHECK(gexf_start("") == "");
    CHECK(gexf_start("soon") == "");
}

TEST_CASE("GEXF ends are the last day a fact holds: the day before its exclusive until") {
    CHECK(gexf_end("2011-01-01", "2009-05-01") == "2010-12-31");
    CHECK(gexf_end("2008-03-01", "2008-02-01") == "2008-02-29");  // a leap year
    CHECK(gexf_end("", "2009-05-01") == "");                      // still holds
    CHECK(gexf_end("2009-05-01", "2009-05-01") == "2009-05-01");  // never before the start
    CHECK(gexf_end("2009-05-02", "") == "2009-05-01");
}

TEST_CASE("GEXF is dynamic 1.2draft with one edge per fact and its interval") {
    const std::string xml = gexf_of(small_graph());
    CHECK(has(xml, "<gexf xmlns=\"http://www.gexf.net/1.2draft\""));
    CHECK(has(xml, "version=\"1.2\">"));
    CHECK(has(xml, "<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">"));
    CHECK(has(xml, "<attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>"));
    CHECK(has(xml, "<attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>"));
    CHECK(has(xml, "<attribute id=\"name_ar\" title=\"name_ar\" type=\"string\"/>"));
    CHECK(has(xml, "source=\"RUS\" target=\"abkhazia\" label=\"recognizes\" start=\"2008-08-26\">"));
    // valid_to 2011 is exclusive: the last day is 2010-12-31.
    CHECK(has(xml, "source=\"hostile\" target=\"abkhazia\" label=\"recognizes\" start=\"2009-05-01\" end=\"2010-12-31\">"));
    CHECK(has(xml, "<attvalue for=\"valid_to\" value=\"2011\"/>"));
    CHECK(has(xml, "<attvalue for=\"until\" value=\"2011-01-01\"/>"));
    // Undated: no start, and no end while it holds.
    CHECK(has(xml, "source=\"SRB\" target=\"abkhazia\" label=\"recognizes\">"));
    CHECK(has(xml, "<attvalue for=\"family\" value=\"recognition\"/>"));
    CHECK(has(xml, "<attvalue for=\"symmetric\" value=\"false\"/>"));
}

TEST_CASE("GEXF ends a recognition at the withdrawal that follows it") {
    StanceGraph graph(ontology());
    graph.add_entity({"RUS", "Russia", EntityKind::state});
    graph.add_entity({"abkhazia", "Abkhazia", EntityKind::territory});
    graph.add_fact(fact("RUS", "recognizes", "abkhazia", PartialDate(2008)));
    graph.add_fact(fact("RUS", "withdraws_recognition", "abkhazia", PartialDate(2012, 3)));
    const std::string xml = gexf_of(graph);
    CHECK(has(xml, "label=\"recognizes\" start=\"2008-01-01\" end=\"2012-02-29\">"));
    CHECK(has(xml, "label=\"withdraws recognition\" start=\"2012-03-01\">"));
}

TEST_CASE("GEXF escapes hostile names and drops what XML 1.0 cannot carry") {
    const std::string xml = gexf_of(small_graph());
    CHECK(has(xml, "<node id=\"hostile\" label=\"a &lt;b&gt; &amp; &quot;c&quot;\u202e\">"));
    for (char c : xml) {
        const auto byte = static_cast<unsigned char>(c);
        CHECK((byte >= 0x20 || byte == '\n'));
    }
}

TEST_CASE("GEXF nodes carry their kind and, with a gazetteer, their names in other languages") {
    ExportOptions options;
    CHECK_FALSE(has(gexf_of(small_graph(), options), "<attvalue for=\"name_ru\""));
    options.gazetteer = &gazetteer();
    const std::string xml = gexf_of(small_graph(), options);
    CHECK(has(xml, "<attvalue for=\"kind\" value=\"territory\"/>"));
    CHECK(has(xml, "<attvalue for=\"name_ru\" value=\"Россия\"/>"));
    CHECK(has(xml, "<attvalue for=\"name_ar\" value=\""));
}

TEST_CASE("GEXF with --as-of keeps the facts in force and says so") {
    ExportOptions options;
    options.as_of = PartialDate(2012).first_day();
    const std::string xml = gexf_of(small_graph(), options);
    CHECK(has(xml, "stances in force on 2012-01-01"));
    CHECK(has(xml, "source=\"RUS\""));
    CHECK_FALSE(has(xml, "source=\"hostile\" target=\"abkhazia\" label=\"recognizes\""));
}
