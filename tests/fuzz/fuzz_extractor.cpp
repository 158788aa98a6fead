// Fuzz target: the whole extractor on one article, as the article importers call it. The first byte
// picks the language, the publication date's precision and --trace; the next two the date, often at
// the ends of the calendar; the rest is the text (UTF-8, as the importers require). Facts must name
// known entities and carry evidence that is the sentence they quote.
#include "core/text_folding.hpp"
#include "fuzz_support.hpp"
#include "importers/article/article_importer.hpp"
#include "importers/article/extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    if (size < 3) return 0;
    Article article;
    article.text.assign(reinterpret_cast<const char*>(data) + 3, size - 3);
    if (!is_valid_utf8(article.text)) return 0;
    const ImportOptions options;
    const ImportContext context{fuzz::gazetteer(), fuzz::ontology(), fuzz::data_paths(), options};
    const Extractor& extractor = shared_extractor(context);
    const std::vector<std::string> languages = fuzz::lexicons().languages();
    article.id = "fuzz";
    article.lang = languages[data[0] % languages.size()];
    article.published = fuzz::pick_date(static_cast<std::uint8_t>((data[0] >> 4) & 3), data[1], data[2]);
    article.where = {"fuzz.txt", 1, 1};
    const bool trace = data[0] & 0x80;
    const ExtractionResult result = extractor.extract(article, trace);
    ImportedDocument document;
    document.document.id = article.id;
    document.document.content_hash = "0";
    document.facts = result.facts;
    fuzz::check_document(document, fuzz::gazetteer());
    for (const Fact& f : result.facts) {
        fuzz::check(f.evidence.size() == 1, "an extracted fact without one piece of evidence");
        const Evidence& e = f.evidence.front();
        fuzz::check(e.start >= 0 && e.end <= static_cast<std::int64_t>(article.text.size()), "evidence outside the text");
        fuzz::check(article.text.compare(static_cast<std::size_t>(e.start), static_cast<std::size_t>(e.end - e.start), e.text) == 0,
                    "evidence that is not the text at its span");
    }
    for (const auto& line : result.trace) fuzz::check(is_valid_utf8(line), "a trace line is not valid UTF-8");
    return 0;
}
