// Reading articles: JSON, JSON Lines, text with a header; language by script.
#include "importers/article/article_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace stancegraph;

namespace {
struct Sink : DocumentSink {
    std::vector<std::string> errors;
    void accept(ImportedDocument&&) override {}
    void reject(const InputError& e) override { errors.push_back(e.what()); }
    void warn(const std::string&) override {}
};
}  // namespace

TEST_CASE("the language of a text is told by its script") {
    CHECK(detect_language("رفض رئيس كازاخستان الاعتراف بإقليمي لوغانسك ودونيتسك") == "ar");
    CHECK(detect_language("Казахстан не признает квазигосударственные территории") == "ru");
    CHECK(detect_language("Kazakhstan does not recognize the two republics") == "en");
    CHECK(detect_language("12 34 — …").empty());
}

TEST_CASE("article JSON, one object or a list") {
    Sink sink;
    std::vector<Article> got;
    read_article_json(R"({"id": "a1", "published": "2022-06-17T10:00:00Z", "lang": "en", "text": "Hello"})", "a.json",
                      [&](Article&& a) { got.push_back(std::move(a)); }, sink);
    REQUIRE(got.size() == 1);
    CHECK(got[0].id == "a1");
    CHECK(got[0].published->to_string() == "2022-06-17");
    read_article_json(R"([{"text": "one"}, {"title": "no text"}, {"text": "three"}])", "list.json",
                      [&](Article&& a) { got.push_back(std::move(a)); }, sink);
    CHECK(got.size() == 3);
    CHECK(got[1].id == "list-1");
    REQUIRE(sink.errors.size() == 1);
    CHECK(sink.errors[0].find("article 2: article has no \"text\"") != std::string::npos);
    CHECK(sink.errors[0].find("list.json:1:19: ") == 0);  // where the element starts
}

TEST_CASE("JSON Lines: a bad line is reported with its location and the others still read") {
    Sink sink;
    std::vector<Article> got;
    std::istringstream in("{\"id\": \"x\", \"text\": \"a\"}\n{\"id\": \"y\", \"text\": }\n\n{\"text\": \"c\", \"published\": \"2022-02-30\"}\n{\"text\": \"d\"}\n");
    read_article_jsonl(in, "in.jsonl", [&](Article&& a) { got.push_back(std::move(a)); }, sink);
    CHECK(got.size() == 2);
    CHECK(got[1].id == "in-5");
    REQUIRE(sink.errors.size() == 2);
    CHECK(sink.errors[0].find("in.jsonl:2:") == 0);
    CHECK(sink.errors[1].find("in.jsonl:4:1: \"published\" is not a date") == 0);
}

TEST_CASE("plain text with a header, and flags that override it") {
    Sink sink;
    std::vector<Article> got;
    ImportOptions options;
    read_article_text("id: t1\nlang: ru\npublished: 2022-06-18\n\nТекст статьи.", "t.txt", options,
                      [&](Article&& a) { got.push_back(std::move(a)); }, sink);
    REQUIRE(got.size() == 1);
    CHECK(got[0].lang == "ru");
    CHECK(got[0].text == "Текст статьи.");
    options.published = "2020-01-01";
    read_article_text("No header here: just text.\nMore.", "plain.txt", options, [&](Article&& a) { got.push_back(std::move(a)); }, sink);
    CHECK(got[1].id == "plain");
    CHECK(got[1].text.starts_with("No header"));
    CHECK(got[1].published->to_string() == "2020-01-01");
}

TEST_CASE("plain text that is not UTF-8 or holds a NUL byte is refused at that byte") {
    Sink sink;
    auto error_of = [&](std::string_view text) {
        try {
            read_article_text(std::string(text), "t.txt", ImportOptions{}, [](Article&&) {}, sink);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_of("id: x\nid2: y\n\nБукв\xd0\n").starts_with("t.txt:4:5: not UTF-8 text"));
    CHECK(error_of(std::string_view("lang: en\n\nRussia\0", 17)).starts_with("t.txt:3:7: a NUL byte"));
    CHECK(error_of("lang: en\n\nRussia recognized Abkhazia.\n") == "no error");
}
