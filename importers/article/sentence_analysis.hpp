// One sentence, analysed: its entity mentions and the actor behind each, the stance cues in it with
// their negation, clause boundaries, time expressions and who is speaking. The argument linker
// and the extractor read this.
#pragma once

#include "discourse.hpp"
#include "lexicon.hpp"
#include "mention_finder.hpp"
#include "phrases.hpp"
#include "time_expressions.hpp"
#include "tokenizer.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace stancegraph {

struct CueMatch {
    const CueRule* rule = nullptr;
    const Pattern* pattern = nullptr;
    std::size_t first = 0;  // token range
    std::size_t last = 0;
    bool negated = false;
    bool refused = false;    // negated by a refusal ("refused to", "رفض"), not only by "not"
    std::size_t refusal = 0; // … whose first token this is
    bool hedged = false;
    bool attempted = false;  // only sought or attempted ("a bid to join"): no act yet
};

// The words of an article with their forms, shared by all its sentences.
struct ArticleText {
    const std::vector<Token>& tokens;
    const TextForms& forms;
    const Lexicon& lexicon;
    const WordClasses& classes;
    const std::vector<std::uint64_t>& token_classes;  // per token: the word sets it belongs to
    const Gazetteer& gazetteer;
    DayNumber day;  // the publication day (or today), for roles and relative dates
    std::optional<PartialDate> published;
    std::string_view original;  // the article's text, for what folding erased (ة and ه are one letter folded)
};

class SentenceAnalysis {
public:
    // `earlier` and `later` are the entities named before and after this sentence, in order, for
    // "the two republics".
    // `mentions` are the sentence's entity mentions from the MentionFinder.
    // `discourse` resolves references to what earlier sentences named ("the ministry", "the two
    // countries"); `quote_speaker` is the speaker of a quotation this sentence belongs to, when the
    // quotation's speaker is named in another sentence.
    SentenceAnalysis(const ArticleText& text, const Sentence& sentence, std::vector<Mention> mentions,
                     std::span<const Entity* const> earlier, std::span<const Entity* const> later,
                     const Discourse& discourse, std::size_t index, const Entity* quote_speaker = nullptr,
                     bool starts_in_quotation = false);

    const ArticleText& text() const { return text_; }
    const Sentence& sentence() const { return sentence_; }
    const std::vector<Mention>& mentions() const { return mentions_; }
    const std::vector<CueMatch>& cues() const { return cues_; }
    const std::vector<TimeExpression>& times() const { return times_; }
    // The mentions grouped into coordinated phrases, and the phrase each mention belongs to.
    const std::vector<Phrase>& phrases() const { return phrases_; }
    const Phrase& phrase_of(std::size_t mention) const { return phrases_[phrase_of_[mention]]; }
    std::size_t phrase_index(std::size_t mention) const { return phrase_of_[mention]; }

    // The entity that holds stances for a mention: itself, or the state a person speaks for on the
    // day; nullptr for regions and people without a role then.
    const Entity* actor(std::size_t mention) const { return actors_[mention]; }
    // The entity a mention stands for as a target: people stand for their state, the rest for themselves.
    const Entity* target(std::size_t mention) const { return targets_[mention]; }
    // A mention in a phrase governed by a preposition or clitic ("of Russia", "بروسيا"): not a subject.
    bool is_object(std::size_t mention) const { return phrase_of(mention).governed != Governed::none; }
    // The first token of the clause holding token i, and the token after its end.
    std::size_t clause_start(std::size_t token) const;
    std::size_t clause_end(std::size_t token) const;
    bool is_break(std::size_t token) const { return breaks_[token - sentence_.first]; }
    // The mention whose speech verb this sentence reports ("…, Tokayev said"), if any.
    std::optional<std::size_t> speaker() const { return speaker_; }
    // Who speaks in this sentence: the actor of its speaker mention, or the speaker of the quotation
    // it belongs to; nullptr when neither.
    const Entity* speaker_actor() const { return speaker_ ? actors_[*speaker_] : quote_speaker_ ? quote_speaker_ : pronoun_speaker_; }
    const Discourse& discourse() const { return discourse_; }
    std::size_t index() const { return index_; }  // the sentence's place in the article
    bool starts_in_quotation() const { return starts_in_quotation_; }
    // The first token of the speaker's speech verb, when the speaker is named in this sentence.
    std::optional<std::size_t> speech_verb() const { return speech_verb_; }

    // The cue is in the passive voice ("are recognised", "was backed").
    bool is_passive(const CueMatch& cue) const;
    bool word_in(std::size_t token, const std::unordered_set<std::string>& words) const;
    std::optional<std::size_t> pattern_at(const PatternSet& patterns, std::size_t token, std::size_t limit) const;
    // Only coordinators, commas and list fillers between the two tokens (exclusive range).
    bool only_list_glue(std::size_t from, std::size_t to) const;

private:
    // References to what was named before: pairs ("the two republics"), lists ("the three
    // countries") and role nouns ("the ministry", "the bloc"), added as mentions.
    void add_references(std::span<const Entity* const> earlier, std::span<const Entity* const> later);
    // Looks every word up once in the lexicon's cue and reference patterns.
    void scan_patterns();
    void name_states_by_their_nouns();
    void find_cues();
    void find_breaks();
    const Entity* last_state_called(std::size_t first, std::size_t last, std::span<const Entity* const> earlier) const;
    bool coordinated_verb_after_comma(std::size_t token) const;
    bool plural_follows(std::size_t token) const;
    void find_speaker();
    void mark_negation(CueMatch& cue) const;

    const ArticleText& text_;
    const Sentence& sentence_;
    std::vector<Mention> mentions_;
    std::vector<const Entity*> actors_;
    std::vector<const Entity*> targets_;
    struct PatternMatch {
        std::size_t first = 0;
        std::size_t end = 0;
        std::uint32_t tag = 0;  // a cue's (rule << 16 | pattern) or kReferenceTag | ReferenceKind
        std::uint32_t pattern = 0;  // its index in Lexicon::cue_patterns
    };
    std::vector<PatternMatch> matched_;  // in word order
    std::vector<CueMatch> cues_;
    std::vector<TimeExpression> times_;
    std::vector<Phrase> phrases_;
    std::vector<std::size_t> phrase_of_;
    std::vector<bool> breaks_;
    std::optional<std::size_t> speaker_;
    const Discourse& discourse_;
    const Entity* quote_speaker_ = nullptr;
    const Entity* pronoun_speaker_ = nullptr;  // "добавил он": who spoke, or was the subject, last
    std::size_t index_ = 0;
    bool starts_in_quotation_ = false;
    std::optional<std::size_t> speech_verb_;
};

// The state or organisation a person speaks for on a day (leaders first); nullptr when none.
// `any_term`: for an article without a date, a role held at any time when none is held on the day.
const Entity* role_holder_of(const Entity& person, DayNumber day, const Gazetteer& gazetteer, bool any_term = false);

}  // namespace stancegraph
