// Fuzz target: the time-expression resolver over tokenized text in each lexicon's language, with
// publication dates of every precision, often at the ends of the calendar. The first byte picks the
// language and the date's precision, the next two the date; the rest is the text (UTF-8).
#include "core/text_folding.hpp"
#include "fuzz_support.hpp"
#include "importers/article/pattern.hpp"
#include "importers/article/time_expressions.hpp"
#include "importers/article/tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    if (size < 3) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 3, size - 3);
    if (!is_valid_utf8(text)) return 0;  // articles are checked before extraction
    const std::vector<std::string> languages = fuzz::lexicons().languages();
    const Lexicon& lexicon = *fuzz::lexicons().find(languages[data[0] % languages.size()]);
    const std::optional<PartialDate> published = fuzz::pick_date(static_cast<std::uint8_t>(data[0] >> 4), data[1], data[2]);
    const TokenizedText tokenized = tokenize(text, lexicon.abbreviations);
    std::vector<std::vector<std::string>> storage(tokenized.tokens.size());
    TextForms forms(tokenized.tokens.size());
    for (std::size_t i = 0; i < tokenized.tokens.size(); ++i) {
        fuzz::morphology().forms(tokenized.tokens[i].folded, storage[i]);
        forms[i] = &storage[i];
    }
    for (const Sentence& sentence : tokenized.sentences) {
        fuzz::check(sentence.first <= sentence.last && sentence.last <= tokenized.tokens.size(), "a sentence outside the tokens");
        fuzz::check(sentence.start <= sentence.end && sentence.end <= text.size(), "a sentence outside the text");
        for (const TimeExpression& t :
             find_time_expressions(tokenized.tokens, forms, sentence.first, sentence.last, lexicon.time, published))
            fuzz::check(sentence.first <= t.first && t.first < t.last && t.last <= sentence.last,
                        "a time expression outside its sentence");
    }
    find_time_expressions(tokenized.tokens, forms, 0, tokenized.tokens.size(), lexicon.time, published);
    return 0;
}
