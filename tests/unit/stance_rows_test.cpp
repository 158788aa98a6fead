// An export as of a day merges the restatements of one stance into one row (OneRowPerStance).
#include "exporters/stance_rows.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace stancegraph;
using stancegraph::testing::ontology;

namespace {

struct Given {
    std::string source, relation, target, valid_from, valid_to, until;
    double confidence;
    std::size_t evidence;
};

// Rows as a store gives them, in canonical order, each with `evidence` pieces of evidence.
class GivenRows : public FactRowSource {
public:
    explicit GivenRows(std::vector<Given> rows) : rows_(std::move(rows)) {}
    const RelationOntology& ontology() const override { return testing::ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>&) const override {}
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail) const override {
        std::int64_t id = 100;
        for (const Given& g : rows_) {
            std::vector<Evidence> pieces(g.evidence);
            for (std::size_t i = 0; i < pieces.size(); ++i) pieces[i].text = g.source + " " + g.valid_from + " #" + std::to_string(i);
            FactRow row;
            row.id = id++;
            row.source = g.source;
            row.target = g.target;
            row.relation = ontology().find(g.relation);
            row.valid_from = g.valid_from;
            row.valid_to = g.valid_to;
            row.until = g.until;
            row.confidence = g.confidence;
            row.evidence_count = g.evidence;
            row.evidence = pieces;
            row.evidence_text = pieces.empty() ? std::string_view() : std::string_view(pieces.front().text);
            visit(row);
        }
    }

private:
    std::vector<Given> rows_;
};

struct Merged {
    std::int64_t id;
    std::string stance, valid_from, valid_to, until, first_evidence;
    double confidence;
    std::size_t evidence_count, evidence_pieces, restated;
};

std::vector<Merged> merged(const std::vector<Given>& rows) {
    const GivenRows given(rows);
    std::vector<Merged> out;
    OneRowPerStance(given).each_fact(
        [&](const FactRow& r) {
            out.push_back({r.id, std::string(r.source) + " " + r.relation->name + " " + std::string(r.target), std::string(r.valid_from),
                           std::string(r.valid_to), std::string(r.until), std::string(r.evidence_text), r.confidence, r.evidence_count,
                           r.evidence.size(), r.restated});
        },
        RowDetail::full);
    return out;
}

}  // namespace

TEST_CASE("restatements of one stance become one row dated from its first dated fact") {
    const auto rows = merged({{"KAZ", "does_not_recognize", "dpr", "", "", "", 0.5, 1},
                              {"KAZ", "does_not_recognize", "dpr", "2022-06-17", "", "", 0.9, 3},
                              {"KAZ", "does_not_recognize", "dpr", "2022-06-20", "", "", 0.7, 2},
                              {"KAZ", "does_not_recognize", "lpr", "2022-06-17", "", "", 0.9, 1},
                              {"KAZ", "recognizes", "lpr", "2023", "", "", 0.4, 1}});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].stance == "KAZ does_not_recognize dpr");
    CHECK(rows[0].valid_from == "2022-06-17");
    CHECK(rows[0].first_evidence == "KAZ 2022-06-17 #0");  // the dated fact's evidence leads
    CHECK(rows[0].restated == 3);
    CHECK(rows[0].evidence_count == 6);
    CHECK(rows[0].evidence_pieces == 6);
    CHECK(rows[0].confidence == 0.9);
    CHECK(rows[1].stance == "KAZ does_not_recognize lpr");
    CHECK(rows[1].restated == 1);
    CHECK(rows[2].stance == "KAZ recognizes lpr");  // another relation is another stance
    CHECK((rows[0].id == 1 && rows[1].id == 2 && rows[2].id == 3));
}

TEST_CASE("a merged stance ends when its last restatement ends, and is open when any is") {
    auto rows = merged({{"A", "supports", "B", "2010", "2012", "2012", 1.0, 1}, {"A", "supports", "B", "2011", "2014", "2014", 1.0, 1}});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].valid_to == "2014");
    CHECK(rows[0].until == "2014");
    rows = merged({{"A", "supports", "B", "2010", "", "", 1.0, 1}, {"A", "supports", "B", "2011", "2014", "2014", 1.0, 1}});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].valid_to.empty());
    CHECK(rows[0].until.empty());
    // Undated only: the stance stays undated.
    rows = merged({{"A", "supports", "B", "", "", "", 1.0, 0}, {"A", "supports", "B", "", "", "", 1.0, 2}});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].valid_from.empty());
    CHECK(rows[0].evidence_count == 2);
    CHECK(merged({}).empty());
}
