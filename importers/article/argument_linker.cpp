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

class Linker {
public:
    Linker(const SentenceAnalysis& s, const CueMatch& cue, const Entity* topic) : s_(s), cue_(cue), topic_(topic) {
        start_ = s.clause_start(cue.first);
        end_ = s.clause_end(cue.last > 0 ? cue.last - 1 : cue.last);
    }

    // Mentions before the cue in its clause, nearest first, that can be a subject.
    std::optional<std::size_t> subject_before(std::size_t limit, std::size_t floor) const {
        const auto& ms = s_.mentions();
        for (std::size_t m = ms.size(); m-- > 0;) {
            if (ms[m].last > limit || ms[m].first < floor) continue;
            if (!s_.actor(m) || s_.is_object(m)) continue;
            return m;
        }
        return std::nullopt;
    }

    // In verb-first clauses the subject follows the verb: the first entity after the cue, a few
    // words on at most, when it is not an object or part of a list of objects.
    std::optional<std::size_t> subject_after() const {
        const auto& ms = s_.mentions();
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
        const auto& ms = s_.mentions();
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
        if (start_ <= s_.sentence().first || !s_.word_in(start_, s_.text().lexicon.relative_pronouns)) return {};
        if (auto m = nearest_before(start_))
            if (start_ - s_.mentions()[*m].last <= 3) return coordinated(*m, false, s_.sentence().first);
        return {};
    }

    std::optional<std::size_t> nearest_before(std::size_t limit) const {
        const auto& ms = s_.mentions();
        for (std::size_t m = ms.size(); m-- > 0;)
            if (ms[m].last <= limit && s_.target(m)) return m;
        return std::nullopt;
    }

    bool pronoun_before_cue() const {
        for (std::size_t k = start_; k < cue_.first; ++k)
            if (s_.word_in(k, s_.text().lexicon.pronouns)) return true;
        return false;
    }

    Side sources() const {
        const auto& ms = s_.mentions();
        const auto& lexicon = s_.text().lexicon;
        // A self-reference standing as subject refers to the speaker or the topic.
        for (std::size_t k = start_; k < cue_.first; ++k) {
            if (s_.pattern_at(lexicon.self_references, k, cue_.first + 1)) {
                if (auto m = subject_before(k, s_.sentence().first)) return {{*m}, "self-reference"};
                if (s_.speaker()) return {{*s_.speaker()}, "self-reference to the speaker"};
                return {{}, "self-reference to the topic"};
            }
        }
        // An entity inside the cue's words ("إعلان الإقليمين استقلالهما عن") is its agent where
        // subjects may follow verbs; elsewhere it is the target ("recognize Moroccan sovereignty").
        if (lexicon.verb_first)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first > cue_.first && ms[m].last <= cue_.last && s_.actor(m) && !s_.is_object(m))
                    return {coordinated(m, true, cue_.last), "inside the cue"};
        // "العقوبات الأميركية", "الغزو الروسي": a demonym right after a nominal cue is its agent.
        if (lexicon.adjectives_follow_nouns)
            for (std::size_t m = 0; m < ms.size(); ++m)
                if (ms[m].first >= cue_.last && ms[m].first <= cue_.last + 1 && ms[m].form == NameForm::demonym &&
                    !s_.is_object(m) && s_.actor(m))
                    return {{m}, "adjective"};
        if (auto m = subject_before(cue_.first, start_)) return {coordinated(*m, false, start_), "subject"};
        // A pronoun subject ("he said that it will not …", "أنها لن تعترف") is the speaker, or in a
        // dependent clause the last entity before it.
        if (pronoun_before_cue()) {
            if (s_.speaker() && s_.mentions()[*s_.speaker()].last <= cue_.first) return {{*s_.speaker()}, "pronoun for the speaker"};
            if (start_ > s_.sentence().first && s_.word_in(start_, lexicon.subordinators))
                for (std::size_t m = ms.size(); m-- > 0;)
                    if (ms[m].last <= start_ && s_.actor(m)) return {{m}, "pronoun in a dependent clause"};
            if (s_.speaker()) return {{*s_.speaker()}, "pronoun for the speaker"};
            return {{}, "topic"};
        }
        if (lexicon.verb_first)
            if (auto m = subject_after()) return {coordinated(*m, true, end_), "subject after the verb"};
        // A relative clause: its subject is the entity before the relative pronoun.
        if (auto list = antecedent(); !list.empty()) return {list, "relative clause antecedent"};
        // A dependent clause without a subject of its own: the main clause's subject is meant
        // ("…, after becoming the first state to recognise …").
        if (start_ > s_.sentence().first && s_.word_in(start_, lexicon.subordinators))
            if (auto m = first_subject(start_)) return {{*m}, "main clause subject"};
        if (s_.speaker()) return {{*s_.speaker()}, "speaker"};
        return {{}, "topic"};
    }

    // A pronoun or verb-first grammar lets an implicit subject refer back to the topic.
    bool may_refer_back() const {
        if (s_.text().lexicon.verb_first) return true;
        for (std::size_t k = start_; k < cue_.first; ++k)
            if (s_.word_in(k, s_.text().lexicon.pronouns)) return true;
        return false;
    }

    std::optional<std::size_t> first_subject(std::size_t limit) const {
        const auto& ms = s_.mentions();
        for (std::size_t m = 0; m < ms.size() && ms[m].last <= limit; ++m)
            if (s_.actor(m) && !s_.is_object(m)) return m;
        return std::nullopt;
    }

    // Targets after the cue: the first entity within reach, and the list it heads.
    std::vector<std::size_t> targets_after(std::size_t from, const std::vector<std::size_t>& exclude) const {
        const auto& ms = s_.mentions();
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (ms[m].first < from || ms[m].first >= end_) continue;
            if (ms[m].first > from + 12) break;
            if (std::find(exclude.begin(), exclude.end(), m) != exclude.end()) continue;
            if (!s_.target(m)) continue;
            // "Ukraine's two separatist republics": a possessor before another entity is not the target.
            if (possessor_of_next(m)) continue;
            // Another cue between this one and the mention takes it.
            bool claimed = false;
            for (const auto& other : s_.cues())
                if (other.first >= cue_.last && other.last <= ms[m].first) claimed = true;
            if (claimed) break;
            return coordinated(m, true, end_);
        }
        return {};
    }

    bool possessor_of_next(std::size_t m) const {
        const auto& ms = s_.mentions();
        const auto& tokens = s_.text().tokens;
        const std::size_t after = ms[m].last;
        if (after + 1 >= s_.sentence().last || tokens[after].folded != "'" || !s_.word_in(after + 1, s_.text().lexicon.possessive_markers))
            return false;
        return m + 1 < ms.size() && ms[m + 1].first >= after && ms[m + 1].first <= after + 5;
    }

    std::optional<std::size_t> marker_at_or_after(std::size_t from, const std::vector<Pattern>& markers, std::size_t reach) const {
        for (std::size_t k = from; k < end_ && k <= from + reach; ++k)
            if (auto e = s_.pattern_at(markers, k, end_)) return *e;
        return std::nullopt;
    }

    const SentenceAnalysis& s_;
    const CueMatch& cue_;
    const Entity* topic_;
    std::size_t start_ = 0;
    std::size_t end_ = 0;
};

bool kind_allowed(const CueRule& rule, const Entity& target) {
    return rule.target_kinds.empty() ||
           std::find(rule.target_kinds.begin(), rule.target_kinds.end(), target.kind) != rule.target_kinds.end();
}

}  // namespace

std::vector<LinkedFact> link_arguments(const SentenceAnalysis& s, const CueMatch& cue, const RelationOntology& ontology,
                                       const Entity* topic, std::vector<std::string>* trace) {
    std::vector<LinkedFact> facts;
    const CueRule& rule = *cue.rule;
    auto note = [&](const std::string& text) {
        if (trace) trace->push_back("    cue " + rule.id + ": " + text);
    };
    RelationId relation = rule.relation;
    if (cue.negated) {
        if (!rule.negated) {
            note("dropped: negated");
            return facts;
        }
        relation = *rule.negated;
    }
    double confidence = rule.confidence * (cue.hedged ? 0.6 : 1.0);
    Linker l(s, cue, topic);
    const auto& ms = s.mentions();

    std::vector<const Entity*> sources;
    std::vector<std::pair<const Entity*, RelationId>> targets;
    std::string how;
    auto add_sources = [&](const std::vector<std::size_t>& list) {
        for (std::size_t m : list)
            if (s.actor(m)) sources.push_back(s.actor(m));
    };
    auto add_targets = [&](const std::vector<std::size_t>& list, RelationId r) {
        for (std::size_t m : list)
            if (s.target(m) && kind_allowed(rule, *s.target(m))) targets.emplace_back(s.target(m), r);
    };

    if (rule.arguments == CueArguments::reverse) {
        // The subject after the cue; the target the nearest fitting entity before it.
        std::optional<std::size_t> after;
        for (std::size_t m = 0; m < ms.size() && !after; ++m)
            if (ms[m].first >= cue.last && ms[m].first <= cue.last + 3 && s.actor(m)) after = m;
        std::optional<std::size_t> before;
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].last <= cue.first && s.target(m) && kind_allowed(rule, *s.target(m))) before = m;
        if (!after || !before) {
            note("dropped: needs a subject after and a target before");
            return facts;
        }
        sources.push_back(s.actor(*after));
        add_targets({*before}, relation);
        how = "reverse";
    } else if (rule.arguments == CueArguments::adjacent) {
        // "X, an ally of Y" / "Y ally X": the nearest entity on each side.
        std::optional<std::size_t> before, after;
        for (std::size_t m = 0; m < ms.size(); ++m) {
            if (ms[m].last <= cue.first && cue.first - ms[m].last <= 4 && s.actor(m)) before = m;
            if (!after && ms[m].first >= cue.last && ms[m].first - cue.last <= 4 && s.target(m)) after = m;
        }
        if (!before || !after) {
            note("dropped: needs an entity on each side");
            return facts;
        }
        sources.push_back(s.actor(*before));
        add_targets({*after}, relation);
        how = "adjacent";
    } else {
        // "between X and Y" after a symmetric cue names both sides.
        if (rule.arguments == CueArguments::pair) {
            if (auto after = l.marker_at_or_after(cue.last, s.text().lexicon.between_markers, 3)) {
                auto pair = l.targets_after(*after, {});
                if (pair.size() >= 2) {
                    if (s.actor(pair[0])) sources.push_back(s.actor(pair[0]));
                    add_targets(std::vector<std::size_t>(pair.begin() + 1, pair.end()), relation);
                    how = "between";
                }
            }
        }
        if (sources.empty()) {
            // A passive: "was recognised by X" — the agent is the source, the subject the target.
            std::optional<std::size_t> agent_end = l.marker_at_or_after(cue.last, s.text().lexicon.agent_markers, 2);
            const bool passive = rule.arguments == CueArguments::passive || agent_end || s.is_passive(cue);
            if (passive && agent_end) {
                auto agents = l.targets_after(*agent_end, {});
                add_sources(agents);
                if (auto m = l.subject_before(cue.first, l.start_)) add_targets(l.coordinated(*m, false, l.start_), relation);
                else add_targets(l.antecedent(), relation);
                how = "passive";
            } else if (passive) {
                note("dropped: passive without an agent");
                return facts;
            } else {
                Side side = l.sources();
                add_sources(side.mentions);
                how = side.how;
                if (side.mentions.empty() && topic &&
                    ((side.how == "topic" && l.may_refer_back()) || side.how.starts_with("self-reference"))) {
                    sources.push_back(topic);
                    confidence *= 0.8;
                }
                // Targets marked by a word ("from X to Y") take the relation the lexicon gives them.
                for (const auto& [marker, marked_relation] : rule.marked_targets) {
                    for (std::size_t k = cue.last; k < l.end_; ++k) {
                        if (s.text().tokens[k].folded != marker) continue;
                        std::vector<std::size_t> after;
                        for (std::size_t m = 0; m < ms.size(); ++m)
                            if (ms[m].first == k + 1 || (ms[m].first == k + 2 && s.word_in(k + 1, s.text().lexicon.list_fillers)))
                                after = l.coordinated(m, true, l.end_);
                        add_targets(after, marked_relation);
                        break;
                    }
                }
                if (!s.text().lexicon.verb_first)
                    for (std::size_t m = 0; m < ms.size(); ++m)
                        if (ms[m].first > cue.first && ms[m].last <= cue.last) add_targets({m}, relation);
                if (rule.marked_targets.empty() && targets.empty()) add_targets(l.targets_after(cue.last, side.mentions), relation);
                // "the states of Donetsk and Lugansk, whose independence Moscow recognised": the
                // antecedent of a relative clause with its own subject is the object.
                if (targets.empty() && side.how == "subject") add_targets(l.antecedent(), relation);
                // "X and Y established relations": a symmetric relation among coordinated subjects.
                if (rule.arguments == CueArguments::pair && targets.empty() && sources.size() >= 2) {
                    for (std::size_t i = 1; i < sources.size(); ++i) targets.emplace_back(sources[i], relation);
                    sources.resize(1);
                }
                // "…, prompting Tbilisi to cut diplomatic ties": the other side is the one the
                // sentence was about before this clause.
                if (rule.arguments == CueArguments::pair && targets.empty() && sources.size() == 1 && l.start_ > s.sentence().first)
                    if (auto m = l.first_subject(l.start_); m && s.actor(*m) && s.actor(*m) != sources.front()) {
                        targets.emplace_back(s.actor(*m), relation);
                        confidence *= 0.8;
                    }
            }
        }
    }
    if (sources.empty()) {
        note("dropped: no source");
        return facts;
    }
    if (targets.empty()) {
        note("dropped: no target");
        return facts;
    }
    for (const Entity* source : sources)
        for (const auto& [target, r] : targets) {
            if (source == target) continue;
            if (std::any_of(facts.begin(), facts.end(), [&](const LinkedFact& f) {
                    return f.source == source && f.target == target && f.relation == r;
                }))
                continue;
            facts.push_back({source, target, r, confidence, how});
            note(source->name + " " + ontology.at(r).name + " " + target->name + " (source: " + how + ")");
        }
    return facts;
}

}  // namespace stancegraph
