// Who does what to whom for one cue: the order in which the argument searches are tried, by the
// kind of cue (verb or noun, passive, symmetric, special frames), and the facts they make.
#include "argument_linker.hpp"

#include "argument_search.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <functional>
#include <optional>

namespace stancegraph {

namespace {

// One side of a cue's frame: the entities found and how.
struct Side {
    std::vector<const Entity*> entities;
    std::vector<std::size_t> mentions;  // the mentions they came from, when in this sentence
    std::string how;
    bool own = false;        // found in the cue's own phrase (the agent of a noun or a passive)
    bool borrowed = false;   // taken from the discourse (topic, speaker of another sentence): less sure
};

bool kind_allowed(const CueRule& rule, const Entity& target) {
    return rule.target_kinds.empty() ||
           std::find(rule.target_kinds.begin(), rule.target_kinds.end(), target.kind) != rule.target_kinds.end();
}

class Linker {
public:
    Linker(const SentenceAnalysis& s, std::size_t cue_index)
        : a_(s, cue_index), s_(s), lexicon_(s.text().lexicon), cue_(s.cues()[cue_index]), rule_(*cue_.rule) {}

    ArgumentSearch a_;
    const SentenceAnalysis& s_;
    const Lexicon& lexicon_;
    const CueMatch& cue_;
    const CueRule& rule_;

    std::size_t start() const { return a_.clause_start(); }
    std::size_t end() const { return a_.clause_end(); }
    std::size_t first() const { return s_.sentence().first; }

    Side from_phrase(std::size_t p, const std::string& how, bool own = false) const {
        Side side;
        side.how = how;
        side.own = own;
        for (std::size_t m : a_.actors(s_.phrases()[p])) add(side, m);
        return side;
    }
    void add(Side& side, std::size_t m) const {
        side.mentions.push_back(m);
        if (const Entity* e = s_.actor(m); e && std::find(side.entities.begin(), side.entities.end(), e) == side.entities.end())
            side.entities.push_back(e);
    }
    Side from_entity(const Entity* e, const std::string& how) const {
        Side side;
        side.how = how;
        side.borrowed = true;
        if (e) side.entities.push_back(e);
        return side;
    }

    const Entity* topic() const { return s_.discourse().topic; }
    bool restricted_targets() const { return !rule_.target_kinds.empty(); }

    // The speaker of the sentence when the cue is in what was said: after the speech verb, or in
    // a quotation, or in a sentence of a quotation spoken by someone named elsewhere.
    const Entity* speaker_of_cue() const {
        if (!s_.speaker_actor()) return nullptr;
        if (!s_.speaker()) return s_.speaker_actor();
        if (s_.speech_verb() && *s_.speech_verb() < cue_.first) return s_.speaker_actor();
        for (std::size_t k = first(); k < cue_.first; ++k) {
            const Token& t = s_.text().tokens[k];
            if (t.kind == TokenKind::punct && (t.folded == "\"" || t.folded == "«" || t.folded == "“")) return s_.speaker_actor();
        }
        return nullptr;
    }

    // "his country", "بلاده", "его страна" before the cue.
    std::optional<Side> self_reference() const {
        for (std::size_t k = start(); k < cue_.first; ++k) {
            if (!s_.pattern_at(lexicon_.self_references, k, cue_.first + 1)) continue;
            if (auto p = a_.subject_before(k, first())) return from_phrase(*p, "self-reference");
            if (s_.speaker_actor()) return from_entity(s_.speaker_actor(), "self-reference to the speaker");
            return from_entity(topic(), "self-reference to the topic");
        }
        return std::nullopt;
    }

    // "the U.S. decision to recognize", "قرار الولايات المتحدة الاعتراف", "решение России признать",
    // "announcements from Norway to recognise": the agent of a decision noun does the act it names.
    std::optional<Side> decision_agent() const {
        const std::size_t from = cue_.first > start() + 5 ? cue_.first - 5 : start();
        for (std::size_t k = cue_.first; k-- > from;) {
            auto end = s_.pattern_at(lexicon_.decision_nouns, k, cue_.first);
            if (!end) continue;
            const auto& ps = s_.phrases();
            // After the noun, before the cue: its genitive, "from X", "between X and Y", or where
            // adjectives follow nouns its demonyms ("الاتفاق السعودي الإيراني على استئناف …").
            for (std::size_t p = 0; p < ps.size(); ++p) {
                if (ps[p].first < *end || ps[p].last > cue_.first || a_.actors(ps[p]).empty()) continue;
                const std::size_t before = ps[p].first - 1;
                const bool adjective = lexicon_.adjectives_follow_nouns && ps[p].first == *end &&
                                       s_.mentions()[ps[p].members.front()].form == NameForm::demonym;
                // (A preposition on the noun governs its genitive too: "بقرار إسبانيا".)
                if (ps[p].governed == Governed::none || ps[p].governed == Governed::genitive || adjective ||
                    (ps[p].chained && ps[p].marker_at <= k) ||
                    s_.pattern_at(lexicon_.noun_agent_markers, before, ps[p].first) ||
                    s_.pattern_at(lexicon_.between_markers, before, ps[p].first))
                    return from_phrase(p, "agent of the decision", true);
            }
            // Where adjectives follow nouns, a decision noun carrying a pronoun suffix ("…مع الجمهوريتين
            // واستعدادها للدفاع عنهما") has its possessor in the suffix, which points to a subject
            // (the nearest bare name before, else the one the sentence is about), never to the object
            // of a preposition right before it.
            if (lexicon_.adjectives_follow_nouns && suffixed(k)) {
                for (std::size_t p = ps.size(); p-- > 0;)
                    if (ps[p].last <= k && ps[p].first >= start() && ps[p].governed == Governed::none && !a_.actors(ps[p]).empty() &&
                        !ps[p].ethnic)
                        return from_phrase(p, "pronoun on the decision noun", true);
                if (auto p = a_.first_subject(k)) return from_phrase(*p, "pronoun on the decision noun", true);
                return std::nullopt;
            }
            // Right before the noun: its modifier or possessor ("the U.S. decision", "Russia's decision").
            for (std::size_t p = ps.size(); p-- > 0;)
                if (ps[p].last <= k && ps[p].last + 2 >= k && !a_.actors(ps[p]).empty() && !ps[p].ethnic) {
                    bool words_between = false;
                    for (std::size_t j = ps[p].last; j < k; ++j)
                        words_between = words_between || (s_.text().tokens[j].kind == TokenKind::word &&
                                                          !s_.word_in(j, lexicon_.possessive_markers));
                    if (!words_between) return from_phrase(p, "agent of the decision", true);
                }
            return std::nullopt;
        }
        return std::nullopt;
    }

    // The word ends in a pronoun suffix ("اعترافها"); a final ة folds to ه, so "الغارة" has none.
    bool suffixed(std::size_t token) const {
        const Token& t = s_.text().tokens[token];
        if (s_.text().original.substr(t.start, t.end - t.start).ends_with("\u0629")) return false;
        return std::any_of(lexicon_.pronoun_suffixes.begin(), lexicon_.pronoun_suffixes.end(),
                           [&](const std::string& p) { return t.folded.size() > p.size() + 6 && t.folded.ends_with(p); });
    }

    // The agent of a noun cue.
    Side nominal_agent() const {
        const auto& ms = s_.mentions();
        const auto& ps = s_.phrases();
        // A pronoun suffix or pronoun after the noun ("إثر اعتراف الأخيرة", "اعترافها"): the subject the
        // sentence is about, or in a dependent clause the entity named last before.
        const std::string& cue_word = s_.text().tokens[cue_.first].folded;
        const bool suffixed = this->suffixed(cue_.first);
        // The pronoun points to the nearest actor named before it in its clause ("مليشيا الحوثي …
        // وقصفها"), else the subject the sentence is about ("وأطلقت روسيا … عمليتها").
        if (lexicon_.verb_first && (suffixed || (cue_.last < s_.sentence().last && s_.word_in(cue_.last, lexicon_.pronouns)))) {
            for (std::size_t p = ps.size(); p-- > 0;)
                if (ps[p].last <= cue_.first && ps[p].first >= start() && !a_.actors(ps[p]).empty() && !ps[p].ethnic)
                    return from_phrase(p, "pronoun after the noun", true);
            if (!(start() > first() && s_.word_in(start(), lexicon_.subordinators)))
                if (auto p = a_.first_subject(cue_.first)) return from_phrase(*p, "pronoun after the noun", true);
            for (std::size_t p = ps.size(); p-- > 0;)
                if (ps[p].last <= cue_.first && !a_.actors(ps[p]).empty()) return from_phrase(p, "pronoun after the noun", true);
        }
        // "اعتراف أيّة دولة", "recognition by many states": an agent named by a counted noun is the
        // list that names it, or unknown; "اعترافكم" (your recognition) is someone we cannot name.
        if (lexicon_.verb_first && cue_.last < s_.sentence().last) {
            const std::size_t at = s_.word_in(cue_.last, lexicon_.list_fillers) ? cue_.last + 1 : cue_.last;
            if (at < s_.sentence().last && s_.pattern_at(lexicon_.group_nouns, at, s_.sentence().last)) {
                if (auto e = a_.enumeration(at)) return from_phrase(*e, "enumeration");
                return Side{{}, {}, "none: a counted agent", false, false};
            }
        }
        // "معاقبتنا على دعمنا للحكومة السورية": "our" is whoever speaks.
        if (std::any_of(lexicon_.first_person_suffixes.begin(), lexicon_.first_person_suffixes.end(),
                        [&](const std::string& p) { return cue_word.size() > p.size() + 4 && cue_word.ends_with(p); }))
            if (const Entity* speaker = speaker_of_cue()) return from_entity(speaker, "first person suffix");
        if (std::any_of(lexicon_.second_person_suffixes.begin(), lexicon_.second_person_suffixes.end(),
                        [&](const std::string& p) { return cue_word.size() > p.size() + 6 && cue_word.ends_with(p); }))
            return Side{{}, {}, "none: addressed in the second person", false, false};
        // The noun's genitive agent right after it: "اعتراف كندا بالإقليم", "вторжение Москвы в …";
        // where the genitive is the object ("признание Косово"), the agent is in the instrumental
        // ("признание Косово Россией").
        for (std::size_t p = 0; p < ps.size(); ++p) {
            const Phrase& phrase = ps[p];
            if (phrase.first < cue_.last || phrase.first >= end() || phrase.first > cue_.last + 3) continue;
            if (a_.actors(phrase).empty()) continue;
            if (rule_.genitive_object) {
                if (instrumental(phrase)) return from_phrase(p, "instrumental agent", true);
                continue;
            }
            // (A genitive is governed through its noun by any preposition before the noun.)
            // (Not a demonym after another noun: "مناهضة الوجود الفرنسي" opposes the French presence.)
            if (lexicon_.verb_first && phrase.first <= cue_.last + 1 &&
                (phrase.governed == Governed::none || (phrase.chained && phrase.marker_at <= cue_.first)) &&
                (ms[phrase.members.front()].form != NameForm::demonym || adjective_between(phrase.first)))
                return from_phrase(p, "agent after the noun", true);
            // "drew condemnation from Japan": a noun's agent after "from".
            if (phrase.first >= 1 && phrase.first <= cue_.last + 2 &&
                s_.pattern_at(lexicon_.noun_agent_markers, phrase.first - 1, phrase.first))
                return from_phrase(p, "agent after the noun", true);
            break;
        }
        // "American recognition of …": a demonym right before the noun.
        for (std::size_t p = ps.size(); p-- > 0;) {
            if (ps[p].last > cue_.first) continue;
            if (ps[p].last == cue_.first && !lexicon_.adjectives_follow_nouns && !a_.actors(ps[p]).empty() && !ps[p].ethnic &&
                ps[p].governed == Governed::none)
                return from_phrase(p, "modifier", true);
            break;
        }
        if (auto side = decision_agent()) return *side;
        if (auto side = attributive_participle()) return *side;
        // "X … announced the severance of ties", "а также объявил о прекращении …": a noun that a
        // light verb right before it governs has that verb's subject, however far it stands.
        for (std::size_t k = cue_.first > start() + 3 ? cue_.first - 3 : start(); k < cue_.first; ++k)
            if (s_.pattern_at(lexicon_.light_verbs, k, cue_.first)) {
                if (auto p = a_.subject_before(k, start()); p && ps[*p].governed == Governed::none)
                    return from_phrase(*p, "subject of the light verb");
                if (auto p = a_.first_subject(k)) return from_phrase(*p, "subject of the light verb");
                break;
            }
        // A noun's agent stands near it; with none there, nothing else is guessed.
        const std::size_t near = cue_.first > start() + 8 ? cue_.first - 8 : start();
        if (auto p = a_.subject_before(cue_.first, near); p && (ps[*p].possessor || subject_may_own_noun(ps[*p].last)))
            return from_phrase(*p, ps[*p].possessor ? "possessor" : "subject", ps[*p].possessor);
        // "أعلن الرئيس الروسي … الاعتراف بـ…": a noun that is what the speaker announced.
        if (s_.speaker() && ms[*s_.speaker()].last <= cue_.first) {
            bool complement = false;
            for (std::size_t k = ms[*s_.speaker()].last; k < cue_.first; ++k) complement = complement || s_.word_in(k, lexicon_.complementizers);
            if (!complement) return from_phrase(s_.phrase_index(*s_.speaker()), "speaker announcing");
        }
        // Where verbs come first, a noun in what a speaker said without an agent of its own is the
        // speaker's ("مضيفا أن ضغوط العقوبات على سوريا ستزداد").
        if (lexicon_.verb_first)
            if (const Entity* speaker = speaker_of_cue()) {
                Side side = from_entity(speaker, "speaker");
                side.borrowed = false;
                return side;
            }
        // "البلدان الثلاثة التي تشترك في مناهضة الوجود الفرنسي": a noun in a relative clause without
        // a subject of its own is done by the clause's antecedent.
        if (lexicon_.verb_first && s_.word_in(start(), lexicon_.relative_pronouns) && !a_.subject_before(cue_.first, start()))
            if (auto p = a_.antecedent()) return from_phrase(*p, "relative clause antecedent");
        return Side{{}, {}, "none for a noun", false, false};
    }

    bool instrumental(const Phrase& phrase) const {
        if (phrase.governed != Governed::none || phrase.nominative) return false;
        const Token& t = s_.text().tokens[s_.mentions()[phrase.members.front()].last - 1];
        return std::any_of(lexicon_.instrumental_endings.begin(), lexicon_.instrumental_endings.end(),
                           [&](const std::string& e) { return t.folded.ends_with(e); });
    }

    // A list that names a counted subject: before the cue ("Seven EU members have recognised …
    // - Bulgaria, Cyprus …"), or after a verb that comes first ("اعترفت العديد من الدول … مثل …").
    std::optional<Side> counted_subject() const {
        std::optional<std::size_t> noun = a_.counted_noun(start(), cue_.first);
        // "any of the countries which have recognized …, namely X and Y": the relative clause's
        // antecedent is the counted noun.
        if (!noun && start() > first() && s_.word_in(start(), lexicon_.relative_pronouns))
            noun = a_.counted_noun(start() > first() + 3 ? start() - 3 : first(), start());
        // "اعترفت العديد من الدول بـ…": the counted noun right after a verb that comes first.
        // (Also inside the cue's own words: "قطعت 4 دول علاقاتها مع …".)
        if (!noun && lexicon_.verb_first)
            for (std::size_t k = cue_.first + 1; k < std::min(end(), cue_.last + 3) && !noun; ++k)
                if (s_.pattern_at(lexicon_.group_nouns, k, end())) noun = k;
        if (!noun) return std::nullopt;
        if (auto p = a_.enumeration(*noun)) return from_phrase(*p, "enumeration");
        return std::nullopt;
    }

    // ", accusing Kyiv of …", "، متهمة واشنطن", ", обвинив …": a participle after a comma has the
    // subject of the clause it hangs on.
    bool adjunct_participle() const {
        if (cue_.first <= first() || s_.text().tokens[cue_.first - 1].folded != ",") return false;
        const std::string& word = s_.text().tokens[cue_.first].folded;
        return std::any_of(lexicon_.adjunct_endings.begin(), lexicon_.adjunct_endings.end(),
                           [&](const std::string& e) { return word.size() > e.size() + 2 && word.ends_with(e); }) ||
               std::any_of(lexicon_.adjunct_prefixes.begin(), lexicon_.adjunct_prefixes.end(),
                           [&](const std::string& p) { return word.size() > p.size() + 3 && word.starts_with(p); });
    }

    // "Алжир, поддерживающий …", "موقف كوريا الشمالية الداعم لروسيا": a participle that agrees with
    // the noun right before it (past a comma) has that noun as its agent.
    std::optional<Side> attributive_participle() const {
        const auto& tokens = s_.text().tokens;
        const std::string& word = tokens[cue_.first].folded;
        const bool ending = std::any_of(lexicon_.attributive_endings.begin(), lexicon_.attributive_endings.end(),
                                        [&](const std::string& e) { return word.size() > e.size() + 3 && word.ends_with(e); });
        const bool prefix = std::any_of(lexicon_.attributive_prefixes.begin(), lexicon_.attributive_prefixes.end(),
                                        [&](const std::string& p) { return word.size() > p.size() + 4 && word.starts_with(p); });
        if (!ending && !prefix) return std::nullopt;
        std::size_t k = cue_.first;
        if (ending && k > first() && tokens[k - 1].folded == ",") --k;
        const auto& ps = s_.phrases();
        for (std::size_t p = ps.size(); p-- > 0;)
            if (ps[p].last == k && !a_.actors(ps[p]).empty() && !ps[p].ethnic) return from_phrase(p, "agreeing participle", true);
        return std::nullopt;
    }

    // "واتهمت بنما بالتسلط": the phrase after the verb is followed right away by the charge, so it
    // is the accused, not the accuser.
    bool charged_object(std::size_t phrase) const {
        if (rule_.charge_clitics.empty()) return false;
        const auto& tokens = s_.text().tokens;
        std::size_t k = s_.phrases()[phrase].last;
        while (k < end() && tokens[k].kind == TokenKind::punct && tokens[k].folded != ",") ++k;
        if (k >= end()) return false;
        return std::any_of(rule_.charge_clitics.begin(), rule_.charge_clitics.end(), [&](const std::string& c) {
            return tokens[k].folded.starts_with(c) && code_point_count(std::string_view(tokens[k].folded).substr(c.size())) >= 3;
        });
    }

    // The cue is the sentence's first word but for conjunctions, adverbs and, where verbs come
    // first, an auxiliary "كان" ("وأكدت …", "وكانت قد تعهدت …").
    bool opens_sentence() const {
        for (std::size_t k = first(); k < cue_.first; ++k)
            if (!s_.word_in(k, lexicon_.coordinators) && !s_.word_in(k, lexicon_.adverbs) && !s_.word_in(k, lexicon_.clause_breaks) &&
                !(lexicon_.verb_first && s_.word_in(k, lexicon_.copulas) && k + 1 < cue_.first) &&
                s_.text().tokens[k].kind == TokenKind::word)
                return false;
        return true;
    }

    Side verbal_subject() const {
        const auto& ps = s_.phrases();
        if (auto side = attributive_participle()) return *side;
        if (adjunct_participle()) {
            if (auto p = a_.first_subject(cue_.first)) return from_phrase(*p, "subject of the main clause");
            if (s_.speaker_actor()) return from_entity(s_.speaker_actor(), "speaker");
            return Side{{}, {}, "none for a participle", false, false};
        }
        if (auto side = decision_agent()) return *side;
        if (auto p = a_.subject_before(cue_.first, start())) {
            // "Seven EU members … - Bulgaria, Cyprus …", "Sweden is the first EU member state to
            // recognise": a name that modifies a counted noun is not the subject; the list that
            // names the noun, or the subject of a copula before it, is.
            if (auto noun = a_.group_noun_after(*p)) {
                if (auto e = a_.enumeration(*noun)) return from_phrase(*e, "enumeration");
                if (auto c = a_.copular_subject(ps[*p].first)) return from_phrase(*c, "subject of the copula");
                return Side{{}, {}, "none for a counted subject", false, false};
            }
            return from_phrase(*p, "subject");
        }
        if (auto p = a_.antecedent()) return from_phrase(*p, "relative clause antecedent");
        // "only five countries recognised …": a counted subject is the list that names it, or no one.
        if (auto noun = a_.counted_noun(start(), cue_.first); noun && cue_.first - *noun <= 4) {
            if (auto side = counted_subject()) return *side;
            return Side{{}, {}, "none for a counted subject", false, false};
        }
        // A pronoun subject ("he said that it will not …", "أنها لن تعترف") is the speaker, or in a
        // dependent clause the last entity before it, or the state the text is about. A plural one
        // ("they", "они") is the last list named.
        if (auto pronoun = a_.pronoun_before_cue()) {
            if (s_.word_in(*pronoun, lexicon_.plural_pronouns)) {
                for (std::size_t p = ps.size(); p-- > 0;)
                    if (ps[p].last <= *pronoun && a_.actors(ps[p]).size() >= 2) return from_phrase(p, "plural pronoun");
                // "Palestinian leaders said they would …": the speakers themselves.
                if (s_.speaker() && s_.mentions()[*s_.speaker()].last <= *pronoun)
                    return from_phrase(s_.phrase_index(*s_.speaker()), "plural pronoun for the speaker");
                if (s_.discourse().group.size() >= 2) {
                    Side side = from_entity(nullptr, "plural pronoun for the last list");
                    side.entities = s_.discourse().group;
                    return side;
                }
                return Side{{}, {}, "none for a plural pronoun", false, false};
            }
            if (s_.speaker() && s_.mentions()[*s_.speaker()].last <= cue_.first)
                return from_phrase(s_.phrase_index(*s_.speaker()), "pronoun for the speaker");
            if (start() > first() && s_.word_in(start(), lexicon_.subordinators))
                for (std::size_t p = ps.size(); p-- > 0;)
                    if (ps[p].last <= start() && !a_.actors(ps[p]).empty()) return from_phrase(p, "pronoun in a dependent clause");
            if (s_.speaker_actor()) return from_entity(s_.speaker_actor(), "pronoun for the speaker");
            if (lexicon_.topic_pronouns.empty() || s_.word_in(*pronoun, lexicon_.topic_pronouns))
                return from_entity(topic(), "pronoun for the topic");
            return Side{{}, {}, "none for the pronoun", false, false};
        }
        if (lexicon_.verb_first)
            if (auto p = a_.subject_after(); p && !charged_object(*p)) return from_phrase(*p, "subject after the verb");
        if (auto side = counted_subject()) return *side;
        // Where subjects may be dropped, a complement clause without one has its main clause's
        // subject ("قال إن بلاده … ومن غير المرجح أن تعترف …").
        if (lexicon_.verb_first && start() > first() && s_.word_in(start(), lexicon_.complementizers)) {
            for (std::size_t k = first(); k < start(); ++k)
                if (s_.pattern_at(lexicon_.self_references, k, start())) {
                    if (auto p = a_.subject_before(k, first())) return from_phrase(*p, "self-reference");
                    if (s_.speaker_actor()) return from_entity(s_.speaker_actor(), "self-reference to the speaker");
                    return from_entity(topic(), "self-reference to the topic");
                }
            if (auto p = a_.first_subject(start())) return from_phrase(*p, "main clause subject");
        }
        // A dependent clause without a subject of its own: the main clause's subject is meant
        // ("…, after becoming the first state to recognise …").
        if (start() > first() && s_.word_in(start(), lexicon_.subordinators))
            if (auto p = a_.first_subject(start())) return from_phrase(*p, "main clause subject");
        // Where verbs come first, a reported statement without a subject is the speaker's.
        if (lexicon_.verb_first)
            if (const Entity* speaker = speaker_of_cue()) {
                Side side = from_entity(speaker, "speaker");
                side.borrowed = false;
                return side;
            }
        // Where subjects may be dropped (the verb carries the person), a verb that opens its sentence
        // with no subject anywhere is about the state the text is about.
        if (lexicon_.pro_drop && opens_sentence() && !s_.speaker() && topic())
            return from_entity(topic(), "dropped subject: the topic");
        return Side{{}, {}, "none", false, false};
    }

    // Agents in the cue's own words: an entity inside them ("إعلان الإقليمين استقلالهما عن") where
    // subjects may follow verbs (elsewhere it is the target: "recognize Moroccan sovereignty"), or a
    // demonym right after the cue where adjectives follow nouns ("العقوبات الأميركية", "الغزو الروسي").
    // Between the cue and a demonym, only another adjective ("العقوبات الاقتصادية الأميركية"); after a
    // noun ("مناهضة الوجود الفرنسي") the demonym is that noun's.
    bool adjective_between(std::size_t demonym) const {
        if (demonym == cue_.last || lexicon_.adjective_endings.empty()) return true;
        const std::string& word = s_.text().tokens[cue_.last].folded;
        return std::any_of(lexicon_.adjective_endings.begin(), lexicon_.adjective_endings.end(),
                           [&](const std::string& e) { return word.size() > e.size() + 4 && word.ends_with(e); });
    }

    std::optional<Side> own_words() const {
        const auto& ms = s_.mentions();
        // (An entity of the kind the cue's targets must be is its target: "в состав БРИКС входят".)
        if (lexicon_.verb_first)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first > cue_.first && ms[m].last <= cue_.last && s_.actor(m) && !s_.is_object(m) &&
                    !(restricted_targets() && kind_allowed(rule_, *ms[m].entity)))
                    return from_phrase(s_.phrase_index(m), "inside the cue", true);
        // (A demonym after a cue of several words modifies its last word, the object: "الاعتراف بالسيادة
        // الإسرائيلية" is recognising Israel's sovereignty.)
        if (lexicon_.adjectives_follow_nouns && nominal() && cue_.pattern->word_count() == 1)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first >= cue_.last && ms[m].first <= cue_.last + 1 && ms[m].form == NameForm::demonym &&
                    !ms[m].prepositional && s_.actor(m) && !s_.phrase_of(m).ethnic && adjective_between(ms[m].first))
                    return from_phrase(s_.phrase_index(m), "adjective", true);
        return std::nullopt;
    }

    // "Iran-backed Hezbollah", "the Moroccan-annexed Western Sahara": a name joined to a participle
    // by a hyphen is its agent; the name right after is its object.
    // Without a name after it ("Russian-backed separatists") the compound makes no fact.
    struct Compound {
        std::size_t agent = 0;
        std::optional<std::size_t> object;
    };
    std::optional<Compound> compound() const {
        const auto& tokens = s_.text().tokens;
        if (lexicon_.verb_first || cue_.first < first() + 2) return std::nullopt;
        const Token& hyphen = tokens[cue_.first - 1];
        if (hyphen.folded != "-" || hyphen.space_before || tokens[cue_.first].space_before) return std::nullopt;
        const auto& ps = s_.phrases();
        std::optional<std::size_t> agent, object;
        for (std::size_t p = 0; p < ps.size(); ++p) {
            if (ps[p].last == cue_.first - 1 && !a_.actors(ps[p]).empty()) agent = p;
            if (!object && ps[p].first >= cue_.last && ps[p].first <= cue_.last + 3) object = p;
        }
        if (!agent) return std::nullopt;
        return Compound{*agent, object};
    }

    // A cue word used as a noun: so declared, or (where articles mark nouns) after a determiner or
    // preposition ("the recognition", "for recognition", "the U.S. decision"), or with a noun's ending.
    bool nominal() const {
        if (rule_.object_first) return false;
        if (rule_.nominal) return true;
        const auto& tokens = s_.text().tokens;
        const std::string& word = tokens[cue_.first].folded;
        if (std::any_of(lexicon_.noun_endings.begin(), lexicon_.noun_endings.end(),
                        [&](const std::string& e) { return word.size() > e.size() + 2 && word.ends_with(e); }) ||
            std::any_of(lexicon_.noun_prefixes.begin(), lexicon_.noun_prefixes.end(),
                        [&](const std::string& p) { return word.size() > p.size() + 4 && word.starts_with(p); }))
            return true;
        // "بحجة دعم طهران", "على اعتراف", "بترحيب": a word after a preposition, or carrying one, is a noun.
        if (!lexicon_.prepositional_clitics.empty()) {
            for (const auto& c : lexicon_.prepositional_clitics)
                if (word.starts_with(c) && word.size() >= c.size() + 6) return true;
            if (cue_.first > first()) {
                const Token& before = tokens[cue_.first - 1];
                if (s_.word_in(cue_.first - 1, lexicon_.object_markers)) return true;
                // (Not a conjunction that merely begins like one: "بينما اعتبرت".)
                const bool conjunction = s_.word_in(cue_.first - 1, lexicon_.subordinators) ||
                                         s_.word_in(cue_.first - 1, lexicon_.clause_breaks) ||
                                         s_.word_in(cue_.first - 1, lexicon_.complementizers);
                for (const auto& c : lexicon_.prepositional_clitics)
                    if (!conjunction && before.folded.starts_with(c) && before.folded.size() >= c.size() + 6) return true;
            }
        }
        if (lexicon_.determiners.empty()) return false;
        std::size_t k = cue_.first;
        if (k <= first()) return false;
        // Past a name right before the noun ("the Turkish operation", "the U.S. decision"), unless
        // the word has a verb's ending ("the EU condemned").
        const bool verb_ending = std::any_of(lexicon_.participle_endings.begin(), lexicon_.participle_endings.end(),
                                             [&](const std::string& e) { return word.ends_with(e); });
        for (const auto& m : s_.mentions())
            if (m.last == k && m.first > first() && (m.form == NameForm::demonym || !verb_ending)) k = m.first;
        // "to" before a verb is no preposition ("refused to recognise").
        return s_.word_in(k - 1, lexicon_.determiners) ||
               (s_.word_in(k - 1, lexicon_.object_markers) && !s_.word_in(k - 1, lexicon_.complementizers));
    }

    // Where nouns take articles, a subject is the agent of a noun only through a light verb
    // ("X announced the severance of ties") or a possessive ("X said its recognition …").
    bool subject_may_own_noun(std::size_t subject_end) const {
        if (lexicon_.determiners.empty()) return true;
        if (cue_.first > first() && s_.word_in(cue_.first - 1, lexicon_.possessive_determiners)) return true;
        for (std::size_t k = subject_end; k < cue_.first; ++k)
            if (s_.pattern_at(lexicon_.light_verbs, k, cue_.first)) return true;
        return false;
    }

    // "فصائل كردية تدعمها الولايات المتحدة": a word carrying a pronoun as a suffix and followed by a
    // bare name is a verb with its object, and the name its subject (a noun with a suffix takes no
    // genitive after it).
    std::optional<Side> subject_after_suffixed_verb() const {
        if (!lexicon_.verb_first || cue_.last != cue_.first + 1) return std::nullopt;
        const auto& ps = s_.phrases();
        const std::string& word = s_.text().tokens[cue_.first].folded;
        const bool object_suffix = std::any_of(lexicon_.pronoun_suffixes.begin(), lexicon_.pronoun_suffixes.end(), [&](const std::string& x) {
            return code_point_count(x) >= 2 && word.ends_with(x) && code_point_count(word) >= code_point_count(x) + 3;
        });
        if (!object_suffix) return std::nullopt;
        for (std::size_t p = 0; p < ps.size(); ++p)
            if (ps[p].first == cue_.last && ps[p].governed == Governed::none && !a_.actors(ps[p]).empty())
                return from_phrase(p, "subject after a verb with its object", true);
        return std::nullopt;
    }

    Side sources() const {
        if (auto side = self_reference()) return *side;
        if (auto side = own_words()) return *side;
        if (auto side = subject_after_suffixed_verb()) return *side;
        if (nominal()) return nominal_agent();
        return verbal_subject();
    }
};

void make_facts(LinkResult& result, const std::vector<const Entity*>& sources,
                const std::vector<std::pair<const Entity*, RelationId>>& targets, double confidence, const std::string& how,
                const RelationOntology& ontology, const std::function<void(const std::string&)>& note) {
    for (const Entity* source : sources)
        for (const auto& pair : targets) {
            // Plain names, not a structured binding: clang 14 (the fuzz build) cannot capture those.
            const Entity* target = pair.first;
            const RelationId r = pair.second;
            if (source == target) continue;
            const bool symmetric = ontology.at(r).symmetric;
            if (std::any_of(result.facts.begin(), result.facts.end(), [&](const LinkedFact& f) {
                    return f.relation == r && ((f.source == source && f.target == target) ||
                                               (symmetric && f.source == target && f.target == source));
                }))
                continue;
            result.facts.push_back({source, target, r, confidence, how});
            note(source->name + " " + ontology.at(r).name + " " + target->name + " (source: " + how + ")");
        }
}

// "its internationally recognized borders", "the backed candidate": where a participle takes the
// verb's ending and stands before a noun of its own, it describes that noun and states no act.
bool attributive(const SentenceAnalysis& s, const CueMatch& cue) {
    const Lexicon& lexicon = s.text().lexicon;
    if (lexicon.verb_first || cue.last >= s.sentence().last || cue.last != cue.first + 1) return false;
    const auto& tokens = s.text().tokens;
    const std::string& word = tokens[cue.first].folded;
    if (std::none_of(lexicon.participle_endings.begin(), lexicon.participle_endings.end(), [&](const std::string& e) { return word.ends_with(e); }))
        return false;
    // After a determiner, or an adverb after one ("its internationally recognized borders"):
    // "X shelled positions" is a verb.
    std::size_t before = cue.first;
    if (before > s.sentence().first && tokens[before - 1].folded.ends_with("ly")) --before;
    // … or after a possessive: "Georgia's occupied territories".
    const bool possessive = before >= s.sentence().first + 2 && tokens[before - 2].folded == "'" &&
                            s.word_in(before - 1, lexicon.possessive_markers);
    if (before <= s.sentence().first || (!s.word_in(before - 1, lexicon.determiners) && !possessive)) return false;
    const Token& next = tokens[cue.last];
    if (next.kind != TokenKind::word || next.capitalized || next.folded.ends_with("ly")) return false;
    if (std::any_of(s.mentions().begin(), s.mentions().end(), [&](const Mention& m) { return m.first == cue.last; })) return false;
    const std::size_t k = cue.last;
    return !(s.word_in(k, lexicon.object_markers) || s.word_in(k, lexicon.determiners) || s.word_in(k, lexicon.coordinators) ||
             s.word_in(k, lexicon.complementizers) || s.word_in(k, lexicon.auxiliaries) || s.word_in(k, lexicon.copulas) ||
             s.word_in(k, lexicon.adverbs) || s.word_in(k, lexicon.pronouns) || s.word_in(k, lexicon.object_pronouns) ||
             s.word_in(k, lexicon.negators) || s.pattern_at(lexicon.agent_markers, k, s.sentence().last) ||
             s.pattern_at(lexicon.time.today, k, s.sentence().last) || s.word_in(k, lexicon.relative_pronouns));
}

RelationId effective_relation(const CueMatch& cue, bool& dropped) {
    dropped = false;
    if (!cue.negated) return cue.rule->relation;
    if (!cue.rule->negated) {
        dropped = true;
        return cue.rule->relation;
    }
    return *cue.rule->negated;
}

}  // namespace

LinkResult link_arguments(const SentenceAnalysis& s, std::size_t cue_index, const RelationOntology& ontology,
                          std::vector<std::string>* trace) {
    LinkResult result;
    const CueMatch& cue = s.cues()[cue_index];
    const CueRule& rule = *cue.rule;
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + rule.id + ": " + text);
    };
    if (cue.attempted) {
        note("dropped: only sought or attempted");
        return result;
    }
    if (attributive(s, cue)) {
        note("dropped: a participle describing a noun");
        return result;
    }
    if (!rule.unless_near.empty()) {
        const std::size_t from = cue.first > s.sentence().first + 4 ? cue.first - 4 : s.sentence().first;
        const std::size_t to = std::min(s.sentence().last, cue.last + 10);
        for (std::size_t k = from; k < to; ++k)
            for (const Pattern& p : rule.unless_near)
                if (p.match(s.text().forms, k, s.sentence().last)) {
                    note("dropped: a word near it makes it something else");
                    return result;
                }
    }
    Linker l(s, cue_index);
    ArgumentSearch& a = l.a_;
    const Lexicon& lexicon = s.text().lexicon;
    const auto& ms = s.mentions();
    const auto& ps = s.phrases();

    // "لم يعترف بالإقليم سوى …", "no state except X recognised it": an exception to a negation is
    // affirmative for the list it names.
    std::optional<std::size_t> excepted;
    if (cue.negated && !lexicon.exceptives.empty())
        for (std::size_t k = l.start(); k < l.end() && !excepted; ++k) {
            if (!s.word_in(k, lexicon.exceptives)) continue;
            std::size_t at = k + 1;
            while (at < l.end() && (s.text().tokens[at].kind == TokenKind::punct || s.word_in(at, lexicon.list_fillers))) ++at;
            if (auto p = a.phrase_at(at); p && !a.actors(ps[*p]).empty()) excepted = p;
        }
    bool dropped = false;
    RelationId relation = excepted ? rule.relation : effective_relation(cue, dropped);
    if (dropped) {
        note("dropped: negated");
        return result;
    }
    double confidence = rule.confidence * (cue.hedged ? 0.6 : 1.0);
    const RelationInfo* opposes = ontology.find("opposes");
    std::vector<LinkedFact> refusal_facts;

    std::vector<const Entity*> sources;
    std::vector<std::pair<const Entity*, RelationId>> targets;
    std::vector<std::size_t> source_mentions;
    std::string how;
    auto add_sources = [&](const std::vector<std::size_t>& list) {
        for (std::size_t m : list) {
            source_mentions.push_back(m);
            if (s.actor(m) && std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end()) sources.push_back(s.actor(m));
        }
    };
    auto add_side = [&](const Side& side) {
        for (std::size_t m : side.mentions) source_mentions.push_back(m);
        for (const Entity* e : side.entities)
            if (std::find(sources.begin(), sources.end(), e) == sources.end()) sources.push_back(e);
        how = side.how;
        if (side.borrowed) confidence *= 0.8;
        if (!side.mentions.empty()) result.source_token = ms[side.mentions.front()].first;
        result.own_agent = result.own_agent || side.own;
    };
    auto add_targets = [&](const std::vector<std::size_t>& list, RelationId r) {
        for (std::size_t m : list)
            if (s.target(m) && kind_allowed(rule, *s.target(m))) targets.emplace_back(s.target(m), r);
    };
    auto phrase_targets = [&](std::optional<std::size_t> p, RelationId r) {
        if (p) add_targets(ps[*p].members, r);
    };

    if (rule.arguments == CueArguments::judgement) {
        // "Расширение НАТО является посягательством …", said Peskov: the speaker judges the subject.
        const Entity* judge = s.speaker_actor();
        std::optional<std::size_t> judged;
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].last <= cue.first && ms[m].first >= l.start() && s.target(m) && s.target(m) != judge && !ms[m].reference) {
                judged = m;
                break;
            }
        // "провокации со стороны России", "provocations by X": else the noun's own agent after it.
        if (!judged)
            if (auto agent = a.agent_after(); agent && agent->marker <= cue.last + 1)
                for (std::size_t m : ps[agent->phrase].members)
                    if (s.target(m) && s.target(m) != judge) {
                        judged = m;
                        break;
                    }
        if (!judge || !judged) {
            note("dropped: needs a speaker and a subject to judge");
            return result;
        }
        sources.push_back(judge);
        add_targets({*judged}, relation);
        how = "speaker judges";
    } else if (rule.arguments == CueArguments::evaluation) {
        // "called the strikes aggression", "اعتبرت الخطوة بأنها مؤسفة", "назвал операцию Турции
        // вторжением": the word the verb applies to its object gives the relation; whoever the object
        // names, or whoever did the act it names, is the target.
        if (cue.last < s.sentence().last && s.word_in(cue.last, lexicon.evaluation_blockers)) {
            note("dropped: not an evaluation ('called on', 'called for')");
            return result;
        }
        std::optional<std::size_t> word_first, word_last;
        // The word may stand in a clause of its own ("اعتبر الخطوة بأنها مؤسفة", "said it was illegal").
        const std::size_t horizon = std::min(s.sentence().last, cue.last + 10);
        for (std::size_t k = cue.last; k < horizon && !word_first; ++k) {
            std::vector<std::pair<std::size_t, std::size_t>> found;
            lexicon.evaluations.matches_at(s.text().forms, k, s.sentence().last, found);
            if (found.empty()) continue;
            word_first = k;
            word_last = found.front().second;
            relation = lexicon.evaluation_relations[lexicon.evaluations.tag(found.front().first)];
        }
        if (!word_first) {
            note("dropped: no evaluative word after it");
            return result;
        }
        add_side(l.sources());
        auto other_than_sources = [&](std::size_t p) {
            std::vector<std::size_t> others;
            for (std::size_t m : a.actors(ps[p]))
                if (s.target(m) && std::find(sources.begin(), sources.end(), s.target(m)) == sources.end()) others.push_back(m);
            return others;
        };
        auto take = [&](std::size_t p, const char* where) {
            const auto others = other_than_sources(p);
            if (others.empty()) return false;
            add_targets(others, relation);
            how += std::string(", ") + where;
            return true;
        };
        bool found = false;
        // The object between the verb and the word ("described the Russian move as illegal").
        for (std::size_t p = 0; p < ps.size() && !found; ++p)
            if (ps[p].first > cue.first && ps[p].last <= *word_first && ps[p].governed != Governed::attribution)
                found = take(p, "the object");
        // Where case marks the object, it may stand before the verb ("Атаку турецкого самолёта Путин назвал …").
        if (!found && lexicon.inflects_names)
            for (std::size_t p = 0; p < ps.size() && !found; ++p)
                if (ps[p].first >= l.start() && ps[p].last <= cue.first && ps[p].governed != Governed::attribution &&
                    ps[p].governed != Governed::locative)
                    found = take(p, "the object before the verb");
        // The word's own agent ("ما وصفته بالتقصير الكبير من قبل إيران", "called it aggression by X").
        for (std::size_t p = 0; p < ps.size() && !found; ++p)
            if (ps[p].first >= *word_last && ps[p].first <= *word_last + 6 &&
                (ps[p].governed == Governed::agent || ps[p].governed == Governed::genitive))
                found = take(p, "the word's agent");
        // "calling it premature", "الخطوة": an act reported before; its doer.
        if (!found)
            for (std::size_t k = cue.first; k < *word_first && !found; ++k) {
                std::vector<std::pair<std::size_t, std::size_t>> acts;
                lexicon.references.events.matches_at(s.text().forms, k, *word_first, acts);
                const bool pronoun = s.word_in(k, lexicon.object_pronouns) || s.pattern_at(lexicon.act_nouns, k, *word_first) ||
                                     s.pattern_at(lexicon.decision_nouns, k, *word_first);
                if (acts.empty() && !pronoun) continue;
                const std::string family = acts.empty() ? "" : lexicon.references.event_families[lexicon.references.events.tag(acts.front().first)];
                if (const DiscourseEvent* event = s.discourse().last_event(family, s.index(), 2))
                    for (const Entity* doer : event->sources)
                        if (std::find(sources.begin(), sources.end(), doer) == sources.end()) {
                            targets.emplace_back(doer, relation);
                            found = true;
                        }
                if (found) how += ", the act reported before";
                // "condemned a visit by X, calling it a violation": else the agent of the act named
                // before; "cautioned Sweden against recognition, calling it premature": else the last
                // one named before that is not the source.
                for (std::size_t marker = cue.first; marker-- > s.sentence().first && !found && pronoun;)
                    if (s.pattern_at(lexicon.agent_markers, marker, cue.first)) {
                        for (std::size_t p = 0; p < ps.size() && !found; ++p)
                            if (ps[p].first > marker && ps[p].first <= marker + 12 && ps[p].last <= cue.first)
                                found = take(p, "the act's agent before");
                        break;
                    }
                for (std::size_t p = ps.size(); p-- > 0 && !found && pronoun;)
                    if (ps[p].last <= cue.first) found = take(p, "the last named before");
                break;
            }
    } else if (auto annexer = rule.source_markers.empty() ? std::nullopt : a.marked_after(cue.last, rule.source_markers)) {
        // "ضم جمهوريتي دونيتسك ولوغانسك … إلى روسيا": the phrase after the marker acts; the names
        // between the cue and it are what it acts on.
        add_sources(a.actors(ps[*annexer]));
        for (std::size_t p = 0; p < *annexer; ++p)
            if (ps[p].first > cue.first && ps[p].governed != Governed::attribution && ps[p].governed != Governed::locative)
                phrase_targets(p, relation);
        how = "after its marker";
        result.own_agent = true;
    } else if (rule.arguments == CueArguments::reverse) {
        // The subject after the cue; the target the nearest fitting entity before it.
        std::optional<std::size_t> after;
        for (std::size_t m = 0; m < ms.size() && !after; ++m)
            if (ms[m].first >= cue.last && ms[m].first <= cue.last + 3 && s.actor(m)) after = m;
        std::optional<std::size_t> before;
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].last <= cue.first && s.target(m) && kind_allowed(rule, *s.target(m))) before = m;
        if (!after || !before) {
            note("dropped: needs a subject after and a target before");
            return result;
        }
        add_sources(a.actors(s.phrase_of(*after)));
        add_targets({*before}, relation);
        how = "reverse";
        result.own_agent = true;
    } else if (rule.arguments == CueArguments::adjacent) {
        // "X, an ally of Y" / "Y ally X": the nearest entity on each side.
        std::optional<std::size_t> before, after;
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (ms[m].last <= cue.first && cue.first - ms[m].last <= 4 && s.actor(m)) before = m;
            if (!after && ms[m].first >= cue.last && ms[m].first - cue.last <= 4 && s.target(m)) after = m;
        }
        if (!before || !after) {
            note("dropped: needs an entity on each side");
            return result;
        }
        add_sources({*before});
        add_targets({*after}, relation);
        how = "adjacent";
        result.own_agent = true;
    } else if (rule.arguments == CueArguments::comprise) {
        // "BRICS comprises Brazil, …", "ويضم حلف الناتو كلا من بولندا وإستونيا": the organisation is the
        // subject, before the verb or right after it; the members are the other phrase after it.
        std::optional<std::size_t> whole, parts;
        for (std::size_t p = ps.size(); p-- > 0 && !whole;)
            if (ps[p].last <= cue.first && ps[p].first >= l.start() && kind_allowed(rule, *ms[ps[p].members.front()].entity)) whole = p;
        // "المجموعة التي تأسست عام 2014، وتضم …": in a relative clause, its antecedent.
        if (!whole)
            if (auto p = a.antecedent(); p && kind_allowed(rule, *ms[ps[*p].members.front()].entity)) whole = p;
        std::vector<std::size_t> members;
        for (std::size_t p = 0; p < ps.size(); ++p) {
            if (ps[p].first < cue.last || ps[p].first > cue.last + 6 || ps[p].first >= l.end()) continue;
            if (!whole && kind_allowed(rule, *ms[ps[p].members.front()].entity)) whole = p;
            else if (!parts && !a.actors(ps[p]).empty()) parts = p;
        }
        if (!whole || !parts) {
            note("dropped: needs an organisation and its members");
            return result;
        }
        // "وتضم بالإضافة إلى موريتانيا، كلا من النيجر، وبوركينا فاسو": lists that follow one another,
        // joined by "in addition to" or a comma, all name members.
        members = a.actors(ps[*parts]);
        for (std::size_t p = *parts + 1, last = ps[*parts].last; p < ps.size() && ps[p].first < l.end() && ps[p].first <= last + 3; ++p) {
            if (ps[p].governed == Governed::attribution || ps[p].governed == Governed::locative || a.actors(ps[p]).empty()) break;
            const auto more = a.actors(ps[p]);
            members.insert(members.end(), more.begin(), more.end());
            last = ps[p].last;
        }
        add_sources(members);
        phrase_targets(whole, relation);
        how = "comprise";
        result.own_agent = true;
    } else if (auto parts = l.compound()) {
        add_side(l.from_phrase(parts->agent, "compound", true));
        phrase_targets(parts->object, relation);
        how = "compound";
    } else if (rule.arguments == CueArguments::follow) {
        // "followed suit", "حذت حذوها", "последовали их примеру": the subject does what was reported last.
        // An act is followed rather than words ("Их примеру последовали …" after both a severance of
        // ties and an accusation): the last act that is not only said, else words said in this sentence or the one before.
        const DiscourseEvent* event = nullptr;
        for (auto it = s.discourse().events.rbegin(); it != s.discourse().events.rend() && it->sentence + 3 >= s.index(); ++it)
            if (!ontology.at(it->relation).verbal) {
                event = &*it;
                break;
            }
        if (!event) event = s.discourse().last_event("", s.index(), 1);
        // "…, as did Bahrain": the subject right after the cue, else the clause's.
        Side side;
        for (std::size_t p = 0; p < ps.size() && side.entities.empty(); ++p)
            if (ps[p].first >= cue.last && ps[p].first <= cue.last + 1 && ps[p].governed == Governed::none)
                side = l.from_phrase(p, "subject after the verb");
        if (side.entities.empty()) side = l.verbal_subject();
        if (side.entities.empty()) {
            note("dropped: no one following");
            return result;
        }
        add_side(side);
        // What is followed: an act earlier in this sentence (the extractor supplies it), else the
        // last one reported before.
        if (event) {
            for (const Entity* t : event->targets) targets.emplace_back(t, event->relation);
            relation = event->relation;
            how = "following " + ontology.at(event->relation).name;
        }
    } else if (rule.arguments == CueArguments::part_of) {
        // "Panama recognised Taiwan as part of China", "X is an inalienable part of Y": the source
        // supports the whole, Y; the part before the cue is no source.
        phrase_targets(a.object_after(cue.last, {}, false), relation);
        std::optional<std::size_t> p = a.subject_before(cue.first, l.start());
        if (p && cue.first - ps[*p].last <= 3) {
            const Entity* part = ms[ps[*p].members.front()].entity;
            if (part->kind == EntityKind::territory || part->kind == EntityKind::region) p = a.subject_before(ps[*p].first, l.first());
        }
        if (p) add_side(l.from_phrase(*p, "subject"));
        else if (s.speaker_actor()) add_side(l.from_entity(s.speaker_actor(), "speaker"));
        else add_side(l.from_entity(s.discourse().topic, "topic"));
    } else {
        // "between X and Y" names both sides of a symmetric relation, after the cue or before it
        // ("Между Гондурасом и Китаем установлены отношения").
        if (rule.arguments == CueArguments::pair) {
            std::optional<std::size_t> between = a.marker_at_or_after(cue.last, lexicon.between_markers, 3);
            if (!between)
                for (std::size_t k = l.start(); k < cue.first && !between; ++k)
                    if (auto e = s.pattern_at(lexicon.between_markers, k, cue.first)) between = *e;
            if (between)
                if (auto p = a.phrase_at(*between); p && ps[*p].members.size() >= 2) {
                    const auto& pair = ps[*p].members;
                    add_sources({pair[0]});
                    add_targets(std::vector<std::size_t>(pair.begin() + 1, pair.end()), relation);
                    how = "between";
                    result.own_agent = true;
                }
        }
        if (sources.empty() && excepted) {
            add_sources(a.actors(ps[*excepted]));
            how = "exception to a negation";
            phrase_targets(a.object_after(cue.last, source_mentions), relation);
        }
        if (sources.empty()) {
            // A passive verb ("was recognised by X") or a noun with its agent ("the recognition of
            // Palestine by Ireland"): the agent is the source; the subject, or the entities between the
            // noun and "by", the targets — unless another cue stands between, which then takes them.
            const bool passive_verb = rule.arguments == CueArguments::passive || s.is_passive(cue);
            // Only a passive or a noun has an agent after "by": after an active verb, it is its
            // object's ("condemned the visit by the President of Nauru").
            std::optional<ArgumentSearch::Agent> agent;
            if (passive_verb || l.nominal()) agent = a.agent_after();
            bool nested = false;
            for (std::size_t c = 0; c < s.cues().size(); ++c)
                if (c != cue_index && agent && s.cues()[c].first >= cue.last && s.cues()[c].last <= agent->marker) nested = true;
            // "recognised by 100 countries", "an attack by Tuareg rebels": the agent is named, and is
            // none we know.
            if (!agent && (passive_verb || l.nominal()))
                if (auto marker = a.marker_at_or_after(cue.last, lexicon.agent_markers, 1)) {
                    note("dropped: its agent is not an entity we know");
                    return result;
                }
            if (agent && !nested) {
                std::vector<std::size_t> objects;
                for (std::size_t m = 0; m < ms.size(); ++m)
                    if (ms[m].first >= cue.last && ms[m].last <= agent->marker) objects.push_back(m);
                if (!passive_verb && objects.empty() && agent->marker > cue.last + 2) agent.reset();
                else {
                    add_sources(a.actors(ps[agent->phrase]));
                    if (passive_verb) {
                        if (auto p = a.subject_before(cue.first, l.start())) phrase_targets(p, relation);
                        else phrase_targets(a.antecedent(), relation);
                        how = "passive";
                    } else {
                        add_targets(objects, relation);
                        how = "agent of the noun";
                    }
                    result.own_agent = true;
                }
            } else {
                agent.reset();
            }
            if (!sources.empty() || agent) {
                // found above
            } else if (passive_verb) {
                note("dropped: passive without an agent");
                return result;
            } else {
                const Side side = l.sources();
                add_side(side);
                if (!result.source_token && !side.mentions.empty()) result.source_token = ms[side.mentions.front()].first;
                // "رفضها لاعتراف موسكو", "rejected Moscow's recognition": a refusal of another's act
                // opposes the one who acts; the act itself still stands.
                // (Not where the agent stands before the refusal: in "قرار البرازيل رفض الاعتراف"
                // the refusal is the agent's own.)
                if (cue.refused && side.own && !side.entities.empty() && result.source_token && *result.source_token > cue.refusal)
                    if (auto refuser = a.subject_before(cue.refusal, l.start()); refuser && opposes) {
                        std::vector<const Entity*> by;
                        for (std::size_t m : a.actors(ps[*refuser]))
                            if (std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end()) by.push_back(s.actor(m));
                        if (!by.empty()) {
                            relation = rule.relation;
                            for (const Entity* r : by)
                                for (const Entity* actor : sources)
                                    refusal_facts.push_back({r, actor, opposes->id, rule.confidence * 0.9, "refusal of the act"});
                        }
                    }
                // Targets marked by a word ("from X to Y") take the relation the lexicon gives them.
                for (const auto& [marker, marked_relation] : rule.marked_targets) {
                    for (std::size_t k = cue.last; k < l.end(); ++k) {
                        if (s.text().tokens[k].folded != marker) continue;
                        for (std::size_t p = 0; p < ps.size(); ++p)
                            if (ps[p].first == k + 1 || (ps[p].first == k + 2 && s.word_in(k + 1, lexicon.list_fillers)))
                                add_targets(ps[p].members, marked_relation);
                        break;
                    }
                }
                // A name inside the cue's words, or starting there ("establishing the Alliance of Sahel States");
                // where verbs come first, one after the subject found there ("حمّلت مصر إسرائيل مسؤولية").
                std::size_t subject_end = 0;
                if (side.how == "inside the cue")
                    for (std::size_t m : source_mentions) subject_end = std::max(subject_end, ms[m].last);
                // (So too where the subject stands outside the cue or is left unsaid: "وكانت قد تعهدت
                // باستعادة جزيرة تايوان بالقوة".)
                // (Not after a noun, whose genitive is its agent: "باعتراف واشنطن بسيادة المغرب".)
                // (And where the object stands before the verb, whoever its subject: "Дипотношения с Ираном
                // прервали четыре страны" still says with whom.)
                if (lexicon.verb_first && (!sources.empty() || rule.object_first) && side.how != "inside the cue" && !l.nominal() &&
                    std::none_of(source_mentions.begin(), source_mentions.end(),
                                 [&](std::size_t m) { return ms[m].first > cue.first && ms[m].first < cue.last; }))
                    subject_end = cue.first + 1;
                for (std::size_t m = 0; m < ms.size(); ++m)
                    if (ms[m].first > cue.first && (ms[m].last <= cue.last || (ms[m].first < cue.last && !rule.target_kinds.empty())) &&
                        (!lexicon.verb_first || (!rule.target_kinds.empty() && kind_allowed(rule, *ms[m].entity)) ||
                         (subject_end && ms[m].first >= subject_end && ms[m].last <= cue.last &&
                          (!s.is_object(m) || side.how != "inside the cue") && s.phrase_of(m).governed != Governed::locative &&
                          s.phrase_of(m).governed != Governed::attribution &&
                          std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end())))
                        add_targets({m}, relation);
                // "accusing it of …", "признать их": an object pronoun right after the cue stands for
                // the last phrase named before that is not the source.
                // Not "warned it would …": a pronoun before a verb of its own is that verb's subject.
                const bool pronoun_object = cue.last < s.sentence().last && s.word_in(cue.last, lexicon.object_pronouns) &&
                                            !(cue.last + 1 < s.sentence().last && (s.word_in(cue.last + 1, lexicon.auxiliaries) ||
                                                                                   s.word_in(cue.last + 1, lexicon.copulas)));
                // Where the subject follows the verb, the object follows the subject.
                std::size_t object_from = cue.last;
                if (side.how == "subject after the verb") {
                    for (std::size_t m : source_mentions)
                        if (ms[m].first >= cue.last && ms[m].last > object_from) object_from = ms[m].last;
                    // "أدان الأمين العام للأمم المتحدة، أنطونيو غوتيريش، …": an apposition that names the
                    // subject again is part of it, not the object.
                    for (std::size_t m = 0; m < ms.size(); ++m) {
                        if (ms[m].first < object_from || !s.actor(m) ||
                            std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end())
                            continue;
                        bool only_punct = true;
                        for (std::size_t k = object_from; k < ms[m].first; ++k)
                            only_punct = only_punct && s.text().tokens[k].kind == TokenKind::punct;
                        if (!only_punct) break;
                        object_from = ms[m].last;
                    }
                }
                // "condemned the decision by X": whoever did the act judged.
                if (rule.marked_targets.empty() && targets.empty() && !pronoun_object)
                    if (auto p = a.act_agent(object_from)) {
                        phrase_targets(p, relation);
                        if (!targets.empty()) how += ", the act's agent";
                    }
                if (rule.marked_targets.empty() && targets.empty() && !pronoun_object) {
                    const auto object = a.object_after(object_from, source_mentions, true,
                                                       object_from > cue.last && cue.pattern->word_count() == 1 && !l.nominal());
                    phrase_targets(object, relation);
                    // "chairs the Cairo-based Arab League": a name of a kind the cue does not take,
                    // joined by a hyphen to the next word, modifies the name after it.
                    if (object && targets.empty() && !rule.target_kinds.empty() && ps[*object].last + 1 < s.sentence().last &&
                        s.text().tokens[ps[*object].last].folded == "-" && !s.text().tokens[ps[*object].last].space_before)
                        for (std::size_t p = *object + 1; p < ps.size(); ++p)
                            if (ps[p].first > ps[*object].last && ps[p].first <= ps[*object].last + 3) {
                                phrase_targets(p, relation);
                                break;
                            }
                }
                if (targets.empty()) {
                    std::optional<std::size_t> pronoun;
                    if (pronoun_object) pronoun = cue.last;
                    for (std::size_t k = cue.first >= 2 ? cue.first - 2 : 0; k < std::min(cue.last + 2, s.sentence().last) && !pronoun; ++k)
                        if (k >= s.sentence().first && s.word_in(k, lexicon.object_pronouns)) pronoun = k;
                    // (A singular pronoun stands for one name, not a list: "الاعتراف به".)
                    const bool plural = pronoun && s.word_in(*pronoun, lexicon.plural_pronouns);
                    if (pronoun)
                        for (std::size_t p = ps.size(); p-- > 0;) {
                            if (ps[p].last > cue.first) continue;
                            const auto& members = ps[p].members;
                            if (!plural && members.size() > 1 && !lexicon.plural_pronouns.empty()) break;
                            const bool is_source = std::any_of(members.begin(), members.end(), [&](std::size_t m) {
                                return std::find(sources.begin(), sources.end(), s.actor(m)) != sources.end();
                            });
                            if (is_source || std::none_of(members.begin(), members.end(), [&](std::size_t m) { return s.target(m); })) continue;
                            add_targets(members, relation);
                            break;
                        }
                }
                // "Независимость Абхазии признали Никарагуа и Венесуэла": where the subject follows the
                // verb, the object may stand before it, in an oblique case.
                if (targets.empty() && side.how == "subject after the verb" && lexicon.inflects_names)
                    for (std::size_t p = ps.size(); p-- > 0;) {
                        if (ps[p].last > cue.first || ps[p].first < l.start()) continue;
                        // ("В эту организацию входят Россия, …": a place for a cue that takes one.)
                        if (!ps[p].nominative && (ps[p].governed == Governed::none ||
                                                  (rule.locative_targets && ps[p].governed == Governed::locative)))
                            phrase_targets(p, relation);
                        break;
                    }
                // "the states of Donetsk and Lugansk, whose independence Moscow recognised": the
                // antecedent of a relative clause with its own subject is the object.
                if (targets.empty() && side.how == "subject") phrase_targets(a.antecedent(), relation);
                // "condemned the attack", "رحب بالخطوة", "осудили это решение": an act reported before;
                // its doer is the target.
                if (targets.empty() && !a.blocked_by())
                    for (std::size_t k = cue.last; k < std::min(l.end(), object_from + 4); ++k) {
                        std::vector<std::pair<std::size_t, std::size_t>> found;
                        lexicon.references.events.matches_at(s.text().forms, k, l.end(), found);
                        if (found.empty()) continue;
                        const std::string& family = lexicon.references.event_families[lexicon.references.events.tag(found.front().first)];
                        if (const DiscourseEvent* event = s.discourse().last_event(family, s.index(), 4)) {
                            for (const Entity* doer : event->sources) targets.emplace_back(doer, relation);
                            how += ", the act reported before";
                        }
                        break;
                    }
                // "المغرب وإسرائيل اتفقا على تطبيع العلاقات بينهما": coordinated subjects of a
                // symmetric relation are its two sides, whatever follows.
                const bool reciprocal = a.marker_at_or_after(cue.last, lexicon.reciprocal_markers, 4).has_value() ||
                                        (cue.first > s.sentence().first && s.pattern_at(lexicon.reciprocal_markers, cue.first - 1, cue.first));
                // "Armenia and Azerbaijan recognised each other", "взаимное признание": an act of each
                // toward the others.
                if (rule.arguments != CueArguments::pair && reciprocal && sources.size() >= 2 && targets.empty()) {
                    for (const Entity* e : sources) targets.emplace_back(e, relation);
                    how += ", each toward the other";
                }
                const bool subject_list = how == "subject" || how == "subject after the verb" || how == "agent of the decision";
                // ("Раньше других отношения прервали X и Y": relations put before the verb are those
                // already reported, and the extractor takes their other side from there.)
                if (rule.arguments == CueArguments::pair && sources.size() >= 2 && subject_list &&
                    (reciprocal || (targets.empty() && !rule.object_first))) {
                    targets.clear();
                    for (std::size_t i = 1; i < sources.size(); ++i) targets.emplace_back(sources[i], relation);
                    // "Mali, Burkina Faso and Niger signed a defence pact": each with each; else the
                    // first with the others ("Israel, the UAE and Bahrain normalised relations").
                    if (rule.all_pairs) targets.emplace_back(sources.front(), relation);
                    else sources.resize(1);
                }
                if (rule.arguments == CueArguments::pair && targets.empty() && how != "enumeration" && !rule.object_first) {
                    // "X and Y established relations", "Georgian minister … and her Tuvaluan counterpart
                    // signed … to establish relations": a symmetric relation among the subjects.
                    std::vector<const Entity*> subjects = sources;
                    // A single subject of ties of the kind that were the news just before ("…, while
                    // Gabon cut ties as well" after ties with Iran were cut) is one more
                    // party to those ties: the extractor repeats their other side; no name nearby is it.
                    const bool recent_ties = sources.size() == 1 && s.discourse().last_event(ontology.at(relation).family, s.index(), 2);
                    for (const auto& phrase : ps)
                        if (!recent_ties && phrase.last <= cue.first && phrase.first >= l.start() && phrase.governed == Governed::none)
                            for (std::size_t m : a.actors(phrase))
                                if (std::find(subjects.begin(), subjects.end(), s.actor(m)) == subjects.end()) subjects.push_back(s.actor(m));
                    if (subjects.size() >= 2) {
                        sources = {subjects.front()};
                        for (std::size_t i = 1; i < subjects.size(); ++i) targets.emplace_back(subjects[i], relation);
                    } else if (sources.size() == 1 && l.start() > s.sentence().first && !recent_ties) {
                        // "…, prompting Tbilisi to cut diplomatic ties": the other side is the one
                        // the sentence was about before this clause.
                        if (auto p = a.first_subject(l.start())) {
                            const Entity* other = s.actor(a.actors(ps[*p]).front());
                            if (other && other != sources.front()) {
                                targets.emplace_back(other, relation);
                                confidence *= 0.8;
                            }
                        }
                    }
                }
            }
        }
    }
    result.blocked_by = a.blocked_by();
    result.sources = sources;
    result.relation = relation;
    for (const auto& t : targets) result.targets.push_back(t.first);
    // A hedged claim about another state's act ("Ethiopia would recognise", said Somaliland's
    // leader) is a guess by others, not a stance.
    if (cue.hedged && s.speaker_actor() && !sources.empty() &&
        std::find(sources.begin(), sources.end(), s.speaker_actor()) == sources.end()) {
        note("dropped: hedged claim by another speaker");
        result.sources.clear();
        return result;
    }
    if (sources.empty()) {
        result.missing_source = !targets.empty();
        note("dropped: no source");
        return result;
    }
    // The refusal opposes the act's agent whether or not the act's own object is named here
    // ("أعلنت … رفضها لاعتراف موسكو" after the sentence that said what Moscow recognised).
    auto add_refusals = [&] {
        for (const auto& f : refusal_facts) {
            result.facts.push_back(f);
            note(f.source->name + " opposes " + f.target->name + " (source: " + f.how + ")");
        }
    };
    if (targets.empty()) {
        result.missing_target = !result.blocked_by && rule.arguments != CueArguments::part_of;
        note(result.blocked_by ? "no target of its own: it takes the next cue's" : "dropped: no target");
        add_refusals();
        return result;
    }
    make_facts(result, sources, targets, confidence, how, ontology, note);
    add_refusals();
    return result;
}

void relink_sources(LinkResult& result, const SentenceAnalysis& s, std::size_t cue_index,
                    const std::vector<const Entity*>& sources, const RelationOntology& ontology,
                    std::vector<std::string>* trace) {
    const CueMatch& cue = s.cues()[cue_index];
    bool dropped = false;
    const RelationId relation = result.relation ? *result.relation : effective_relation(cue, dropped);
    if (dropped) return;
    std::vector<std::pair<const Entity*, RelationId>> pairs;
    for (const Entity* t : result.targets)
        if (kind_allowed(*cue.rule, *t)) pairs.emplace_back(t, relation);
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + cue.rule->id + ": " + text);
    };
    result.sources = sources;
    make_facts(result, sources, pairs, cue.rule->confidence * 0.8, "coordinated clause", ontology, note);
}

void relink_targets(LinkResult& result, const SentenceAnalysis& s, std::size_t cue_index,
                    const std::vector<const Entity*>& targets, const RelationOntology& ontology,
                    std::vector<std::string>* trace) {
    const CueMatch& cue = s.cues()[cue_index];
    bool dropped = false;
    const RelationId relation = result.relation ? *result.relation : effective_relation(cue, dropped);
    if (dropped || result.sources.empty()) return;
    std::vector<std::pair<const Entity*, RelationId>> pairs;
    // The nested act's agents are no targets of the same agents ("three members – X, Y, Z – …").
    for (const Entity* t : targets)
        if (kind_allowed(*cue.rule, *t) && std::find(result.sources.begin(), result.sources.end(), t) == result.sources.end())
            pairs.emplace_back(t, relation);
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + cue.rule->id + ": " + text);
    };
    make_facts(result, result.sources, pairs, cue.rule->confidence * 0.9, "nested cue", ontology, note);
}

}  // namespace stancegraph
