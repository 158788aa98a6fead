// Per-sentence analysis: actors, cues with negation, clauses, speakers.
#include "sentence_analysis.hpp"

#include "core/gazetteer.hpp"
#include "core/text_folding.hpp"

#include <algorithm>

namespace stancegraph {


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
                                   std::span<const Entity* const> earlier, std::span<const Entity* const> later,
                                   const Discourse& discourse, std::size_t index, const Entity* quote_speaker,
                                   bool starts_in_quotation)
    : text_(text), sentence_(sentence), mentions_(std::move(mentions)), discourse_(discourse), quote_speaker_(quote_speaker),
      index_(index), starts_in_quotation_(starts_in_quotation) {
    name_states_by_their_nouns();
    scan_patterns();
    add_references(earlier, later);
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
    phrases_ = chunk_phrases(*this);
    phrase_of_.assign(mentions_.size(), 0);
    for (std::size_t p = 0; p < phrases_.size(); ++p)
        for (std::size_t m : phrases_[p].members) phrase_of_[m] = p;
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
    // "fighters, supported by Algeria", "a move condemned by Oslo": a participle with its agent.
    if (auto end = pattern_at(text_.lexicon.agent_markers, cue.last, sentence_.last); end && cue.first > sentence_.first &&
        !word_in(cue.first - 1, text_.lexicon.auxiliaries))
        return true;
    // "a move not recognised internationally": a negated participle after a noun, no auxiliary.
    return cue.first >= sentence_.first + 2 && word_in(cue.first - 1, text_.lexicon.negators) &&
           text_.tokens[cue.first - 2].kind == TokenKind::word && !word_in(cue.first - 2, text_.lexicon.auxiliaries);
}

bool SentenceAnalysis::only_list_glue(std::size_t from, std::size_t to) const {
    // Two names side by side are a list only when the second carries a conjunction clitic (وأبخازيا).
    if (from == to) {
        const auto next = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.first == to; });
        if (next == mentions_.end()) return false;
        // "الاتفاق السعودي الإيراني": adjectives after a noun are coordinated without a conjunction.
        const auto previous = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.last == from; });
        if (text_.lexicon.adjectives_follow_nouns && previous != mentions_.end() && previous->form == NameForm::demonym &&
            next->form == NameForm::demonym)
            return true;
        if (next->clitic.empty()) return false;
        std::size_t length = 0;
        next_code_point(next->clitic, length);
        return text_.lexicon.coordinators.count(next->clitic.substr(0, length)) > 0;
    }
    // Between the names of a list: commas, quotes, conjunctions, fillers, "in addition to", and once
    // a conjunction is there, an apposition ("…, and the Pacific island of Nauru").
    // "حلف الناتو كلا من بولندا …": a list opener starts a list of its own.
    for (std::size_t k = from; k < to; ++k)
        if (pattern_at(text_.lexicon.list_openers, k, to)) return false;
    bool joined = false;
    // "the Saudi-Iranian deal": two demonyms joined by a hyphen.
    // (With spaces too: "قصفا أميركيا - بريطانيا".)
    if (to == from + 1 && (text_.tokens[from].folded == "-" || text_.tokens[from].folded == "–")) {
        const auto previous = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.last == from; });
        const auto next = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.first == to; });
        // (An Arabic adjective in the accusative may read as the state's name: "بريطانيا".)
        if (previous != mentions_.end() && next != mentions_.end() && previous->form == NameForm::demonym &&
            (next->form == NameForm::demonym || (text_.lexicon.adjectives_follow_nouns && next->form == NameForm::name)))
            return true;
    }
    for (std::size_t k = from; k < to; ++k) {
        const Token& t = text_.tokens[k];
        if (t.kind == TokenKind::punct && (t.folded == "," || t.folded == "\"" || t.folded == "«" || t.folded == "»" ||
                                           t.folded == "“" || t.folded == "”" || t.folded == ")")) {
            // (")": a list in brackets goes on after them: "the G7 (Canada, …, the United States) and the EU".)
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

namespace {

// "بهما", "بالجمهوريتين": a prepositional clitic on a reference makes it an object.
std::string prepositional_clitic(const Lexicon& lexicon, const Token& token) {
    for (const auto& c : lexicon.prepositional_clitics)
        if (token.folded.starts_with(c) && token.folded.size() > c.size() + 2) return c;
    return "";
}

}  // namespace

const Entity* SentenceAnalysis::last_state_called(std::size_t first, std::size_t last, std::span<const Entity* const> earlier) const {
    const Lexicon& lexicon = text_.lexicon;
    std::string word;
    for (std::size_t k = first; k < last; ++k) word += (word.empty() ? "" : " ") + text_.tokens[k].folded;
    if (!lexicon.article.empty() && word.starts_with(lexicon.article)) word = word.substr(lexicon.article.size());
    if (code_point_count(word) < 3) return nullptr;
    auto called = [&](const Entity* e) {
        if (!e || e->kind != EntityKind::state) return false;
        return std::any_of(e->names.begin(), e->names.end(), [&](const EntityName& n) {
            return n.lang == lexicon.language && fold(n.text).find(word) != std::string::npos;
        });
    };
    // A bare name in the same clause is no antecedent: "أكدت البحرين دعمها لقرار المملكة" is
    // another kingdom's decision (Bahrain would be "its own decision").
    auto same_clause_subject = [&](const Mention& m) {
        if (m.form != NameForm::name || m.prepositional) return false;
        for (std::size_t k = m.last; k < first; ++k)
            if (word_in(k, lexicon.clause_breaks) || word_in(k, lexicon.subordinators) || word_in(k, lexicon.relative_pronouns))
                return false;
        return true;
    };
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
        if (it->last <= first && called(it->entity) && !same_clause_subject(*it)) return it->entity;
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
        if (called(*it)) return *it;
    return nullptr;
}

bool SentenceAnalysis::plural_follows(std::size_t token) const {
    const Lexicon& lexicon = text_.lexicon;
    if (token >= sentence_.last || text_.tokens[token].kind != TokenKind::word) return false;
    if (word_in(token, lexicon.relative_pronouns) && !word_in(token, lexicon.dual_relative_pronouns)) return !lexicon.dual_relative_pronouns.empty();
    const Token& t = text_.tokens[token];
    const std::string_view original = std::string_view(text_.original).substr(t.start, t.end - t.start);
    return !lexicon.article.empty() && t.folded.starts_with(lexicon.article) && original.ends_with("\u0629") &&
           std::any_of(lexicon.adjective_endings.begin(), lexicon.adjective_endings.end(),
                       [&](const std::string& e) { return t.folded.size() > e.size() + 4 && t.folded.ends_with(e); });
}

void SentenceAnalysis::add_references(std::span<const Entity* const> earlier, std::span<const Entity* const> later) {
    std::vector<Mention> added;
    auto add = [&](std::size_t first, std::size_t last, const Entity* entity) {
        Mention m;
        m.first = first;
        m.last = last;
        m.entity = entity;
        m.candidates = {entity};
        m.clitic = prepositional_clitic(text_.lexicon, text_.tokens[first]);
        m.prepositional = !m.clitic.empty();
        m.reference = true;
        added.push_back(m);
    };
    const Entity* single[] = {discourse_.speaker ? discourse_.speaker : discourse_.topic, discourse_.organisation,
                              discourse_.territory, discourse_.state};
    for (std::size_t next = 0; next < matched_.size();) {
        // The longest reference starting at a word, and its kind (matches come in word order).
        const std::size_t i = matched_[next].first;
        std::size_t end = 0;
        std::uint32_t kind = 0;
        for (; next < matched_.size() && matched_[next].first == i; ++next)
            if ((matched_[next].tag & kReferenceTag) && matched_[next].end > end) {
                end = matched_[next].end;
                kind = matched_[next].tag & ~kReferenceTag;
            }
        if (end == 0 || text_.tokens[i].kind != TokenKind::word) continue;
        if (!added.empty() && i < added.back().last) continue;
        const bool inside = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return i < m.last && m.first < end; });
        if (inside) continue;
        if (kind == group_reference) {
            // "these countries", "هذه الدول", "эти страны": the last list named together; "the three
            // countries", "الدول الثلاث": the last list of three.
            std::size_t count = 0;
            for (std::size_t k = i; k < end; ++k)
                for (const auto& form : *text_.forms[k])
                    if (auto it = text_.lexicon.numbers.find(form); it != text_.lexicon.numbers.end()) count = it->second;
            const std::vector<const Entity*>* list = &discourse_.group;
            if (count >= 2)
                for (auto it = discourse_.groups.rbegin(); it != discourse_.groups.rend(); ++it)
                    if (it->size() == count) {
                        list = &*it;
                        break;
                    }
            // "وقعت مالي وبوركينا فاسو والنيجر … بين البلدان الثلاثة": a list of as many named earlier
            // in the same sentence comes first.
            std::vector<const Entity*> here, run;
            for (std::size_t m = 0; m < mentions_.size() && mentions_[m].last <= i && count >= 2; ++m) {
                const Entity* e = mentions_[m].entity;
                if (e->kind != EntityKind::state && e->kind != EntityKind::territory && e->kind != EntityKind::organisation) continue;
                if (m == 0 || run.empty() || !only_list_glue(mentions_[m - 1].last, mentions_[m].first)) run.clear();
                if (std::find(run.begin(), run.end(), e) == run.end()) run.push_back(e);
                if (run.size() == count) here = run;
            }
            if (!here.empty()) list = &here;
            if (list->size() < 2) continue;
            for (const Entity* e : *list) add(i, end, e);
            continue;
        }
        // "البلدان" is both "the two countries" and "the countries": followed by "التي" or by an
        // adjective in the feminine singular ("البلدان العربية"), it is the plural, no pair.
        if (kind == pair_reference && plural_follows(end)) continue;
        if (kind == pair_reference || kind == territory_pair_reference) {
            // "the two republics" are the last two territories; "the two countries" the last two actors.
            const bool territories = kind == territory_pair_reference;
            std::vector<const Entity*> pair;
            auto take = [&](const Entity* e, NameForm form) {
                // A capital is more often the place something happened than one of a pair.
                if (!territories && form == NameForm::capital) return;
                const bool fits = territories ? e->kind == EntityKind::territory
                                              : (e->kind == EntityKind::state || e->kind == EntityKind::territory ||
                                                 e->kind == EntityKind::organisation || e->kind == EntityKind::group);
                if (pair.size() < 2 && fits && std::find(pair.begin(), pair.end(), e) == pair.end()) pair.push_back(e);
            };
            // The last two named before (in this sentence or earlier ones), found walking back without
            // copying: long articles have many sentences and many names.
            for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
                if (it->last <= i) take(it->entity, it->form);
            for (auto it = earlier.rbegin(); it != earlier.rend() && pair.size() < 2; ++it) take(*it, NameForm::name);
            // Named only later ("… its two separatist republics. The breakaway states of Donetsk and …").
            if (pair.size() < 2 && territories) {
                pair.clear();
                for (const auto& m : mentions_)
                    if (m.first >= end) take(m.entity, m.form);
                for (auto it = later.begin(); it != later.end() && pair.size() < 2; ++it) take(*it, NameForm::name);
                std::reverse(pair.begin(), pair.end());
            }
            if (pair.size() < 2) continue;
            for (auto it = pair.rbegin(); it != pair.rend(); ++it) add(i, end, *it);
            continue;
        }
        // "… ties with Qatar, as they accused the Gulf state": the last state named before, in this
        // sentence or earlier.
        const Entity* entity = kind == described_state_reference ? discourse_.state : single[kind];
        if (kind == described_state_reference)
            for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
                if (it->last <= i && it->entity->kind == EntityKind::state && it->form != NameForm::capital) {
                    entity = it->entity;
                    break;
                }
        // "recognised Somaliland in May, weeks after the breakaway region declared …": the last territory
        // named before in this sentence, else the discourse's.
        if (kind == territory_reference)
            for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
                if (it->last <= i && it->entity->kind == EntityKind::territory && it->form != NameForm::demonym) {
                    entity = it->entity;
                    break;
                }
        // "المملكة", "السلطنة", "the kingdom": the last state named before whose own name says it is
        // one ("المملكة العربية السعودية", "سلطنة عمان"), else the last state.
        if (kind == state_reference)
            if (const Entity* titled = last_state_called(i, end, earlier)) entity = titled;
        if (!entity) continue;
        // A name beside the noun says whose it is ("the Russian ministry", "the ministry of Finland",
        // "Правительство Республики Никарагуа", "وزارة خارجية قطر"): the name then stands for itself.
        auto named_at = [&](std::size_t first, std::size_t last) {
            return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
                const bool genitive_after = (m.first == last + 1 && word_in(last, text_.lexicon.genitive_markers)) ||
                                            ((text_.lexicon.inflects_names || text_.lexicon.adjectives_follow_nouns) && m.first > last &&
                                             m.first <= last + 2 && last < sentence_.last && text_.tokens[last].kind == TokenKind::word &&
                                             // ("وقوف المملكة مع فلسطين": a preposition between opens its object.)
                                             !word_in(last, text_.lexicon.object_markers) &&
                                             (m.first == last + 1 || text_.tokens[last + 1].kind == TokenKind::word));
                return (m.last <= first && m.last + 2 >= first) || m.first == last || genitive_after;
            });
        };
        bool named = named_at(i, end);
        // "المتحدث باسم وزارة الخارجية الإسرائيلية", "the spokesman of the foreign ministry of X": a
        // role noun whose genitive is another role noun is named by whatever names that one.
        for (std::size_t j = next; j < matched_.size() && !named && matched_[j].first <= end + 2; ++j)
            if ((matched_[j].tag & kReferenceTag) && matched_[j].first >= end &&
                text_.tokens[matched_[j].first].kind == TokenKind::word)
                named = named_at(matched_[j].first, matched_[j].end);
        if (named && kind != described_state_reference) continue;
        add(i, end, entity);
    }
    if (added.empty()) return;
    mentions_.insert(mentions_.end(), added.begin(), added.end());
    std::stable_sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// "الدولة الفلسطينية", "the Palestinian state", "палестинское государство": a demonym with a noun
// for a state is the state itself, named, not an agent standing beside a noun.
void SentenceAnalysis::name_states_by_their_nouns() {
    const Lexicon& lexicon = text_.lexicon;
    if (lexicon.state_nouns.empty()) return;
    for (auto& m : mentions_) {
        if (m.form != NameForm::demonym) continue;
        if (lexicon.adjectives_follow_nouns) {
            if (m.first <= sentence_.first) continue;
            const std::size_t k = m.first - 1;
            if (auto end = pattern_at(lexicon.state_nouns, k, m.first); !end || *end != m.first) continue;
            const bool overlaps = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& o) { return o.first <= k && k < o.last; });
            if (overlaps) continue;
            m.first = k;
            m.clitic = prepositional_clitic(lexicon, text_.tokens[k]);
            m.prepositional = !m.clitic.empty();
        } else {
            auto end = pattern_at(lexicon.state_nouns, m.last, sentence_.last);
            if (!end) continue;
            m.last = *end;
        }
        m.form = NameForm::name;
    }
}

// "…، وأعلنت دعمها لـ…", "…، وأكد أن …": where verbs come first, a light or speech verb carrying
// "و"/"ف" after a comma opens a clause of its own; a name before it is the object of the verb
// before, never this verb's subject.
bool SentenceAnalysis::coordinated_verb_after_comma(std::size_t i) const {
    const Lexicon& lexicon = text_.lexicon;
    if (!lexicon.verb_first || i <= sentence_.first || text_.tokens[i - 1].folded != ",") return false;
    const std::string& word = text_.tokens[i].folded;
    const bool coordinated = std::any_of(lexicon.coordinators.begin(), lexicon.coordinators.end(), [&](const std::string& c) {
        std::size_t length = 0;
        next_code_point(c, length);
        return length == c.size() && word.starts_with(c) && word.size() > c.size() + 4;
    });
    return coordinated && (pattern_at(lexicon.light_verbs, i, sentence_.last) || pattern_at(lexicon.speech_verbs, i, sentence_.last));
}

void SentenceAnalysis::find_breaks() {
    const auto& tokens = text_.tokens;
    breaks_.assign(sentence_.last - sentence_.first, false);
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        const Token& t = tokens[i];
        bool is_break = false;
        if (t.kind == TokenKind::punct)
            is_break = t.folded == ";" || t.folded == "(" || t.folded == ")" || t.folded == "—" || t.folded == "–" ||
                       (t.folded == "/" && t.space_before);
        else
            is_break = word_in(i, text_.lexicon.clause_breaks) || word_in(i, text_.lexicon.subordinators) ||
                       word_in(i, text_.lexicon.relative_pronouns) ||
                       // ", а Ливия – …": a gapping conjunction after a comma opens a clause ("а также" does not).
                       (word_in(i, text_.lexicon.gapping_markers) && i > sentence_.first && tokens[i - 1].folded == "," &&
                        !pattern_at(text_.lexicon.list_continuations, i, sentence_.last)) ||
                       coordinated_verb_after_comma(i);
        // A word inside a mention never breaks a clause ("Bosnia and Herzegovina").
        for (const auto& m : mentions_)
            if (i >= m.first && i < m.last) is_break = false;
        breaks_[i - sentence_.first] = is_break;
    }
    // Dashes or brackets around nothing but a list of names are an apposition, not a clause: "three
    // members – Russia, China and Pakistan – voted against", "a Palestinian state - Bulgaria, Cyprus …".
    auto inside_mention = [&](std::size_t k) {
        return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return k >= m.first && k < m.last; });
    };
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        const Token& t = tokens[i];
        const bool dash = t.kind == TokenKind::punct && (t.folded == "—" || t.folded == "–" || (t.folded == "-" && t.space_before));
        if (!dash && !(t.kind == TokenKind::punct && t.folded == "(")) continue;
        std::size_t j = i + 1;
        bool names = false, only_list = true;
        for (; j < sentence_.last; ++j) {
            const Token& u = tokens[j];
            if (u.kind == TokenKind::punct && (u.folded == "—" || u.folded == "–" || u.folded == ")" || (u.folded == "-" && u.space_before) ||
                                               u.folded == "." || u.folded == ";"))
                break;
            if (inside_mention(j)) {
                names = true;
                continue;
            }
            if (u.kind == TokenKind::punct && u.folded == ",") continue;
            if (word_in(j, text_.lexicon.coordinators) || word_in(j, text_.lexicon.list_fillers)) continue;
            only_list = false;
            break;
        }
        if (!names || !only_list) continue;
        breaks_[i - sentence_.first] = false;
        if (j < sentence_.last) breaks_[j - sentence_.first] = false;
        i = j;
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

void SentenceAnalysis::scan_patterns() {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        if (text_.tokens[i].kind == TokenKind::punct) continue;
        text_.lexicon.cue_patterns.matches_at(text_.forms, i, sentence_.last, found);
        for (const auto& [index, end] : found)
            matched_.push_back({i, end, text_.lexicon.cue_patterns.tag(index), static_cast<std::uint32_t>(index)});
    }
}

void SentenceAnalysis::find_cues() {
    const std::size_t last = sentence_.last;
    std::vector<CueMatch> candidates;
    for (const auto& match : matched_) {
        if (match.tag & kReferenceTag) continue;
        const CueRule& rule = text_.lexicon.cues[match.tag >> 16];
        candidates.push_back({&rule, &text_.lexicon.cue_patterns.at(match.pattern), match.first, match.end});
    }
    // Hand-written cues win over generated ones; then longer patterns; then earlier ones. A cue
    // inside an entity's name is no cue.
    std::stable_sort(candidates.begin(), candidates.end(), [](const CueMatch& a, const CueMatch& b) {
        if (a.rule->generated != b.rule->generated) return !a.rule->generated;
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
    // "refused to recognise", "رفض الاعتراف", "отказался признать": the refusal word is the negation
    // of the cue it governs, not a stance of its own (a generated lexicon may list it as "opposes").
    std::vector<std::size_t> refusal_words;
    for (const auto& c : cues_)
        if (c.refused) refusal_words.push_back(c.refusal);
    std::erase_if(cues_, [&](const CueMatch& c) {
        return !c.refused && std::find(refusal_words.begin(), refusal_words.end(), c.first) != refusal_words.end();
    });
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
        // "لا تزال" (still), "not only", "не только": a negator that does not negate.
        if (word_in(k, lexicon.negators) && !(k + 1 < cue.first && word_in(k + 1, lexicon.negation_cancellers))) cue.negated = true;
        // English contractions: "doesn't recognize" is "doesn", "'", "t".
        if (k + 2 < cue.first && text_.tokens[k + 1].folded == "'" && text_.tokens[k + 2].folded == "t" &&
            text_.tokens[k].folded.ends_with("n"))
            cue.negated = true;
    }
    for (std::size_t k = window_start(lexicon.refusal_window); k < cue.first; ++k) {
        if (pattern_at(lexicon.refusals, k, cue.first)) {
            cue.negated = cue.refused = true;
            cue.refusal = k;
        }
        // A hedge may take in the cue's first word: "قد تعترف" (may recognise) is a hedge, "قد
        // اعترفت" (has recognised) is not.
        // "كانت قد تعهدت" (had pledged): "قد" after "كان" makes a pluperfect, never a hedge.
        const bool pluperfect = k > start && word_in(k - 1, lexicon.copulas);
        if (auto end = pattern_at(lexicon.hedges, k, cue.first + 1); end && (*end <= cue.first || k + 1 == cue.first) && !pluperfect)
            cue.hedged = true;
    }
    // "a bid to join", "seeking a resumption of ties", "попытка вступить": the act is only sought.
    for (std::size_t k = window_start(3); k < cue.first; ++k)
        if (auto end = pattern_at(lexicon.attempts, k, cue.first); end && *end + 2 >= cue.first) cue.attempted = true;
}

void SentenceAnalysis::find_speaker() {
    for (std::size_t i = sentence_.first; i < sentence_.last; ++i) {
        auto end = pattern_at(text_.lexicon.speech_verbs, i, sentence_.last);
        if (!end) continue;
        // The nearest actor within a few words on either side of the verb; not before a verb that
        // opens a coordinated clause ("…موقف واشنطن، وأعلنت …": Washington is the object before).
        const bool opens_clause = coordinated_verb_after_comma(i);
        std::optional<std::size_t> best;
        std::size_t best_distance = 8;
        for (std::size_t m = 0; m < mentions_.size(); ++m) {
            if (!actors_[m] || is_object(m) || (opens_clause && mentions_[m].last <= i)) continue;
            // ("ethnic Armenian elders said …": a people, not its state, speaks.)
            if (phrases_[phrase_of_[m]].ethnic) continue;
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
            speech_verb_ = i;
            return;
        }
        // "Такой шаг, добавил он, …", "…, he said": a pronoun right before or after the verb
        // is whoever spoke last, else the last sentence's subject. Only an attribution set off from
        // the words it attributes: before "что"/"that" ("отвечая на вопрос о …, он сказал, что …") the
        // words before the verb are not the speaker's.
        const bool after = *end < sentence_.last && word_in(*end, text_.lexicon.speaker_pronouns);
        std::size_t next = after ? *end + 1 : *end;
        while (next < sentence_.last && text_.tokens[next].kind == TokenKind::punct && text_.tokens[next].folded == ",") ++next;
        const bool introduces = next < sentence_.last && word_in(next, text_.lexicon.complementizers);
        if (!introduces && (after || (i > sentence_.first && word_in(i - 1, text_.lexicon.speaker_pronouns)))) {
            pronoun_speaker_ = discourse_.speaker ? discourse_.speaker : discourse_.topic;
            if (pronoun_speaker_) {
                speech_verb_ = i;
                return;
            }
        }
    }
}

}  // namespace stancegraph
