// Reading ICEWS event rows.
#include "icews_importer.hpp"

#include "cameo.hpp"
#include "event_collector.hpp"
#include "event_fields.hpp"
#include "icews_actors.hpp"
#include "line_reader.hpp"
#include "zip_name.hpp"

#include <map>
#include <unordered_map>

namespace stancegraph {

namespace {

const char* const kRequired[] = {"Event ID",     "Event Date",  "Source Name",    "Source Sectors", "Source Country",
                                 "CAMEO Code",   "Target Name", "Target Sectors", "Target Country"};

struct Columns {
    std::size_t id, date, source_name, source_sectors, source_country, code, target_name, target_sectors, target_country;
    std::optional<std::size_t> intensity, story, sentence, publisher;
};

Columns columns_of(const std::vector<std::string_view>& header, const SourceLocation& where) {
    std::map<std::string_view, std::size_t> at;
    for (std::size_t i = 0; i < header.size(); ++i) at.emplace(header[i], i);
    for (const char* name : kRequired)
        if (!at.count(name))
            throw InputError(where, std::string("the header has no \"") + name + "\" column (an ICEWS .tab file starts with "
                                                                                 "Event ID, Event Date, Source Name, …)");
    auto optional = [&](const char* name) -> std::optional<std::size_t> {
        auto it = at.find(name);
        return it == at.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };
    return {at["Event ID"],    at["Event Date"],     at["Source Name"],      at["Source Sectors"], at["Source Country"],
            at["CAMEO Code"],  at["Target Name"],    at["Target Sectors"],   at["Target Country"], optional("Intensity"),
            optional("Story ID"), optional("Sentence Number"), optional("Publisher")};
}

class IcewsImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const EventFormat format{"icews", "EventID", "Intensity", "", 0.6};
        collect_events(input, context, sink, format, [&](EventCollector& out) { scan(input, context, out); });
    }

private:
    static void scan(InputSource& input, ImportContext& context, EventCollector& out) {
        LineReader reader(open_bytes(input));
        std::string_view line;
        std::vector<std::string_view> f;
        if (!reader.next(line)) throw InputError({input.name, 1, 1}, "empty ICEWS file (a header row is needed)");
        split_tabs(line, f);
        const Columns c = columns_of(f, {input.name, 1, 1});
        const std::size_t width = f.size();
        out.content(line);
        IcewsActorResolver actors(context.gazetteer);
        std::unordered_map<std::string, const RelationInfo*> relations;
        std::string extra;
        while (reader.next(line)) {
            if (line.empty()) {
                out.content(line);
                continue;
            }
            const std::size_t number = reader.line_number();
            out.begin_row(line, number);
            auto bad = [&](std::string_view field, const std::string& message) {
                out.bad({input.name, number, column_of(line, field)}, message);
            };
            split_tabs(line, f);
            if (f.size() != width) {
                bad(line, "row has " + std::to_string(f.size()) + " columns, the header " + std::to_string(width));
            } else if (!is_valid_text(line)) {
                bad(line, "row is not valid UTF-8");
            } else if (!parse_iso_day(f[c.date])) {
                bad(f[c.date], "Event Date \"" + std::string(f[c.date]) + "\" is not a date (YYYY-MM-DD)");
            } else if (!is_cameo_event_code(f[c.code])) {
                bad(f[c.code], "CAMEO Code \"" + std::string(f[c.code]) + "\" is not a CAMEO event code");
            } else if (c.intensity && !parse_number(f[*c.intensity])) {
                bad(f[*c.intensity], "Intensity \"" + std::string(f[*c.intensity]) + "\" is not a number");
            } else {
                read_event(f, c, context, actors, relations, extra, out);
            }
            out.end_row();
        }
    }

    static void read_event(const std::vector<std::string_view>& f, const Columns& c, ImportContext& context,
                           IcewsActorResolver& actors, std::unordered_map<std::string, const RelationInfo*>& relations,
                           std::string& extra, EventCollector& out) {
        const std::string code(f[c.code]);
        auto known = relations.find(code);
        if (known == relations.end()) known = relations.emplace(code, context.ontology.by_cameo(code)).first;
        const RelationInfo* relation = known->second;
        if (!relation) return out.skip("no relation for the event code");
        const ResolvedActor source = actors.resolve(f[c.source_name], f[c.source_sectors], f[c.source_country]);
        const ResolvedActor target = actors.resolve(f[c.target_name], f[c.target_sectors], f[c.target_country]);
        if (source.outcome == ActorOutcome::missing || target.outcome == ActorOutcome::missing)
            return out.skip("an actor is missing");
        if (!source.entity || !target.entity) return out.skip("an actor is not a state, organisation or movement");
        if (source.entity == target.entity) return out.skip("source and target are the same entity");
        extra.clear();
        if (c.story) extra += "StoryID=" + std::string(f[*c.story]) + " ";
        if (c.sentence) extra += "Sentence=" + std::string(f[*c.sentence]) + " ";
        if (c.publisher) extra += "Publisher=\"" + std::string(f[*c.publisher]) + "\" ";
        extra += "Source=\"" + std::string(f[c.source_name]) + "\" Target=\"" + std::string(f[c.target_name]) + "\"";
        EventRecord record;
        record.source = source.entity;
        record.target = target.entity;
        record.relation = relation;
        record.day = *parse_iso_day(f[c.date]);
        record.published = PartialDate::from_day_number(record.day);
        record.id = f[c.id];
        record.code = f[c.code];
        if (c.intensity) record.score = parse_number(f[*c.intensity]);
        record.extra = extra;
        out.event(record);
    }
};

bool icews_header(std::string_view head) { return head.starts_with("Event ID\tEvent Date\tSource Name\t"); }

}  // namespace

ImporterInfo icews_importer_info() {
    return {"icews",
            "ICEWS coded event files (Dataverse .tab with a header row; plain or .zip): CAMEO events between "
            "states, organisations and known people",
            {".tab"},
            [](std::string_view, std::string_view head) {
                if (head.starts_with("PK\x03\x04")) return first_zip_member_name(head).ends_with(".tab");
                return icews_header(head.starts_with("\xEF\xBB\xBF") ? head.substr(3) : head);
            },
            [] { return std::make_unique<IcewsImporter>(); }};
}

}  // namespace stancegraph
