// Fact files: CSV and JSON Lines into facts, and every kind of bad value reported where it is.
#include "importers/importer.hpp"
#include "test_support.hpp"

#include "core/gazetteer_loader.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace stancegraph;

namespace {

struct Collected : DocumentSink {
    std::vector<ImportedDocument> documents;
    std::vector<std::string> errors;
    void accept(ImportedDocument&& d) override { documents.push_back(std::move(d)); }
    void reject(const InputError& e) override { errors.push_back(e.what()); }
    void warn(const std::string&) override {}
};

Collected read(const std::string& format, const std::string& text, bool allow_new = false) {
    static Gazetteer gazetteer = load_gazetteer(testing::data_paths());
    ImportOptions options;
    options.allow_new_entities = allow_new;
    ImportContext context{gazetteer, testing::ontology(), testing::data_paths(), options};
    std::istringstream stream(text);
    InputSource input{"in." + format, stream, "/tmp/in." + format};
    Collected sink;
    auto importer = builtin_importers().find(format == "csv" ? "facts-csv" : "facts-jsonl")->create();
    try {
        importer->read(input, context, sink);
    } catch (const InputError& e) {
        sink.reject(e);
    }
    return sink;
}

std::string error_of(const std::string& format, const std::string& text) {
    auto c = read(format, text);
    return c.errors.empty() ? std::string("(no error)") : c.errors.front();
}

}  // namespace

TEST_CASE("a CSV fact file becomes one document of facts with names resolved") {
    auto c = read("csv", "source,relation,target,valid_from,valid_to,evidence,url\n"
                         "Kazakhstan,does_not_recognize,Taiwan,2022-06-17,,\"Tokayev said so, clearly\",https://example.org/a\n"
                         "Россия,recognizes,أبخازيا,2008-08-26,,,\n");
    REQUIRE(c.errors.empty());
    REQUIRE(c.documents.size() == 1);
    const auto& facts = c.documents[0].facts;
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].source == "KAZ");
    CHECK(facts[0].target == "TWN");
    CHECK(facts[0].evidence[0].text == "Tokayev said so, clearly");
    CHECK(facts[0].evidence[0].line == 2);
    CHECK(facts[1].source == "RUS");
    CHECK(facts[1].target == "abkhazia");
    CHECK(c.documents[0].document.id == "file:/tmp/in.csv");
}

TEST_CASE("bad CSV values are errors at their line and column") {
    const std::string header = "source,relation,target,valid_from,valid_to,evidence,url\n";
    CHECK(error_of("csv", header + "Kazakhstan,does_not_recognize,Narnia,2022,,,\n").find("in.csv:2:31: unknown entity \"Narnia\"") == 0);
    CHECK(error_of("csv", header + "Kazakhstan,adores,Taiwan,2022,,,\n").find("in.csv:2:12: unknown relation \"adores\"") == 0);
    CHECK(error_of("csv", header + "Kazakhstan,recognizes,Taiwan,2022-02-30,,,\n").find("in.csv:2:30: valid_from \"2022-02-30\" is not a date") == 0);
    CHECK(error_of("csv", header + "Kazakhstan,recognizes,Taiwan,2022,2021,,\n").find("in.csv:2:35: valid_to 2021 is not after") == 0);
    CHECK(error_of("csv", header + "Kazakhstan,recognizes\n").find("in.csv:2:1: row has 2 fields") == 0);
    CHECK(error_of("csv", "who,what\nx,y\n").find("no \"source\" column") != std::string::npos);
    CHECK(error_of("csv", header + ",recognizes,Taiwan,,,,\n").find("in.csv:2:1: missing source") == 0);
}

TEST_CASE("new entities are created only when allowed") {
    const std::string text = "source,relation,target\nKazakhstan,supports,Free Republic of Liberland\n";
    CHECK(read("csv", text).errors.size() == 1);
    auto c = read("csv", text, true);
    REQUIRE(c.errors.empty());
    CHECK(c.documents[0].facts[0].target == "free-republic-of-liberland");
}

TEST_CASE("JSON Lines facts accept names, ids and {id, name} objects, and evidence lists") {
    auto c = read("jsonl",
                  "{\"source\": \"KAZ\", \"relation\": \"does_not_recognize\", \"target\": {\"id\": \"XKX\", \"name\": \"Kosovo\"}, "
                  "\"valid_from\": \"2022-06-17\", \"evidence\": \"he said\"}\n\n"
                  "{\"source\": {\"name\": \"Russia\"}, \"relation\": \"recognizes\", \"target\": \"South Ossetia\", \"valid_from\": null, "
                  "\"evidence\": [{\"text\": \"a\", \"url\": \"u1\", \"rule\": \"r\", \"confidence\": 0.5, \"sentence\": 2, \"start\": 5, \"end\": 9}, {\"text\": \"b\"}]}\n");
    REQUIRE(c.errors.empty());
    const auto& facts = c.documents[0].facts;
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].target == "XKX");
    CHECK(facts[0].evidence[0].text == "he said");
    CHECK(facts[1].evidence.size() == 2);
    CHECK(facts[1].evidence[0].confidence == 0.5);
    CHECK(facts[1].evidence[0].start == 5);
    CHECK_FALSE(facts[1].valid.valid_from.has_value());
}

TEST_CASE("bad JSON Lines are errors at their line and column") {
    CHECK(error_of("jsonl", "{\"source\": \"KAZ\", \"relation\": \"recognizes\", \"target\": \"TWN\"}\n{\"source\": }\n").find("in.jsonl:2:12: invalid JSON") == 0);
    CHECK(error_of("jsonl", "{\"source\": \"KAZ\", \"relation\": \"recognizes\", \"target\": \"Atlantis\"}\n").find("in.jsonl:1:45: unknown entity") == 0);
    CHECK(error_of("jsonl", "[1, 2]\n").find("in.jsonl:1:1: each line must be a JSON object") == 0);
    CHECK(error_of("jsonl", "{\"source\": 5, \"relation\": \"recognizes\", \"target\": \"TWN\"}\n").find("in.jsonl:1:2") == 0);
}
