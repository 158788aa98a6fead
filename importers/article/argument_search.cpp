// Phrase searches around a cue.
#include "argument_search.hpp"

#include <algorithm>

namespace stancegraph {

ArgumentSearch::ArgumentSearch(const SentenceAnalysis& s, std::size_t cue_index)
    : s_(s), lexicon_(s.text().lexicon), cue_index_(cue_index), cue_(s.cues()[cue_index]) {
    start_ = s.clause_start(cue_.first);
    end_ = s.clause_end(cue_.last > 0 ? cue_.last - 1 : cue_.last);
}

std::vector<std::size_t> ArgumentSearch::actors(const Phrase& phrase) const {
    std::vector<std::size_t> out;
    for (std::size_t m : phrase.members)
        if (s_.actor(m)) out.push_back(m);
    return out;
}

bool ArgumentSearch::can_be_subject(const Phrase& p) const {
    if (p.governed != Governed::none || !p.nominative || p.ethnic) return false;
    return std::any_of(p.members.begin(), p.members.end(), [&](std::size_t m) { return s_.actor(m) != nullptr; });
}

std::size_t ArgumentSearch::after_speech(std::size_t floor, std::size_t limit) const {
    // "X said the decision to recognise …": X is the speaker, not the subject of what follows. The
    // barrier applies when a complementizer opens the complement ("said that …"); "announced the
    // severance of relations" keeps the announcer as subject.
    std::size_t barrier = floor;
    for (std::size_t k = floor; k < limit; ++k)
        if (auto end = s_.pattern_at(lexicon_.speech_verbs, k, limit)) {
            bool complement = false;
            for (std::size_t j = *end; j < limit; ++j) complement = complement || s_.word_in(j, lexicon_.complementizers);
            if (complement) barrier = std::max(barrier, *end);
        }
    return barrier;
}

std::optional<std::size_t> ArgumentSearch::subject_before(std::size_t limit, std::size_t floor) const {
    floor = after_speech(floor, limit);
    const auto& ps = s_.phrases();
    for (std::size_t p = ps.size(); p-- > 0;) {
        const Phrase& phrase = ps[p];
        if (phrase.last > limit || phrase.first < floor) continue;
        if (actors(phrase).empty() || phrase.ethnic) continue;
        // "the Syrian government's decision to recognise": a possessor right before the cue.
        if (phrase.possessor && limit - phrase.last <= 6) return p;
        if (phrase.governed != Governed::none || !phrase.nominative) continue;
        return p;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::subject_after() const {
    const auto& ps = s_.phrases();
    const auto& tokens = s_.text().tokens;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        if (ps[p].first < cue_.last) continue;
        if (ps[p].first >= end_) return std::nullopt;
        // Between the verb and its subject: adverbs, times ("أمس السبت"), fillers ("كل من"), commas.
        std::size_t words = 0;
        for (std::size_t k = cue_.last; k < ps[p].first; ++k) {
            if (tokens[k].kind == TokenKind::punct) continue;
            if (s_.word_in(k, lexicon_.adverbs) || s_.word_in(k, lexicon_.list_fillers)) continue;
            const bool in_time = std::any_of(s_.times().begin(), s_.times().end(),
                                             [&](const TimeExpression& t) { return k >= t.first && k < t.last; });
            if (!in_time) ++words;
        }
        if (words > 3) return std::nullopt;
        if (!can_be_subject(ps[p])) return std::nullopt;
        // "الحملة العسكرية الإسرائيلية": a demonym after another noun modifies that noun — a title
        // excepted ("الرئيس الجورجي" is Georgia speaking); the subject may come next.
        if (lexicon_.adjectives_follow_nouns && ps[p].first > cue_.last && tokens[ps[p].first - 1].kind == TokenKind::word &&
            s_.mentions()[ps[p].members.front()].form == NameForm::demonym && !s_.word_in(ps[p].first - 1, lexicon_.list_fillers) &&
            !s_.word_in(ps[p].first - 1, lexicon_.adverbs)) {
            bool titled = false;
            // (So too a role noun that speaks for its state: "الحكومة السودانية", "الخارجية القطرية".)
            for (std::size_t k = ps[p].first > cue_.last + 3 ? ps[p].first - 3 : cue_.last; k < ps[p].first && !titled; ++k)
                for (const PatternSet* nouns : {&lexicon_.head_titles, &lexicon_.references.speaker})
                    if (auto e = s_.pattern_at(*nouns, k, ps[p].first); e && *e == ps[p].first) titled = true;
            if (!titled) continue;
        }
        return p;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::first_subject(std::size_t limit) const {
    const auto& ps = s_.phrases();
    for (std::size_t p = 0; p < ps.size() && ps[p].last <= limit; ++p)
        if (can_be_subject(ps[p])) return p;
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::antecedent() const {
    const std::size_t first = s_.sentence().first;
    if (start_ <= first) return std::nullopt;
    // "the only states that recognise …": a complementizer after a counted noun is a relative pronoun.
    const bool relative = s_.word_in(start_, lexicon_.relative_pronouns) ||
                          (s_.word_in(start_, lexicon_.complementizers) &&
                           s_.pattern_at(lexicon_.group_nouns, start_ - 1, start_) == start_);
    if (!relative) return std::nullopt;
    const auto& ps = s_.phrases();
    for (std::size_t p = ps.size(); p-- > 0;) {
        if (ps[p].last > start_) continue;
        if (start_ - ps[p].last <= 3 &&
            std::any_of(ps[p].members.begin(), ps[p].members.end(), [&](std::size_t m) { return s_.target(m) != nullptr; }))
            return p;
        break;
    }
    // "X, Y and Z are the only states that recognise …", "Израиль стал первой страной, которая
    // признала …": a counted noun before the pronoun, a copula before it, the subject before that.
    const std::size_t from = start_ > first + 4 ? start_ - 4 : first;
    std::optional<std::size_t> noun;
    for (std::size_t k = from; k < start_; ++k)
        if (auto end = s_.pattern_at(lexicon_.group_nouns, k, start_); end && *end + 2 >= start_) noun = k;
    if (!noun) return std::nullopt;
    return copular_subject(*noun);
}

std::optional<std::size_t> ArgumentSearch::copular_subject(std::size_t noun) const {
    const std::size_t first = s_.sentence().first;
    const auto& ps = s_.phrases();
    for (std::size_t k = noun; k > first && k + 6 > noun;) {
        --k;
        if (!s_.word_in(k, lexicon_.copulas)) continue;
        if (auto p = subject_before(k, s_.clause_start(k)); p && k - ps[*p].last <= 2) return p;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::group_noun_after(std::size_t phrase) const {
    const std::size_t at = s_.phrases()[phrase].last;
    if (at >= s_.sentence().last) return std::nullopt;
    if (s_.pattern_at(lexicon_.group_nouns, at, s_.sentence().last)) return at;
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::counted_noun(std::size_t from, std::size_t to) const {
    std::optional<std::size_t> found;
    for (std::size_t k = from; k < to; ++k)
        if (auto end = s_.pattern_at(lexicon_.group_nouns, k, to)) {
            const bool phrase_after = std::any_of(s_.phrases().begin(), s_.phrases().end(),
                                                  [&](const Phrase& p) { return p.first >= k && p.first < to; });
            if (!phrase_after) found = k;
            k = *end - 1;
        }
    return found;
}

std::optional<std::size_t> ArgumentSearch::enumeration(std::size_t from) const {
    const auto& tokens = s_.text().tokens;
    const std::size_t last = s_.sentence().last;
    for (std::size_t k = from; k < last; ++k) {
        std::optional<std::size_t> end = s_.pattern_at(lexicon_.enumeration_markers, k, last);
        const Token& t = tokens[k];
        if (!end && t.kind == TokenKind::punct && (t.folded == ":" || t.folded == "(" || t.folded == "–" || t.folded == "—" ||
                                                   (t.folded == "-" && t.space_before)))
            end = k + 1;
        if (!end) continue;
        // The list names the counted noun nearest before it, not an earlier one.
        // (Nouns right after the first are the same phrase: "العديد من الدول", "many of the states".)
        for (std::size_t j = from + 4; j < k; ++j)
            if (s_.pattern_at(lexicon_.group_nouns, j, k)) return std::nullopt;
        // The list's first names may be ones we do not know ("وهي: الاتحاد السوفيتي، وغينيا"):
        // the first list of known ones within a few words.
        std::size_t at = *end;
        for (std::size_t words = 0; at < last && words <= 4; ++at) {
            if (auto p = phrase_at(at); p && !actors(s_.phrases()[*p]).empty()) return p;
            if (tokens[at].kind == TokenKind::word) ++words;
            // (A hyphen inside a word is no break: "Эль-Сальвадор".)
            const bool inner_hyphen = tokens[at].folded == "-" && !tokens[at].space_before && at + 1 < last && !tokens[at + 1].space_before;
            if (tokens[at].kind == TokenKind::punct && tokens[at].folded != "," && tokens[at].folded != ":" && !inner_hyphen && at > *end) break;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::phrase_at(std::size_t token) const {
    const auto& ps = s_.phrases();
    for (std::size_t p = 0; p < ps.size(); ++p)
        if (ps[p].first == token) return p;
    return std::nullopt;
}

bool ArgumentSearch::locative(std::size_t phrase) const {
    // "in Mali", and where prepositions govern noun chains "في ميثاق الأمم المتحدة".
    const std::size_t first = s_.phrases()[phrase].first;
    const std::size_t reach = lexicon_.prepositional_clitics.empty() ? 1 : 3;
    for (std::size_t k = first, words = 0; k > s_.sentence().first && words < reach;) {
        --k;
        if (s_.text().tokens[k].kind != TokenKind::word) return false;
        if (s_.word_in(k, lexicon_.list_fillers)) continue;
        if (s_.word_in(k, lexicon_.locative_markers)) return true;
        ++words;
    }
    return false;
}

bool ArgumentSearch::possessor_of_next(std::size_t phrase) const {
    // "Ukraine's two separatist republics": a possessor before another entity is not the target.
    const auto& ps = s_.phrases();
    if (!ps[phrase].possessor || phrase + 1 >= ps.size()) return false;
    const Phrase& next = ps[phrase + 1];
    if (next.first > ps[phrase].last + 5) return false;
    const Entity* e = s_.mentions()[next.members.front()].entity;
    return e->kind == EntityKind::territory || e->kind == EntityKind::region;
}

bool ArgumentSearch::inside_quotation() const {
    int depth = s_.starts_in_quotation() ? 1 : 0;
    for (std::size_t k = s_.sentence().first; k < cue_.first; ++k) {
        const std::string& t = s_.text().tokens[k].folded;
        if (t == "«" || t == "“") ++depth;
        else if ((t == "»" || t == "”") && depth > 0) --depth;
    }
    return depth > 0;
}

bool ArgumentSearch::bare_noun_between(std::size_t from, std::size_t to) const {
    const auto& tokens = s_.text().tokens;
    if (from >= to || tokens[from].kind != TokenKind::word) return false;
    // Only the word right after the verb (and its subject) counts: later words are the object's.
    if (s_.word_in(from, lexicon_.object_markers) || s_.word_in(from, lexicon_.adverbs) || s_.word_in(from, lexicon_.list_fillers) ||
        s_.word_in(from, lexicon_.locative_markers) || s_.word_in(from, lexicon_.negators) || s_.word_in(from, lexicon_.complementizers) ||
        s_.word_in(from, lexicon_.coordinators) || s_.is_break(from))
        return false;
    for (const auto& c : lexicon_.prepositional_clitics)
        if (tokens[from].folded.starts_with(c)) return false;
    if (std::any_of(s_.times().begin(), s_.times().end(), [&](const TimeExpression& t) { return from >= t.first && from < t.last; }))
        return false;
    if (std::any_of(s_.cues().begin(), s_.cues().end(), [&](const CueMatch& c) { return from >= c.first && from < c.last; }))
        return false;
    return true;
}

bool ArgumentSearch::verb_between(std::size_t from, std::size_t to) const {
    // Where the verb comes second, an object does not lie past another finite verb: "the decision
    // to sever ties is unrelated to Israel's allegations".
    if (lexicon_.verb_first) return false;
    const auto& tokens = s_.text().tokens;
    for (std::size_t k = from; k < to; ++k) {
        if (s_.word_in(k, lexicon_.copulas) || s_.word_in(k, lexicon_.auxiliaries) || s_.pattern_at(lexicon_.speech_verbs, k, to))
            return true;
        // ", and on September 30 …": a comma and a conjunction before anything but a name start a
        // clause of their own.
        if (tokens[k].folded == "," && k + 2 < to && s_.word_in(k + 1, lexicon_.coordinators) &&
            std::none_of(s_.mentions().begin(), s_.mentions().end(), [&](const Mention& m) { return m.first == k + 2; }))
            return true;
    }
    return false;
}

std::optional<std::size_t> ArgumentSearch::object_after(std::size_t from, const std::vector<std::size_t>& exclude, bool note_block,
                                                        bool after_subject) {
    const auto& ps = s_.phrases();
    const auto& cues = s_.cues();
    const CueRule& rule = *cue_.rule;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        const Phrase& phrase = ps[p];
        if (phrase.first < from || phrase.first >= end_) continue;
        if (phrase.first > from + 12) break;
        const bool excluded = std::all_of(phrase.members.begin(), phrase.members.end(), [&](std::size_t m) {
            return std::find(exclude.begin(), exclude.end(), m) != exclude.end();
        });
        if (excluded) continue;
        if (std::none_of(phrase.members.begin(), phrase.members.end(), [&](std::size_t m) { return s_.target(m) != nullptr; })) continue;
        if (phrase.governed == Governed::agent || phrase.governed == Governed::attribution || phrase.governed == Governed::exclusion)
            continue;
        if (possessor_of_next(p)) continue;
        // "support for groups in Mali" is no support for Mali; "separatists in Luhansk" are the
        // self-proclaimed republic itself.
        if (!rule.locative_targets && locative(p) && s_.target(phrase.members.front())->kind != EntityKind::territory) continue;
        // Another cue between is the object ("welcomed the recognition of …") when it comes first
        // after this one; further on it belongs to a noun in between ("an operation against
        // factions that the US supports").
        // (A generated cue stands in no hand-written cue's way.)
        for (std::size_t c = 0; c < cues.size(); ++c)
            if (c != cue_index_ && cues[c].first >= from && cues[c].last <= phrase.first &&
                (!cues[c].rule->generated || cue_.rule->generated)) {
                if (note_block && cues[c].first <= from + 6) blocked_by_ = c;
                return std::nullopt;
            }
        // Where the verb comes first, a bare noun after it is its object: "دعمت الولايات المتحدة
        // مقاتلين أكرادا …" supports fighters, whatever is named further on.
        // (A noun right before the name governs it: "ضمت روسيا جمهوريتي لوغانسك ودونيتسك".)
        if (after_subject && phrase.first > from + 1 && bare_noun_between(from, phrase.first)) return std::nullopt;
        if (verb_between(from, phrase.first)) return std::nullopt;
        // An object does not lie past the end of the quotation its verb is in.
        if (inside_quotation())
            for (std::size_t k = from; k < phrase.first; ++k)
                if (s_.text().tokens[k].folded == "»" || s_.text().tokens[k].folded == "”") return std::nullopt;
        return p;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::act_agent(std::size_t from) const {
    const auto& tokens = s_.text().tokens;
    const auto& ps = s_.phrases();
    std::size_t k = from;
    // Past articles and a few adjectives ("a recent visit", "the illegal referendums").
    for (std::size_t words = 0; k < end_ && words < 6 && !s_.pattern_at(lexicon_.act_nouns, k, end_); ++k) {
        // (Quotation marks around the noun do not end the search: "the illegal “referendums”".)
        const bool quote = tokens[k].folded == "“" || tokens[k].folded == "”" || tokens[k].folded == "\"" ||
                           tokens[k].folded == "«" || tokens[k].folded == "»";
        if ((tokens[k].kind != TokenKind::word && !quote) || phrase_at(k)) return std::nullopt;
        if (!quote && !s_.word_in(k, lexicon_.determiners) && !s_.word_in(k, lexicon_.list_fillers)) ++words;
    }
    const auto noun_end = k < end_ ? s_.pattern_at(lexicon_.act_nouns, k, end_) : std::nullopt;
    if (!noun_end) return std::nullopt;
    // "by the President of the tiny island nation of Nauru": the agent marker may introduce a title
    // whose country comes a few words on.
    std::optional<std::size_t> by;
    for (std::size_t j = *noun_end; j < end_ && j <= *noun_end + 3 && !by; ++j)
        if (auto e = s_.pattern_at(lexicon_.agent_markers, j, end_)) by = *e;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        if (ps[p].first < *noun_end || actors(ps[p]).empty()) continue;
        if (ps[p].first >= end_ || ps[p].first > *noun_end + (by ? 10 : 4)) break;
        const std::size_t before = ps[p].first - 1;
        // Its genitive right after it, or its agent after "by".
        if ((ps[p].first == *noun_end && (lexicon_.verb_first || lexicon_.inflects_names)) ||
            (ps[p].first == *noun_end + 1 && ps[p].governed == Governed::genitive) ||
            (ps[p].governed == Governed::agent && before >= *noun_end) || (by && ps[p].first >= *by))
            return p;
        break;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::marked_after(std::size_t from, const std::unordered_set<std::string>& markers) const {
    const auto& ps = s_.phrases();
    for (std::size_t p = 0; p < ps.size(); ++p)
        if (ps[p].first >= from && ps[p].governed != Governed::none && markers.count(ps[p].marker) && !actors(ps[p]).empty()) {
            // Only states annex ("присоединение Украины к ЕС" is an accession).
            const auto members = actors(ps[p]);
            if (std::all_of(members.begin(), members.end(), [&](std::size_t m) { return s_.actor(m)->kind == EntityKind::state; }))
                return p;
            return std::nullopt;
        }
    return std::nullopt;
}

std::optional<ArgumentSearch::Agent> ArgumentSearch::agent_after() const {
    // "formed by X": the marker may close the cue's own words.
    const std::size_t from = cue_.last > cue_.first + 1 && s_.pattern_at(lexicon_.agent_markers, cue_.last - 1, cue_.last) ? cue_.last - 1
                                                                                                                         : cue_.last;
    for (std::size_t k = from; k < end_ && k <= cue_.last + 10; ++k) {
        auto e = s_.pattern_at(lexicon_.agent_markers, k, end_);
        if (!e) continue;
        for (std::size_t p = 0; p < s_.phrases().size(); ++p) {
            const Phrase& phrase = s_.phrases()[p];
            if (phrase.first >= *e && phrase.first <= *e + 3 && phrase.first < end_ && !actors(phrase).empty()) return Agent{k, p};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::marker_at_or_after(std::size_t from, const PatternSet& markers, std::size_t reach) const {
    for (std::size_t k = from; k < end_ && k <= from + reach; ++k)
        if (auto e = s_.pattern_at(markers, k, end_)) return *e;
    return std::nullopt;
}

std::optional<std::size_t> ArgumentSearch::pronoun_before_cue() const {
    // A pronoun subject stands close before its verb, with no punctuation between.
    std::optional<std::size_t> found;
    for (std::size_t k = cue_.first > start_ + 4 ? cue_.first - 4 : start_; k < cue_.first; ++k) {
        if (s_.text().tokens[k].kind == TokenKind::punct) found.reset();
        else if (s_.word_in(k, lexicon_.pronouns)) found = k;
    }
    return found;
}

}  // namespace stancegraph
