// Shared data, importer runs and document checks for the fuzz targets.
#include "fuzz_support.hpp"

#include "core/gazetteer_loader.hpp"
#include "core/text_folding.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace stancegraph::fuzz {

const DataPaths& data_paths() {
    static const DataPaths paths = DataPaths::find(std::string(STANCEGRAPH_FUZZ_DATA_DIR));
    return paths;
}

const RelationOntology& ontology() {
    static const RelationOntology loaded = RelationOntology::load(data_paths().relations_file());
    return loaded;
}

Gazetteer& gazetteer() {
    static Gazetteer loaded = load_gazetteer(data_paths());
    return loaded;
}

const LexiconSet& lexicons() {
    static const LexiconSet loaded = LexiconSet::load(data_paths().lexicon_dir(), ontology());
    return loaded;
}

const Morphology& morphology() {
    static const Morphology loaded(lexicons());
    return loaded;
}

Gazetteer small_gazetteer() {
    static const std::vector<Entity> states = [] {
        std::vector<Entity> out;
        for (const Entity& e : gazetteer().entities()) {
            if (e.kind != EntityKind::state) continue;
            Entity copy = e;
            copy.names.clear();
            copy.roles.clear();
            for (const auto& n : e.names)
                if (n.lang == "en") copy.names.push_back(n);
            out.push_back(std::move(copy));
        }
        return out;
    }();
    Gazetteer small;
    for (const Entity& e : states) small.add(e);
    return small;
}

// Sanitizer options built into the targets, so that a bare run of a fuzz_<target> binary halts on
// undefined behaviour and knows the third-party suppressions, as scripts/fuzz does.
extern "C" const char* __ubsan_default_options() {
    return "halt_on_error=1:print_stacktrace=1:suppressions=" STANCEGRAPH_SOURCE_DIR "/tests/ubsan.supp";
}

void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
    std::abort();
}

namespace {

void check_text(std::string_view text, const char* what) {
    if (!is_valid_utf8(text)) fail(std::string(what) + " is not valid UTF-8");
}

void check_date_order(const Interval& valid) {
    if (valid.valid_from && valid.valid_to && valid.valid_to->first_day() <= valid.valid_from->first_day())
        fail("a fact ends before it starts: " + valid.valid_from->to_string() + " to " + valid.valid_to->to_string());
}

class CheckingSink : public DocumentSink {
public:
    explicit CheckingSink(const Gazetteer& g) : gazetteer_(g) {}
    void accept(ImportedDocument&& document) override { check_document(document, gazetteer_); }
    void reject(const InputError& error) override { check(!error.bare_message().empty(), "an error without a message"); }
    void warn(const std::string& message) override { check(!message.empty(), "an empty warning"); }

private:
    const Gazetteer& gazetteer_;
};

}  // namespace

void check_document(const ImportedDocument& imported, const Gazetteer& g) {
    const DocumentRecord& doc = imported.document;
    check(!doc.id.empty(), "a document without an id");
    check(!doc.content_hash.empty(), "a document without a content hash");
    for (const std::string* field : {&doc.id, &doc.kind, &doc.url, &doc.title, &doc.lang, &doc.source_path})
        check_text(*field, "a document field");
    for (const Entity& e : imported.entities) {
        check(!e.id.empty() && g.by_id(e.id), "a defined entity the gazetteer lacks");
        check_text(e.id, "an entity id");
        check_text(e.name, "an entity name");
        for (const auto& n : e.names) check_text(n.text, "an entity's name");
    }
    for (const Fact& f : imported.facts) {
        check(f.relation < ontology().relations().size(), "a fact with an unknown relation");
        for (const std::string* id : {&f.source, &f.target}) {
            const Entity* e = g.by_id(*id);
            if (!e) fail("a fact names an entity the gazetteer lacks: " + *id);
            check_text(e->id, "an entity id");
            check_text(e->name, "an entity name");
        }
        check(f.source != f.target, "a fact from an entity to itself");
        check_date_order(f.valid);
        check(!f.evidence.empty(), "a fact without evidence");
        for (const Evidence& e : f.evidence) {
            for (const std::string* field : {&e.document, &e.url, &e.text, &e.rule}) check_text(*field, "an evidence field");
            if (!(e.confidence >= 0.0 && e.confidence <= 1.0)) fail("a confidence outside 0 to 1: " + std::to_string(e.confidence));
            check(e.start <= e.end, "an evidence span that ends before it starts");
        }
    }
}

void run_importer(const std::string& format, std::string_view bytes, const std::string& name, const ImportOptions& options,
                  Gazetteer& g) {
    const ImporterInfo* info = builtin_importers().find(format);
    if (!info) fail("no importer " + format);
    builtin_importers().detect(name, bytes.substr(0, 4096));  // every format's look at the head, as import does
    const std::size_t entities_before = g.size();
    std::istringstream stream{std::string(bytes)};
    InputSource input{name, stream, ""};
    ImportContext context{g, ontology(), data_paths(), options};
    CheckingSink sink(g);
    try {
        info->create()->read(input, context, sink);
    } catch (const InputError& e) {
        sink.reject(e);
    }
    if (!options.allow_new_entities && format != "petrarch-actors" && g.size() != entities_before)
        fail("an importer added entities to the gazetteer without --allow-new-entities");
}

std::optional<PartialDate> pick_date(std::uint8_t precision, std::uint8_t high, std::uint8_t low) {
    if (precision % 4 == 0) return std::nullopt;
    const int v = high << 8 | low;
    DayNumber day;
    switch (v % 4) {
        case 0: day = days_from_civil(1, 1, 1) + (v >> 2) % 800; break;
        case 1: day = days_from_civil(9999, 12, 31) - (v >> 2) % 800; break;
        default: day = days_from_civil(1990, 1, 1) + (v >> 2); break;
    }
    const PartialDate date = PartialDate::from_day_number(day);
    switch (precision % 4) {
        case 1: return PartialDate(date.year());
        case 2: return PartialDate(date.year(), date.month());
        default: return date;
    }
}

}  // namespace stancegraph::fuzz
