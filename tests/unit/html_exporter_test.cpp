// The HTML page's data: JSON that cannot end its <script> element, and the size limit above which
// the page says it is too large (facts past it are counted, not written). The page in a browser is
// tested end to end (tests/e2e/html_export_test.sh).
#include "exporters/escaping.hpp"
#include "exporters/html_exporter.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace stancegraph;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

// Rows made up on the fly: `entities` entities and `facts` supports facts among them, each with one
// piece of evidence, so that the limits can be crossed without a store.
class MadeUpRows : public FactRowSource {
public:
    MadeUpRows(std::size_t entities, std::size_t facts) : entities_(entities), facts_(facts) {}
    const RelationOntology& ontology() const override { return testing::ontology(); }
    void each_entity(const std::function<void(const EntityRow&)>& visit) const override {
        for (std::size_t i = 0; i < entities_; ++i) {
            const std::string id = "e" + std::to_string(i);
            const std::string name = i == 0 ? "</script><script>alert(1)</script>" : id;
            visit({id, name, EntityKind::state});
        }
    }
    void each_fact(const std::function<void(const FactRow&)>& visit, RowDetail) const override {
        Evidence e;
        e.document = "doc";
        e.text = "a sentence with </script> and \xE2\x80\xA8 in it";
        e.rule = "test";
        for (std::size_t i = 0; i < facts_; ++i) {
            const std::string source = "e" + std::to_string(i % entities_), target = "e" + std::to_string((i + 1) % entities_);
            FactRow row;
            row.id = static_cast<std::int64_t>(i + 1);
            row.source = source;
            row.target = target;
            row.relation = &testing::ontology().at(relation("supports"));
            row.valid_from = "2020-01-02";
            row.until = "2020-01-03";
            row.evidence = std::span<const Evidence>(&e, 1);
            visit(row);
        }
    }

private:
    std::size_t entities_, facts_;
};

std::string page_of(const FactRowSource& rows) {
    const std::string path = testing::temporary_folder() + "/page.html";
    {
        AtomicOutput out(path, true);
        html_exporter_info().create()->write(rows, ExportOptions{}, out);
        out.commit();
    }
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string element(const std::string& page, const std::string& id) {
    const std::string open = "<script type=\"application/json\" id=\"" + id + "\">";
    const auto start = page.find(open);
    REQUIRE(start != std::string::npos);
    const auto end = page.find("</script>", start);
    return page.substr(start + open.size(), end - start - open.size());
}

}  // namespace

TEST_CASE("JSON inside a script element escapes what could end or change the element") {
    std::string out;
    append_script_json(out, "{\"a\":\"</script><!-- & x \xE2\x80\xA8 y \xE2\x80\xA9 z \xE2\x80\xA6\"}");
    CHECK(out == "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 x \\u2028 y \\u2029 z \xE2\x80\xA6\"}");
}

TEST_CASE("the page carries hostile text only as escaped JSON, and says when it is too large") {
    const std::string small = page_of(MadeUpRows(3, 4));
    CHECK(small.find("</script><script>alert") == std::string::npos);
    CHECK(element(small, "sg-entities").find("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)") != std::string::npos);
    CHECK(element(small, "sg-counts") == "{\"entities\":3,\"facts\":4,\"too_large\":false}");
    CHECK(small.find("default-src 'none'") != std::string::npos);

    const std::string at_limit = page_of(MadeUpRows(100, kHtmlMaxFacts));
    CHECK(element(at_limit, "sg-counts") == "{\"entities\":100,\"facts\":50000,\"too_large\":false}");

    const std::string large = page_of(MadeUpRows(100, kHtmlMaxFacts + 7));
    CHECK(element(large, "sg-counts") == "{\"entities\":100,\"facts\":50007,\"too_large\":true}");
    const std::string facts = element(large, "sg-facts");
    std::size_t written = 0;
    for (auto pos = facts.find("\"id\":"); pos != std::string::npos; pos = facts.find("\"id\":", pos + 1)) ++written;
    CHECK(written == kHtmlMaxFacts);

    const std::string many_entities = page_of(MadeUpRows(kHtmlMaxEntities + 1, 10));
    CHECK(element(many_entities, "sg-counts") == "{\"entities\":5001,\"facts\":10,\"too_large\":true}");
}
