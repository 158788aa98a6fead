// Running the extraction stages over an article's sentences.
#include "extractor.hpp"

#include "argument_linker.hpp"
#include "membership.hpp"
#include "core/text_folding.hpp"
#include "quotations.hpp"
#include "sentence_analysis.hpp"
#include "time_expressions.hpp"
#include "tokenizer.hpp"

#include <algorithm>
#include <climits>

namespace stancegraph {

namespace {

std::string slug(const std::string& text) {
    std::string out;
    for (char c : text) out.push_back(c == ' ' ? '-' : c);
    return out;
}

// The time of a cue: the nearest time expression in its clause, else in its sentence, else the
// publication date (a declared position takes the day it was declared).
std::optional<PartialDate> time_of(const SentenceAnalysis& s, const CueMatch& cue, const std::optional<PartialDate>& published) {
    const std::size_t start = s.clause_start(cue.first), end = s.clause_end(cue.first);
    const TimeExpression* best = nullptr;
    std::size_t best_score = SIZE_MAX;
    for (const auto& t : s.times()) {
        const std::size_t distance = t.first >= cue.last ? t.first - cue.last : cue.first >= t.last ? cue.first - t.last : 0;
        const bool same_clause = t.first >= start && t.last <= end;
        // A relative clause dates what it says of its antecedent, not the main act: "Georgia, which
        // gained independence in 1991", "التي أعلنت استقلالها عام 1999", "которая провозгласила … в 1999 году".
        const std::size_t time_clause = s.clause_start(t.first);
        if (!same_clause && time_clause != start && s.word_in(time_clause, s.text().lexicon.relative_pronouns)) continue;
        const std::size_t score = distance + (same_clause ? 0 : 50);
        if (score < best_score) {
            best_score = score;
            best = &t;
        }
    }
    if (best) return best->date;
    return published;
}

// The word carries a one-letter coordinator as a proclitic ("وأدانت", "فأعلنت").
bool carries_coordinator(const SentenceAnalysis& s, std::size_t token) {
    const Lexicon& lexicon = s.text().lexicon;
    const std::string& word = s.text().tokens[token].folded;
    for (const auto& c : lexicon.coordinators) {
        std::size_t length = 0;
        next_code_point(c, length);
        if (length == c.size() && word.starts_with(c) && word.size() > c.size() + 4 && !s.word_in(token, lexicon.coordinators)) return true;
    }
    return false;
}

// The cue opens a clause coordinated with the one before: its word carries "و"/"ف", or a
// coordinator stands right before it, or it is the noun of a light verb that opens such a clause
// ("…، وأعلنت دعمها لـ…", "وأعربت عن إدانتها"): the verb, not its noun, takes the subject.
bool coordinated_clause(const SentenceAnalysis& s, const CueMatch& cue) {
    const Lexicon& lexicon = s.text().lexicon;
    if (carries_coordinator(s, cue.first)) return true;
    for (std::size_t k = cue.first > s.sentence().first + 2 ? cue.first - 2 : s.sentence().first; k < cue.first; ++k)
        if (s.pattern_at(lexicon.light_verbs, k, cue.first)) {
            if (carries_coordinator(s, k)) return true;
            break;
        }
    std::size_t k = cue.first;
    while (k > s.sentence().first && s.text().tokens[k - 1].kind == TokenKind::punct) --k;
    return k > s.sentence().first && s.word_in(k - 1, lexicon.coordinators);
}

// The cue opens a coordinated clause right after a comma: ", وأدانت", ", and condemned".
bool after_comma_and(const SentenceAnalysis& s, const CueMatch& cue) {
    const auto& tokens = s.text().tokens;
    std::size_t k = cue.first;
    if (!carries_coordinator(s, k)) {
        if (k <= s.sentence().first || !s.word_in(k - 1, s.text().lexicon.coordinators)) return false;
        --k;
    }
    return k > s.sentence().first && tokens[k - 1].folded == ",";
}

// What one cue did, for later references to it ("condemned the attack", "followed suit").
void remember_event(Discourse& discourse, const LinkResult& link, const RelationOntology& ontology, std::size_t sentence) {
    DiscourseEvent event;
    event.sentence = sentence;
    if (link.facts.empty()) {
        // "Relations with Iran were cut by four states", "Отношения с Ираном прервали четыре
        // страны": an act of state toward state whose doers are only counted is still news about
        // its object, which the acts that name the doers next ("Раньше других …", "followed suit") repeat.
        if (!link.missing_source || !link.relation || link.targets.empty()) return;
        event.relation = *link.relation;
        event.family = ontology.at(event.relation).family;
        if (event.family != "recognition" && event.family != "diplomacy") return;
        for (const Entity* t : link.targets)
            if (std::find(event.targets.begin(), event.targets.end(), t) == event.targets.end()) event.targets.push_back(t);
        discourse.events.push_back(std::move(event));
        return;
    }
    event.relation = link.facts.front().relation;
    event.family = ontology.at(event.relation).family;
    for (const auto& f : link.facts) {
        if (f.relation != event.relation) continue;
        if (std::find(event.sources.begin(), event.sources.end(), f.source) == event.sources.end()) event.sources.push_back(f.source);
        if (std::find(event.targets.begin(), event.targets.end(), f.target) == event.targets.end()) event.targets.push_back(f.target);
    }
    discourse.events.push_back(std::move(event));
}

// "…, а ОАЭ – …": the phrase between a gapping conjunction and a dash takes the facts of the cue
// before it, in place of their sources.
void gapped_facts(const SentenceAnalysis& s, std::vector<LinkResult>& links) {
    const Lexicon& lexicon = s.text().lexicon;
    if (lexicon.gapping_markers.empty()) return;
    const auto& tokens = s.text().tokens;
    for (const auto& phrase : s.phrases()) {
        const std::size_t before = phrase.first, after = phrase.last;
        if (before <= s.sentence().first || after >= s.sentence().last || phrase.governed != Governed::none) continue;
        if (!s.word_in(before - 1, lexicon.gapping_markers)) continue;
        const std::string& dash = tokens[after].folded;
        if (dash != "–" && dash != "—" && dash != "-") continue;
        // The verb left out is the main one of the clause before: its first cue with facts.
        std::optional<std::size_t> main;
        for (std::size_t c = 0; c < links.size(); ++c) {
            if (s.cues()[c].last > before) break;
            if (!links[c].facts.empty() && (!main || s.clause_start(s.cues()[c].first) != s.clause_start(s.cues()[*main].first))) main = c;
        }
        for (std::size_t c = main ? *main + 1 : 0; c-- > 0;) {
            if (s.cues()[c].last > before || links[c].facts.empty()) continue;
            LinkResult& link = links[c];
            std::vector<LinkedFact> copies;
            for (std::size_t m : phrase.members)
                if (const Entity* actor = s.actor(m))
                    for (const auto& f : link.facts)
                        if (actor != f.target) copies.push_back({actor, f.target, f.relation, f.confidence * 0.9, "gapping"});
            link.facts.insert(link.facts.end(), copies.begin(), copies.end());
            break;
        }
    }
}

bool is_actor_kind(const Entity& e) {
    return e.kind == EntityKind::state || e.kind == EntityKind::territory || e.kind == EntityKind::organisation ||
           e.kind == EntityKind::group;
}

// What a sentence leaves in the discourse memory: the state it was about, who spoke, the last
// list of actors, organisation, territory and state it named.
void remember_sentence(Discourse& discourse, const SentenceAnalysis& s, const Entity* last_source) {
    // Without a fact or a speaker, the sentence's first subject is what it was about.
    if (!last_source && !s.speaker_actor())
        for (const auto& phrase : s.phrases())
            if (phrase.governed == Governed::none && phrase.nominative && !phrase.ethnic && phrase.members.size() == 1)
                if (const Entity* e = s.actor(phrase.members.front()); e && is_actor_kind(*e)) {
                    last_source = e;
                    break;
                }
    if (last_source) discourse.topic = last_source;
    else if (s.speaker_actor()) discourse.topic = s.speaker_actor();
    // The state that spoke or acted last is the one "the ministry" or "the spokesman" belongs to.
    if (last_source) discourse.speaker = last_source;
    else if (s.speaker_actor()) discourse.speaker = s.speaker_actor();
    for (const auto& phrase : s.phrases()) {
        std::vector<const Entity*> list;
        for (std::size_t m : phrase.members)
            if (const Entity* e = s.actor(m); e && is_actor_kind(*e) && std::find(list.begin(), list.end(), e) == list.end())
                list.push_back(e);
        if (list.size() >= 2) {
            discourse.group = list;
            discourse.groups.push_back(list);
            if (discourse.groups.size() > 6) discourse.groups.erase(discourse.groups.begin());
        }
    }
    for (const auto& m : s.mentions()) {
        const Entity& e = *m.entity;
        if (e.kind == EntityKind::organisation) discourse.organisation = &e;
        else if (e.kind == EntityKind::territory) discourse.territory = &e;
        else if (e.kind == EntityKind::state) discourse.state = &e;
    }
}

std::string describe(const Mention& m, const SentenceAnalysis& s, std::size_t index) {
    std::string out = m.entity->name + " [" + m.entity->id + ", " + (m.reference ? "reference" : std::string(to_string(m.form)));
    if (s.actor(index) && s.actor(index) != m.entity) out += " → " + s.actor(index)->id;
    switch (s.phrase_of(index).governed) {
        case Governed::none: break;
        case Governed::genitive: out += ", genitive"; break;
        case Governed::agent: out += ", agent"; break;
        case Governed::object: out += ", object"; break;
        case Governed::locative: out += ", place"; break;
        case Governed::attribution: out += ", attribution"; break;
        case Governed::exclusion: out += ", exclusion"; break;
    }
    if (!s.phrase_of(index).nominative) out += ", oblique";
    if (s.phrase_of(index).members.size() > 1) out += ", list of " + std::to_string(s.phrase_of(index).members.size());
    return out + "]";
}

}  // namespace

Extractor::Extractor(const Gazetteer& gazetteer, const RelationOntology& ontology, const LexiconSet& lexicons)
    : gazetteer_(gazetteer), ontology_(ontology), lexicons_(lexicons), morphology_(lexicons), mentions_(gazetteer, morphology_),
      forms_(morphology_) {}

ExtractionResult Extractor::extract(const Article& article, bool trace) const {
    ExtractionResult result;
    const Lexicon& lexicon = *lexicons_.find(article.lang);
    const TokenizedText tokenized = tokenize(article.text, lexicon.abbreviations);
    forms_.trim();
    TextForms forms(tokenized.tokens.size());
    for (std::size_t i = 0; i < tokenized.tokens.size(); ++i)
        forms[i] = &forms_.forms_of(tokenized.tokens[i].folded, tokenized.tokens[i].kind == TokenKind::word);
    // The day roles are read on: the publication day, or for an undated article the latest date the
    // text names ("on April 4, 2023"), or today.
    DayNumber day = article.published ? article.published->first_day() : today();
    if (!article.published) {
        std::optional<DayNumber> latest;
        for (const auto& sentence : tokenized.sentences)
            for (const auto& t : find_time_expressions(tokenized.tokens, forms, sentence.first, sentence.last, lexicon.time, std::nullopt))
                if (t.date.precision() != DatePrecision::year && (!latest || t.date.first_day() > *latest)) latest = t.date.first_day();
        if (latest) day = *latest;
    }
    const WordClasses& classes = lexicons_.classes(article.lang);
    std::vector<std::uint64_t> token_classes(tokenized.tokens.size());
    for (std::size_t i = 0; i < tokenized.tokens.size(); ++i) token_classes[i] = classes.of(*forms[i]);
    const ArticleText text{tokenized.tokens, forms, lexicon, classes, token_classes, gazetteer_, day, article.published, article.text};
    const RelationInfo* leader_of = ontology_.find("leader_of");
    const RelationInfo* withdraws = ontology_.find("withdraws_recognition");
    const RelationInfo* recognizes = ontology_.find("recognizes");
    const RelationInfo* secedes = ontology_.find("declares_independence_from");
    const RelationInfo* accuses = ontology_.find("accuses");
    const RelationInfo* member_of = ontology_.find("member_of");
    // Every sentence's mentions first, so that "the two republics" can look back and ahead.
    std::vector<std::vector<Mention>> mentions(tokenized.sentences.size());
    std::vector<const Entity*> named;         // every entity named, in text order
    std::vector<std::size_t> named_before;    // per sentence: how many of them come before it
    for (std::size_t index = 0; index < tokenized.sentences.size(); ++index) {
        const Sentence& sentence = tokenized.sentences[index];
        mentions[index] = mentions_.find(tokenized.tokens, sentence.first, sentence.last, lexicon.language,
                                         lexicon.names_are_capitalized, day);
        named_before.push_back(named.size());
        // (A capital is more often where something happened than one of "the two countries".)
        for (const auto& m : mentions[index])
            if (m.form != NameForm::capital) named.push_back(m.entity);
    }
    named_before.push_back(named.size());

    // The day the news happened: a "yesterday" or "on Thursday" in the first sentences (the lead)
    // dates the statements that carry no time of their own; otherwise the publication date does.
    std::optional<PartialDate> news_day = article.published;
    for (std::size_t index = 0; index < tokenized.sentences.size() && index < 5; ++index) {
        const Sentence& sentence = tokenized.sentences[index];
        const auto times = find_time_expressions(tokenized.tokens, forms, sentence.first, sentence.last, lexicon.time, article.published);
        const auto relative = std::find_if(times.begin(), times.end(), [](const TimeExpression& t) { return t.relative_day; });
        if (relative != times.end()) {
            news_day = relative->date;
            break;
        }
    }

    auto emit = [&](const Entity& source, RelationId relation, const Entity& target, std::optional<PartialDate> from,
                    const Sentence& sentence, std::size_t index, const std::string& rule, double confidence) {
        Fact fact;
        fact.source = source.id;
        fact.target = target.id;
        fact.relation = relation;
        fact.valid.valid_from = from;
        Evidence e;
        e.document = article.id;
        e.url = article.url;
        e.published = article.published;
        e.sentence = static_cast<int>(index);
        e.start = sentence.start;
        e.end = sentence.end;
        e.text = article.text.substr(sentence.start, sentence.end - sentence.start);
        e.rule = rule;
        e.confidence = confidence;
        fact.evidence.push_back(std::move(e));
        result.facts.push_back(std::move(fact));
    };

    Discourse discourse;
    const auto quote_speakers = quotation_speakers(tokenized, forms, lexicon, mentions, [&](const Mention& m) -> const Entity* {
        if (m.entity->kind == EntityKind::person) return role_holder_of(*m.entity, day, gazetteer_, !article.published);
        return m.entity->kind == EntityKind::region ? nullptr : m.entity;
    });
    for (std::size_t index = 0; index < tokenized.sentences.size(); ++index) {
        const Sentence& sentence = tokenized.sentences[index];
        const std::span<const Entity* const> earlier(named.data(), named_before[index]);
        const std::span<const Entity* const> later(named.data() + named_before[index + 1], named.size() - named_before[index + 1]);
        const SentenceAnalysis s(text, sentence, std::move(mentions[index]), earlier, later, discourse, index,
                                 quote_speakers[index].speaker, quote_speakers[index].starts_inside);
        std::vector<std::string>* notes = trace ? &result.trace : nullptr;
        if (trace) {
            result.trace.push_back("sentence " + std::to_string(index) + ": " +
                                   article.text.substr(sentence.start, sentence.end - sentence.start));
            for (std::size_t m = 0; m < s.mentions().size(); ++m) result.trace.push_back("  mention " + describe(s.mentions()[m], s, m));
            for (const auto& c : s.cues())
                result.trace.push_back("  cue " + c.rule->id + " \"" + c.pattern->text() + "\"" + (c.negated ? " negated" : "") +
                                       (c.hedged ? " hedged" : "") + (c.attempted ? " attempted" : ""));
            for (const auto& t : s.times()) result.trace.push_back("  time " + t.date.to_string() + (t.since ? " (since)" : ""));
            if (s.speaker_actor()) result.trace.push_back("  speaker " + s.speaker_actor()->name);
        }
        const Entity* last_source = nullptr;
        // Cues right to left, so that a cue whose object is another cue ("welcomed the recognition
        // of Palestine by Ireland") finds that one already linked.
        std::vector<LinkResult> links(s.cues().size());
        for (std::size_t c = s.cues().size(); c-- > 0;) {
            links[c] = link_arguments(s, c, ontology_, notes);
            if (!links[c].blocked_by || !links[c].facts.empty()) continue;
            // "أعربت تايوان عن أسفها، واتهمت بنما …": a cue opening a clause of its own after a comma
            // and "و"/"and" is no object of the cue before; that one is left without a target.
            // (Not the judgements an act received, listed after a reception verb: "قوبل الاعتراف
            // بترحيب فلسطيني، وانتقاد من إسرائيل".)
            bool received = false;
            for (std::size_t k = s.cues()[c].first > sentence.first + 4 ? s.cues()[c].first - 4 : sentence.first; k < s.cues()[c].first; ++k)
                received = received || s.pattern_at(lexicon.reception_verbs, k, s.cues()[c].first).has_value();
            if (!received && after_comma_and(s, s.cues()[*links[c].blocked_by])) continue;
            LinkResult& nested = links[*links[c].blocked_by];
            // The nested cue has an agent of its own when found in its own phrase, or as a subject
            // that comes after this cue ("welcomed that Spain recognised …").
            const bool own = nested.own_agent || (nested.source_token && *nested.source_token >= s.cues()[c].last);
            const RelationInfo& inner = ontology_.at(s.cues()[*links[c].blocked_by].rule->relation);
            const RelationInfo& outer = ontology_.at(s.cues()[c].rule->relation);
            if (own) {
                relink_targets(links[c], s, c, nested.sources, ontology_, notes);
            } else if (inner.polarity == Polarity::positive || outer.family == "coercion") {
                // "threatened to cut ties with Congo" threatens Congo.
                // The nested cue had no agent of its own ("condemned any support for Ukraine"): it
                // is only the object of this one, and its beneficiary this one's target.
                relink_targets(links[c], s, c, nested.targets, ontology_, notes);
                // "Abbas hailed the move to recognise the state of Palestine": an act toward the
                // judge itself is judged in whoever did it, as reported before.
                const auto& judges = links[c].sources;
                const bool toward_judge = std::any_of(nested.targets.begin(), nested.targets.end(), [&](const Entity* t) {
                    return std::find(judges.begin(), judges.end(), t) != judges.end();
                });
                if (links[c].facts.empty() && toward_judge)
                    if (const DiscourseEvent* event = discourse.last_event(inner.family, index, 4))
                        relink_targets(links[c], s, c, event->sources, ontology_, notes);
                nested.facts.clear();
                nested.nested_object = true;
            } else if (inner.family == "force" || s.cues()[*links[c].blocked_by].rule->arguments == CueArguments::judgement) {
                // "condemned the attack on Qatar": whoever carried out the attack, as reported before;
                // so too "condemned the flagrant violation of Qatar's sovereignty", an attack judged.
                if (const DiscourseEvent* event = discourse.last_event("force", index, 4))
                    relink_targets(links[c], s, c, event->sources, ontology_, notes);
                nested.facts.clear();
                nested.nested_object = true;
            } else {
                // "supported the decision to cut ties with Iran" is no support for Iran; whose
                // decision it was is not said.
                nested.facts.clear();
                nested.nested_object = true;
            }
        }
        // A verb coordinated with an earlier one and without a subject of its own shares its
        // subject ("رفضت عدة دول … الاعتراف به، وأعلنت دعمها لمادورو").
        if (lexicon.verb_first)
            for (std::size_t c = 1; c < s.cues().size(); ++c) {
                if (!links[c].missing_source || !coordinated_clause(s, s.cues()[c])) continue;
                for (std::size_t before = c; before-- > 0;)
                    if (!links[before].sources.empty()) {
                        relink_sources(links[c], s, c, links[before].sources, ontology_, notes);
                        break;
                    }
            }
        // "…, as did Bahrain", "Их примеру последовали …": following an act of this sentence.
        for (std::size_t c = 1; c < s.cues().size(); ++c) {
            if (s.cues()[c].rule->arguments != CueArguments::follow || links[c].sources.empty()) continue;
            for (std::size_t before = c; before-- > 0;)
                if (!links[before].facts.empty()) {
                    links[c].facts.clear();
                    links[c].relation = links[before].facts.front().relation;
                    relink_targets(links[c], s, c, links[before].targets, ontology_, notes);
                    break;
                }
        }
        // "قوبل الاعتراف السويدي بترحيب فلسطيني", "Russia's recognition drew condemnation from
        // Georgia": a judgement received by an act judges whoever did it.
        for (std::size_t c = 1; c < s.cues().size(); ++c) {
            const auto& cue = s.cues()[c];
            std::optional<std::size_t> reception;
            for (std::size_t k = cue.first > sentence.first + 4 ? cue.first - 4 : sentence.first; k < cue.first; ++k)
                if (s.pattern_at(lexicon.reception_verbs, k, cue.first)) reception = k;
            if (!reception) continue;
            // The act is the cue before the judgement, before the reception verb ("Russia's recognition
            // drew …") or after it where verbs come first ("قوبل الاعتراف السويدي بترحيب").
            const std::size_t before = c - 1;
            if (links[before].own_agent && !links[before].sources.empty() && !links[c].sources.empty()) {
                links[c].facts.clear();
                relink_targets(links[c], s, c, links[before].sources, ontology_, notes);
            }
        }
        // "Египет обвинил Катар в …, а ОАЭ – в поддержке …": a list after a gapping conjunction and
        // a dash did what the clause before did.
        gapped_facts(s, links);
        // An act without its object repeats the last one of its family: "… recognised South Sudan;
        // Canada, France and Egypt recognised too", "Первыми отношения разорвали …" after the news
        // that ties with Qatar were cut. Within the sentence, or from the two before.
        // Only acts of state toward state are left unsaid so (recognition, relations); a criticism or
        // an attack without its object names none.
        for (std::size_t c = 0; c < s.cues().size(); ++c) {
            if (!links[c].missing_target || links[c].sources.empty()) continue;
            const std::string& family = ontology_.at(s.cues()[c].rule->relation).family;
            if (family != "recognition" && family != "diplomacy") continue;
            std::vector<const Entity*> objects;
            for (std::size_t before = c; before-- > 0 && objects.empty();)
                if (ontology_.at(s.cues()[before].rule->relation).family == family && !links[before].nested_object)
                    objects = links[before].targets;
            if (objects.empty())
                if (const DiscourseEvent* event = discourse.last_event(family, index, 2)) objects = event->targets;
            if (!objects.empty()) relink_targets(links[c], s, c, objects, ontology_, notes);
        }
        // "قطعت علاقاتها مع إسرائيل بسبب ما وصفته بـ«جرائم»", "cut ties with X over what it called
        // crimes": an evaluation without an object of its own judges the object of its speaker's act.
        for (std::size_t c = 1; c < s.cues().size(); ++c) {
            if (s.cues()[c].rule->arguments != CueArguments::evaluation || !links[c].missing_target || links[c].sources.empty()) continue;
            for (std::size_t before = c; before-- > 0;) {
                if (links[before].facts.empty()) continue;
                // (Not a judgement restating the act's own: "condemned the attack, calling it a violation".)
                const bool restates = links[c].relation &&
                                      ontology_.at(*links[c].relation).family == ontology_.at(links[before].facts.front().relation).family;
                if (links[before].sources == links[c].sources && !restates)
                    relink_targets(links[c], s, c, links[before].targets, ontology_, notes);
                break;
            }
        }
        // "cut ties with Iran, citing Tehran's support for the Polisario", "بحجة دعم طهران",
        // "из-за поддержки Дохой …": an act given as the reason for another is the actor's accusation
        // of whoever did it, not a stance reported as news.
        if (accuses)
            for (std::size_t c = 0; c < s.cues().size(); ++c) {
                const auto& cue = s.cues()[c];
                if (links[c].facts.empty() || cue.first <= sentence.first) continue;
                bool reason = false;
                // (A possessor may stand between: "citing Iran's support".)
                for (std::size_t k = cue.first >= sentence.first + 5 ? cue.first - 5 : sentence.first; k < cue.first && !reason; ++k)
                    if (auto end = s.pattern_at(lexicon.reason_markers, k, cue.first); end && *end + 4 >= cue.first) reason = true;
                if (!reason) continue;
                std::vector<const Entity*> accusers;
                for (std::size_t b = c; b-- > 0 && accusers.empty();)
                    if (!links[b].facts.empty() && s.cues()[b].last <= cue.first) accusers = links[b].sources;
                if (accusers.empty() && s.speaker_actor()) accusers = {s.speaker_actor()};
                std::vector<LinkedFact> accusations;
                for (const auto& f : links[c].facts)
                    for (const Entity* accuser : accusers)
                        if (accuser != f.source && std::none_of(accusations.begin(), accusations.end(), [&](const LinkedFact& a) {
                                return a.source == accuser && a.target == f.source;
                            }))
                            accusations.push_back({accuser, f.source, accuses->id, f.confidence * 0.8, "the reason given for an act"});
                // (The actor's own judgement given as its reason stands: "بسبب ما وصفته بـ…".)
                const bool own = std::all_of(links[c].facts.begin(), links[c].facts.end(), [&](const LinkedFact& f) {
                    return std::find(accusers.begin(), accusers.end(), f.source) != accusers.end();
                });
                if (own && s.cues()[c].rule->arguments == CueArguments::evaluation) continue;
                if (notes) notes->push_back("    cue " + cue.rule->id + ": the reason given for another act: an accusation");
                links[c].facts = std::move(accusations);
            }
        // "Сомалиленд отделился в 1991 году", "Kosovo declared independence": a territory that
        // declares independence without saying from whom does so from the state that claims it.
        for (std::size_t c = 0; c < s.cues().size(); ++c) {
            if (!secedes || s.cues()[c].rule->relation != secedes->id || !links[c].missing_target) continue;
            std::vector<const Entity*> claimants;
            for (const Entity* territory : links[c].sources) {
                const std::string& claimant = !territory->claimed_by.empty() ? territory->claimed_by.front() : territory->part_of;
                if (const Entity* state = claimant.empty() ? nullptr : gazetteer_.by_id(claimant))
                    if (state->kind == EntityKind::state && std::find(claimants.begin(), claimants.end(), state) == claimants.end())
                        claimants.push_back(state);
            }
            if (!claimants.empty()) relink_targets(links[c], s, c, claimants, ontology_, notes);
        }
        // "ألغى البرلمان الصربي إعلان استقلال كوسوفو": the territory declares; a state found as the
        // source and the territory it claims as the target are the other way round.
        for (std::size_t c = 0; c < s.cues().size() && secedes; ++c)
            for (auto& f : links[c].facts)
                if (f.relation == secedes->id && f.source->kind == EntityKind::state &&
                    (f.target->kind == EntityKind::territory || f.target->kind == EntityKind::region) &&
                    (std::find(f.target->claimed_by.begin(), f.target->claimed_by.end(), f.source->id) != f.target->claimed_by.end() ||
                     f.target->part_of == f.source->id))
                    std::swap(f.source, f.target);
        // "recognised Taiwan as an inalienable part of China": the recognition is of China's
        // sovereignty (the part_of cue's support), not of Taiwan.
        for (std::size_t p = 0; p < s.cues().size(); ++p) {
            if (s.cues()[p].rule->arguments != CueArguments::part_of) continue;
            for (std::size_t c = 0; c < p; ++c)
                if (recognizes && s.cues()[c].rule->relation == recognizes->id && s.clause_start(s.cues()[c].first) == s.clause_start(s.cues()[p].first))
                    links[c].facts.clear();
        }
        for (std::size_t c = 0; c < s.cues().size(); ++c) {
            const auto& cue = s.cues()[c];
            const auto when = time_of(s, cue, news_day);
            // "retracted its 2011 recognition", "its earlier recognition": a withdrawal that names the
            // prior act states that act too.
            std::optional<std::optional<PartialDate>> prior;
            if (withdraws && cue.rule->relation == withdraws->id) {
                for (const auto& t : s.times())
                    if (t.first >= cue.first && t.last <= cue.last) prior = std::optional<PartialDate>(t.date);
                for (std::size_t k = cue.first; k < cue.last && !prior; ++k)
                    if (s.word_in(k, lexicon.prior_markers)) prior = std::optional<PartialDate>();
            }
            for (const auto& linked : links[c].facts) {
                emit(*linked.source, linked.relation, *linked.target, when, sentence, index,
                     lexicon.language + "." + cue.rule->id + ":" + slug(linked.how) + std::string(cue.hedged ? kHedgedRuleSuffix : std::string_view()),
                     linked.confidence);
                if (prior && recognizes && linked.relation == withdraws->id)
                    emit(*linked.source, recognizes->id, *linked.target, *prior, sentence, index,
                         lexicon.language + "." + cue.rule->id + ":prior-recognition", linked.confidence * 0.9);
                last_source = linked.source;
            }
            remember_event(discourse, links[c], ontology_, index);
        }
        // Members named beside their organisation: undated, since the text states them in passing.
        if (member_of)
            for (const auto& f : membership_by_apposition(s))
                emit(*f.member, member_of->id, *f.organisation, std::nullopt, sentence, index,
                     lexicon.language + ".membership:" + slug(f.how), 0.7);
        // Leaders named with their title: "President Putin", "الرئيس الروسي فلاديمير بوتين".
        if (leader_of) {
            const auto& ms = s.mentions();
            for (std::size_t m = 0; m < ms.size(); ++m) {
                const Entity& person = *ms[m].entity;
                if (person.kind != EntityKind::person) continue;
                bool titled = false;
                std::size_t title_at = ms[m].first;
                for (std::size_t k = ms[m].first >= 7 ? ms[m].first - 7 : 0; k < ms[m].first && !titled; ++k)
                    if ((titled = k >= sentence.first && s.pattern_at(lexicon.head_titles, k, ms[m].first).has_value())) title_at = k;
                for (std::size_t k = ms[m].last; k < std::min(ms[m].last + 4, sentence.last) && !titled; ++k)
                    titled = s.pattern_at(lexicon.head_titles, k, sentence.last).has_value();
                if (!titled) continue;
                // In an article without a date, any term of the person's will do when none holds on
                // the day the text names last.
                const bool any_term = !article.published &&
                                      std::none_of(person.roles.begin(), person.roles.end(), [&](const Role& r) {
                                          return r.relation == "leader_of" && r.holds_on(day);
                                      });
                // "رئيس النيجر محمد بازوم، الذي تم عزله", "former President X of Y": a term that is over
                // on the day still counts when the title names the state it was of.
                const bool holds = std::any_of(person.roles.begin(), person.roles.end(), [&](const Role& r) {
                    return r.relation == "leader_of" && r.holds_on(day);
                });
                // (The state in the title itself: right before it, "former Guinean President", or
                // between it and the name; not one named before the title.)
                auto right_before_title = [&](std::size_t end) {
                    if (end > title_at || end + 2 < title_at) return false;
                    for (std::size_t k = end; k < title_at; ++k)  // ("Niger’s President")
                        if (s.text().tokens[k].kind == TokenKind::word && !s.word_in(k, lexicon.possessive_markers)) return false;
                    return true;
                };
                auto named_with_title = [&](const Role& r) {
                    for (std::size_t o = 0; o < ms.size(); ++o)
                        if (ms[o].entity->id == r.target && ms[o].last <= ms[m].first && (ms[o].first >= title_at || right_before_title(ms[o].last)))
                            return true;
                    return false;
                };
                for (const auto& role : person.roles) {
                    if (role.relation != "leader_of" || (!any_term && !role.holds_on(day) && (holds || !named_with_title(role)))) continue;
                    if (const Entity* led = gazetteer_.by_id(role.target))
                        emit(person, leader_of->id, *led, role.from, sentence, index, lexicon.language + ".leader-title", 0.9);
                    if (notes) notes->push_back("    leader " + person.name + " of " + role.target);
                    break;
                }
            }
        }
        remember_sentence(discourse, s, last_source);
    }
    return result;
}

}  // namespace stancegraph
