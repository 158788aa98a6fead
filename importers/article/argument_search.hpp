// The searches the argument linker makes around one cue, over the sentence's phrases: its subject
// before or after it, its objects, the agent of a passive or a noun, the antecedent of a relative
// clause, a list that names a counted subject ("three countries: X, Y and Z"). Each returns
// mention indexes (a whole coordinated phrase) or nothing; none guesses a nearest name.
#pragma once

#include "sentence_analysis.hpp"

#include <optional>
#include <vector>

namespace stancegraph {

class ArgumentSearch {
public:
    ArgumentSearch(const SentenceAnalysis& sentence, std::size_t cue_index);

    const SentenceAnalysis& sentence() const { return s_; }
    const CueMatch& cue() const { return cue_; }
    std::size_t clause_start() const { return start_; }
    std::size_t clause_end() const { return end_; }
    // The index of another cue the object search ran into ("welcomed the recognition of X by Y").
    std::optional<std::size_t> blocked_by() const { return blocked_by_; }

    // The phrase's mentions that have an actor (as sources) or a target entity (as targets).
    std::vector<std::size_t> actors(const Phrase& phrase) const;
    std::vector<std::size_t> members(const Phrase& phrase) const { return phrase.members; }

    // The nearest phrase ending by `limit` and starting at or after `floor` that can be a subject:
    // bare (or the possessor right before the cue), in a subject's form, past any speech verb whose
    // complement the cue is in.
    std::optional<std::size_t> subject_before(std::size_t limit, std::size_t floor) const;
    // Where verbs may come first: the first phrase after the cue, past adverbs, times and "كل من".
    std::optional<std::size_t> subject_after() const;
    // The first phrase before `limit` in the sentence that can be a subject.
    std::optional<std::size_t> first_subject(std::size_t limit) const;
    // The phrase a relative clause hangs on ("Russia, which recognised …"); through a copula when the
    // antecedent is a counted noun ("X and Y are the only states that recognise …").
    std::optional<std::size_t> antecedent() const;
    // "namely X, Y", "including X", "مثل X", "в том числе X", "three countries: X, Y": the list that
    // names a subject the clause only counted; searched from `from` to the sentence's end.
    std::optional<std::size_t> enumeration(std::size_t from) const;
    // A counted or plural noun ("many states", "العديد من الدول", "девять") in [from, to) with no
    // phrase after it before `to`: the start of the noun.
    std::optional<std::size_t> counted_noun(std::size_t from, std::size_t to) const;
    // Objects: the first phrase from `from` within reach that can be one, stopping at another cue
    // (noted in blocked_by), a verb of its own clause, or the clause's end.
    // `after_subject`: `from` is right after a subject that followed its verb, where a bare noun is
    // the verb's object ("دعمت الولايات المتحدة مقاتلين …").
    std::optional<std::size_t> object_after(std::size_t from, const std::vector<std::size_t>& exclude, bool note_block = true,
                                            bool after_subject = false);
    // "condemned the decision by the Solomon Islands", "осуждением действий Анкары", "قرار الولايات
    // المتحدة": a noun naming an act right after `from`, and the phrase that did it.
    std::optional<std::size_t> act_agent(std::size_t from) const;
    // The agent after a marker ("by X", "من قبل X", "со стороны X") within ten words of the cue.
    struct Agent {
        std::size_t marker = 0;  // the marker's first token
        std::size_t phrase = 0;
    };
    std::optional<Agent> agent_after() const;
    // The first phrase after `from` in the sentence governed by one of `markers` ("إلى روسيا", "к России"),
    // if it names states only.
    std::optional<std::size_t> marked_after(std::size_t from, const std::unordered_set<std::string>& markers) const;
    // A phrase governed by `markers` right before `limit`.
    std::optional<std::size_t> phrase_at(std::size_t token) const;
    // The end of a marker of `markers` starting within `reach` words from `from`.
    std::optional<std::size_t> marker_at_or_after(std::size_t from, const PatternSet& markers, std::size_t reach) const;
    // The phrase modifies a counted noun right after it ("EU members", "NATO allies"): the start of the noun.
    std::optional<std::size_t> group_noun_after(std::size_t phrase) const;
    // "X is the first N …", "X, Y and Z are the only states …": the subject before a copula right
    // before token `noun`.
    std::optional<std::size_t> copular_subject(std::size_t noun) const;
    // The last pronoun of the clause before the cue ("he said it would …").
    std::optional<std::size_t> pronoun_before_cue() const;
    // A place after "in": not a target unless the cue allows it.
    bool locative(std::size_t phrase) const;

private:
    std::size_t after_speech(std::size_t floor, std::size_t limit) const;
    bool can_be_subject(const Phrase& p) const;
    bool possessor_of_next(std::size_t phrase) const;
    bool verb_between(std::size_t from, std::size_t to) const;
    bool bare_noun_between(std::size_t from, std::size_t to) const;
    bool inside_quotation() const;  // the cue stands inside « » or “ ” opened in its sentence

    const SentenceAnalysis& s_;
    const Lexicon& lexicon_;
    std::size_t cue_index_;
    const CueMatch& cue_;
    std::size_t start_ = 0;
    std::size_t end_ = 0;
    std::optional<std::size_t> blocked_by_;
};

}  // namespace stancegraph
