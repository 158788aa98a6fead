// Reading rows on a second thread: every row arrives, in order, with its text; an error on either
// side reaches the caller and stops the other side.
#include "core/error.hpp"
#include "exporters/background_rows.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <string>

using namespace stancegraph;

namespace {

// Makes `count` rows whose text tells their number; throws at row `fail_at` when given.
class CountingRows : public FactRowSource {
public:
    CountingRows(std::int64_t count, std::int64_t fail_at = -1) : count_(count), fail_at_(fail_at) {}
    const RelationOntology& ontology() const override { return testing::ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>&) const override {}
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail) const override {
        const RelationInfo& relation = *testing::ontology().find("recognizes");
        for (std::int64_t i = 0; i < count_; ++i) {
            if (i == fail_at_) throw Error("the store went away at row " + std::to_string(i));
            const std::string number = std::to_string(i);
            const std::string target = "T" + number;
            const std::string text = "row " + number + std::string(static_cast<std::size_t>(i % 300), 'x');
            const std::string url = "https://example.org/" + number;
            FactRow row;
            row.id = i;
            row.source = number;
            row.target = target;
            row.relation = &relation;
            row.valid_from = i % 2 ? "2020" : "";
            row.evidence_text = text;
            row.evidence_url = url;
            row.evidence_count = static_cast<std::size_t>(i % 5);
            visit(row);
            ++read;
        }
    }
    mutable std::atomic<std::int64_t> read{0};

private:
    std::int64_t count_;
    std::int64_t fail_at_;
};

}  // namespace

TEST_CASE("rows read in the background arrive whole and in order") {
    const CountingRows rows(10007);  // several batches and a part of one
    std::int64_t next = 0;
    each_fact_in_background(rows, [&](const FactRow& row) {
        REQUIRE(row.id == next);
        const std::string number = std::to_string(next);
        CHECK(row.source == number);
        CHECK(row.target == "T" + number);
        CHECK(row.valid_from == (next % 2 ? "2020" : ""));
        CHECK(row.valid_to.empty());
        CHECK(row.evidence_text == "row " + number + std::string(static_cast<std::size_t>(next % 300), 'x'));
        CHECK(row.evidence_url == "https://example.org/" + number);
        CHECK(row.evidence_count == static_cast<std::size_t>(next % 5));
        CHECK(row.relation->name == "recognizes");
        ++next;
    });
    CHECK(next == 10007);
}

TEST_CASE("an error while reading rows in the background reaches the caller after the rows before it") {
    const CountingRows rows(100000, 5000);
    std::int64_t seen = 0;
    CHECK_THROWS_WITH(each_fact_in_background(rows, [&](const FactRow&) { ++seen; }), Catch::Contains("at row 5000"));
    CHECK(seen <= 5000);
}

TEST_CASE("an error while writing stops the background reader") {
    const CountingRows rows(10000000);
    CHECK_THROWS_WITH(each_fact_in_background(rows,
                                              [&](const FactRow& row) {
                                                  if (row.id == 3000) throw Error("disk full");
                                              }),
                      Catch::Contains("disk full"));
    CHECK(rows.read < 100000);  // stopped within a few batches, not after ten million rows
}
