// Turning articles into documents with extracted facts.
#include "article_importer.hpp"

#include "article_reader.hpp"
#include "core/text_folding.hpp"
#include "extractor.hpp"

#include <map>
#include <memory>
#include <mutex>

namespace stancegraph {

namespace {

struct ExtractionService {
    LexiconSet lexicons;
    std::unique_ptr<Extractor> extractor;
};

enum class ArticleFormat { json, jsonl, text };

// No news article is longer; a longer text (a book, a dump, one hostile 100 MB line) would take
// minutes to extract, and token offsets are 32-bit.
constexpr std::size_t kMaxArticleBytes = std::size_t{4} << 20;

class ArticleImporter : public Importer {
public:
    explicit ArticleImporter(ArticleFormat format) : format_(format) {}

    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const Extractor& extractor = shared_extractor(context);
        auto handle = [&](Article&& article) {
            try {
                import_article(std::move(article), input, context, extractor, sink);
            } catch (const InputError& e) {
                sink.reject(e);  // one bad article; the others still count
            }
        };
        switch (format_) {
            case ArticleFormat::json: read_article_json(input.read_all(), input.name, handle, sink); break;
            case ArticleFormat::jsonl: read_article_jsonl(input.stream, input.name, handle, sink); break;
            case ArticleFormat::text: read_article_text(input.read_all(), input.name, context.options, handle, sink); break;
        }
    }

private:
    static void import_article(Article&& article, const InputSource& input, const ImportContext& context,
                               const Extractor& extractor, DocumentSink& sink) {
        if (article.text.size() > kMaxArticleBytes)
            throw InputError(article.where, "article " + article.id + ": its text is " + std::to_string(article.text.size() >> 20) +
                                                " MiB; an article may have at most 4 MiB");
        if (!is_valid_utf8(article.text) || !is_valid_utf8(article.title))
            throw InputError(article.where, "article " + article.id + ": text is not valid UTF-8");
        const std::string detected = detect_language(article.text);
        if (article.lang.empty()) article.lang = detected;
        if (article.lang.empty()) {
            sink.warn(article.where.to_string() + ": article " + article.id + " skipped: its language cannot be told from its script (give \"lang\")");
            return;
        }
        if (!extractor.supports(article.lang)) {
            sink.warn(article.where.to_string() + ": article " + article.id + " skipped: no lexicon for language \"" + article.lang + "\"");
            return;
        }
        ImportedDocument imported;
        DocumentRecord& doc = imported.document;
        doc.id = article.id;
        doc.kind = "article";
        doc.url = article.url;
        doc.title = article.title;
        doc.lang = article.lang;
        doc.published = article.published;
        doc.source_path = input.canonical_path;
        ContentHasher hasher;
        for (const std::string* field : {&article.id, &article.url, &article.title, &article.lang, &article.text}) {
            hasher.update(*field);
            hasher.update(std::string_view("\0", 1));
        }
        hasher.update(article.published ? article.published->to_string() : "");
        doc.content_hash = hasher.hex();
        ExtractionResult result = extractor.extract(article, context.options.trace);
        for (const auto& line : result.trace) sink.note(line);
        imported.facts = std::move(result.facts);
        sink.accept(std::move(imported));
    }

    ArticleFormat format_;
};

bool looks_like_article_object(std::string_view head) {
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (head[first] != '{' && head[first] != '[')) return false;
    return head.find("\"text\"") != std::string_view::npos && head.find("\"relation\"") == std::string_view::npos;
}

}  // namespace

const Extractor& shared_extractor(const ImportContext& context) {
    static std::mutex mutex;
    static std::map<const Gazetteer*, std::unique_ptr<ExtractionService>> services;
    std::lock_guard lock(mutex);
    auto& service = services[&context.gazetteer];
    if (!service) {
        service = std::make_unique<ExtractionService>();
        service->lexicons = LexiconSet::load(context.paths.lexicon_dir(), context.ontology);
        service->extractor = std::make_unique<Extractor>(context.gazetteer, context.ontology, service->lexicons);
    }
    return *service->extractor;
}

ImporterInfo article_json_importer_info() {
    return {"article-json", "news articles as JSON: {id, url, title, published, lang, text}, or a list of them", {".json"},
            [](std::string_view path, std::string_view head) {
                return std::string_view(path).ends_with(".json") && looks_like_article_object(head);
            },
            [] { return std::make_unique<ArticleImporter>(ArticleFormat::json); }};
}

ImporterInfo article_jsonl_importer_info() {
    return {"article-jsonl", "news articles as JSON Lines, one article object per line", {".jsonl", ".ndjson"},
            [](std::string_view path, std::string_view head) {
                return (path.ends_with(".jsonl") || path.ends_with(".ndjson")) && looks_like_article_object(head);
            },
            [] { return std::make_unique<ArticleImporter>(ArticleFormat::jsonl); }};
}

ImporterInfo article_text_importer_info() {
    return {"article-text", "a news article as plain text, optionally after a header of key: value lines", {".txt", ".text"},
            nullptr, [] { return std::make_unique<ArticleImporter>(ArticleFormat::text); }};
}

}  // namespace stancegraph
