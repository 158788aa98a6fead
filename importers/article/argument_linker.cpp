// Finding sources and targets of cues.
#include "argument_linker.hpp"

#include <algorithm>
#include <optional>

namespace stancegraph {

namespace {

struct Side {
    std::vector<std::size_t> mentions;  // indexes into sentence.mentions()
    std::string how;
};

bool kind_allowed(const CueRule& rule, const Entity& target) {
    return rule.target_kinds.empty() ||
           std::find(rule.target_kinds.begin(), rule.target_kinds.end(), target.kind) != rule.target_kinds.end();
}

class Linker {
public:
    Linker(const SentenceAnalysis& s, std::size_t cue_index)
        : s_(s), lexicon_(s.text().lexicon), cue_index_(cue_index), cue_(s.cues()[cue_index]), rule_(*cue_.rule) {
        start_ = s.clause_start(cue_.first);
        end_ = s.clause_end(cue_.last > 0 ? cue_.last - 1 : cue_.last);
    }

    const SentenceAnalysis& s_;
    const Lexicon& lexicon_;
    std::size_t cue_index_;
    const CueMatch& cue_;
    const CueRule& rule_;
    std::size_t start_ = 0;
    std::size_t end_ = 0;
    std::optional<std::size_t> blocked_by_;

    const std::vector<Mention>& mentions() const { return s_.mentions(); }

    // "Russia's …", and "the Syrian government's …" (one noun between the name and the 's).
    bool followed_by_possessive(std::size_t m) const {
        for (std::size_t after = mentions()[m].last; after < mentions()[m].last + 2; ++after) {
            if (after + 1 < s_.sentence().last && s_.text().tokens[after].folded == "'" &&
                s_.word_in(after + 1, lexicon_.possessive_markers))
                return true;
            if (after >= s_.sentence().last || s_.text().tokens[after].kind != TokenKind::word) return false;
        }
        return false;
    }

    // The end of the last speech verb between `floor` and `limit`: "X said the decision to
    // recognise …" — X is the speaker, not the subject of what follows.
    // The barrier applies when a complementizer opens the complement ("said that …", "the decision to
    // recognise"); "announced the severance of relations" keeps the announcer as subject.
    std::size_t after_speech(std::size_t floor, std::size_t limit) const {
        std::size_t barrier = floor;
        for (std::size_t k = floor; k < limit; ++k)
            if (auto end = s_.pattern_at(lexicon_.speech_verbs, k, limit)) {
                bool complement = false;
                for (std::size_t j = *end; j < limit; ++j) complement = complement || s_.word_in(j, lexicon_.complementizers);
                if (complement) barrier = std::max(barrier, *end);
            }
        return barrier;
    }

    // The nearest entity before `limit` (not before `floor`) that can be a subject: not governed by
    // a preposition — unless it is the possessor of the phrase right before the cue ("the Syrian
    // government's decision to recognise").
    std::optional<std::size_t> subject_before(std::size_t limit, std::size_t floor) const {
        floor = after_speech(floor, limit);
        const auto& ms = mentions();
        for (std::size_t m = ms.size(); m-- > 0;) {
            if (ms[m].last > limit || ms[m].first < floor) continue;
            if (!s_.actor(m)) continue;
            if (s_.is_object(m) && !(followed_by_possessive(m) && limit - ms[m].last <= 6)) continue;
            return m;
        }
        return std::nullopt;
    }

    // In verb-first clauses the subject follows the verb: the first entity after the cue, a few
    // words on at most, when it is not an object.
    std::optional<std::size_t> subject_after() const {
        const auto& ms = mentions();
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (ms[m].first < cue_.last) continue;
            if (ms[m].first >= end_ || ms[m].first > cue_.last + 4) return std::nullopt;
            if (!s_.actor(m) || s_.is_object(m)) return std::nullopt;
            return m;
        }
        return std::nullopt;
    }

    // Extends a mention to the coordinated list it belongs to ("Bolivia, Belize and Colombia").
    std::vector<std::size_t> coordinated(std::size_t m, bool forward, std::size_t bound) const {
        const auto& ms = mentions();
        std::vector<std::size_t> list{m};
        if (forward) {
            for (std::size_t n = m + 1; n < ms.size() && ms[n].first < bound; ++n) {
                if (!s_.only_list_glue(ms[list.back()].last, ms[n].first)) break;
                list.push_back(n);
            }
        } else {
            for (std::size_t n = m; n-- > 0;) {
                if (ms[n].first < bound || !s_.only_list_glue(ms[n].last, ms[list.front()].first)) break;
                list.insert(list.begin(), n);
            }
        }
        return list;
    }

    // The entity a relative clause hangs on: the mentions right before its relative pronoun.
    std::vector<std::size_t> antecedent() const {
        if (start_ <= s_.sentence().first || !s_.word_in(start_, lexicon_.relative_pronouns)) return {};
        const auto& ms = mentions();
        for (std::size_t m = ms.size(); m-- > 0;)
            if (ms[m].last <= start_ && s_.target(m)) {
                if (start_ - ms[m].last <= 3) return coordinated(m, false, s_.sentence().first);
                break;
            }
        return {};
    }

    bool pronoun_before_cue() const {
        for (std::size_t k = start_; k < cue_.first; ++k)
            if (s_.word_in(k, lexicon_.pronouns)) return true;
        return false;
    }

    std::optional<std::size_t> first_subject(std::size_t limit) const {
        const auto& ms = mentions();
        for (std::size_t m = 0; m < ms.size() && ms[m].last <= limit; ++m)
            if (s_.actor(m) && !s_.is_object(m)) return m;
        return std::nullopt;
    }

    Side sources() const {
        const auto& ms = mentions();
        // A self-reference standing as subject refers to the speaker or the topic.
        for (std::size_t k = start_; k < cue_.first; ++k) {
            if (s_.pattern_at(lexicon_.self_references, k, cue_.first + 1)) {
                if (auto m = subject_before(k, s_.sentence().first)) return {{*m}, "self-reference"};
                if (s_.speaker()) return {{*s_.speaker()}, "self-reference to the speaker"};
                return {{}, "self-reference to the topic"};
            }
        }
        // An entity inside the cue's words ("إعلان الإقليمين استقلالهما عن") is its agent where
        // subjects may follow verbs; elsewhere it is the target ("recognize Moroccan sovereignty").
        if (lexicon_.verb_first)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first > cue_.first && ms[m].last <= cue_.last && s_.actor(m) && !s_.is_object(m))
                    return {coordinated(m, true, cue_.last), "inside the cue"};
        // "العقوبات الأميركية", "الغزو الروسي": a demonym right after a nominal cue is its agent.
        if (lexicon_.adjectives_follow_nouns)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first >= cue_.last && ms[m].first <= cue_.last + 1 && ms[m].form == NameForm::demonym &&
                    !ms[m].prepositional && s_.actor(m))
                    return {{m}, "adjective"};
        // A noun's agent follows it where genitives do ("вторжение Москвы в Украину"); a pronoun there
        // ("إثر اعتراف الأخيرة بـ…", after the latter's recognition) is the entity named last before.
        const std::string& cue_word = s_.text().tokens[cue_.first].folded;
        const bool suffixed = std::any_of(lexicon_.pronoun_suffixes.begin(), lexicon_.pronoun_suffixes.end(),
                                          [&](const std::string& p) { return cue_word.size() > p.size() + 6 && cue_word.ends_with(p); });
        if (rule_.nominal && lexicon_.verb_first &&
            (suffixed || (cue_.last < s_.sentence().last && s_.word_in(cue_.last, lexicon_.pronouns)))) {
            // In a dependent clause ("بعد اعترافها") the pronoun is the entity named last before it;
            // otherwise it is the subject the sentence is about ("وأطلقت … عمليتها").
            if (!(start_ > s_.sentence().first && s_.word_in(start_, lexicon_.subordinators)))
                if (auto m = first_subject(cue_.first)) return {{*m}, "pronoun after the noun"};
            for (std::size_t m = ms.size(); m-- > 0;)
                if (ms[m].last <= cue_.first && s_.actor(m)) return {{m}, "pronoun after the noun"};
        }
        if (rule_.nominal && lexicon_.verb_first)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first >= cue_.last && ms[m].first <= cue_.last + 1 && s_.actor(m) && !s_.is_object(m))
                    return {coordinated(m, true, end_), "agent after the noun"};
        // A noun's agent stands near it; with none there, nothing else is guessed.
        if (rule_.nominal) {
            const std::size_t near = cue_.first > start_ + 8 ? cue_.first - 8 : start_;
            if (auto m = subject_before(cue_.first, near)) return {coordinated(*m, false, start_), "subject"};
            // "أعلن الرئيس الروسي … الاعتراف بـ…": a noun that is what the speaker announced.
            if (s_.speaker() && ms[*s_.speaker()].last <= cue_.first) {
                bool complement = false;
                for (std::size_t k = ms[*s_.speaker()].last; k < cue_.first; ++k) complement = complement || s_.word_in(k, lexicon_.complementizers);
                if (!complement) return {{*s_.speaker()}, "speaker announcing"};
            }
            return {{}, "none for a noun"};
        }
        if (auto m = subject_before(cue_.first, start_)) return {coordinated(*m, false, start_), "subject"};
        // A relative clause: its subject is the entity before the relative pronoun.
        if (auto list = antecedent(); !list.empty()) return {list, "relative clause antecedent"};
        // A pronoun subject ("he said that it will not …", "أنها لن تعترف") is the speaker, or in a
        // dependent clause the last entity before it.
        if (pronoun_before_cue()) {
            if (s_.speaker() && ms[*s_.speaker()].last <= cue_.first) return {{*s_.speaker()}, "pronoun for the speaker"};
            if (start_ > s_.sentence().first && s_.word_in(start_, lexicon_.subordinators))
                for (std::size_t m = ms.size(); m-- > 0;)
                    if (ms[m].last <= start_ && s_.actor(m)) return {{m}, "pronoun in a dependent clause"};
            if (s_.speaker()) return {{*s_.speaker()}, "pronoun for the speaker"};
            return {{}, "topic"};
        }
        if (lexicon_.verb_first)
            if (auto m = subject_after()) return {coordinated(*m, true, end_), "subject after the verb"};
        // Where subjects may be dropped, a complement clause without one has its main clause's
        // subject ("قال إن بلاده … ومن غير المرجح أن تعترف …").
        if (lexicon_.verb_first && start_ > s_.sentence().first && s_.word_in(start_, lexicon_.complementizers)) {
            for (std::size_t k = s_.sentence().first; k < start_; ++k)
                if (s_.pattern_at(lexicon_.self_references, k, start_)) {
                    if (auto m = subject_before(k, s_.sentence().first)) return {{*m}, "self-reference"};
                    if (s_.speaker()) return {{*s_.speaker()}, "self-reference to the speaker"};
                    return {{}, "self-reference to the topic"};
                }
            if (auto m = first_subject(start_)) return {{*m}, "main clause subject"};
        }
        // A dependent clause without a subject of its own: the main clause's subject is meant
        // ("…, after becoming the first state to recognise …").
        if (start_ > s_.sentence().first && s_.word_in(start_, lexicon_.subordinators))
            if (auto m = first_subject(start_)) return {{*m}, "main clause subject"};
        // Where verbs come first, a quoted or reported statement without a subject is the speaker's.
        if (lexicon_.verb_first && s_.speaker()) return {{*s_.speaker()}, "speaker"};
        return {{}, "topic"};
    }

    // "in Mali", and where prepositions govern noun chains "في ميثاق الأمم المتحدة".
    bool locative(std::size_t m) const {
        const std::size_t first = mentions()[m].first;
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

    // "Ukraine's two separatist republics": a possessor before another entity is not the target.
    bool possessor_of_next(std::size_t m) const {
        const auto& ms = mentions();
        return followed_by_possessive(m) && m + 1 < ms.size() && ms[m + 1].first >= ms[m].last && ms[m + 1].first <= ms[m].last + 5 &&
               (ms[m + 1].entity->kind == EntityKind::territory || ms[m + 1].entity->kind == EntityKind::region);
    }

    // Targets after `from`: the first entity within reach, and the list it heads. Another cue in
    // the way takes the targets (noted in blocked_by_).
    std::vector<std::size_t> targets_after(std::size_t from, const std::vector<std::size_t>& exclude, bool note_block = true) {
        const auto& ms = mentions();
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (ms[m].first < from || ms[m].first >= end_) continue;
            if (ms[m].first > from + 12) break;
            if (std::find(exclude.begin(), exclude.end(), m) != exclude.end()) continue;
            if (!s_.target(m)) continue;
            if (possessor_of_next(m)) continue;
            // "support for groups in Mali" is no support for Mali; "separatists in Luhansk" are the
            // self-proclaimed republic itself.
            if (!rule_.locative_targets && locative(m) && s_.target(m)->kind != EntityKind::territory) continue;
            const auto& cues = s_.cues();
            for (std::size_t c = 0; c < cues.size(); ++c)
                if (c != cue_index_ && cues[c].first >= from && cues[c].last <= ms[m].first) {
                    if (note_block) blocked_by_ = c;
                    return {};
                }
            return coordinated(m, true, end_);
        }
        return {};
    }

    std::optional<std::size_t> marker_at_or_after(std::size_t from, const PatternSet& markers, std::size_t reach) const {
        for (std::size_t k = from; k < end_ && k <= from + reach; ++k)
            if (auto e = s_.pattern_at(markers, k, end_)) return *e;
        return std::nullopt;
    }

    // "namely Nicaragua, Venezuela, Nauru and Vanuatu", "وهي: الاتحاد السوفيتي، وغينيا": the list
    // after an enumeration marker names what the subject phrase only counted.
    std::vector<std::size_t> enumeration() const {
        const auto& ms = mentions();
        for (std::size_t k = cue_.last; k < s_.sentence().last; ++k) {
            auto end = s_.pattern_at(lexicon_.enumeration_markers, k, s_.sentence().last);
            if (!end) continue;
            std::size_t from = *end;
            while (from < s_.sentence().last && s_.text().tokens[from].kind == TokenKind::punct) ++from;
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first == from && s_.actor(m)) return coordinated(m, true, s_.sentence().last);
            return {};
        }
        return {};
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
            if (std::any_of(result.facts.begin(), result.facts.end(), [&](const LinkedFact& f) {
                    return f.source == source && f.target == target && f.relation == r;
                }))
                continue;
            result.facts.push_back({source, target, r, confidence, how});
            note(source->name + " " + ontology.at(r).name + " " + target->name + " (source: " + how + ")");
        }
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
                          const Entity* topic, std::vector<std::string>* trace) {
    LinkResult result;
    const CueMatch& cue = s.cues()[cue_index];
    const CueRule& rule = *cue.rule;
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + rule.id + ": " + text);
    };
    bool dropped = false;
    const RelationId relation = effective_relation(cue, dropped);
    if (dropped) {
        note("dropped: negated");
        return result;
    }
    double confidence = rule.confidence * (cue.hedged ? 0.6 : 1.0);
    Linker l(s, cue_index);
    const auto& ms = s.mentions();

    std::vector<const Entity*> sources;
    std::vector<std::pair<const Entity*, RelationId>> targets;
    std::string how;
    auto add_sources = [&](const std::vector<std::size_t>& list) {
        for (std::size_t m : list)
            if (s.actor(m) && std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end()) sources.push_back(s.actor(m));
    };
    auto add_targets = [&](const std::vector<std::size_t>& list, RelationId r) {
        for (std::size_t m : list)
            if (s.target(m) && kind_allowed(rule, *s.target(m))) targets.emplace_back(s.target(m), r);
    };

    if (rule.arguments == CueArguments::judgement) {
        // "Расширение НАТО является посягательством …", said Peskov: the speaker judges the subject.
        const Entity* judge = s.speaker() ? s.actor(*s.speaker()) : topic;
        std::optional<std::size_t> judged;
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].last <= cue.first && ms[m].first >= l.start_ && s.target(m)) {
                judged = m;
                break;
            }
        if (!judge || !judged) {
            note("dropped: needs a speaker and a subject to judge");
            return result;
        }
        sources.push_back(judge);
        add_targets({*judged}, relation);
        how = s.speaker() ? "speaker judges" : "topic judges";
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
        add_sources({*after});
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
    } else {
        // "between X and Y" after a symmetric cue names both sides.
        if (rule.arguments == CueArguments::pair) {
            if (auto after = l.marker_at_or_after(cue.last, l.lexicon_.between_markers, 3)) {
                auto pair = l.targets_after(*after, {}, false);
                if (pair.size() >= 2) {
                    add_sources({pair[0]});
                    add_targets(std::vector<std::size_t>(pair.begin() + 1, pair.end()), relation);
                    how = "between";
                    result.own_agent = true;
                }
            }
        }
        if (sources.empty()) {
            // A passive verb ("was recognised by X"): the agent is the source, the subject the target.
            // A noun with its agent ("the recognition of Palestine by Ireland"): the entities between
            // the noun and "by" are the targets — unless another cue stands between, which then
            // takes them ("welcomed the recognition of …").
            const bool passive_verb = rule.arguments == CueArguments::passive || s.is_passive(cue);
            std::optional<std::size_t> agent_start, agent_end;
            for (std::size_t k = cue.last; k < l.end_ && k <= cue.last + 10; ++k)
                if (auto e = s.pattern_at(l.lexicon_.agent_markers, k, l.end_)) {
                    agent_start = k;
                    agent_end = *e;
                    break;
                }
            bool nested = false;
            for (std::size_t c = 0; c < s.cues().size(); ++c)
                if (c != cue_index && agent_start && s.cues()[c].first >= cue.last && s.cues()[c].last <= *agent_start) nested = true;
            if (agent_end && !nested) {
                auto agents = l.targets_after(*agent_end, {}, false);
                std::vector<std::size_t> objects;
                for (std::size_t m = 0; m < ms.size(); ++m)
                    if (ms[m].first >= cue.last && ms[m].last <= *agent_start) objects.push_back(m);
                if (agents.empty() || (!passive_verb && objects.empty() && *agent_start > cue.last + 2)) agent_end.reset();
                else {
                    add_sources(agents);
                    if (passive_verb) {
                        if (auto m = l.subject_before(cue.first, l.start_)) add_targets(l.coordinated(*m, false, l.start_), relation);
                        else add_targets(l.antecedent(), relation);
                        how = "passive";
                    } else {
                        add_targets(objects, relation);
                        how = "agent of the noun";
                    }
                    result.own_agent = true;
                }
            } else {
                agent_end.reset();
            }
            if (!sources.empty() || agent_end) {
                // found above
            } else if (passive_verb) {
                note("dropped: passive without an agent");
                return result;
            } else {
                Side side = l.sources();
                add_sources(side.mentions);
                how = side.how;
                result.own_agent = side.how == "inside the cue" || side.how == "adjective" || side.how == "agent after the noun" ||
                                   side.how == "pronoun after the noun";
                if (!side.mentions.empty()) result.source_token = ms[side.mentions.front()].first;
                if (side.mentions.empty() && topic &&
                    ((side.how == "topic" && l.pronoun_before_cue()) || side.how.starts_with("self-reference"))) {
                    sources.push_back(topic);
                    confidence *= 0.8;
                }
                // Targets marked by a word ("from X to Y") take the relation the lexicon gives them.
                for (const auto& [marker, marked_relation] : rule.marked_targets) {
                    for (std::size_t k = cue.last; k < l.end_; ++k) {
                        if (s.text().tokens[k].folded != marker) continue;
                        std::vector<std::size_t> after;
                        for (std::size_t m = 0; m < ms.size(); ++m)
                            if (ms[m].first == k + 1 || (ms[m].first == k + 2 && s.word_in(k + 1, l.lexicon_.list_fillers)))
                                after = l.coordinated(m, true, l.end_);
                        add_targets(after, marked_relation);
                        break;
                    }
                }
                if (!l.lexicon_.verb_first)
                    for (std::size_t m = 0; m < ms.size(); ++m)
                        if (ms[m].first > cue.first && ms[m].last <= cue.last) add_targets({m}, relation);
                if (rule.marked_targets.empty() && targets.empty()) add_targets(l.targets_after(cue.last, side.mentions), relation);
                // "…, and said Kazakhstan does not recognise them": an object pronoun by the cue stands
                // for the list named last before its clause.
                if (targets.empty()) {
                    bool pronoun = false;
                    for (std::size_t k = cue.first >= 2 ? cue.first - 2 : 0; k < std::min(cue.last + 2, s.sentence().last); ++k)
                        pronoun = pronoun || (k >= s.sentence().first && s.word_in(k, l.lexicon_.object_pronouns));
                    if (pronoun)
                        for (std::size_t m = ms.size(); m-- > 0;)
                            if (ms[m].last <= cue.first && s.target(m) &&
                                std::find(sources.begin(), sources.end(), s.actor(m)) == sources.end()) {
                                add_targets(l.coordinated(m, false, s.sentence().first), relation);
                                break;
                            }
                }
                // "the states of Donetsk and Lugansk, whose independence Moscow recognised": the
                // antecedent of a relative clause with its own subject is the object.
                if (targets.empty() && side.how == "subject") add_targets(l.antecedent(), relation);
                if (sources.empty()) {
                    add_sources(l.enumeration());
                    if (!sources.empty()) how = "enumeration";
                }
                // "المغرب وإسرائيل اتفقا على تطبيع العلاقات بينهما": coordinated subjects of a
                // symmetric relation are its two sides, whatever follows.
                const bool reciprocal = l.marker_at_or_after(cue.last, l.lexicon_.reciprocal_markers, 4).has_value();
                if (rule.arguments == CueArguments::pair && sources.size() >= 2 && how == "subject" && (reciprocal || targets.empty())) {
                    targets.clear();
                    for (std::size_t i = 1; i < sources.size(); ++i) targets.emplace_back(sources[i], relation);
                    sources.resize(1);
                }
                if (rule.arguments == CueArguments::pair && targets.empty() && how != "enumeration") {
                    // "X and Y established relations", "Georgian minister … and her Tuvaluan counterpart
                    // signed … to establish relations": a symmetric relation among the subjects.
                    std::vector<const Entity*> subjects = sources;
                    for (std::size_t m = 0; m < ms.size(); ++m)
                        if (ms[m].last <= cue.first && ms[m].first >= l.start_ && s.actor(m) && !s.is_object(m) &&
                            std::find(subjects.begin(), subjects.end(), s.actor(m)) == subjects.end())
                            subjects.push_back(s.actor(m));
                    if (subjects.size() >= 2) {
                        sources = {subjects.front()};
                        for (std::size_t i = 1; i < subjects.size(); ++i) targets.emplace_back(subjects[i], relation);
                    } else if (sources.size() == 1 && l.start_ > s.sentence().first) {
                        // "…, prompting Tbilisi to cut diplomatic ties": the other side is the one
                        // the sentence was about before this clause.
                        if (auto m = l.first_subject(l.start_); m && s.actor(*m) && s.actor(*m) != sources.front()) {
                            targets.emplace_back(s.actor(*m), relation);
                            confidence *= 0.8;
                        }
                    }
                }
            }
        }
    }
    result.blocked_by = l.blocked_by_;
    result.sources = sources;
    for (const auto& t : targets) result.targets.push_back(t.first);
    // A hedged claim about another state's act ("Ethiopia would recognise", said Somaliland's
    // leader) is a guess by others, not a stance.
    if (cue.hedged && s.speaker() && !sources.empty() && s.actor(*s.speaker()) &&
        std::find(sources.begin(), sources.end(), s.actor(*s.speaker())) == sources.end()) {
        note("dropped: hedged claim by another speaker");
        result.sources.clear();
        return result;
    }
    if (sources.empty()) {
        note("dropped: no source");
        return result;
    }
    if (targets.empty()) {
        note(result.blocked_by ? "no target of its own: it takes the next cue's" : "dropped: no target");
        return result;
    }
    make_facts(result, sources, targets, confidence, how, ontology, note);
    return result;
}

void relink_targets(LinkResult& result, const SentenceAnalysis& s, std::size_t cue_index,
                    const std::vector<const Entity*>& targets, const RelationOntology& ontology,
                    std::vector<std::string>* trace) {
    const CueMatch& cue = s.cues()[cue_index];
    bool dropped = false;
    const RelationId relation = effective_relation(cue, dropped);
    if (dropped || result.sources.empty()) return;
    std::vector<std::pair<const Entity*, RelationId>> pairs;
    for (const Entity* t : targets)
        if (kind_allowed(*cue.rule, *t)) pairs.emplace_back(t, relation);
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + cue.rule->id + ": " + text);
    };
    make_facts(result, result.sources, pairs, cue.rule->confidence * 0.9, "nested cue", ontology, note);
}

}  // namespace stancegraph
