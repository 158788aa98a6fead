// The store's SQL selection (StoredSelection) against select() on the graph loaded from the same
// store: for every combination of date, relations, families, confidence and neighbourhood, both must
// give the same entities and the same facts with the same values.
#include "core/error.hpp"
#include "core/store/store.hpp"
#include "core/store/stored_selection.hpp"
#include "core/atomic_output.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/exporter.hpp"
#include "exporters/graph_rows.hpp"
#include "exporters/selection.hpp"
#include "exporters/sql_exporter.hpp"
#include "exporters/sqlite_exporter.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>

using namespace stancegraph;
using stancegraph::testing::gazetteer;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

struct Row {
    const char* source;
    const char* relation;
    const char* target;
    const char* from;
    const char* to;
    double confidence;
};

ImportedDocument document(const std::string& id, const std::vector<Row>& rows) {
    ImportedDocument doc;
    doc.document.id = id;
    doc.document.kind = "facts";
    doc.document.content_hash = id;
    for (const Row& row : rows) {
        const int place = static_cast<int>(doc.facts.size());
        Fact f;
        f.source = row.source;
        f.relation = relation(row.relation);
        f.target = row.target;
        if (*row.from) f.valid.valid_from = PartialDate::parse(row.from);
        if (*row.to) f.valid.valid_to = PartialDate::parse(row.to);
        Evidence e;
        e.document = id;
        e.url = "https://example.org/" + id + "?a=1&b=<2>";
        e.text = std::string("In ") + id + ", " + row.source + " " + row.relation + " " + row.target + " — «Косово» & \"كوسوفو\"";
        e.rule = "test";
        e.confidence = row.confidence;
        // Every member of evidence, present or not, so that full rows can be compared.
        if (id == "d1") e.published = PartialDate::parse("2023-05");
        if (place % 2 == 0) {
            e.sentence = place;
            e.start = 10 * place;
            e.end = 10 * place + 5;
        } else {
            e.line = static_cast<std::size_t>(place) + 1;
        }
        f.evidence.push_back(e);
        doc.facts.push_back(f);
    }
    return doc;
}

// Recognitions ended by later facts of the family, a symmetric family stated both ways round, open
// and closed intervals, facts without a start, evidence of several confidences, and a chain of
// neighbours for --depth.
void fill(Store& store) {
    store.import_document(document("d1", {{"TGO", "recognizes", "XKX", "2014-07-11", "", 0.9},
                                          {"TGO", "withdraws_recognition", "XKX", "2019-08", "", 0.8},
                                          {"KAZ", "recognizes", "TWN", "", "", 0.4},
                                          {"KAZ", "does_not_recognize", "TWN", "2022-06-17", "", 0.95},
                                          {"SRB", "condemns", "XKX", "2008-02-17", "", 0.7},
                                          {"RUS", "supports", "SRB", "2010", "2015-03", 1.0},
                                          {"NIC", "establishes_relations", "TWN", "1990-11", "", 0.6},
                                          {"TWN", "cuts_relations", "NIC", "2021-12-09", "", 0.9},
                                          {"NIC", "establishes_relations", "CHN", "2021-12-10", "", 0.85},
                                          {"CHN", "criticizes", "RUS", "2014", "2014-06", 0.3},
                                          {"RUS", "member_of", "CHN", "", "", 0.5}}),
                          gazetteer());
    // The same facts again from another document, less sure, plus one more.
    store.import_document(document("d2", {{"TGO", "recognizes", "XKX", "2014-07-11", "", 0.2},
                                          {"KAZ", "recognizes", "TWN", "", "", 0.45},
                                          {"TGO", "recognizes", "XKX", "2020-11", "", 0.7},
                                          // Two relations of a family on one day: neither ends the other.
                                          {"RUS", "recognizes", "XKX", "2020-11", "", 0.6},
                                          {"RUS", "does_not_recognize", "XKX", "2020-11", "", 0.9}}),
                          gazetteer());
    // The store keeps a symmetric fact with the smaller id first; another tool writing the schema
    // may not, and a withdrawal must still end it.
    store.import_document(document("d3", {{"CHN", "cuts_relations", "KAZ", "2023-01", "", 0.9}}), gazetteer());
    store.database().exec("UPDATE facts SET source_id = 'KAZ', target_id = 'CHN' WHERE relation = 'cuts_relations' AND target_id = 'KAZ'");
    store.import_document(document("d4", {{"CHN", "establishes_relations", "KAZ", "1992-01-03", "", 0.9}}), gazetteer());
    // A ring of 120 other states praising the next, so that a neighbourhood is small beside the
    // store (read through the index) as well as large (read in full): both ways are compared.
    std::vector<std::string> states;
    for (const Entity& entity : gazetteer().entities())
        if (entity.kind == EntityKind::state && entity.id.size() == 3 && states.size() < 120 &&
            std::string("TGO XKX KAZ TWN SRB RUS NIC CHN").find(entity.id) == std::string::npos)
            states.push_back(entity.id);
    REQUIRE(states.size() == 120);
    std::vector<Row> ring;
    for (std::size_t i = 0; i < states.size(); ++i)
        ring.push_back({states[i].c_str(), "praises", states[(i + 1) % states.size()].c_str(), "2001", "", 0.8});
    ring.push_back({states[0].c_str(), "praises", "RUS", "2001", "", 0.8});
    store.import_document(document("d5", ring), gazetteer());
}

std::string describe(const EntityRow& row) {
    return std::string(row.id) + "|" + std::string(row.name) + "|" + std::string(to_string(row.kind));
}

// Everything but the number, which is the store's id on one side and the place in the graph on the
// other; with the names and every piece of evidence when `full`.
std::string describe(const FactRow& row, bool full) {
    std::ostringstream out;
    out << row.source << '|' << row.relation->name << '|' << row.target << '|' << row.valid_from << '|' << row.valid_to << '|' << row.until << '|'
        << row.confidence << '|' << row.evidence_count << '|' << row.evidence_text << '|' << row.evidence_url;
    if (!full) return out.str();
    out << '|' << row.source_name << '|' << row.target_name;
    for (const Evidence& e : row.evidence)
        out << "|[" << e.document << ' ' << e.url << ' ' << to_string(e.published) << ' ' << e.text << ' ' << e.sentence << ' '
            << e.start << ' ' << e.end << ' ' << e.line << ' ' << e.rule << ' ' << e.confidence << ']';
    return out.str();
}

std::vector<std::string> rows_of(const FactRowSource& source) {
    std::vector<std::string> rows;
    source.each_entity([&](const EntityRow& row) { rows.push_back(describe(row)); });
    for (RowDetail detail : {RowDetail::brief, RowDetail::full}) {
        rows.push_back("--");
        source.each_fact([&](const FactRow& row) { rows.push_back(describe(row, detail == RowDetail::full)); }, detail);
    }
    return rows;
}

std::vector<std::string> from_graph(Store& store, const ExportOptions& options) {
    StanceGraph graph(ontology());
    store.load_graph(graph, store_selection(options, ontology()));
    const Selection selection = select(graph, options);
    return rows_of(GraphRows(graph, selection));
}

std::vector<std::string> from_store(Store& store, const ExportOptions& options) {
    return rows_of(StoredSelection(store, ontology(), stored_filter(ontology(), options)));
}

// Calls `visit` with every combination of date, relations, families, confidence and neighbourhood.
void each_combination(const std::function<void(const ExportOptions&)>& visit) {
    const std::vector<std::optional<std::string>> days = {std::nullopt, "2000-01-01", "2014-07-10", "2014-07-11", "2015-03-01", "2019-07-31",
                                                          "2019-08-01", "2020-11-01", "2021-12-09", "2021-12-10", "2022-06-16",
                                                          "2022-06-17", "2023-01-01", "2030-01-01"};
    const std::vector<std::pair<std::set<std::string>, std::set<std::string>>> kinds = {
        {{}, {}}, {{"recognizes"}, {}}, {{}, {"recognition"}}, {{}, {"diplomacy", "support"}},
        {{"recognizes"}, {"diplomacy"}},  // no relation is in both: nothing
        {{"recognizes", "condemns"}, {"recognition", "criticism"}}};
    const std::vector<std::pair<std::optional<std::string>, int>> places = {
        {std::nullopt, 1}, {"XKX", 0}, {"XKX", 1}, {"XKX", 2}, {"NIC", 1}, {"TWN", 3}, {"KAZ", 1}, {"RUS", 1}, {"RUS", 30}};
    for (const auto& day : days)
        for (const auto& [relations, families] : kinds)
            for (double confidence : {0.0, 0.5, 0.9})
                for (const auto& [entity, depth] : places) {
                    ExportOptions options;
                    if (day) options.as_of = PartialDate::parse(*day)->first_day();
                    options.relations = relations;
                    options.families = families;
                    options.min_confidence = confidence;
                    options.entity = entity;
                    options.depth = depth;
                    CAPTURE(day.value_or("-"), relations, families, confidence, entity.value_or("-"), depth);
                    visit(options);
                }
}

}  // namespace

TEST_CASE("the store's SQL selection gives what select() gives on the loaded graph") {
    Store store(testing::temporary_folder() + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    int compared = 0, with_facts = 0;
    each_combination([&](const ExportOptions& options) {
        std::vector<std::string> graph_rows, store_rows;
        bool graph_failed = false, store_failed = false;
        try { graph_rows = from_graph(store, options); } catch (const UsageError&) { graph_failed = true; }
        try { store_rows = from_store(store, options); } catch (const UsageError&) { store_failed = true; }
        REQUIRE(graph_failed == store_failed);
        REQUIRE(store_rows == graph_rows);
        ++compared;
        if (store_rows.size() > 3 && store_rows.back() != "--") ++with_facts;
    });
    CHECK(compared == 14 * 6 * 3 * 9);
    CHECK(with_facts > compared / 3);  // the comparisons are not all of empty selections
}

TEST_CASE("SQL text and DOT exported from the store are those of the graph loaded whole from it, documents and times included") {
    // Loaded whole, graph fact i is store fact i + 1, so both give every fact the same id and the
    // time the store recorded it; the store's rows carry those, the graph's are looked up.
    Store store(testing::temporary_folder() + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    store.database().exec("UPDATE facts SET recorded_at = '2001-02-03T04:05:' || printf('%02d', id % 60) || 'Z'");
    StanceGraph graph(ontology());
    store.load_graph(graph);
    int compared = 0;
    for (SqlDialect dialect : {SqlDialect::sqlite, SqlDialect::postgres})
        each_combination([&](const ExportOptions& selection) {
            // The dialect changes only how rows are written: the undated selections suffice for it.
            if (dialect == SqlDialect::postgres && selection.as_of) return;
            ExportOptions options = selection;
            options.dialect = dialect;
            options.store = &store;
            options.gazetteer = &gazetteer();
            std::ostringstream from_graph_sql, from_store_sql;
            try {
                write_sql(from_store_sql, StoredSelection(store, ontology(), stored_filter(ontology(), options)), options);
            } catch (const UsageError&) {
                return;  // an entity without facts in scope: compared in the test above
            }
            write_sql(from_graph_sql, GraphRows(graph, select(graph, options)), options);
            REQUIRE(from_store_sql.str() == from_graph_sql.str());
            if (dialect == SqlDialect::sqlite) {
                std::ostringstream from_graph_dot, from_store_dot;
                write_dot(from_store_dot, StoredSelection(store, ontology(), stored_filter(ontology(), options)), options);
                write_dot(from_graph_dot, GraphRows(graph, select(graph, options)), options);
                REQUIRE(from_store_dot.str() == from_graph_dot.str());
            }
            ++compared;
        });
    CHECK(compared > 15 * 6 * 3 * 7);
}

TEST_CASE("the sqlite export numbers facts in canonical order and keeps each fact's recording time and evidence, past the gaps a re-import leaves") {
    const std::string folder = testing::temporary_folder();
    Store store(folder + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    // d3 changes: its old fact goes, the new ones get new ids, and the ids have a gap.
    ImportedDocument changed = document("d3", {{"TGO", "recognizes", "TWN", "2001", "", 0.9}, {"SRB", "recognizes", "TWN", "2002", "", 0.8}});
    changed.document.content_hash = "d3, changed";
    REQUIRE(store.import_document(changed, gazetteer()) == ImportOutcome::replaced);
    store.database().exec("UPDATE facts SET recorded_at = '2001-02-03T04:05:' || printf('%02d', id % 60) || 'Z'");
    REQUIRE(store.database().execAndGet("SELECT MAX(id) - COUNT(*) FROM facts").getInt() > 0);
    ExportOptions options;
    options.families = {"recognition"};
    options.store = &store;
    options.gazetteer = &gazetteer();
    write_sqlite_database(StoredSelection(store, ontology(), stored_filter(ontology(), options)), options, folder + "/export.db");

    sql::Connection& db = store.database();
    db.exec("ATTACH '" + folder + "/export.db' AS exported");
    const int recognition_facts =
        db.execAndGet("SELECT COUNT(*) FROM facts f JOIN relations r ON r.name = f.relation WHERE r.family = 'recognition'").getInt();
    CHECK(recognition_facts > 8);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.facts").getInt() == recognition_facts);
    // Numbered 1, 2, … in the order of facts_identity, not by the store's ids.
    CHECK(db.execAndGet("SELECT MIN(id) = 1 AND MAX(id) = COUNT(*) FROM exported.facts").getInt() == 1);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.facts a JOIN exported.facts b ON b.id = a.id + 1 "
                        "WHERE (a.source_id, a.relation, a.target_id, COALESCE(a.valid_from, '')) >= "
                        "(b.source_id, b.relation, b.target_id, COALESCE(b.valid_from, ''))")
              .getInt() == 0);
    // … which here differ from the store's ids: the store's ids would not give that order.
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.facts x JOIN main.facts f ON x.source_id = f.source_id "
                        "AND x.relation = f.relation AND x.target_id = f.target_id AND x.valid_from IS f.valid_from AND x.id = f.id")
              .getInt() < recognition_facts);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.facts x JOIN main.facts f ON x.source_id = f.source_id "
                        "AND x.relation = f.relation AND x.target_id = f.target_id AND x.valid_from IS f.valid_from "
                        "AND x.recorded_at = f.recorded_at")
              .getInt() == recognition_facts);
    // Every piece of evidence hangs on the fact it belongs to in the store.
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.evidence").getInt() ==
          db.execAndGet("SELECT COUNT(*) FROM exported.evidence x JOIN exported.facts xf ON xf.id = x.fact_id "
                        "JOIN main.facts f ON f.source_id = xf.source_id AND f.relation = xf.relation AND f.target_id = xf.target_id "
                        "AND f.valid_from IS xf.valid_from "
                        "JOIN main.evidence e ON e.fact_id = f.id AND e.document_id = x.document_id AND e.text = x.text")
              .getInt());
    CHECK(db.execAndGet("SELECT COUNT(*) FROM exported.documents WHERE kind = 'facts'").getInt() == 3);
}

TEST_CASE("the store's SQL selection ends a recognition at its withdrawal, either way round for symmetric relations") {
    Store store(testing::temporary_folder() + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    auto facts_on = [&](const std::string& day, const std::string& family) {
        ExportOptions options;
        options.as_of = PartialDate::parse(day)->first_day();
        options.families = {family};
        std::vector<std::string> out;
        StoredSelection(store, ontology(), stored_filter(ontology(), options))
            .each_fact([&](const FactRow& row) { out.push_back(std::string(row.source) + " " + row.relation->name + " " + std::string(row.target)); },
                       RowDetail::brief);
        return out;
    };
    CHECK(facts_on("2019-07-31", "recognition") == std::vector<std::string>{"TGO recognizes XKX"});
    CHECK(facts_on("2019-08-01", "recognition") == std::vector<std::string>{"TGO withdraws_recognition XKX"});
    // Kazakhstan's undated recognition counts from the publication of its evidence (2023-05) on.
    CHECK(facts_on("2023-04-30", "recognition") == std::vector<std::string>{"KAZ does_not_recognize TWN", "RUS does_not_recognize XKX",
                                                                           "RUS recognizes XKX", "TGO recognizes XKX"});
    CHECK(facts_on("2023-05-01", "recognition") == std::vector<std::string>{"KAZ recognizes TWN", "RUS does_not_recognize XKX",
                                                                           "RUS recognizes XKX", "TGO recognizes XKX"});
    // Russia's two facts of one day both stand: neither starts after the other.
    CHECK(facts_on("2022-06-17", "recognition") == std::vector<std::string>{"KAZ does_not_recognize TWN", "RUS does_not_recognize XKX",
                                                                           "RUS recognizes XKX", "TGO recognizes XKX"});
    // TWN cut relations with NIC, which ends NIC's establishing them with TWN, whichever way round
    // each was stated (the store keeps a symmetric fact with the smaller id first).
    CHECK(facts_on("2021-12-09", "diplomacy") == std::vector<std::string>{"CHN establishes_relations KAZ", "NIC cuts_relations TWN"});
    CHECK(facts_on("2021-12-08", "diplomacy") ==
          std::vector<std::string>{"CHN establishes_relations KAZ", "NIC establishes_relations TWN"});
    CHECK(facts_on("2021-12-10", "diplomacy") ==
          std::vector<std::string>{"CHN establishes_relations KAZ", "CHN establishes_relations NIC", "NIC cuts_relations TWN"});
    CHECK(facts_on("2023-01-01", "diplomacy") ==
          std::vector<std::string>{"CHN establishes_relations NIC", "KAZ cuts_relations CHN", "NIC cuts_relations TWN"});
}

TEST_CASE("the store's SQL selection refuses an entity without facts in scope, as select() does") {
    Store store(testing::temporary_folder() + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    ExportOptions options;
    options.entity = "XKX";
    options.families = {"diplomacy"};
    CHECK_THROWS_AS(StoredSelection(store, ontology(), stored_filter(ontology(), options)), UsageError);
    options.families = {"unknown-family"};
    CHECK_THROWS_AS(stored_filter(ontology(), options), UsageError);
}

TEST_CASE("the store's SQL selection reads one snapshot, whatever imports commit meanwhile") {
    const std::string path = testing::temporary_folder() + "/s.db";
    Store reader(path, ontology(), Store::Mode::create_if_missing);
    fill(reader);
    Store writer(path, ontology(), Store::Mode::open_existing);
    const StoredSelection rows(reader, ontology(), stored_filter(ontology(), ExportOptions{}));
    std::size_t entities = 0;
    rows.each_entity([&](const EntityRow&) { ++entities; });
    // Another process imports a document with a new entity between the entities and the facts.
    writer.import_document(document("late", {{"TUR", "recognizes", "northern-cyprus", "1983-11-15", "", 1.0}}), gazetteer());
    bool late_fact = false;
    std::size_t facts = 0;
    rows.each_fact([&](const FactRow& row) { ++facts, late_fact = late_fact || row.source == "TUR"; }, RowDetail::full);
    CHECK_FALSE(late_fact);  // else an edge would name a node the export never wrote
    CHECK(facts == writer.counts().facts - 1);
    CHECK(entities > 0);
}

TEST_CASE("the store's SQL selection and select() agree on events with another window than the families'") {
    Store store(testing::temporary_folder() + "/s.db", ontology(), Store::Mode::create_if_missing);
    fill(store);
    int with_facts = 0;
    for (const char* window : {"0d", "30d", "1m", "5y"})
        for (const char* day : {"2010-01-01", "2014-07-11", "2014-08-01", "2015-03-01", "2019-08-01", "2022-06-17", "2023-01-01"}) {
            ExportOptions options;
            options.as_of = PartialDate::parse(day)->first_day();
            options.window = TimeWindow::parse(window);
            CAPTURE(window, day);
            const auto graph_rows = from_graph(store, options);
            REQUIRE(from_store(store, options) == graph_rows);
            if (graph_rows.back() != "--") ++with_facts;
        }
    CHECK(with_facts > 5);
}

TEST_CASE("the same documents imported in another order give byte-identical exports in every format") {
    // Facts shared between documents, so that the evidence of one fact comes in another order too.
    const std::vector<ImportedDocument> documents = {
        document("d1", {{"TGO", "recognizes", "XKX", "2014-07-11", "", 0.9}, {"KAZ", "recognizes", "TWN", "", "", 0.4},
                        {"RUS", "supports", "SRB", "2010", "2015-03", 1.0}}),
        document("d2", {{"TGO", "recognizes", "XKX", "2014-07-11", "", 0.2}, {"KAZ", "recognizes", "TWN", "", "", 0.45},
                        {"NIC", "establishes_relations", "TWN", "1990-11", "", 0.6}}),
        document("d3", {{"TWN", "cuts_relations", "NIC", "2021-12-09", "", 0.9}, {"RUS", "supports", "SRB", "2010", "2015-03", 0.5},
                        {"SRB", "condemns", "XKX", "2008-02-17", "", 0.7}})};
    const std::string folder = testing::temporary_folder();
    auto exports_of = [&](const std::string& name, const std::vector<std::size_t>& order) {
        Store store(folder + "/" + name + ".db", ontology(), Store::Mode::create_if_missing);
        for (std::size_t i : order) store.import_document(documents[i], gazetteer());
        store.database().exec("UPDATE facts SET recorded_at = '2001-02-03T04:05:06Z'");
        store.database().exec("UPDATE documents SET imported_at = '2001-02-03T04:05:06Z'");
        std::map<std::string, std::string> out;
        for (const ExporterInfo& format : builtin_exporters().all()) {
            ExportOptions options;
            options.store = &store;
            options.gazetteer = &gazetteer();
            const std::string path = folder + "/" + name + "." + format.name;
            AtomicOutput file(path, false, format.needs_file);
            format.create()->write(StoredSelection(store, ontology(), stored_filter(ontology(), options)), options, file);
            file.commit();
            if (format.needs_file) {
                // A database file differs in its page layout; its rows must not.
                SQLite::Database db(path);
                SQLite::Statement rows(db, "SELECT id || '|' || source_id || '|' || relation || '|' || target_id || '|' || "
                                           "COALESCE(valid_from, '') FROM facts ORDER BY id");
                while (rows.executeStep()) out[format.name] += rows.getColumn(0).getString() + "\n";
                SQLite::Statement evidence(db, "SELECT id || '|' || fact_id || '|' || document_id || '|' || text FROM evidence ORDER BY id");
                while (evidence.executeStep()) out[format.name] += evidence.getColumn(0).getString() + "\n";
            } else {
                std::ifstream in(path, std::ios::binary);
                out[format.name].assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            }
            CHECK(!out[format.name].empty());
        }
        return out;
    };
    const auto forward = exports_of("forward", {0, 1, 2});
    const auto backward = exports_of("backward", {2, 1, 0});
    const auto mixed = exports_of("mixed", {1, 2, 0});
    CHECK(forward.size() >= 5);
    for (const auto& [format, text] : forward) {
        CAPTURE(format);
        CHECK(text == backward.at(format));
        CHECK(text == mixed.at(format));
    }
}
