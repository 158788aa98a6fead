// Grouping mentions into coordinated phrases and finding what governs each.
#include "phrases.hpp"

#include "core/text_folding.hpp"
#include "sentence_analysis.hpp"

#include <algorithm>
#include <unordered_map>

namespace stancegraph {

namespace {

bool is_open_quote(const Token& t) {
    return t.kind == TokenKind::punct && (t.folded == "\"" || t.folded == "«" || t.folded == "“");
}

class Chunker {
public:
    explicit Chunker(const SentenceAnalysis& s) : s_(s), lexicon_(s.text().lexicon), tokens_(s.text().tokens) {}

    std::vector<Phrase> run() const {
        std::vector<Phrase> phrases;
        const auto& ms = s_.mentions();
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (!phrases.empty() && joins(phrases.back(), m)) {
                phrases.back().members.push_back(m);
                phrases.back().last = std::max(phrases.back().last, ms[m].last);
                continue;
            }
            Phrase p;
            p.first = ms[m].first;
            p.last = ms[m].last;
            p.members.push_back(m);
            govern(p, m);
            p.nominative = nominative(m);
            p.ethnic = ethnic(m);
            phrases.push_back(std::move(p));
        }
        for (auto& p : phrases) p.possessor = followed_by_possessive(p.last);
        return phrases;
    }

private:
    const SentenceAnalysis& s_;
    const Lexicon& lexicon_;
    const std::vector<Token>& tokens_;

    // A mention continues the list before it when only commas, conjunctions and fillers stand
    // between. A member with a prepositional clitic of its own ("وبأبخازيا") joins only a list
    // governed the same way, not a bare subject.
    bool joins(const Phrase& list, std::size_t m) const {
        const auto& ms = s_.mentions();
        const Mention& previous = ms[list.members.back()];
        if (ms[m].first < previous.last) return true;  // pair references share their tokens
        if (!s_.only_list_glue(previous.last, ms[m].first)) return false;
        // "the Ukrainian president, Volodymyr Zelensky": an apposition names the same actor again.
        for (std::size_t member : list.members)
            if (s_.actor(member) && s_.actor(member) == s_.actor(m)) return false;
        if (ms[m].prepositional && list.governed != Governed::object) return false;
        return true;
    }

    // A head title ("الأمين العام", "رئيس") ends right before the token.
    bool titled_before(std::size_t token) const {
        for (std::size_t k = token >= 3 ? token - 3 : 0; k < token; ++k)
            if (k >= s_.sentence().first)
                if (auto end = s_.pattern_at(lexicon_.head_titles, k, token); end && *end == token) return true;
        return false;
    }

    void govern(Phrase& p, std::size_t index) const {
        const Mention& m = s_.mentions()[index];
        const std::size_t first = s_.sentence().first;
        // "الأمين العام للأمم المتحدة", "رئيس لجمهورية …": the "ل" after a title marks whose title it
        // is; the name, standing for the titled person, stays bare and may be a subject.
        if (m.prepositional && m.clitic.ends_with("ل") && titled_before(m.first)) return;
        if (m.prepositional) {
            p.governed = Governed::object;
            p.marker = m.clitic;
            return;
        }
        // "كل من X وY", "both X and Y": a list opened by a quantifier is bare, whatever its words.
        for (std::size_t k = m.first >= 2 ? m.first - 2 : 0; k < m.first; ++k)
            if (k >= first)
                if (auto end = s_.pattern_at(lexicon_.list_openers, k, m.first); end && *end == m.first) return;
        // "according to the EU", "по данным ЕС": the source of a report, not a subject.
        for (std::size_t k = m.first >= 4 ? m.first - 4 : 0; k < m.first; ++k)
            if (k >= first)
                if (auto end = s_.pattern_at(lexicon_.attribution_markers, k, m.first); end && *end == m.first) {
                    p.governed = Governed::attribution;
                    return;
                }
        // "من قبل X", "со стороны X", "by X".
        for (std::size_t k = m.first >= 3 ? m.first - 3 : 0; k < m.first; ++k)
            if (k >= first)
                if (auto end = s_.pattern_at(lexicon_.agent_markers, k, m.first); end && *end == m.first) {
                    p.governed = Governed::agent;
                    p.marker = tokens_[k].folded;
                    return;
                }
        // Where prepositions are clitics, a preposition governs a chain of nouns ("ضد سياسات إسرائيل",
        // "بمبدأ "الصين الواحدة"", "باستقلال كوسوفو"): a name up to two words after one is its object.
        if (!lexicon_.prepositional_clitics.empty())
            for (std::size_t k = m.first, words = 0; k > first && words < 3;) {
                --k;
                const Token& t = tokens_[k];
                if (t.kind == TokenKind::punct) {
                    if (is_open_quote(t)) continue;
                    break;
                }
                ++words;
                const auto& ms = s_.mentions();
                if (std::any_of(ms.begin(), ms.end(), [&](const Mention& o) { return k >= o.first && k < o.last; })) break;
                if (s_.word_in(k, lexicon_.complementizers) || s_.is_break(k)) break;
                // A noun with a possessive suffix ("من جانبها", for its part) ends the chain.
                if (words == 1 && std::any_of(lexicon_.pronoun_suffixes.begin(), lexicon_.pronoun_suffixes.end(), [&](const std::string& suffix) {
                        return code_point_count(suffix) >= 2 && t.folded.size() > suffix.size() + 4 && t.folded.ends_with(suffix);
                    }))
                    break;
                if (s_.word_in(k, lexicon_.locative_markers) && words == 1) {
                    p.governed = Governed::locative;
                    p.marker = t.folded;
                    return;
                }
                if (s_.word_in(k, lexicon_.object_markers)) {
                    p.governed = Governed::object;
                    p.marker = t.folded;
                    p.chained = words > 1;
                    p.marker_at = k;
                    return;
                }
                // The rest must be a word of its own (باستقلال, بإقليمي), not a short word that merely
                // starts with the letter (بعد، كانت، لكن).
                for (const auto& clitic : lexicon_.prepositional_clitics)
                    if (t.folded.starts_with(clitic) && code_point_count(std::string_view(t.folded).substr(clitic.size())) >= 4) {
                        p.governed = Governed::object;
                        p.marker = clitic;
                        p.chained = true;
                        p.marker_at = k;
                        return;
                    }
            }
        // The word before, skipping list fillers such as articles: a preposition or "other than".
        for (std::size_t k = m.first; k > first;) {
            --k;
            if (s_.word_in(k, lexicon_.list_fillers)) continue;
            if (s_.word_in(k, lexicon_.exclusion_markers)) {
                p.governed = Governed::exclusion;
                p.marker = tokens_[k].folded;
                return;
            }
            if (!s_.word_in(k, lexicon_.object_markers) && !s_.word_in(k, lexicon_.locative_markers)) return;
            // "the nation of Nauru", "the government of Nicaragua": the name is the noun's apposition.
            if (k > first && s_.word_in(k - 1, lexicon_.appositive_nouns)) return;
            p.marker = tokens_[k].folded;
            p.governed = s_.word_in(k, lexicon_.locative_markers)   ? Governed::locative
                         : s_.word_in(k, lexicon_.genitive_markers) ? Governed::genitive
                                                                    : Governed::object;
            return;
        }
    }

    // Where names inflect (Russian), a name can be a subject only in the form the gazetteer lists
    // it in (the nominative: "Россия", not "России"); indeclinable names and acronyms always can.
    bool nominative(std::size_t index) const {
        if (!lexicon_.inflects_names) return true;
        const Mention& m = s_.mentions()[index];
        if (m.last == 0 || m.last <= m.first) return true;
        // "Правительство Гондураса", "МИД Китая": the genitive of a head noun in the nominative.
        if (m.first > s_.sentence().first && lexicon_.head_nouns.count(tokens_[m.first - 1].folded)) return true;
        const Token& last = tokens_[m.last - 1];
        if (last.kind != TokenKind::word) return true;
        if (m.form == NameForm::demonym)
            return std::any_of(lexicon_.nominative_endings.begin(), lexicon_.nominative_endings.end(),
                               [&](const std::string& e) { return last.folded.ends_with(e); });
        // A pair reference ("обе республики") is no name.
        if (m.first >= m.last || m.candidates.empty()) return true;
        const auto& words = last_words(*m.entity);
        return std::find(words.begin(), words.end(), last.folded) != words.end();
    }

    // The last word of each of an entity's names, folded: computed once per entity and thread, since
    // the gazetteer's entities live as long as the program.
    static const std::vector<std::string>& last_words(const Entity& entity) {
        thread_local std::unordered_map<const Entity*, std::vector<std::string>> cache;
        auto [it, added] = cache.try_emplace(&entity);
        if (added)
            for (const auto& name : entity.names) {
                const std::string key = name_key(name.text);
                const auto space = key.rfind(' ');
                std::string word = space == std::string::npos ? key : key.substr(space + 1);
                if (std::find(it->second.begin(), it->second.end(), word) == it->second.end()) it->second.push_back(std::move(word));
            }
        return it->second;
    }

    // "ethnic Albanian leaders", "этнических албанцев": a demonym that names a people.
    bool ethnic(std::size_t index) const {
        const Mention& m = s_.mentions()[index];
        if (m.form != NameForm::demonym) return false;
        for (std::size_t k = m.first >= 2 ? m.first - 2 : 0; k < m.first; ++k)
            if (k >= s_.sentence().first)
                if (auto end = s_.pattern_at(lexicon_.ethnic_markers, k, m.first); end && *end == m.first) return true;
        return false;
    }

    // "Russia's …", and "the Syrian government's …" (one noun between the name and the 's).
    bool followed_by_possessive(std::size_t after_last) const {
        const std::size_t end = s_.sentence().last;
        for (std::size_t after = after_last; after < after_last + 2; ++after) {
            if (after + 1 < end && tokens_[after].folded == "'" && s_.word_in(after + 1, lexicon_.possessive_markers)) return true;
            if (after >= end || tokens_[after].kind != TokenKind::word) return false;
        }
        return false;
    }
};

}  // namespace

std::vector<Phrase> chunk_phrases(const SentenceAnalysis& sentence) { return Chunker(sentence).run(); }

}  // namespace stancegraph
