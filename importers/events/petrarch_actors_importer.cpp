// Reading actor dictionaries into the gazetteer and the store.
#include "petrarch_actors_importer.hpp"

#include "actor_dictionary.hpp"
#include "cameo_actors.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <filesystem>

namespace stancegraph {

namespace {

constexpr std::size_t kReportedProblems = 10;

std::string language_of(std::string_view name) {
    for (std::size_t pos = 0; pos < name.size();) {
        const char32_t c = next_code_point(name, pos);
        if (c >= 0x0600 && c <= 0x06FF) return "ar";
        if (c >= 0x0400 && c <= 0x04FF) return "ru";
        if (c >= 0x80) return "";
    }
    return "en";
}

bool same_role(const Role& a, const Role& b) {
    return a.relation == b.relation && a.target == b.target && a.from == b.from && a.to == b.to;
}

std::optional<PartialDate> date_of(const std::optional<DayNumber>& day) {
    if (!day) return std::nullopt;
    return PartialDate::from_day_number(*day);
}

class PetrarchActorsImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const std::string content = input.read_all();
        const std::vector<DictionaryEntry> entries = read_actor_dictionary(content, input.name);
        ImportedDocument imported;
        DocumentRecord& doc = imported.document;
        doc.kind = "dictionary";
        doc.content_hash = content_hash(content);
        doc.id = input.canonical_path.empty() ? "stdin:" + doc.content_hash : "file:" + input.canonical_path;
        doc.title = input.canonical_path.empty() ? "standard input" : std::filesystem::path(input.canonical_path).filename().string();
        doc.source_path = input.canonical_path;
        const RelationInfo* leader_of = context.ontology.find("leader_of");
        RowCounts counts;
        std::size_t reported = 0;
        // --strict rejects the file before any of its people reach the gazetteer.
        if (context.options.strict)
            for (const auto& entry : entries)
                if (!entry.problems.empty()) throw entry.problems.front();
        for (const auto& entry : entries) {
            ++counts.read;
            if (!entry.problems.empty()) {
                ++counts.bad;
                for (const auto& problem : entry.problems)
                    if (reported++ < kReportedProblems) sink.warn(std::string(problem.what()) + " (entry skipped)");
                continue;
            }
            std::string reason;
            const Entity* person = read_entry(entry, context, reason);
            if (!person) {
                ++counts.skipped;
                ++counts.skipped_because[reason];
                continue;
            }
            ++counts.imported;
            imported.entities.push_back(*person);
            if (!leader_of) continue;
            for (const auto& block : entry.blocks) {
                const Entity* country = government_of(block, context.gazetteer);
                if (!country || !block.dated()) continue;
                Fact fact;
                fact.source = person->id;
                fact.relation = leader_of->id;
                fact.target = country->id;
                fact.valid.valid_from = date_of(block.from);
                fact.valid.valid_to = date_of(block.to);
                Evidence e;
                e.document = doc.id;
                e.text = entry.phrase + " " + block.text;
                e.line = block.line;
                e.rule = "petrarch-actors:" + block.code;
                e.confidence = 0.8;
                fact.evidence.push_back(std::move(e));
                imported.facts.push_back(std::move(fact));
            }
        }
        sink.accept(std::move(imported));
        if (counts.bad > 0)
            sink.warn(input.name + ": " + std::to_string(counts.bad) + " entr" + (counts.bad == 1 ? "y" : "ies") +
                      " with malformed code blocks skipped");
        sink.count(input.name, counts);
    }

private:
    // The country whose government a dated block puts the person in ("USAGOV …"), if known.
    static const Entity* government_of(const CodeBlock& block, const Gazetteer& gazetteer) {
        if (block.code.size() < 6 || block.code.substr(3, 3) != "GOV") return nullptr;
        return country_of_code(gazetteer, block.code.substr(0, 3));
    }

    // Adds the entry's person to the gazetteer (or its roles to a person it already knows);
    // nullptr with the reason when the entry is not read as a person.
    static const Entity* read_entry(const DictionaryEntry& entry, ImportContext& context, std::string& reason) {
        if (std::none_of(entry.blocks.begin(), entry.blocks.end(), [](const CodeBlock& b) { return b.dated(); })) {
            reason = "no dated code block (not read as a person)";
            return nullptr;
        }
        std::vector<std::string> names{phrase_to_name(entry.phrase)};
        for (const auto& synonym : entry.synonyms) names.push_back(phrase_to_name(synonym));
        if (names.front().empty()) {
            reason = "no phrase";
            return nullptr;
        }
        // A phrase the gazetteer knows as a country or organisation is not a new person.
        const Entity* known = nullptr;
        for (const auto& name : names)
            if ((known = context.gazetteer.resolve(name))) break;
        if (known && known->kind != EntityKind::person) {
            reason = "names a known " + std::string(to_string(known->kind));
            return nullptr;
        }
        Entity person;
        person.kind = EntityKind::person;
        if (known) {
            person.id = known->id;
        } else {
            person.id = "person-" + slugify(names.front());
            person.name = names.front();
            while (const Entity* other = context.gazetteer.by_id(person.id)) {
                if (other->name == person.name) break;
                person.id += "-x";
            }
        }
        for (const auto& name : names) person.add_name({language_of(name), name, NameForm::name});
        const Entity* existing = context.gazetteer.by_id(person.id);
        for (const auto& block : entry.blocks) {
            const Entity* country = government_of(block, context.gazetteer);
            if (!country || !block.dated()) continue;
            Role role{"leader_of", country->id, "government (CAMEO GOV)", date_of(block.from), date_of(block.to)};
            const auto& have = existing ? existing->roles : std::vector<Role>{};
            if (std::none_of(have.begin(), have.end(), [&](const Role& r) { return same_role(r, role); }))
                person.roles.push_back(std::move(role));
        }
        return &context.gazetteer.add(std::move(person));
    }
};

bool looks_like_actor_dictionary(std::string_view path) {
    std::string name = std::filesystem::path(std::string(path)).filename().string();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // TABARI names them *.actors; PETRARCH's are *actors*.txt or actor_dict*.txt.
    return name.ends_with(".actors") || (name.find("actor") != std::string::npos && name.ends_with(".txt"));
}

}  // namespace

ImporterInfo petrarch_actors_importer_info() {
    return {"petrarch-actors",
            "TABARI/PETRARCH actor dictionaries (.actors): people with dated roles for the gazetteer, "
            "leader_of facts for government roles of known countries",
            {".actors"},
            [](std::string_view path, std::string_view head) {
                return looks_like_actor_dictionary(path) && head.find('[') != std::string_view::npos;
            },
            [] { return std::make_unique<PetrarchActorsImporter>(); }};
}

}  // namespace stancegraph
