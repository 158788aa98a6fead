// Writing the HTML page: the template from web/page.html with the style, licences, data, library
// and script put in at its <!--@name--> markers. The data is written as rows arrive (entities,
// facts, then the documents they cite), each row JSON escaped for a <script> element.
#include "html_exporter.hpp"

#include "core/gazetteer.hpp"
#include "core/store/store.hpp"
#include "entity_style.hpp"
#include "escaping.hpp"
#include "fact_json.hpp"
#include "html_assets.hpp"


#include <algorithm>
#include <set>
#include <unordered_set>

namespace stancegraph {

namespace {

// Buffers escaped JSON and hands it to the stream in large pieces.
class ScriptWriter {
public:
    explicit ScriptWriter(std::ostream& out) : out_(out) {}
    void raw(std::string_view text) {
        buffer_ += text;
        if (buffer_.size() > (1u << 16)) flush();
    }
    void json(std::string_view text) {
        append_script_json(buffer_, text);
        if (buffer_.size() > (1u << 16)) flush();
    }
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    std::ostream& out_;
    std::string buffer_;
};

std::optional<DayNumber> first_day_of(std::string_view text) {
    if (text.empty()) return std::nullopt;
    if (auto date = PartialDate::parse(text.substr(0, std::min<std::size_t>(text.size(), 10)))) return date->first_day();
    return std::nullopt;
}

// The first day an event no longer answers an as-of question: the first D whose horizon (D minus
// the window) reaches the end of its period. Found by bisection, since the horizon moves by the
// calendar (month ends) and never backwards.
DayNumber event_shown_until(DayNumber period_end, const TimeWindow& window) {
    DayNumber lo = period_end;
    DayNumber hi = period_end + window.years * 367 + window.months * 32 + window.days + 1;
    while (lo < hi) {
        const DayNumber mid = lo + (hi - lo) / 2;
        if (window.horizon(mid) >= period_end) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

class HtmlExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        const HtmlAssets assets = load_html_assets();
        ScriptWriter out(output.stream());
        std::string_view rest = assets.page;
        while (true) {
            const std::size_t at = rest.find("<!--@");
            const std::size_t end = at == std::string_view::npos ? at : rest.find("-->", at);
            if (end == std::string_view::npos) break;
            out.raw(rest.substr(0, at));
            const std::string_view name = rest.substr(at + 5, end - at - 5);
            if (name == "title") out.raw(xml_escape(options.title.empty() ? "stancegraph" : options.title));
            else if (name == "lang") out.raw(xml_escape(options.lang));
            else if (name == "style") out.raw(assets.style);
            else if (name == "licences") out.raw(xml_escape(assets.licences));
            else if (name == "library") out.raw(assets.library);
            else if (name == "script") out.raw(assets.script);
            else if (name == "data") write_data(out, rows, options);
            else throw Error("web/page.html: unknown marker <!--@" + std::string(name) + "-->");
            rest = rest.substr(end + 3);
        }
        out.raw(rest);
        out.flush();
    }

private:
    void write_data(ScriptWriter& out, const FactRowSource& rows, const ExportOptions& options) {
        JsonWriter json;
        write_meta(out, json, rows.ontology(), options);

        std::size_t entities = 0;
        out.raw("<script type=\"application/json\" id=\"sg-entities\">[");
        rows.each_entity([&](const EntityRow& row) {
            json.clear();
            write_entity(json, row, options);
            if (entities++) out.raw(",");
            out.json(json.text());
        });
        out.raw("]</script>\n");

        std::size_t facts = 0;
        std::unordered_set<std::string> cited;
        out.raw("<script type=\"application/json\" id=\"sg-facts\">[");
        rows.each_fact(
            [&](const FactRow& row) {
                if (facts++ >= kHtmlMaxFacts) return;  // counted for the page's message only
                json.clear();
                write_fact(json, row, rows.ontology(), options);
                if (facts > 1) out.raw(",");
                out.json(json.text());
                for (const Evidence& e : row.evidence) cited.insert(e.document);
            },
            RowDetail::full);
        out.raw("]</script>\n");

        write_documents(out, json, cited, options.store);
        json.clear();
        json.begin_object().key("entities").value(entities).key("facts").value(facts);
        json.key("too_large").value(entities > kHtmlMaxEntities || facts > kHtmlMaxFacts).end_object();
        out.raw("<script type=\"application/json\" id=\"sg-counts\">");
        out.json(json.text());
        out.raw("</script>\n");
    }

    static void write_meta(ScriptWriter& out, JsonWriter& json, const RelationOntology& ontology, const ExportOptions& options) {
        json.clear();
        json.begin_object();
        json.key("title").value(options.title.empty() ? std::string("stancegraph") : options.title);
        json.key("lang").value(options.lang);
        json.key("as_of").optional_value(options.as_of ? day_to_string(*options.as_of) : "");
        json.key("limits").begin_object().key("entities").value(kHtmlMaxEntities).key("facts").value(kHtmlMaxFacts).end_object();
        json.key("relations").begin_array();
        for (const RelationInfo& r : ontology.relations()) {
            json.begin_object().key("name").value(r.name).key("family").value(r.family);
            json.key("label").value(r.label(options.lang)).key("color").value(r.dot.color);
            json.key("style").value(r.dot.style).key("symmetric").value(r.symmetric);
            json.key("temporal").value(to_string(r.temporal)).end_object();
        }
        json.end_array();
        json.key("families").begin_array();
        for (const RelationFamily& f : ontology.families()) json.value(f.name);
        json.end_array();
        json.key("kinds").begin_object();
        for (EntityKind kind : {EntityKind::state, EntityKind::territory, EntityKind::region, EntityKind::organisation,
                                EntityKind::group, EntityKind::person, EntityKind::other})
            json.key(to_string(kind)).value(entity_kind_style(kind).fill);
        json.end_object();
        json.end_object();
        out.raw("<script type=\"application/json\" id=\"sg-meta\">");
        out.json(json.text());
        out.raw("</script>\n");
    }

    // [id, name in the chosen language, kind, [every name, for the search box]]
    static void write_entity(JsonWriter& json, const EntityRow& row, const ExportOptions& options) {
        const Entity* entity = options.gazetteer ? options.gazetteer->by_id(row.id) : nullptr;
        json.begin_array().value(row.id);
        json.value(entity ? std::string_view(entity->name_in(options.lang)) : row.name);
        json.value(to_string(row.kind)).begin_array();
        std::set<std::string_view> names{row.id, row.name};
        if (entity) {
            names.insert(entity->name);
            for (const EntityName& n : entity->names)
                if (n.form == NameForm::name || n.form == NameForm::abbreviation) names.insert(n.text);
        }
        for (std::string_view name : names) json.value(name);
        json.end_array().end_array();
    }

    static void write_fact(JsonWriter& json, const FactRow& row, const RelationOntology& ontology, const ExportOptions& options) {
        const RelationInfo& relation = *row.relation;
        // The days the page shows the fact: start <= D < shown_until, the as-of rule of the store's
        // selection (stored_selection.cpp) with each row's derived end.
        const bool undated = row.valid_from.empty();
        const std::optional<DayNumber> start = undated ? undated_fact_known_from(row.evidence, row.recorded_at) : first_day_of(row.valid_from);
        std::optional<DayNumber> shown_until = first_day_of(row.until);
        if (relation.temporal == Temporal::event) {
            // The end of the event's period: its derived end, else its date's period, else its day.
            DayNumber period_end = start ? *start + 1 : 0;
            if (shown_until) period_end = *shown_until;
            else if (const auto date = PartialDate::parse(row.valid_from)) period_end = date->end_day();
            const TimeWindow window = options.window ? *options.window : ontology.family_of(relation.id).window;
            shown_until = (shown_until || start) ? std::optional(event_shown_until(period_end, window)) : std::nullopt;
        }
        json.begin_object();
        json.key("id").value(row.id).key("s").value(row.source).key("t").value(row.target);
        json.key("r").value(relation.name);
        json.key("from").optional_value(row.valid_from).key("to").optional_value(row.valid_to);
        json.key("until").optional_value(row.until);
        json.key("start").optional_value(start ? day_to_string(*start) : "");
        json.key("shown_until").optional_value(shown_until ? day_to_string(*shown_until) : "");
        json.key("undated").value(undated).key("c").value(row.confidence);
        json.key("statements").value(row.restated);  // facts merged into this stance (--as-of)
        json.key("ev").begin_array();
        for (const Evidence& e : row.evidence) write_evidence_json(json, e);
        json.end_array();
        json.end_object();
    }

    // The title, kind, address and date of each document the evidence cites, from the store, in id
    // order so that the same documents imported in any order give the same page.
    static void write_documents(ScriptWriter& out, JsonWriter& json, const std::unordered_set<std::string>& cited, Store* store) {
        out.raw("<script type=\"application/json\" id=\"sg-documents\">{");
        std::size_t n = 0;
        if (store && !cited.empty()) {
            sql::Statement documents(store->database(), "SELECT id, kind, url, title, published FROM documents ORDER BY id");
            while (documents.executeStep()) {
                const std::string id = documents.getColumn(0).getString();
                if (!cited.contains(id)) continue;
                json.clear();
                json.begin_object().key("kind").optional_value(documents.getColumn(1).getString());
                json.key("url").optional_value(documents.getColumn(2).getString());
                json.key("title").optional_value(documents.getColumn(3).getString());
                json.key("published").optional_value(documents.getColumn(4).getString()).end_object();
                if (n++) out.raw(",");
                out.json(json_quote(id));
                out.raw(":");
                out.json(json.text());
            }
        }
        out.raw("}</script>\n");
    }
};

}  // namespace

ExporterInfo html_exporter_info() {
    return {"html", "one self-contained interactive page: a map with a time slider, filters, search and evidence",
            {".html", ".htm"}, false, [] { return std::make_unique<HtmlExporter>(); }};
}

}  // namespace stancegraph
