// Reading PLOVER records.
#include "polecat_importer.hpp"

#include "cameo_actors.hpp"
#include "core/json.hpp"
#include "event_collector.hpp"
#include "event_fields.hpp"
#include "json_array_reader.hpp"
#include "plover_mapping.hpp"

namespace stancegraph {

namespace {

std::string string_member(const JsonValue& object, std::string_view key) {
    auto value = object.get(key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

class PolecatImporter : public Importer {
public:
    void read(InputSource& input, ImportContext& context, DocumentSink& sink) override {
        const EventFormat format{"plover", "id", "", "", 0.9};
        const PloverMapping mapping(context.ontology);
        collect_events(input, context, sink, format, [&](EventCollector& out) { scan(input, context, mapping, out); });
    }

private:
    struct Actors {
        std::vector<ResolvedActor> resolved;
        bool malformed = false;
    };

    static void scan(InputSource& input, ImportContext& context, const PloverMapping& mapping, EventCollector& out) {
        JsonArrayReader reader(open_bytes(input), input.name);
        CameoActorResolver actors(context.gazetteer);
        std::string element;
        std::string extra;
        while (reader.next(element)) {
            const std::size_t line = reader.element_line();
            out.begin_row(element, line);
            try {
                const JsonDocument json = JsonDocument::parse(element, input.name, line);
                read_record(json.root(), {input.name, line, 1}, context, mapping, actors, extra, out);
            } catch (const InputError& e) {
                out.bad(e.location(), e.bare_message());
            }
            out.end_row();
        }
    }

    static Actors actors_of(const JsonValue& record, std::string_view key, const Gazetteer& gazetteer,
                            CameoActorResolver& resolver) {
        Actors out;
        auto list = record.get(key);
        if (!list || list->is_null() || (list->is_string() && list->as_string().empty())) return out;
        if (!list->is_array()) {
            out.malformed = true;
            return out;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const JsonValue actor = list->at(i);
            if (!actor.is_object()) {
                out.malformed = true;
                return out;
            }
            const std::string code = string_member(actor, "code");
            const std::string name = string_member(actor, "actorText");
            const std::string sector = string_member(actor, "sector");
            CameoActor cameo = split_cameo_code(gazetteer, code, name);
            if (!sector.empty()) cameo.roles.push_back(sector);
            out.resolved.push_back(resolver.resolve(cameo));
        }
        return out;
    }

    static void read_record(const JsonValue& record, const SourceLocation& where, ImportContext& context,
                            const PloverMapping& mapping, CameoActorResolver& resolver, std::string& extra,
                            EventCollector& out) {
        if (!record.is_object()) throw InputError(where, "a record must be a JSON object");
        const std::string type = string_member(record, "event");
        if (type == "DOCUMENT") return out.skip("documentation record");
        if (type.empty()) throw InputError(where, "the record has no \"event\" type");
        if (!PloverMapping::is_event_type(type)) throw InputError(where, "event \"" + type + "\" is not a PLOVER event type");
        const std::string date = string_member(record, "date");
        const auto day = parse_iso_day(date);
        if (!day) throw InputError(where, "date \"" + date + "\" is not a date (YYYY-MM-DD)");
        const Actors sources = actors_of(record, "source", context.gazetteer, resolver);
        const Actors targets = actors_of(record, "target", context.gazetteer, resolver);
        if (sources.malformed || targets.malformed)
            throw InputError(where, "\"source\" and \"target\" must be lists of actor objects");
        const std::string mode = string_member(record, "mode");
        const RelationInfo* relation = mapping.relation(type, mode);
        if (!relation) return out.skip("no relation for the event type");
        if (sources.resolved.empty() || targets.resolved.empty()) return out.skip("an actor is missing");
        const std::string id = string_member(record, "id");
        const std::string code = PloverMapping::code(type, mode);
        extra = "text=\"" + string_member(record, "text") + "\"";
        // A compound actor ("Hungarian and Romanian officials") is one event per pair.
        for (const auto& s : sources.resolved)
            for (const auto& t : targets.resolved) {
                if (s.outcome == ActorOutcome::missing || t.outcome == ActorOutcome::missing) {
                    out.skip("an actor is missing");
                    continue;
                }
                if (!s.entity || !t.entity) {
                    out.skip("an actor is not a state, organisation or movement");
                    continue;
                }
                if (s.entity == t.entity) {
                    out.skip("source and target are the same entity");
                    continue;
                }
                EventRecord event;
                event.source = s.entity;
                event.target = t.entity;
                event.relation = relation;
                event.day = *day;
                event.id = id;
                event.code = code;
                event.extra = extra;
                out.event(event);
            }
    }
};

bool looks_like_plover(std::string_view head) {
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '[') return false;
    return head.find("\"event\"") != std::string_view::npos &&
           (head.find("\"eventText\"") != std::string_view::npos || head.find("PLOVER") != std::string_view::npos);
}

}  // namespace

ImporterInfo polecat_importer_info() {
    return {"polecat",
            "POLECAT/PLOVER records as a JSON array (source, target, event, mode, date): PLOVER events between "
            "states, organisations and known people",
            {},
            [](std::string_view, std::string_view head) { return looks_like_plover(head); },
            [] { return std::make_unique<PolecatImporter>(); }};
}

}  // namespace stancegraph
