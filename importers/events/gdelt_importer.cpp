// Reading GDELT event rows.
#include "gdelt_importer.hpp"

#include "cameo.hpp"
#include "cameo_actors.hpp"
#include "event_collector.hpp"
#include "event_fields.hpp"
#include "line_reader.hpp"
#include "zip_name.hpp"

#include <cctype>
#include <unordered_map>

namespace stancegraph {

namespace {

// Column numbers, from GDELT's codebooks; the three widths share the first 56 columns' meaning
// except where 2.0 added the ADM2 codes.
constexpr std::size_t kId = 0, kDate = 1, kActor1 = 5, kActor2 = 15, kEventCode = 26, kGoldstein = 30, kMentions = 31;
// Offsets inside an actor's ten columns.
constexpr std::size_t kCode = 0, kName = 1, kCountry = 2, kGroup = 3, kEthnic = 4, kReligion1 = 5, kReligion2 = 6, kType1 = 7;

struct Layout {
    std::size_t date_added;
    std::size_t source_url;  // == width when absent
};

std::optional<Layout> layout_for(std::size_t width) {
    switch (width) {
        case 57: return Layout{56, 57};  // 1.0 back-file rows: no SOURCEURL
        case 58: return Layout{56, 57};
        case 61: return Layout{59, 60};
        default: return std::nullopt;
    }
}

class GdeltImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const EventFormat format{"gdelt", "GLOBALEVENTID", "Goldstein", "NumMentions", 0.4};
        collect_events(input, context, sink, format, [&](EventCollector& out) { scan(input, context, out); });
    }

private:
    static void scan(InputSource& input, ImportContext& context, EventCollector& out) {
        CameoActorResolver actors(context.gazetteer);
        std::unordered_map<std::string, const RelationInfo*> relations;
        LineReader reader(open_bytes(input));
        std::string_view line;
        std::vector<std::string_view> f;
        std::string extra;
        while (reader.next(line)) {
            if (line.empty()) {
                out.content(line);
                continue;
            }
            const std::size_t number = reader.line_number();
            out.begin_row(line, number);
            auto bad = [&](std::string_view field, const std::string& message) {
                out.bad({input.name, number, field.data() ? column_of(line, field) : 1}, message);
            };
            split_tabs(line, f);
            const auto layout = layout_for(f.size());
            if (!layout) {
                bad(line, "row has " + std::to_string(f.size()) + " columns; GDELT 1.0 rows have 57 or 58, 2.0 rows 61");
            } else if (!is_valid_text(line)) {
                bad(line, "row is not valid UTF-8");
            } else if (!parse_integer(f[kId])) {
                bad(f[kId], "GLOBALEVENTID \"" + std::string(f[kId]) + "\" is not a number");
            } else if (!parse_compact_day(f[kDate])) {
                bad(f[kDate], "SQLDATE \"" + std::string(f[kDate]) + "\" is not a date (YYYYMMDD)");
            } else if (!is_cameo_event_code(f[kEventCode])) {
                bad(f[kEventCode], "EventCode \"" + std::string(f[kEventCode]) + "\" is not a CAMEO event code");
            } else if (!parse_number(f[kGoldstein])) {
                bad(f[kGoldstein], "GoldsteinScale \"" + std::string(f[kGoldstein]) + "\" is not a number");
            } else if (!parse_integer(f[kMentions])) {
                bad(f[kMentions], "NumMentions \"" + std::string(f[kMentions]) + "\" is not a number");
            } else if (!parse_compact_day(f[layout->date_added])) {
                bad(f[layout->date_added], "DATEADDED \"" + std::string(f[layout->date_added]) + "\" is not a date");
            } else {
                read_event(f, *layout, context, actors, relations, extra, out);
            }
            out.end_row();
        }
    }

    static CameoActor actor_at(const std::vector<std::string_view>& f, std::size_t first) {
        CameoActor a;
        a.code = f[first + kCode];
        a.name = f[first + kName];
        a.country = f[first + kCountry];
        a.known_group = f[first + kGroup];
        a.ethnic_or_religious = !f[first + kEthnic].empty() || !f[first + kReligion1].empty() || !f[first + kReligion2].empty();
        a.roles = {f[first + kType1], f[first + kType1 + 1], f[first + kType1 + 2]};
        return a;
    }

    static void read_event(const std::vector<std::string_view>& f, const Layout& layout, ImportContext& context,
                           CameoActorResolver& actors, std::unordered_map<std::string, const RelationInfo*>& relations,
                           std::string& extra, EventCollector& out) {
        const std::string code(f[kEventCode]);
        auto known = relations.find(code);
        if (known == relations.end()) known = relations.emplace(code, context.ontology.by_cameo(code)).first;
        const RelationInfo* relation = known->second;
        if (!relation) return out.skip("no relation for the event code");
        const ResolvedActor source = actors.resolve(actor_at(f, kActor1));
        const ResolvedActor target = actors.resolve(actor_at(f, kActor2));
        if (source.outcome == ActorOutcome::missing || target.outcome == ActorOutcome::missing)
            return out.skip("an actor is missing");
        if (!source.entity || !target.entity) return out.skip("an actor is not a state, organisation or movement");
        if (source.entity == target.entity) return out.skip("source and target are the same entity");
        extra = "Actor1Name=\"" + std::string(f[kActor1 + kName]) + "\" Actor2Name=\"" + std::string(f[kActor2 + kName]) + "\"";
        EventRecord record;
        record.source = source.entity;
        record.target = target.entity;
        record.relation = relation;
        record.day = *parse_compact_day(f[kDate]);
        record.published = PartialDate::from_day_number(*parse_compact_day(f[layout.date_added]));
        record.id = f[kId];
        record.code = f[kEventCode];
        if (layout.source_url < f.size()) record.url = f[layout.source_url];
        record.score = parse_number(f[kGoldstein]);
        record.mentions = parse_integer(f[kMentions]);
        record.extra = extra;
        out.event(record);
    }
};

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

// GDELT names its files 20191024143000.export.CSV, 20130401.export.CSV, 200601.csv, 1979.csv.
bool gdelt_file_name(std::string_view path) {
    std::string name(path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name.ends_with(".export.csv")) return true;
    return name.ends_with(".csv") && all_digits(std::string_view(name).substr(0, name.size() - 4));
}

bool looks_like_gdelt(std::string_view head) {
    if (head.starts_with("PK\x03\x04")) return gdelt_file_name(first_zip_member_name(head));
    const std::string_view line = head.substr(0, head.find('\n'));
    std::vector<std::string_view> f;
    split_tabs(line, f);
    // The date by its shape only: a row with an impossible date is GDELT's to report, not another format's.
    if (f.size() <= kEventCode || !all_digits(f[kId]) || (f[kDate].size() != 8 && f[kDate].size() != 14) || !all_digits(f[kDate]))
        return false;
    // A first line longer than the head is judged by its start.
    const bool whole_line = line.size() < head.size();
    return !whole_line || layout_for(f.size()).has_value();
}

}  // namespace

ImporterInfo gdelt_importer_info() {
    return {"gdelt",
            "GDELT 1.0/2.0 event files (tab-separated, no header; plain or .zip): CAMEO events between states, "
            "organisations and known people",
            {},
            [](std::string_view, std::string_view head) { return looks_like_gdelt(head); },
            [] { return std::make_unique<GdeltImporter>(); }};
}

}  // namespace stancegraph
