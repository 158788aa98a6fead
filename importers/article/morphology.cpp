// Clitic stripping and ending removal, chosen by the script of the word.
#include "morphology.hpp"

#include "core/text_folding.hpp"

#include <unicode/uscript.h>

#include <algorithm>

namespace stancegraph {

namespace {

std::string last_code_point(const std::string& text) {
    std::size_t start = text.size();
    while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
    return start > 0 ? text.substr(start - 1) : text;
}

void add_unique(std::vector<std::string>& out, std::string form) {
    if (!form.empty() && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

}  // namespace

Morphology::Morphology(const LexiconSet& lexicons) {
    for (const auto& language : lexicons.languages()) {
        const Lexicon* lexicon = lexicons.find(language);
        by_script_.emplace_back(lexicon->script, lexicon);
    }
}

const Lexicon* Morphology::lexicon_for(const std::string& folded) const {
    std::size_t pos = 0;
    const char32_t c = next_code_point(folded, pos);
    UErrorCode status = U_ZERO_ERROR;
    const char* code = uscript_getShortName(uscript_getScript(static_cast<UChar32>(c), &status));
    if (!code) return nullptr;
    for (const auto& [script, lexicon] : by_script_)
        if (script == code) return lexicon;
    return nullptr;
}

std::string Morphology::stem(const Lexicon& lexicon, const std::string& folded) const {
    for (const auto& ending : lexicon.inflection_endings)
        if (folded.size() > ending.size() && folded.ends_with(ending) &&
            code_point_count(std::string_view(folded).substr(0, folded.size() - ending.size())) >= lexicon.min_stem)
            return folded.substr(0, folded.size() - ending.size());
    return folded;
}

std::string Morphology::index_form(const std::string& folded) const {
    const Lexicon* lexicon = lexicon_for(folded);
    if (!lexicon || lexicon->inflection_endings.empty()) return folded;
    return stem(*lexicon, folded);
}

void Morphology::lookup_forms(const std::string& folded, bool first, std::vector<std::string>& out,
                              std::vector<std::string>* clitics) const {
    out.clear();
    if (clitics) clitics->clear();
    auto add = [&](std::string form, const std::string& clitic) {
        if (form.empty() || std::find(out.begin(), out.end(), form) != out.end()) return;
        out.push_back(std::move(form));
        if (clitics) clitics->push_back(clitic);
    };
    const Lexicon* lexicon = lexicon_for(folded);
    if (!lexicon) {
        add(folded, "");
        return;
    }
    if (!lexicon->inflection_endings.empty()) {
        // Every way of removing an ending, the longest stem first: "китая" is "кита" (Китай) before
        // "кит" (Кито); names are indexed by their shortest stem, so one of these meets it.
        std::vector<std::string> stems;
        // Plural genitives ("Штатов") are looked up without their ending, but names are not indexed
        // without it: "Медведев" keeps its "-ев".
        for (const auto& ending : lexicon->lookup_endings)
            if (folded.size() > ending.size() && folded.ends_with(ending) &&
                code_point_count(std::string_view(folded).substr(0, folded.size() - ending.size())) >= lexicon->min_stem)
                stems.push_back(folded.substr(0, folded.size() - ending.size()));
        for (const auto& ending : lexicon->inflection_endings)
            if (folded.size() > ending.size() && folded.ends_with(ending) &&
                code_point_count(std::string_view(folded).substr(0, folded.size() - ending.size())) >= lexicon->min_stem)
                stems.push_back(folded.substr(0, folded.size() - ending.size()));
        std::stable_sort(stems.begin(), stems.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        add(folded, "");
        for (auto& st : stems) add(st, "");
        return;
    }
    add(folded, "");
    // "أميركيا", "روسيًا": an indefinite accusative ending the name is listed without.
    for (const auto& ending : lexicon->optional_endings)
        if (folded.size() > ending.size() && folded.ends_with(ending) &&
            code_point_count(std::string_view(folded).substr(0, folded.size() - ending.size())) >= 4)
            add(folded.substr(0, folded.size() - ending.size()), "");
    if (!first) return;
    for (const auto& clitic : lexicon->proclitics)
        if (folded.starts_with(clitic) && code_point_count(std::string_view(folded).substr(clitic.size())) >= 2)
            add(folded.substr(clitic.size()), clitic);
    // After the preposition ل the article loses its alef: للولايات is ل + الولايات.
    const std::string& article = lexicon->article;
    if (article.empty()) return;
    const std::string lam = last_code_point(article);
    for (const auto& clitic : lexicon->proclitics) {
        if (!clitic.ends_with(lam) || !folded.starts_with(clitic)) continue;
        const std::string rest = folded.substr(clitic.size());
        if (rest.starts_with(lam) && code_point_count(rest) >= 3) add(article + rest.substr(lam.size()), clitic);
    }
    // Some names take the article in some papers and not in others ("الباراغواي", "باراغواي"): a name
    // listed without it is found with it too.
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i)
        if (out[i].starts_with(article) && code_point_count(std::string_view(out[i]).substr(article.size())) >= 4) {
            const std::string clitic = clitics ? (*clitics)[i] : std::string();
            add(out[i].substr(article.size()), clitic);
        }
}

void Morphology::forms(const std::string& folded, std::vector<std::string>& out) const {
    std::vector<std::string> found;
    lookup_forms(folded, true, found);
    out.clear();
    add_unique(out, folded);
    for (auto& f : found) add_unique(out, f);
    const Lexicon* lexicon = lexicon_for(folded);
    // Without the article too, so that a pattern "اعتراف*" finds "الاعتراف" and "بالاعتراف".
    if (lexicon && !lexicon->article.empty()) {
        const std::size_t n = out.size();
        for (std::size_t i = 0; i < n; ++i)
            if (out[i].starts_with(lexicon->article) && code_point_count(out[i]) >= code_point_count(lexicon->article) + 2)
                add_unique(out, out[i].substr(lexicon->article.size()));
    }
}

std::vector<std::string> Morphology::spelling_variants(const std::string& folded) const {
    std::vector<std::string> out;
    const Lexicon* lexicon = lexicon_for(folded);
    if (!lexicon) return out;
    for (const auto& [from, to] : lexicon->spelling_variants) {
        if (from.empty() || folded.find(from) == std::string::npos) continue;
        std::string variant = folded;
        for (std::size_t at = variant.find(from); at != std::string::npos; at = variant.find(from, at + to.size()))
            variant.replace(at, from.size(), to);
        out.push_back(std::move(variant));
    }
    return out;
}

bool Morphology::is_prepositional(const std::string& folded, const std::string& clitic) const {
    if (clitic.empty()) return false;
    const Lexicon* lexicon = lexicon_for(folded);
    if (!lexicon) return false;
    return std::find(lexicon->prepositional_clitics.begin(), lexicon->prepositional_clitics.end(), clitic) !=
           lexicon->prepositional_clitics.end();
}

}  // namespace stancegraph
