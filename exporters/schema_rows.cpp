// Producing the schema's rows from the graph, the gazetteer and the store.
#include "schema_rows.hpp"

#include "core/gazetteer.hpp"
#include "core/store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <memory>
#include <tuple>
#include <unordered_set>

namespace stancegraph {

namespace {

// A text column without copying it; valid until the statement steps again.
std::string_view text_of(const SQLite::Column& column) {
    return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

// When each fact was first stored. Store::load_graph adds facts in the order of their store ids,
// so graph fact i is the i-th row of the store's facts: one scan in id order, checked fact by fact,
// finds them all without an index lookup per fact. If a row does not match (a graph not loaded
// whole from this store), every later fact gets the fallback time.
class RecordedTimes {
public:
    RecordedTimes(Store* store, std::string fallback) : fallback_(std::move(fallback)) {
        if (!store) return;
        scan_ = std::make_unique<SQLite::Statement>(
            store->database(), "SELECT source_id, relation, target_id, COALESCE(valid_from, ''), recorded_at FROM facts ORDER BY id");
    }

    std::string_view at(FactIndex index, const Fact& fact, const std::string& relation) {
        if (!scan_) return fallback_;
        while (rows_read_ <= index) {
            if (!scan_->executeStep()) return give_up();
            ++rows_read_;
        }
        const SQLite::Statement& s = *scan_;
        if (text_of(s.getColumn(0)) != fact.source || text_of(s.getColumn(1)) != relation ||
            text_of(s.getColumn(2)) != fact.target || text_of(s.getColumn(3)) != to_string(fact.valid.valid_from))
            return give_up();
        return text_of(s.getColumn(4));  // valid until the next step
    }

private:
    std::string_view give_up() {
        scan_.reset();
        return fallback_;
    }

    std::string fallback_;
    std::unique_ptr<SQLite::Statement> scan_;
    std::size_t rows_read_ = 0;
};

Entity entity_for(const EntityNode& node, const Gazetteer* gazetteer) {
    Entity entity;
    if (const Entity* known = gazetteer ? gazetteer->by_id(node.id) : nullptr) entity = *known;
    entity.id = node.id;
    // The graph's name and kind are what every other format writes; keep the formats in agreement.
    if (!node.name.empty()) entity.name = node.name;
    if (node.kind != EntityKind::other || entity.kind == EntityKind::other) entity.kind = node.kind;
    return entity;
}

void write_documents(const StanceGraph& graph, const Selection& selection, Store* store, const std::string& now,
                     SqlRow& row, RowSink& sink) {
    // Views into the graph's evidence, which outlives this function.
    std::unordered_set<std::string_view> cited;
    std::vector<const Evidence*> first_citation;
    for (FactIndex f : selection.facts)
        for (const Evidence& e : graph.fact(f).evidence)
            if (cited.insert(e.document).second) first_citation.push_back(&e);

    std::unordered_set<std::string_view> written;
    if (store) {
        SQLite::Statement documents(store->database(),
                                    "SELECT id, kind, url, title, lang, published, content_hash, source_path, imported_at "
                                    "FROM documents ORDER BY id");
        DocumentRecord doc;
        while (documents.executeStep()) {
            const std::string id = documents.getColumn(0).getString();
            auto it = cited.find(id);
            if (it == cited.end()) continue;
            doc.id = id;
            doc.kind = documents.getColumn(1).getString();
            doc.url = documents.getColumn(2).getString();
            doc.title = documents.getColumn(3).getString();
            doc.lang = documents.getColumn(4).getString();
            doc.published = documents.getColumn(5).isNull() ? std::nullopt : PartialDate::parse(documents.getColumn(5).getString());
            doc.content_hash = documents.getColumn(6).getString();
            doc.source_path = documents.getColumn(7).getString();
            document_row(row, doc, documents.getColumn(8).getString());
            sink.row(row);
            written.insert(*it);
        }
    }
    for (const Evidence* e : first_citation) {
        if (written.count(e->document)) continue;
        DocumentRecord doc;
        doc.id = e->document;
        doc.kind = "unknown";
        doc.url = e->url;
        doc.published = e->published;
        document_row(row, doc, now);
        sink.row(row);
    }
}

}  // namespace

void write_schema_rows(const StanceGraph& graph, const Selection& selection, const ExportOptions& options, RowSink& sink) {
    const RelationOntology& ontology = graph.ontology();
    const std::string now = utc_timestamp();
    SqlRow row;
    sink.begin_table(Table::relations);
    for (const auto& r : ontology.relations()) {
        relation_row(row, ontology, r);
        sink.row(row);
    }
    sink.end_table(Table::relations);

    std::vector<Entity> entities;
    entities.reserve(selection.vertices.size());
    for (Vertex v : selection.vertices) entities.push_back(entity_for(graph.node(v), options.gazetteer));
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
    entities = {};

    sink.begin_table(Table::documents);
    write_documents(graph, selection, options.store, now, row, sink);
    sink.end_table(Table::documents);

    RecordedTimes recorded(options.store, now);
    sink.begin_table(Table::facts);
    for (FactIndex f : selection.facts) {
        const Fact& fact = graph.fact(f);
        const std::string& relation = ontology.at(fact.relation).name;
        fact_row(row, export_fact_id(f), fact.source, relation, fact.target, fact.valid, recorded.at(f, fact, relation));
        sink.row(row);
    }
    sink.end_table(Table::facts);

    sink.begin_table(Table::evidence);
    std::int64_t evidence_id = 0;
    for (FactIndex f : selection.facts)
        for (const Evidence& e : graph.fact(f).evidence) {
            evidence_row(row, ++evidence_id, export_fact_id(f), e.document, e);
            sink.row(row);
        }
    sink.end_table(Table::evidence);

    // The pairs holding facts of two or more relations of one family, as the store keeps them:
    // the selection's facts sorted by pair and family, then read group by group.
    struct PairFact {
        Vertex a, b;
        const std::string* family;
        RelationId relation;
        auto key() const { return std::tie(a, b, *family); }
    };
    std::vector<PairFact> by_pair;
    by_pair.reserve(selection.facts.size());
    for (FactIndex f : selection.facts) {
        const Vertex s = graph.source_of(f), t = graph.target_of(f);
        const RelationId r = graph.fact(f).relation;
        by_pair.push_back({std::min(s, t), std::max(s, t), &ontology.at(r).family, r});
    }
    std::sort(by_pair.begin(), by_pair.end(),
              [](const PairFact& x, const PairFact& y) { return std::tie(x.a, x.b, *x.family, x.relation) < std::tie(y.a, y.b, *y.family, y.relation); });
    sink.begin_table(Table::contested_pairs);
    for (std::size_t i = 0; i < by_pair.size();) {
        std::size_t end = i + 1;
        bool several_relations = false;
        for (; end < by_pair.size() && by_pair[end].key() == by_pair[i].key(); ++end)
            several_relations = several_relations || by_pair[end].relation != by_pair[i].relation;
        if (several_relations) {
            contested_pair_row(row, graph.node(by_pair[i].a).id, graph.node(by_pair[i].b).id, *by_pair[i].family);
            sink.row(row);
        }
        i = end;
    }
    sink.end_table(Table::contested_pairs);
}

}  // namespace stancegraph
