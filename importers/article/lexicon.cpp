// Loading lexicons (format in docs/formats.md, "Lexicons").
#include "lexicon.hpp"

#include "core/error.hpp"
#include "core/json.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>

namespace stancegraph {

namespace {

struct Reader {
    const JsonValue& root;
    std::string path;

    std::vector<std::string> strings(std::string_view key) const {
        std::vector<std::string> out;
        auto list = root.get(key);
        if (!list) return out;
        if (!list->is_array()) throw Error(path + ": \"" + std::string(key) + "\" must be a list of strings");
        for (std::size_t i = 0; i < list->size(); ++i) {
            if (!list->at(i).is_string()) throw Error(path + ": \"" + std::string(key) + "\" must be a list of strings");
            out.emplace_back(list->at(i).as_string());
        }
        return out;
    }
    std::unordered_set<std::string> words(std::string_view key) const {
        std::unordered_set<std::string> out;
        for (const auto& w : strings(key)) out.insert(fold(w));
        return out;
    }
    PatternSet patterns(std::string_view key) const { return PatternSet(compile(strings(key), key)); }
    std::vector<Pattern> compile(const std::vector<std::string>& texts, std::string_view where) const {
        std::vector<Pattern> out;
        for (const auto& t : texts) {
            try {
                out.push_back(Pattern::parse(t));
            } catch (const std::invalid_argument& e) {
                throw Error(path + ": " + std::string(where) + ": " + e.what());
            }
        }
        return out;
    }
};

std::vector<std::string> longest_first(std::vector<std::string> items) {
    for (auto& i : items) i = fold(i);
    std::stable_sort(items.begin(), items.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return items;
}

RelationId relation_id(const RelationOntology& ontology, const std::string& name, const std::string& where) {
    const RelationInfo* r = ontology.find(name);
    if (!r) throw Error(where + ": unknown relation " + name);
    return r->id;
}

CueRule read_cue(const JsonValue& entry, const Reader& reader, const RelationOntology& ontology, std::size_t index) {
    CueRule cue;
    cue.id = entry.get_string("id").value_or("");
    const std::string where = reader.path + ": cue " + (cue.id.empty() ? std::to_string(index + 1) : cue.id);
    if (cue.id.empty()) throw Error(where + ": missing \"id\"");
    // A "follow" cue takes the relation of the act it follows; the others name theirs.
    // An "evaluation" cue takes the relation of the word it applies (Lexicon::evaluations).
    const std::string arguments_name = entry.get_string("arguments").value_or("");
    const std::string relation_name = entry.get_string("relation").value_or(
        arguments_name == "follow" || arguments_name == "evaluation" ? "supports" : "");
    cue.relation = relation_id(ontology, relation_name, where);
    if (auto negated = entry.get_string("negated")) cue.negated = relation_id(ontology, *negated, where);
    const Reader sub{entry, reader.path};
    cue.patterns = sub.compile(sub.strings("patterns"), where);
    if (cue.patterns.empty()) throw Error(where + ": no \"patterns\"");
    const std::string arguments = entry.get_string("arguments").value_or("subject_object");
    if (arguments == "subject_object") cue.arguments = CueArguments::subject_object;
    else if (arguments == "passive") cue.arguments = CueArguments::passive;
    else if (arguments == "pair") cue.arguments = CueArguments::pair;
    else if (arguments == "adjacent") cue.arguments = CueArguments::adjacent;
    else if (arguments == "reverse") cue.arguments = CueArguments::reverse;
    else if (arguments == "judgement") cue.arguments = CueArguments::judgement;
    else if (arguments == "follow") cue.arguments = CueArguments::follow;
    else if (arguments == "part_of") cue.arguments = CueArguments::part_of;
    else if (arguments == "comprise") cue.arguments = CueArguments::comprise;
    else if (arguments == "evaluation") cue.arguments = CueArguments::evaluation;
    else throw Error(where + ": \"arguments\" must be subject_object, passive, pair, adjacent, reverse, judgement, follow, part_of, comprise or evaluation");
    for (const auto& kind : sub.strings("target_kinds")) {
        auto parsed = parse_entity_kind(kind);
        if (!parsed) throw Error(where + ": unknown entity kind " + kind);
        cue.target_kinds.push_back(*parsed);
    }
    if (auto marked = entry.get("marked_targets"); marked && marked->is_object())
        for (const auto& [marker, relation] : marked->members())
            cue.marked_targets.emplace_back(fold(marker), relation_id(ontology, std::string(relation.as_string()), where));
    if (auto c = entry.get("confidence"); c && c->is_number()) cue.confidence = c->as_double();
    if (auto l = entry.get("locative_targets"); l && l->is_bool()) cue.locative_targets = l->as_bool();
    if (auto n = entry.get("nominal"); n && n->is_bool()) cue.nominal = n->as_bool();
    if (auto o = entry.get("object_first"); o && o->is_bool()) cue.object_first = o->as_bool();
    if (auto g = entry.get("genitive_object"); g && g->is_bool()) cue.genitive_object = g->as_bool();
    cue.unless_near = sub.compile(sub.strings("unless_near"), where + ": unless_near");
    if (auto a = entry.get("all_pairs"); a && a->is_bool()) cue.all_pairs = a->as_bool();
    for (const auto& marker : sub.strings("source_markers")) cue.source_markers.insert(fold(marker));
    for (const auto& clitic : sub.strings("charge_clitics")) cue.charge_clitics.push_back(fold(clitic));
    return cue;
}

}  // namespace

Lexicon load_lexicon(const std::string& path, const RelationOntology& ontology) {
    const JsonDocument document = JsonDocument::parse_file(path);
    const JsonValue root = document.root();
    const Reader r{root, path};
    Lexicon lexicon;
    try {
        lexicon.language = root.get_string("language").value_or("");
        if (lexicon.language.empty()) throw Error(path + ": missing \"language\"");
        lexicon.script = root.get_string("script").value_or("");
        if (lexicon.script.empty()) throw Error(path + ": missing \"script\" (ISO 15924: Arab, Cyrl, Latn)");
        lexicon.abbreviations = r.words("abbreviations");
        lexicon.proclitics = longest_first(r.strings("proclitics"));
        lexicon.prepositional_clitics = longest_first(r.strings("prepositional_clitics"));
        lexicon.article = fold(root.get_string("article").value_or(""));
        lexicon.inflection_endings = longest_first(r.strings("inflection_endings"));
        lexicon.lookup_endings = longest_first(r.strings("lookup_endings"));
        if (auto m = root.get("min_stem"); m && m->is_integer()) lexicon.min_stem = static_cast<std::size_t>(m->as_int());
        if (auto c = root.get("names_are_capitalized"); c && c->is_bool()) lexicon.names_are_capitalized = c->as_bool();
        if (auto c = root.get("inflects_names"); c && c->is_bool()) lexicon.inflects_names = c->as_bool();
        lexicon.nominative_endings = r.strings("nominative_endings");
        for (auto& e : lexicon.nominative_endings) e = fold(e);
        lexicon.head_nouns = r.words("head_nouns");
        lexicon.negators = r.words("negators");
        lexicon.negation_cancellers = r.words("negation_cancellers");
        if (auto w = root.get("negation_window"); w && w->is_integer()) lexicon.negation_window = static_cast<int>(w->as_int());
        if (auto w = root.get("refusal_window"); w && w->is_integer()) lexicon.refusal_window = static_cast<int>(w->as_int());
        if (auto v = root.get("verb_first"); v && v->is_bool()) lexicon.verb_first = v->as_bool();
        if (auto v = root.get("pro_drop"); v && v->is_bool()) lexicon.pro_drop = v->as_bool();
        lexicon.refusals = r.patterns("refusals");
        lexicon.hedges = r.patterns("hedges");
        lexicon.attempts = r.patterns("attempts");
        lexicon.exceptives = r.words("exceptives");
        lexicon.speech_verbs = r.patterns("speech_verbs");
        lexicon.head_titles = r.patterns("head_titles");
        lexicon.self_references = r.patterns("self_references");
        lexicon.pair_references = r.patterns("pair_references");
        if (auto a = root.get("adjectives_follow_nouns"); a && a->is_bool()) lexicon.adjectives_follow_nouns = a->as_bool();
        lexicon.agent_markers = r.patterns("agent_markers");
        lexicon.between_markers = r.patterns("between_markers");
        lexicon.clause_breaks = r.words("clause_breaks");
        lexicon.subordinators = r.words("subordinators");
        lexicon.relative_pronouns = r.words("relative_pronouns");
        lexicon.dual_relative_pronouns = r.words("dual_relative_pronouns");
        lexicon.pronouns = r.words("pronouns");
        lexicon.plural_pronouns = r.words("plural_pronouns");
        lexicon.speaker_pronouns = r.words("speaker_pronouns");
        lexicon.topic_pronouns = r.words("topic_pronouns");
        lexicon.determiners = r.words("determiners");
        lexicon.possessive_determiners = r.words("possessive_determiners");
        lexicon.light_verbs = r.patterns("light_verbs");
        lexicon.noun_endings = r.strings("noun_endings");
        lexicon.noun_prefixes = r.strings("noun_prefixes");
        lexicon.adjunct_endings = r.strings("adjunct_endings");
        lexicon.adjunct_prefixes = r.strings("adjunct_prefixes");
        lexicon.attributive_endings = r.strings("attributive_endings");
        lexicon.attributive_prefixes = r.strings("attributive_prefixes");
        lexicon.reception_verbs = r.patterns("reception_verbs");
        lexicon.gapping_markers = r.words("gapping_markers");
        for (auto* list : {&lexicon.noun_endings, &lexicon.noun_prefixes, &lexicon.adjunct_endings, &lexicon.adjunct_prefixes,
                           &lexicon.attributive_endings, &lexicon.attributive_prefixes})
            for (auto& e : *list) e = fold(e);
        lexicon.pronoun_suffixes = longest_first(r.strings("pronoun_suffixes"));
        lexicon.second_person_suffixes = longest_first(r.strings("second_person_suffixes"));
        lexicon.first_person_suffixes = longest_first(r.strings("first_person_suffixes"));
        lexicon.optional_endings = longest_first(r.strings("optional_endings"));
        lexicon.adjective_endings = longest_first(r.strings("adjective_endings"));
        lexicon.object_markers = r.words("object_markers");
        lexicon.genitive_markers = r.words("genitive_markers");
        lexicon.ethnic_markers = r.patterns("ethnic_markers");
        lexicon.appositive_nouns = r.words("appositive_nouns");
        lexicon.passive_auxiliaries = r.words("passive_auxiliaries");
        lexicon.participle_endings = r.strings("participle_endings");
        lexicon.auxiliaries = r.words("auxiliaries");
        lexicon.possessive_markers = r.words("possessive_markers");
        lexicon.locative_markers = r.words("locative_markers");
        lexicon.enumeration_markers = r.patterns("enumeration_markers");
        lexicon.attribution_markers = r.patterns("attribution_markers");
        lexicon.reciprocal_markers = r.patterns("reciprocal_markers");
        lexicon.exclusion_markers = r.words("exclusion_markers");
        lexicon.coordinators = r.words("coordinators");
        lexicon.list_continuations = r.patterns("list_continuations");
        lexicon.list_openers = r.patterns("list_openers");
        lexicon.complementizers = r.words("complementizers");
        lexicon.object_pronouns = r.words("object_pronouns");
        lexicon.prior_markers = r.words("prior_markers");
        lexicon.list_fillers = r.words("list_fillers");
        lexicon.group_nouns = r.patterns("group_nouns");
        lexicon.member_nouns = r.patterns("member_nouns");
        lexicon.copulas = r.words("copulas");
        lexicon.adverbs = r.words("adverbs");
        lexicon.state_nouns = r.patterns("state_nouns");
        lexicon.decision_nouns = r.patterns("decision_nouns");
        lexicon.act_nouns = r.patterns("act_nouns");
        lexicon.noun_agent_markers = r.patterns("noun_agent_markers");
        lexicon.instrumental_endings = r.strings("instrumental_endings");
        if (auto evaluations = root.get("evaluations"); evaluations && evaluations->is_object())
            for (const auto& [relation, list] : evaluations->members()) {
                const Reader er{*evaluations, path + ": evaluations"};
                const auto tag = static_cast<std::uint32_t>(lexicon.evaluation_relations.size());
                lexicon.evaluation_relations.push_back(relation_id(ontology, std::string(relation), path + ": evaluations"));
                for (auto& pattern : er.compile(er.strings(relation), relation)) lexicon.evaluations.add(std::move(pattern), tag);
            }
        lexicon.evaluation_blockers = r.words("evaluation_blockers");
        lexicon.reason_markers = r.patterns("reason_markers");
        if (auto numbers = root.get("numbers"); numbers && numbers->is_object())
            for (const auto& [value, list] : numbers->members()) {
                const Reader nr{*numbers, path + ": numbers"};
                std::size_t n = 0;
                try {
                    n = static_cast<std::size_t>(std::stoul(std::string(value)));
                } catch (const std::exception&) {
                    throw Error(path + ": numbers: \"" + std::string(value) + "\" is no number");
                }
                for (const auto& word : nr.strings(value)) lexicon.numbers[fold(word)] = n;
            }
        if (auto variants = root.get("spelling_variants"); variants && variants->is_array())
            for (std::size_t i = 0; i < variants->size(); ++i) {
                const JsonValue pair = variants->at(i);
                if (!pair.is_array() || pair.size() != 2)
                    throw Error(path + ": spelling_variants must be a list of [from, to] pairs");
                lexicon.spelling_variants.emplace_back(fold(pair.at(0).as_string()), fold(pair.at(1).as_string()));
            }
        for (auto& e : lexicon.instrumental_endings) e = fold(e);
        if (auto refs = root.get("references"); refs && refs->is_object()) {
            const Reader rr{*refs, path + ": references"};
            ReferenceLexicon& refl = lexicon.references;
            refl.speaker = rr.patterns("speaker");
            refl.organisation = rr.patterns("organisation");
            refl.territory = rr.patterns("territory");
            refl.state = rr.patterns("state");
            refl.described_state = rr.patterns("described_state");
            refl.pair = rr.patterns("pair");
            refl.group = rr.patterns("group");
            if (auto events = refs->get("events"); events && events->is_object())
                for (const auto& [family, list] : events->members()) {
                    const Reader er{*events, path + ": references.events"};
                    const auto tag = static_cast<std::uint32_t>(refl.event_families.size());
                    refl.event_families.emplace_back(family);
                    for (auto& pattern : er.compile(er.strings(family), family)) refl.events.add(std::move(pattern), tag);
                }
        }
        if (auto cues = root.get("cues"); cues && cues->is_array())
            for (std::size_t i = 0; i < cues->size(); ++i) lexicon.cues.push_back(read_cue(cues->at(i), r, ontology, i));
        // Cue entries generated from other sources (generated/<language>.*.json, e.g. the event
        // coders' CAMEO dictionaries), after the hand-written ones, which win where both match.
        const auto generated = std::filesystem::path(path).parent_path() / "generated";
        std::vector<std::filesystem::path> extra;
        std::error_code ec;
        for (const auto& item : std::filesystem::directory_iterator(generated, ec))
            if (item.is_regular_file() && item.path().extension() == ".json" &&
                item.path().filename().string().starts_with(lexicon.language + "."))
                extra.push_back(item.path());
        std::sort(extra.begin(), extra.end());
        for (const auto& file : extra) {
            const JsonDocument more = JsonDocument::parse_file(file.string());
            const Reader g{more.root(), file.string()};
            if (auto cues = more.root().get("cues"); cues && cues->is_array())
                for (std::size_t i = 0; i < cues->size(); ++i) {
                    lexicon.cues.push_back(read_cue(cues->at(i), g, ontology, i));
                    lexicon.cues.back().generated = true;
                }
        }
        {
            // Tagged by kind, beside the cues, so that one lookup per word finds both.
            const PatternSet* sets[] = {&lexicon.references.speaker, &lexicon.references.organisation, &lexicon.references.territory,
                                        &lexicon.references.state, &lexicon.references.pair, &lexicon.references.group,
                                        &lexicon.pair_references, &lexicon.references.described_state};
            for (std::uint32_t kind = 0; kind < std::size(sets); ++kind)
                for (std::size_t i = 0; i < sets[kind]->size(); ++i) {
                    lexicon.cue_patterns.add(sets[kind]->at(i), kReferenceTag | kind);
                }
        }
        // Moved, not copied: the generated lexicons hold tens of thousands of patterns; a cue found
        // points to its pattern in cue_patterns.
        for (std::size_t i = 0; i < lexicon.cues.size(); ++i) {
            for (std::size_t k = 0; k < lexicon.cues[i].patterns.size(); ++k)
                lexicon.cue_patterns.add(std::move(lexicon.cues[i].patterns[k]), static_cast<std::uint32_t>(i << 16 | k));
            lexicon.cues[i].patterns.clear();
            lexicon.cues[i].patterns.shrink_to_fit();
        }
        if (auto time = root.get("time"); time && time->is_object()) {
            const Reader t{*time, path + ": time"};
            TimeLexicon& tl = lexicon.time;
            auto numbered = [&](std::string_view key, std::unordered_map<std::string, int>& into, int base) {
                auto table = time->get(key);
                if (!table) return;
                if (!table->is_array()) throw Error(path + ": time." + std::string(key) + " must be a list of lists");
                for (std::size_t i = 0; i < table->size(); ++i) {
                    const JsonValue forms = table->at(i);
                    for (std::size_t k = 0; k < forms.size(); ++k) into[fold(forms.at(k).as_string())] = static_cast<int>(i) + base;
                }
            };
            numbered("months", tl.months, 1);
            numbered("weekdays", tl.weekdays, 0);
            for (const auto* table : {&tl.months, &tl.weekdays})
                for (const auto& [word, n] : *table)
                    tl.name_leads.set(static_cast<std::size_t>(static_cast<unsigned char>(word[0])) << 8 |
                                      (word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0));
            tl.today = t.patterns("today");
            tl.yesterday = t.patterns("yesterday");
            tl.day_before_yesterday = t.patterns("day_before_yesterday");
            tl.last_before = t.words("last_before");
            tl.last_after = t.words("last_after");
            tl.this_words = t.words("this");
            tl.year_words = t.words("year_words");
            tl.since = t.words("since");
            tl.ago = t.words("ago");
        }
    } catch (const std::invalid_argument& e) {
        throw Error(path + ": " + e.what());
    }
    return lexicon;
}

WordClasses::WordClasses(const Lexicon& l) {
    sets_ = {&l.abbreviations, &l.negators, &l.clause_breaks, &l.subordinators, &l.relative_pronouns, &l.pronouns,
             &l.object_markers, &l.appositive_nouns, &l.passive_auxiliaries, &l.auxiliaries, &l.possessive_markers,
             &l.locative_markers, &l.exclusion_markers, &l.coordinators, &l.complementizers, &l.object_pronouns,
             &l.prior_markers, &l.list_fillers, &l.genitive_markers, &l.exceptives, &l.copulas, &l.adverbs, &l.negation_cancellers, &l.gapping_markers,
             &l.plural_pronouns, &l.topic_pronouns, &l.determiners, &l.possessive_determiners, &l.time.last_before, &l.time.last_after, &l.time.this_words,
             &l.time.year_words, &l.time.since, &l.time.ago, &l.evaluation_blockers, &l.dual_relative_pronouns, &l.speaker_pronouns};
    for (std::size_t i = 0; i < sets_.size(); ++i)
        for (const auto& word : *sets_[i]) words_[word] |= std::uint64_t{1} << i;
}

std::uint64_t WordClasses::bit(const std::unordered_set<std::string>& set) const {
    for (std::size_t i = 0; i < sets_.size(); ++i)
        if (sets_[i] == &set) return std::uint64_t{1} << i;
    return 0;
}

std::uint64_t WordClasses::of(const std::vector<std::string>& forms) const {
    std::uint64_t classes = 0;
    for (const auto& f : forms)
        if (auto it = words_.find(f); it != words_.end()) classes |= it->second;
    return classes;
}

LexiconSet LexiconSet::load(const std::string& folder, const RelationOntology& ontology) {
    LexiconSet set;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
        if (!item.is_regular_file() || item.path().extension() != ".json") continue;
        auto lexicon = std::make_shared<const Lexicon>(load_lexicon(item.path().string(), ontology));
        set.lexicons_[lexicon->language] = lexicon;
        set.classes_[lexicon->language] = std::make_shared<const WordClasses>(*lexicon);
    }
    return set;
}

const Lexicon* LexiconSet::find(const std::string& language) const {
    auto it = lexicons_.find(language);
    return it == lexicons_.end() ? nullptr : it->second.get();
}

const WordClasses& LexiconSet::classes(const std::string& language) const { return *classes_.at(language); }

std::vector<std::string> LexiconSet::languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, lexicon] : lexicons_) out.push_back(lang);
    return out;
}

}  // namespace stancegraph
