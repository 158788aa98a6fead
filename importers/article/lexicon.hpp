// A language's lexicon, loaded from data/lexicon/<lang>.json: the words and patterns extraction
// needs (stance cues, negation, clause structure, titles, time expressions, morphology). Everything
// language-specific lives there; the C++ only knows how to use it.
#pragma once

#include "core/entity.hpp"
#include "core/relation_ontology.hpp"
#include "pattern.hpp"

#include <bitset>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace stancegraph {

// How a cue finds its arguments.
enum class CueArguments {
    subject_object,  // source before (or, in verb-first clauses, after) the cue; targets after it
    passive,         // the cue's grammatical subject is the target; the source follows an agent marker
    pair,            // a symmetric relation between coordinated or "between X and Y" entities
    adjacent,        // the nearest entity on each side ("X, an ally of Y", "Moscow ally Syria")
    reverse,         // the subject follows the cue and the target precedes it ("الناتو الذي تقوده الولايات المتحدة")
    judgement,       // an evaluative noun: the speaker judges the subject ("Расширение НАТО является посягательством")
    follow,          // "followed suit", "حذت حذوها", "последовали примеру": the subject does what was last reported
    part_of,         // "X is part of Y", "признал X частью Y": the source supports the whole, Y
    comprise,        // "BRICS comprises X and Y", "يضم الحلف X": the members are the sources, the whole the target
    evaluation,      // "called the strikes aggression", "وصف الخطوة بأنها غير قانونية", "назвал операцию вторжением":
                     // the word applied to the object (Lexicon::evaluations) gives the relation
};

struct CueRule {
    std::string id;
    RelationId relation = 0;
    std::optional<RelationId> negated;  // the relation when negated or refused; none: negation drops the cue
    std::vector<Pattern> patterns;  // as read; moved into Lexicon::cue_patterns once the lexicon is loaded
    CueArguments arguments = CueArguments::subject_object;
    std::vector<EntityKind> target_kinds;  // empty: any entity
    // Targets introduced by a marker word get another relation ("switched recognition from X to Y").
    std::vector<std::pair<std::string, RelationId>> marked_targets;
    double confidence = 0.8;
    bool locative_targets = false;  // the target may follow "in" ("military operation in Ukraine")
    bool nominal = false;  // a noun: an entity right after it is its agent ("вторжение Москвы", "اعتراف الأخيرة")
    // The patterns put the verb's object before the verb ("отношения … разорвали"): the cue is a verb
    // although it starts with a noun, and the object it fronts is given, not new: a coordinated
    // subject after the verb is no second side of a symmetric relation.
    bool object_first = false;
    // A noun whose bare genitive is its object, not its agent ("признание Косово", recognition of Kosovo);
    // the agent is then marked ("Россией", "со стороны России").
    bool genitive_object = false;
    bool generated = false;  // from a generated file (the CAMEO dictionaries): a hand-written cue wins over it
    // Words that, within a few words of the cue, make it something else: "admitted as an observer" is
    // no membership.
    std::vector<Pattern> unless_near;
    bool all_pairs = false;  // a symmetric relation among coordinated subjects holds for each pair of them
    // Markers of a phrase after the cue that is its source, the names before it its targets:
    // "ضم القرم إلى روسيا", "присоединение Крыма к России", "the annexation of Crimea to Russia".
    std::unordered_set<std::string> source_markers;
    // Clitics of the charge after the object of a verb that comes first ("اتهمت بنما بالتسلط"): a
    // single name between the verb and the charge is the object, and the subject is left unsaid.
    std::vector<std::string> charge_clitics;
};

// Words that point back to something the text named before (docs/extraction.md, "Discourse").
struct ReferenceLexicon {
    PatternSet speaker;       // "the ministry", "the spokesman", "الوزارة", "министр": the last speaker's state
    PatternSet organisation;  // "the bloc", "the alliance", "الحلف", "альянс": the last organisation
    PatternSet territory;     // "the province", "الإقليم", "регион": the last territory
    PatternSet state;         // "the kingdom", "المملكة": the last state
    PatternSet described_state;  // "the Gulf state", "الدولة الخليجية": the last state named before it, in this sentence first
    PatternSet pair;          // "the two countries", "البلدين", "обе страны": the last two actors named
    PatternSet group;         // "the three countries", "these states", "هذه الدول": the last list of actors
    // Nouns naming an act reported before ("the attack", "الهجوم", "это решение"), by family ("" any):
    // the object of a judgement of them is whoever did the act.
    PatternSet events;
    std::vector<std::string> event_families;  // per events pattern tag
};

constexpr std::uint32_t kReferenceTag = 0x80000000u;

enum ReferenceKind : std::uint32_t { speaker_reference, organisation_reference, territory_reference, state_reference,
                                     pair_reference, group_reference, territory_pair_reference, described_state_reference };

struct TimeLexicon {
    std::unordered_map<std::string, int> months;    // folded word → 1..12 (every case form)
    std::unordered_map<std::string, int> weekdays;  // folded word → 0 (Monday) .. 6 (Sunday)
    PatternSet today, yesterday, day_before_yesterday;
    std::unordered_set<std::string> last_before;    // "last February"
    std::unordered_set<std::string> last_after;     // "فبراير الماضي"
    std::unordered_set<std::string> this_words;     // "this year"
    std::unordered_set<std::string> year_words;     // "year", "عام", "года"
    std::unordered_set<std::string> since;          // "since 2014"
    std::unordered_set<std::string> ago;            // "two years ago"
    // The first two bytes of every month and weekday form: most words are rejected without hashing.
    std::bitset<65536> name_leads;
    bool may_name(const std::string& word) const {
        const std::size_t lead = word.empty() ? 0 : static_cast<std::size_t>(static_cast<unsigned char>(word[0])) << 8 |
                                                       (word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0);
        return name_leads.test(lead);
    }
};

struct Lexicon {
    std::string language;
    std::string script;  // ISO 15924 code of the script its words are in: Arab, Cyrl, Latn
    std::unordered_set<std::string> abbreviations;
    // Morphology of the language's script.
    std::vector<std::string> proclitics;           // longest first
    std::vector<std::string> prepositional_clitics; // proclitics that make a name an object (ب ل ك)
    std::string article;
    std::vector<std::string> inflection_endings;   // longest first
    std::vector<std::string> lookup_endings;       // removed when looking a word up, never when indexing a name
    std::size_t min_stem = 3;
    bool names_are_capitalized = false;            // a name matches only a capitalized word
    bool inflects_names = false;                   // names take case endings: only the listed form is a subject
    std::vector<std::string> nominative_endings;   // … and a demonym adjective is one with these endings
    std::unordered_set<std::string> head_nouns;    // "правительство Гондураса": a name after these is the subject's

    std::unordered_set<std::string> negators;
    std::unordered_set<std::string> negation_cancellers;  // "لا تزال" (still), "not only": no negation
    int negation_window = 3;   // words before a cue where a negator negates it
    int refusal_window = 3;    // words before a cue where a refusal verb may stand (more in verb-first languages)
    bool verb_first = false;   // clauses may put the verb before its subject (Arabic)
    bool pro_drop = false;     // a verb may carry its subject (Arabic "وأكدت"): the topic then
    bool adjectives_follow_nouns = false;  // "العقوبات الأميركية": a demonym after a nominal cue is its source
    PatternSet refusals;       // make a cue negated: "refused to", "رفض"
    PatternSet attempts;       // "a bid to", "seeking", "سعي", "попытка": no act yet, no fact
    std::unordered_set<std::string> exceptives;  // "سوى", "إلا", "кроме": after a negated cue, the list that follows did it
    PatternSet hedges;         // lower the confidence: "unlikely to"
    PatternSet speech_verbs;   // "said", "قال", "заявил"
    PatternSet head_titles;    // "president", "prime minister", "رئيس", "президент"
    PatternSet self_references;  // "his country", "بلاده", "его страна"
    PatternSet pair_references;  // "the two republics", "الإقليمين": the last two territories named
    PatternSet agent_markers;  // "by", "من قبل", "со стороны"
    PatternSet between_markers;  // "between", "بين", "между"
    std::unordered_set<std::string> clause_breaks;
    std::unordered_set<std::string> subordinators;
    std::unordered_set<std::string> relative_pronouns;
    std::unordered_set<std::string> dual_relative_pronouns;  // "اللذان": the others say a plural noun ("البلدان التي") is no pair
    std::unordered_set<std::string> pronouns;
    std::unordered_set<std::string> plural_pronouns;  // "they", "их", "هم": the last list, not the last name
    // "…, he said", "добавил он": a speech verb whose subject is one of these speaks for whoever
    // spoke, or was the subject, last.
    std::unordered_set<std::string> speaker_pronouns;
    std::unordered_set<std::string> topic_pronouns;   // pronouns that may stand for the state the text is about
    std::unordered_set<std::string> determiners;      // "the", "its": a cue word after one is a noun
    std::unordered_set<std::string> possessive_determiners;  // "its", "their": … whose agent is the subject
    PatternSet light_verbs;                            // "announced", "expressed": their subject is their noun's agent
    std::vector<std::string> noun_endings;             // "-tion", "-ment": a cue word so ending is a noun
    std::vector<std::string> noun_prefixes;            // "ال", "بال": a cue word so beginning is a noun
    std::vector<std::string> adjunct_endings;          // ", accusing X", ", обвинив X": a participle after a comma
    std::vector<std::string> adjunct_prefixes;         // "، متهمة X": … whose subject is the main clause's
    std::vector<std::string> attributive_endings;      // "Алжир, поддерживающий X": a participle agreeing with the noun before
    std::vector<std::string> attributive_prefixes;     // "موقف كوريا الشمالية الداعم لروسيا": … with the name before
    PatternSet reception_verbs;                        // "was met with", "قوبل", "вызвал": what follows judges what came before
    std::unordered_set<std::string> gapping_markers;   // "…, а ОАЭ – в поддержке …": the verb left out is the last one
    std::vector<std::string> pronoun_suffixes;  // "اعترافها": her recognition — the agent is named before
    std::vector<std::string> first_person_suffixes;   // "دعمنا": our support — the speaker's
    std::vector<std::string> second_person_suffixes;  // "اعترافكم": your recognition — an agent we cannot name
    std::vector<std::string> optional_endings;  // "أميركيا": an accusative ending a name may carry
    std::vector<std::string> adjective_endings;  // "العسكري", "الاقتصادية": the endings of relational adjectives
    std::vector<std::pair<std::string, std::string>> spelling_variants;  // ["غ", "ج"]: names are also found so spelt
    PatternSet reason_markers;  // "citing", "بحجة", "из-за": the act after them is the reason given for another
    std::unordered_map<std::string, std::size_t> numbers;  // "three", "الثلاث", "три": 3 ("the three countries")
    std::unordered_set<std::string> object_markers;
    std::unordered_set<std::string> genitive_markers;     // "of": the name after it is a noun's genitive
    PatternSet ethnic_markers;                            // "ethnic Albanian": a demonym naming a people
    std::unordered_set<std::string> appositive_nouns;     // "the nation of Nauru": "of" after these names the subject
    std::unordered_set<std::string> passive_auxiliaries;  // "is recognised", "were backed": the cue is passive
    std::vector<std::string> participle_endings;          // … when the cue's word ends so ("-ed")
    std::unordered_set<std::string> auxiliaries;          // "did", "has", "will": "did not recognised" is active
    std::unordered_set<std::string> possessive_markers;   // the "s" of "Ukraine's"
    std::unordered_set<std::string> locative_markers;     // "in Mali": a place, not a target (except for force)
    PatternSet enumeration_markers;             // "namely", "وهي": the list that follows is the subject
    PatternSet attribution_markers;             // "according to X", "по данным X": X is no subject
    PatternSet reciprocal_markers;              // "between them", "بينهما": a symmetric relation among the subjects
    std::unordered_set<std::string> exclusion_markers;
    std::unordered_set<std::string> coordinators;
    PatternSet list_continuations;  // "in addition to", "as well as": a list goes on
    PatternSet list_openers;        // "كل من", "both": a list follows, not an object
    std::unordered_set<std::string> complementizers;  // "that", "to": a speech verb's complement starts
    std::unordered_set<std::string> object_pronouns;  // "them", "их": the object is named before
    std::unordered_set<std::string> prior_markers;    // "its earlier recognition": a withdrawal names the prior act
    std::unordered_set<std::string> list_fillers;
    PatternSet group_nouns;      // "countries", "members", "دول", "страны": a counted subject that a list names
    PatternSet member_nouns;     // "members", "member states", "أعضاء", "члены": beside an organisation, its members
    std::unordered_set<std::string> copulas;  // "are", "were", "стал": "X are the only states that recognise …"
    std::unordered_set<std::string> adverbs;  // "officially", "رسميا", "официально": skipped between a verb and its subject
    PatternSet state_nouns;      // "state", "دولة", "государство": with a demonym, the state itself
    PatternSet decision_nouns;   // "decision", "move", "قرار", "решение": their agent does the act they name
    PatternSet act_nouns;        // "decision", "visit", "действия": judging one judges whoever did it
    PatternSet noun_agent_markers;  // "from": "drew condemnation from X", "announcements from X to recognise"
    PatternSet evaluations;                        // "illegal", "aggression", "historic": what an evaluation verb calls its object
    std::vector<RelationId> evaluation_relations;  // per evaluations pattern tag
    std::unordered_set<std::string> evaluation_blockers;  // "called on", "called for": no evaluation verb then
    std::vector<std::string> instrumental_endings;  // Russian: "Эстонией", the agent of a noun
    ReferenceLexicon references;
    std::vector<CueRule> cues;
    // Every cue's patterns, tagged rule index << 16 | pattern index, and every reference's, tagged
    // kReferenceTag | ReferenceKind: the words of a sentence are looked up once for both.
    PatternSet cue_patterns;
    TimeLexicon time;
};

// Which of a lexicon's word sets each word belongs to, as bits, so that a text's words are looked
// up once and then tested cheaply ("is this word a negator?").
class WordClasses {
public:
    explicit WordClasses(const Lexicon& lexicon);
    // The bit of a word set of the lexicon; 0 when the set is not one of its word sets.
    std::uint64_t bit(const std::unordered_set<std::string>& set) const;
    // The classes of a word from its forms.
    std::uint64_t of(const std::vector<std::string>& forms) const;

private:
    std::vector<const std::unordered_set<std::string>*> sets_;
    std::unordered_map<std::string, std::uint64_t> words_;
};

// Throws Error naming the file and the entry on a bad lexicon.
Lexicon load_lexicon(const std::string& path, const RelationOntology& ontology);

// The lexicons of every language in data/lexicon/.
class LexiconSet {
public:
    static LexiconSet load(const std::string& folder, const RelationOntology& ontology);
    const Lexicon* find(const std::string& language) const;
    const WordClasses& classes(const std::string& language) const;
    std::vector<std::string> languages() const;

private:
    std::map<std::string, std::shared_ptr<const Lexicon>> lexicons_;
    std::map<std::string, std::shared_ptr<const WordClasses>> classes_;
};

}  // namespace stancegraph
