// Producing the schema's rows from fact rows, the gazetteer and the store.
#include "schema_rows.hpp"

#include "core/gazetteer.hpp"
#include "core/store/store.hpp"


#include <algorithm>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace stancegraph {

namespace {

// When each fact was first stored, for rows that do not say (a graph's): looked up by the fact's
// identity in the store, or the fallback time for a fact the store lacks or without a store.
class RecordedTimes {
public:
    RecordedTimes(Store* store, std::string fallback) : store_(store), fallback_(std::move(fallback)) {}

    std::string_view at(const FactRow& fact) {
        if (!fact.recorded_at.empty()) return fact.recorded_at;
        if (!store_) return fallback_;
        if (!lookup_)
            lookup_ = std::make_unique<sql::Statement>(
                store_->database(), "SELECT recorded_at FROM facts WHERE source_id = ? AND relation = ? AND target_id = ? "
                                    "AND COALESCE(valid_from, '') = ?");
        sql::Statement& s = *lookup_;
        s.reset();
        s.bind(1, std::string(fact.source));
        s.bind(2, fact.relation->name);
        s.bind(3, std::string(fact.target));
        s.bind(4, std::string(fact.valid_from));
        if (!s.executeStep()) return fallback_;
        found_ = s.getColumn(0).getString();
        return found_;
    }

private:
    Store* store_;
    std::string fallback_;
    std::unique_ptr<sql::Statement> lookup_;
    std::string found_;
};

Entity entity_for(const EntityRow& row, const Gazetteer* gazetteer) {
    Entity entity;
    if (const Entity* known = gazetteer ? gazetteer->by_id(row.id) : nullptr) entity = *known;
    entity.id = row.id;
    // The row's name and kind are what every other format writes; keep the formats in agreement.
    if (!row.name.empty()) entity.name = row.name;
    if (row.kind != EntityKind::other || entity.kind == EntityKind::other) entity.kind = row.kind;
    return entity;
}

// A document as the first piece of evidence citing it tells it, for documents the store lacks.
struct Citation {
    std::string document;
    std::string url;
    std::optional<PartialDate> published;
};

// One fact reduced to what the contested_pairs table needs: its unordered pair of entities (their
// places in the entity table), its family and its relation.
struct PairFact {
    std::uint32_t a, b;
    const std::string* family;
    RelationId relation;
    auto key() const { return std::tie(a, b, *family); }
};

// What the documents and contested_pairs tables need, gathered in one read of the facts, before
// the facts themselves are written.
struct FactSurvey {
    std::unordered_map<std::string, std::size_t> cited;  // document → its place in first_citations
    std::vector<Citation> first_citations;                // in the order the facts first cite them
    std::vector<PairFact> pairs;
};

FactSurvey survey_facts(const FactRowSource& rows, const std::vector<Entity>& entities) {
    std::unordered_map<std::string_view, std::uint32_t> place;  // views of `entities`' ids
    place.reserve(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) place.emplace(entities[i].id, static_cast<std::uint32_t>(i));
    auto place_of = [&](std::string_view id) {
        const auto it = place.find(id);
        if (it == place.end()) throw std::logic_error("a selected fact's entity is not selected: " + std::string(id));
        return it->second;
    };
    FactSurvey survey;
    rows.each_fact(
        [&](const FactRow& fact) {
            for (const Evidence& e : fact.evidence)
                if (survey.cited.try_emplace(e.document, survey.first_citations.size()).second)
                    survey.first_citations.push_back({e.document, e.url, e.published});
            const std::uint32_t s = place_of(fact.source), t = place_of(fact.target);
            survey.pairs.push_back({std::min(s, t), std::max(s, t), &fact.relation->family, fact.relation->id});
        },
        RowDetail::full);
    return survey;
}

void write_documents(const FactSurvey& survey, Store* store, const std::string& now, SqlRow& row, RowSink& sink) {
    std::vector<bool> written(survey.first_citations.size(), false);
    if (store) {
        sql::Statement documents(store->database(),
                                    "SELECT id, kind, url, title, lang, published, content_hash, source_path, imported_at "
                                    "FROM documents ORDER BY id");
        DocumentRecord doc;
        while (documents.executeStep()) {
            const auto it = survey.cited.find(documents.getColumn(0).getString());
            if (it == survey.cited.end()) continue;
            doc.id = it->first;
            doc.kind = documents.getColumn(1).getString();
            doc.url = documents.getColumn(2).getString();
            doc.title = documents.getColumn(3).getString();
            doc.lang = documents.getColumn(4).getString();
            doc.published = documents.getColumn(5).isNull() ? std::nullopt : PartialDate::parse(documents.getColumn(5).getView());
            doc.content_hash = documents.getColumn(6).getString();
            doc.source_path = documents.getColumn(7).getString();
            document_row(row, doc, documents.getColumn(8).getView());
            sink.row(row);
            written[it->second] = true;
        }
    }
    for (std::size_t i = 0; i < survey.first_citations.size(); ++i) {
        if (written[i]) continue;
        const Citation& citation = survey.first_citations[i];
        DocumentRecord doc;
        doc.id = citation.document;
        doc.kind = "unknown";
        doc.url = citation.url;
        doc.published = citation.published;
        document_row(row, doc, now);
        sink.row(row);
    }
}

// The pairs holding facts of two or more relations of one family, as the store keeps them: the
// selection's facts sorted by pair and family, then read group by group.
void write_contested_pairs(std::vector<PairFact>& pairs, const std::vector<Entity>& entities, SqlRow& row, RowSink& sink) {
    std::sort(pairs.begin(), pairs.end(), [](const PairFact& x, const PairFact& y) {
        return std::tie(x.a, x.b, *x.family, x.relation) < std::tie(y.a, y.b, *y.family, y.relation);
    });
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t end = i + 1;
        bool several_relations = false;
        for (; end < pairs.size() && pairs[end].key() == pairs[i].key(); ++end)
            several_relations = several_relations || pairs[end].relation != pairs[i].relation;
        if (several_relations) {
            contested_pair_row(row, entities[pairs[i].a].id, entities[pairs[i].b].id, *pairs[i].family);
            sink.row(row);
        }
        i = end;
    }
}

}  // namespace

ExportCounts write_schema_rows(const FactRowSource& rows, const ExportOptions& options, RowSink& sink) {
    const RelationOntology& ontology = rows.ontology();
    const std::string now = utc_timestamp();
    ExportCounts counts;
    SqlRow row;
    sink.begin_table(Table::relations);
    for (const auto& r : ontology.relations()) {
        relation_row(row, ontology, r);
        sink.row(row);
    }
    sink.end_table(Table::relations);

    std::vector<Entity> entities;
    rows.each_entity([&](const EntityRow& entity) { entities.push_back(entity_for(entity, options.gazetteer)); });
    counts.entities = entities.size();
    sink.begin_table(Table::entities);
    for (const Entity& e : entities) {
        entity_row(row, e);
        sink.row(row);
    }
    sink.end_table(Table::entities);
    sink.begin_table(Table::entity_names);
    for (const Entity& e : entities)
        for (const EntityName& n : e.names) {
            entity_name_row(row, e.id, n);
            sink.row(row);
        }
    sink.end_table(Table::entity_names);

    FactSurvey survey = survey_facts(rows, entities);
    sink.begin_table(Table::documents);
    write_documents(survey, options.store, now, row, sink);
    sink.end_table(Table::documents);
    survey.cited = {};
    survey.first_citations = {};

    RecordedTimes recorded(options.store, now);
    Interval valid;
    sink.begin_table(Table::facts);
    rows.each_fact(
        [&](const FactRow& fact) {
            valid.valid_from = PartialDate::parse(fact.valid_from);
            valid.valid_to = PartialDate::parse(fact.valid_to);
            fact_row(row, fact.id, fact.source, fact.relation->name, fact.target, valid, recorded.at(fact));
            sink.row(row);
            ++counts.facts;
        },
        RowDetail::brief);
    sink.end_table(Table::facts);

    sink.begin_table(Table::evidence);
    std::int64_t evidence_id = 0;
    rows.each_fact(
        [&](const FactRow& fact) {
            for (const Evidence& e : fact.evidence) {
                evidence_row(row, ++evidence_id, fact.id, fact.source, e.document, e);
                sink.row(row);
            }
        },
        RowDetail::full);
    sink.end_table(Table::evidence);

    sink.begin_table(Table::contested_pairs);
    write_contested_pairs(survey.pairs, entities, row, sink);
    sink.end_table(Table::contested_pairs);
    return counts;
}

}  // namespace stancegraph
