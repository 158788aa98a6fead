// Per-sentence analysis: actors, cues with negation, clauses, speakers.
#include "sentence_analysis.hpp"

#include "core/gazetteer.hpp"
#include "core/text_folding.hpp"

#include <algorithm>

namespace stancegraph {

namespace {
std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}
}  // namespace

const Entity* role_holder_of(const Entity& person, DayNumber day, const Gazetteer& gazetteer, bool any_term) {
    const Entity* best = nullptr;
    for (const auto& role : person.roles) {
        if (!role.holds_on(day)) continue;
        const Entity* target = gazetteer.by_id(role.target);
        if (!target) continue;
        if (!best || role.relation == "leader_of") best = target;
        if (role.relation == "leader_of") break;
    }
    if (best || !any_term) return best;
    // An article without a date: any term will do, the leader's role first ("President Obama").
    for (const auto& role : person.roles) {
        const Entity* target = gazetteer.by_id(role.target);
        if (!target) continue;
        if (!best || role.relation == "leader_of") best = target;
        if (role.relation == "leader_of") break;
    }
    return best;
}

SentenceAnalysis::SentenceAnalysis(const ArticleText& text, const Sentence& sentence, std::vector<Mention> mentions,
                                   std::span<const Entity* const> earlier, std::span<const Entity* const> later)
    : text_(text), sentence_(sentence), mentions_(std::move(mentions)) {
    add_pair_references(earlier, later);
    for (const auto& m : mentions_) {
        const Entity* e = m.entity;
        const Entity* actor = e;
        const Entity* target = e;
        if (e->kind == EntityKind::person) {
            actor = role_holder_of(*e, text.day, text.gazetteer, !text.published);
            target = actor;
        } else if (e->kind == EntityKind::region) {
            actor = nullptr;  // regions do not hold stances
        }
        actors_.push_back(actor);
        targets_.push_back(target);
    }
    find_breaks();
    find_cues();
    times_ = find_time_expressions(text.tokens, text.forms, sentence.first, sentence.last, text.lexicon.time, text.published);
    find_speaker();
}

bool SentenceAnalysis::word_in(std::size_t token, const std::unordered_set<std::string>& words) const {
    if (const std::uint64_t bit = text_.classes.bit(words)) return (text_.token_classes[token] & bit) != 0;
    for (const auto& f : *text_.forms[token])
        if (words.count(f)) return true;
    return false;
}

std::optional<std::size_t> SentenceAnalysis::pattern_at(const PatternSet& patterns, std::size_t token, std::size_t limit) const {
    return patterns.longest_at(text_.forms, token, limit);
}

bool SentenceAnalysis::is_passive(const CueMatch& cue) const {
    if (text_.lexicon.passive_auxiliaries.empty()) return false;
    const std::string& word = text_.tokens[cue.first].folded;
    if (std::none_of(text_.lexicon.participle_endings.begin(), text_.lexicon.participle_endings.end(),
                     [&](const std::string& e) { return word.ends_with(e); }))
        return false;
    const std::size_t start = clause_start(cue.first);
    for (std::size_t k = cue.first; k > start && k + 4 > cue.first;) {
        --k;
        if (word_in(k, text_.lexicon.passive_auxiliaries)) return true;
    }
    // "a move not recognised internationally": a negated participle after a noun, no auxiliary.
    return cue.first >= sentence_.first + 2 && word_in(cue.first - 1, text_.lexicon.negators) &&
           text_.tokens[cue.first - 2].kind == TokenKind::word && !word_in(cue.first - 2, text_.lexicon.auxiliaries);
}

bool SentenceAnalysis::only_list_glue(std::size_t from, std::size_t to) const {
    // Two names side by side are a list only when the second carries a conjunction clitic (وأبخازيا).
    if (from == to) {
        const auto next = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.first == to; });
        if (next == mentions_.end() || next->clitic.empty()) return false;
        std::size_t length = 0;
        next_code_point(next->clitic, length);
        return text_.lexicon.coordinators.count(next->clitic.substr(0, length)) > 0;
    }
    // Between the names of a list: commas, quotes, conjunctions, fillers, "in addition to", and once
    // a conjunction is there, an apposition ("…, and the Pacific island of Nauru").
    bool joined = false;
    for (std::size_t k = from; k < to; ++k) {
        const Token& t = text_.tokens[k];
        if (t.kind == TokenKind::punct && (t.folded == "," || t.folded == "\"" || t.folded == "«" || t.folded == "»" ||
                                           t.folded == "“" || t.folded == "”")) {
            joined = joined || t.folded == ",";
            continue;
        }
        if (auto end = pattern_at(text_.lexicon.list_continuations, k, to)) {
            joined = true;
            k = *end - 1;
            continue;
        }
        if (word_in(k, text_.lexicon.coordinators)) {
            joined = true;
            continue;
        }
        if (word_in(k, text_.lexicon.list_fillers)) continue;
        if (joined && (t.capitalized || word_in(k, text_.lexicon.appositive_nouns) || t.folded == "of") && to - from <= 7) continue;
        return false;
    }
    return true;
}

bool SentenceAnalysis::is_object(std::size_t index) const {
    const Mention& m = mentions_[index];
    if (m.prepositional) return true;
    // "according to the EU", "по данным ЕС": the source of a report, not a subject.
    for (std::size_t k = m.first >= 4 ? m.first - 4 : 0; k < m.first; ++k)
        if (k >= sentence_.first)
            if (auto end = pattern_at(text_.lexicon.attribution_markers, k, m.first); end && *end == m.first) return true;
    // "بإقليمي لوغانسك", "باستقلال كوسوفو": a name in the genitive of a word that carries a
    // prepositional clitic belongs to that prepositional phrase.
    // Where prepositions are clitics, a preposition governs a chain of nouns ("ضد سياسات إسرائيل",
    // "بمبدأ "الصين الواحدة"): a name up to two words after one is still its object.
    if (!text_.lexicon.prepositional_clitics.empty())
        for (std::size_t k = m.first, words = 0; k > sentence_.first && words < 3;) {
            --k;
            const Token& t = text_.tokens[k];
            if (t.kind == TokenKind::punct) {
                if (t.folded == "\"" || t.folded == "«" || t.folded == "“") continue;
                break;
            }
            ++words;
            if (std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& o) { return k >= o.first && k < o.last; })) break;
            if (word_in(k, text_.lexicon.complementizers) || breaks_[k - sentence_.first]) break;
            // A noun with a possessive suffix ("من جانبها", for its part) ends the chain.
            if (words == 1 && std::any_of(text_.lexicon.pronoun_suffixes.begin(), text_.lexicon.pronoun_suffixes.end(), [&](const std::string& p) {
                    return code_points(p) >= 2 && t.folded.size() > p.size() + 4 && t.folded.ends_with(p);
                }))
                break;
            if (word_in(k, text_.lexicon.object_markers)) return true;
            // The rest must be a word of its own (باستقلال, بإقليمي), not a short word that merely
            // starts with the letter (بعد، كانت، لكن).
            const std::string& before = t.folded;
            for (const auto& clitic : text_.lexicon.prepositional_clitics)
                if (before.starts_with(clitic) && code_points(std::string_view(before).substr(clitic.size())) >= 4) return true;
        }
    // The word before, skipping list fillers such as articles: a preposition or "other than".
    for (std::size_t k = m.first; k > sentence_.first;) {
        --k;
        if (word_in(k, text_.lexicon.list_fillers)) continue;
        if (word_in(k, text_.lexicon.exclusion_markers)) return true;
        if (!word_in(k, text_.lexicon.object_markers)) return false;
        // "the nation of Nauru", "the government of Nicaragua": the name is the noun's apposition.
        return !(k > sentence_.first && word_in(k - 1, text_.lexicon.appositive_nouns));
    }
    return false;
}

void SentenceAnalysis::add_pair_references(std::span<const Entity* const> earlier, std::span<const Entity* const> later) {
    if (text_.lexicon.pair_references.empty()) return;
    std::vector<Mention> added;
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        auto end = pattern_at(text_.lexicon.pair_references, i, sentence_.last);
        if (!end) continue;
        const bool inside = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return i < m.last && m.first < *end; });
        if (inside) continue;
        // The last two distinct territories named before (in this sentence or earlier ones), found
        // walking back without copying: long articles have many sentences and many names.
        std::vector<const Entity*> pair;
        auto take = [&](const Entity* e) {
            if (pair.size() < 2 && e->kind == EntityKind::territory && std::find(pair.begin(), pair.end(), e) == pair.end())
                pair.push_back(e);
        };
        for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
            if (it->last <= i) take(it->entity);
        for (auto it = earlier.rbegin(); it != earlier.rend() && pair.size() < 2; ++it) take(*it);
        // Named only later ("… its two separatist republics. The breakaway states of Donetsk and …").
        if (pair.size() < 2) {
            pair.clear();
            for (const auto& m : mentions_)
                if (m.first >= *end) take(m.entity);
            for (auto it = later.begin(); it != later.end() && pair.size() < 2; ++it) take(*it);
            std::reverse(pair.begin(), pair.end());
        }
        if (pair.size() < 2) continue;
        // "بهما", "بالجمهوريتين": a prepositional clitic makes the pair an object.
        bool clitic = false;
        for (const auto& c : text_.lexicon.prepositional_clitics)
            clitic = clitic || (text_.tokens[i].folded.starts_with(c) && text_.tokens[i].folded.size() > c.size() + 2);
        for (auto it = pair.rbegin(); it != pair.rend(); ++it) {
            Mention m;
            m.first = i;
            m.last = *end;
            m.entity = *it;
            m.candidates = {*it};
            m.prepositional = clitic;
            added.push_back(m);
        }
        i = *end - 1;
    }
    mentions_.insert(mentions_.end(), added.begin(), added.end());
    std::stable_sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void SentenceAnalysis::find_breaks() {
    const auto& tokens = text_.tokens;
    breaks_.assign(sentence_.last - sentence_.first, false);
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        const Token& t = tokens[i];
        bool is_break = false;
        if (t.kind == TokenKind::punct)
            is_break = t.folded == ";" || t.folded == "(" || t.folded == ")" || t.folded == "—" || t.folded == "–";
        else
            is_break = word_in(i, text_.lexicon.clause_breaks) || word_in(i, text_.lexicon.subordinators) ||
                       word_in(i, text_.lexicon.relative_pronouns);
        // A word inside a mention never breaks a clause ("Bosnia and Herzegovina").
        for (const auto& m : mentions_)
            if (i >= m.first && i < m.last) is_break = false;
        breaks_[i - sentence_.first] = is_break;
    }
}

std::size_t SentenceAnalysis::clause_start(std::size_t token) const {
    for (std::size_t k = token + 1; k > sentence_.first;) {
        --k;
        if (breaks_[k - sentence_.first]) return k;
    }
    return sentence_.first;
}

std::size_t SentenceAnalysis::clause_end(std::size_t token) const {
    for (std::size_t k = token + 1; k < sentence_.last; ++k)
        if (breaks_[k - sentence_.first]) return k;
    return sentence_.last;
}

void SentenceAnalysis::find_cues() {
    const std::size_t last = sentence_.last;
    std::vector<CueMatch> candidates;
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (std::size_t i = sentence_.first; i < last; ++i) {
        if (text_.tokens[i].kind == TokenKind::punct) continue;
        text_.lexicon.cue_patterns.matches_at(text_.forms, i, last, found);
        for (const auto& [index, end] : found) {
            const std::uint32_t tag = text_.lexicon.cue_patterns.tag(index);
            const CueRule& rule = text_.lexicon.cues[tag >> 16];
            candidates.push_back({&rule, &rule.patterns[tag & 0xFFFF], i, end});
        }
    }
    // Longer patterns win; then earlier ones. A cue inside an entity's name is no cue.
    std::stable_sort(candidates.begin(), candidates.end(), [](const CueMatch& a, const CueMatch& b) {
        if (a.pattern->word_count() != b.pattern->word_count()) return a.pattern->word_count() > b.pattern->word_count();
        return a.first < b.first;
    });
    std::vector<bool> taken(last - sentence_.first, false);
    for (auto& c : candidates) {
        bool free = true;
        for (std::size_t k = c.first; k < c.last; ++k) free = free && !taken[k - sentence_.first];
        for (const auto& m : mentions_)
            if (c.first < m.last && m.first < c.last && c.first >= m.first) free = false;
        if (!free) continue;
        for (std::size_t k = c.first; k < c.last; ++k) taken[k - sentence_.first] = true;
        mark_negation(c);
        cues_.push_back(c);
    }
    std::sort(cues_.begin(), cues_.end(), [](const CueMatch& a, const CueMatch& b) { return a.first < b.first; });
}

void SentenceAnalysis::mark_negation(CueMatch& cue) const {
    const Lexicon& lexicon = text_.lexicon;
    // Negation reaches across a complementizer ("not likely that it will recognise") but not across
    // punctuation or the start of the sentence.
    std::size_t start = sentence_.first;
    for (std::size_t k = cue.first; k > sentence_.first; --k) {
        const Token& t = text_.tokens[k - 1];
        if (t.kind == TokenKind::punct && t.folded != "\"" && t.folded != "«" && t.folded != "»" && t.folded != "“" &&
            t.folded != "”" && t.folded != "'") {
            start = k;
            break;
        }
    }
    auto window_start = [&](int window) {
        const auto w = static_cast<std::size_t>(std::max(window, 1));
        return cue.first > start + w ? cue.first - w : start;
    };
    for (std::size_t k = window_start(lexicon.negation_window); k < cue.first; ++k) {
        if (word_in(k, lexicon.negators)) cue.negated = true;
        // English contractions: "doesn't recognize" is "doesn", "'", "t".
        if (k + 2 < cue.first && text_.tokens[k + 1].folded == "'" && text_.tokens[k + 2].folded == "t" &&
            text_.tokens[k].folded.ends_with("n"))
            cue.negated = true;
    }
    for (std::size_t k = window_start(lexicon.refusal_window); k < cue.first; ++k) {
        if (pattern_at(lexicon.refusals, k, cue.first)) cue.negated = true;
        if (pattern_at(lexicon.hedges, k, cue.first)) cue.hedged = true;
    }
}

void SentenceAnalysis::find_speaker() {
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        auto end = pattern_at(text_.lexicon.speech_verbs, i, sentence_.last);
        if (!end) continue;
        // The nearest actor within a few words on either side of the verb.
        std::optional<std::size_t> best;
        std::size_t best_distance = 8;
        for (std::size_t m = 0; m < mentions_.size(); ++m) {
            if (!actors_[m] || is_object(m)) continue;
            const std::size_t distance = mentions_[m].last <= i ? i - mentions_[m].last
                                         : mentions_[m].first >= *end ? mentions_[m].first - *end
                                                                      : 99;
            // "وتابع: «نحن لا نعترف بتايوان»": past a colon or a quote is what was said, not who said it.
            const std::size_t from = std::min(mentions_[m].last, *end), to = std::max(mentions_[m].first, i);
            bool crossed = false;
            for (std::size_t k = from; k < to; ++k) {
                const Token& t = text_.tokens[k];
                crossed = crossed || (t.kind == TokenKind::punct && t.folded != "," && t.folded != "-" && t.folded != "'");
            }
            if (crossed) continue;
            if (distance < best_distance) {
                best = m;
                best_distance = distance;
            }
        }
        if (best) {
            speaker_ = best;
            return;
        }
    }
}

}  // namespace stancegraph
