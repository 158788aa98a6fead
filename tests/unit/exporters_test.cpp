// The exporters on a graph of hostile names: GraphML's declarations and values, the SQL text and the
// SQLite database against the store's own schema, DOT rendered by libgvc, the layout choice.
#include "core/error.hpp"
#include "core/store/schema.hpp"
#include "core/store/sqlite_connection.hpp"
#include "core/store/store.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/graph_rows.hpp"
#include "exporters/graphml_exporter.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/schema_rows.hpp"
#include "exporters/sql_exporter.hpp"
#include "exporters/sqlite_exporter.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <array>
#include <map>
#include <set>
#include <sstream>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

const std::vector<std::string>& hostile_names() {
    static const std::vector<std::string> names{
        "node", "graph", "say \"hi\"", "back\\slash\\", "<b>&amp;</b>", "two\nlines", "bell\x07" "char",
        "جمهورية الاختبار", "it's", "Республика «Тест»"};
    return names;
}

// A ring of `supports` facts between hostile names, plus one symmetric and one dated fact.
StanceGraph hostile_graph() {
    StanceGraph graph(ontology());
    const auto& names = hostile_names();
    for (std::size_t i = 0; i < names.size(); ++i)
        graph.add_entity({"h" + std::to_string(i), names[i], i % 2 ? EntityKind::state : EntityKind::territory});
    for (std::size_t i = 0; i < names.size(); ++i) {
        Fact f;
        f.source = "h" + std::to_string(i);
        f.target = "h" + std::to_string((i + 1) % names.size());
        f.relation = relation("supports");
        f.valid.valid_from = PartialDate(2020, 1 + static_cast<int>(i));
        Evidence e;
        e.document = "doc-" + std::to_string(i % 3);
        e.text = "evidence: " + names[i];
        e.url = "https://example.org/?a=1&b=" + std::to_string(i);
        e.rule = "test";
        e.confidence = 0.5 + 0.05 * static_cast<double>(i);
        f.evidence.push_back(e);
        graph.add_fact(f);
    }
    Fact sym;
    sym.source = "h3";
    sym.target = "h1";
    sym.relation = relation("establishes_relations");
    sym.valid.valid_from = PartialDate(1991, 12, 26);
    sym.valid.valid_to = PartialDate(2001);
    graph.add_fact(sym);
    return graph;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

std::string graphml_of(const StanceGraph& graph, const ExportOptions& options = {}) {
    std::ostringstream out;
    write_graphml(out, GraphRows(graph, select(graph, options)), options);
    return out.str();
}

}  // namespace

TEST_CASE("GraphML declares each typed key once and writes booleans as true/false") {
    const StanceGraph graph = hostile_graph();
    const std::string xml = graphml_of(graph);
    CHECK(occurrences(xml, "<key ") == 17);
    CHECK(occurrences(xml, "attr.name=\"label\"") == 2);  // one for nodes, one for edges
    CHECK(occurrences(xml, "for=\"node\" attr.name=\"label\" attr.type=\"string\"") == 1);
    CHECK(occurrences(xml, "attr.name=\"polarity\" attr.type=\"int\"") == 1);
    CHECK(occurrences(xml, "attr.name=\"confidence\" attr.type=\"double\"") == 1);
    CHECK(occurrences(xml, "attr.name=\"symmetric\" attr.type=\"boolean\"") == 1);
    CHECK(occurrences(xml, "<data key=\"e_symmetric\">false</data>") == hostile_names().size());
    CHECK(occurrences(xml, "<data key=\"e_symmetric\">true</data>") == 1);
    CHECK(occurrences(xml, "<node id=") == hostile_names().size());
    CHECK(occurrences(xml, "<edge id=") == hostile_names().size() + 1);
}

TEST_CASE("GraphML escapes hostile names and drops control characters") {
    const std::string xml = graphml_of(hostile_graph());
    CHECK(xml.find("<data key=\"n_label\">&lt;b&gt;&amp;amp;&lt;/b&gt;</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"n_label\">say \"hi\"</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"n_label\">back\\slash\\</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"n_label\">two\nlines</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"n_label\">bellchar</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"n_label\">جمهورية الاختبار</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_url\">https://example.org/?a=1&amp;b=0</data>") != std::string::npos);
    for (char c : xml) {
        const auto byte = static_cast<unsigned char>(c);
        CHECK((byte >= 0x20 || byte == '\n' || byte == '\t'));
    }
}

TEST_CASE("GraphML edges carry the fact's values, and the as-of date reaches the graph") {
    StanceGraph graph = hostile_graph();
    ExportOptions options;
    options.as_of = PartialDate(1995).first_day();
    const std::string xml = graphml_of(graph, options);
    CHECK(occurrences(xml, "<edge id=") == 1);  // only the 1991 fact holds in 1995
    CHECK(xml.find("<edge id=\"f1\" source=\"h3\" target=\"h1\">") != std::string::npos);  // numbered in the export
    CHECK(xml.find("<data key=\"e_valid_from\">1991-12-26</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_valid_to\">2001</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_evidence_count\">0</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"g_as_of\">1995-01-01</data>") != std::string::npos);
}

TEST_CASE("SQL text loads into SQLite and gives back every hostile name but NUL") {
    StanceGraph graph = hostile_graph();
    graph.add_entity({"hz", std::string("nul\0byte", 8), EntityKind::state});
    Fact to_nul;
    to_nul.source = "h0";
    to_nul.target = "hz";
    to_nul.relation = relation("condemns");
    graph.add_fact(to_nul);
    std::ostringstream sql;
    write_sql(sql, GraphRows(graph, select(graph, {})), {});
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(sql.str());
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM facts").getInt() == 12);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM evidence").getInt() == 10);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM documents").getInt() == 3);
    std::set<std::string> names;
    SQLite::Statement query(db, "SELECT name FROM entities");
    while (query.executeStep()) names.insert(query.getColumn(0).getString());
    std::set<std::string> expected(hostile_names().begin(), hostile_names().end());
    expected.insert("nulbyte");  // SQL keeps control characters, but not NUL
    CHECK(names == expected);
    CHECK(db.execAndGet("SELECT e.text FROM evidence e JOIN facts f ON f.id = e.fact_id JOIN entities s ON s.id = f.source_id "
                        "WHERE s.name = 'two' || char(10) || 'lines'")
              .getString() == "evidence: two\nlines");
    CHECK(db.execAndGet("SELECT until_day FROM stance_timeline WHERE relation = 'establishes_relations'").getString() == "2001-01-01");
    // Many rows go into few statements.
    CHECK(occurrences(sql.str(), "INSERT INTO relations") == 1);
}

TEST_CASE("SQL text for PostgreSQL uses its types and sets how strings are read") {
    const StanceGraph graph = hostile_graph();
    ExportOptions options;
    options.dialect = SqlDialect::postgres;
    std::ostringstream out;
    write_sql(out, GraphRows(graph, select(graph, options)), options);
    const std::string sql = out.str();
    CHECK(sql.find("SET standard_conforming_strings = on;") < sql.find("BEGIN;"));
    CHECK(sql.find("valid_from_day DATE") != std::string::npos);
    CHECK(sql.find("STRICT") == std::string::npos);
    CHECK(sql.find("USING GIN") != std::string::npos);
    CHECK(sql.find("fts5") == std::string::npos);
    CHECK(sql.find("'back\\slash\\'") != std::string::npos);  // backslashes as they are
    // One transaction, then the counts, which are known only once the rows are written.
    CHECK(sql.substr(sql.rfind("COMMIT;\n")) == "COMMIT;\n-- 11 facts, " + std::to_string(graph.entity_count()) + " entities.\n");
}

TEST_CASE("the sqlite export has the store's schema, rows and full-text index") {
    const std::string folder = testing::temporary_folder();
    const StanceGraph graph = hostile_graph();
    write_sqlite_database(GraphRows(graph, select(graph, {})), {}, folder + "/export.db");
    Store store(folder + "/store.db", ontology(), Store::Mode::create_if_missing);

    SQLite::Database exported(folder + "/export.db", SQLite::OPEN_READWRITE);
    auto schema_of = [](SQLite::Database& db) {
        std::map<std::string, std::string> objects;
        SQLite::Statement q(db, "SELECT type || ' ' || name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
        while (q.executeStep()) objects[q.getColumn(0).getString()] = q.getColumn(1).getString();
        return objects;
    };
    CHECK(schema_of(exported) == schema_of(*sql::sqlite_database(store.database())));
    CHECK(exported.execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM facts").getInt() == 11);
    CHECK(exported.execAndGet("SELECT name FROM entities WHERE id = 'h4'").getString() == "<b>&amp;</b>");
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'الاختبار'").getInt() == 1);
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'республика'").getInt() == 1);
    CHECK(exported.execAndGet("SELECT kind FROM documents WHERE id = 'doc-0'").getString() == "unknown");
    // The triggers are in place: evidence added later is searchable too.
    exported.exec("INSERT INTO evidence(fact_id, document_id, text, text_folded, rule, confidence, source_id) "
                  "SELECT 1, 'doc-0', 'later', 'later', 'x', 1.0, source_id FROM facts WHERE id = 1");
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM evidence_search WHERE evidence_search MATCH 'later'").getInt() == 1);
}

TEST_CASE("exporting from a store keeps its documents and recording times, and all entity names") {
    const std::string folder = testing::temporary_folder();
    Store store(folder + "/store.db", ontology(), Store::Mode::create_if_missing);
    ImportedDocument doc;
    doc.document = {"d1", "article", "https://example.org/d1", "A title", "en", PartialDate(2022, 6, 17), "hash", "d1.txt"};
    for (const auto& [s, r, t] : std::vector<std::array<const char*, 3>>{{"KAZ", "does_not_recognize", "XKX"},
                                                                         {"RUS", "recognizes", "abkhazia"}}) {
        Fact f;
        f.source = s;
        f.relation = relation(r);
        f.target = t;
        f.evidence.push_back(Evidence{"d1", "", PartialDate(2022), "text", 0, 0, 4, 0, "rule", 0.9});
        doc.facts.push_back(f);
    }
    store.import_document(doc, testing::gazetteer());
    store.database().exec("UPDATE facts SET recorded_at = '2001-02-03T04:05:06Z' WHERE source_id = 'RUS'");
    StanceGraph graph(ontology());
    store.load_graph(graph);
    ExportOptions options;
    options.gazetteer = &testing::gazetteer();
    options.store = &store;
    options.relations = {"recognizes"};
    write_sqlite_database(GraphRows(graph, select(graph, options)), options, folder + "/export.db");

    SQLite::Database exported(folder + "/export.db");
    CHECK(exported.execAndGet("SELECT recorded_at FROM facts").getString() == "2001-02-03T04:05:06Z");
    CHECK(exported.execAndGet("SELECT kind || '|' || title || '|' || lang || '|' || published FROM documents").getString() ==
          "article|A title|en|2022-06-17");
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM entities").getInt() == 2);
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM entity_names WHERE entity_id = 'RUS' AND lang = 'ar'").getInt() >= 1);
    CHECK(exported.execAndGet("SELECT COUNT(*) FROM entity_names WHERE entity_id = 'RUS'").getInt() ==
          store.database().execAndGet("SELECT COUNT(*) FROM entity_names WHERE entity_id = 'RUS'").getInt());
}

TEST_CASE("DOT quotes every hostile name, shows the as-of date and a legend, and Graphviz renders it") {
    const StanceGraph graph = hostile_graph();
    ExportOptions options;
    options.title = "a <title> & more";
    options.as_of = PartialDate(2021).first_day();
    std::ostringstream out;
    write_dot(out, GraphRows(graph, select(graph, options)), options);
    const std::string dot = out.str();
    CHECK(dot.find("[label=\"node\"") != std::string::npos);
    CHECK(dot.find("[label=\"back\\\\slash\\\\\"") != std::string::npos);
    CHECK(dot.find("a &lt;title&gt; &amp; more") != std::string::npos);
    CHECK(dot.find("stances as of 2021-01-01") != std::string::npos);
    CHECK(dot.find("establishes relations") == std::string::npos);  // ended in 2001
    CHECK(dot.find("> supports</FONT>") != std::string::npos);  // in the legend
    CHECK(dot.find("state with limited recognition") != std::string::npos);
    const std::string svg = render_dot(dot, "dot", "svg");
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("say &quot;hi&quot;") != std::string::npos);
    CHECK(svg.find("جمهورية الاختبار") != std::string::npos);
    CHECK_THROWS_AS(render_dot("digraph { a -> }", "dot", "svg"), Error);
}

TEST_CASE("the layout engine follows the size of the graph") {
    CHECK(layout_for_size(30, 40) == "dot");
    CHECK(layout_for_size(300, 300) == "dot");
    CHECK(layout_for_size(300, 301) == "sfdp");
    CHECK(layout_for_size(301, 10) == "sfdp");
    CHECK(layout_for_size(50, 5000) == "sfdp");
}
