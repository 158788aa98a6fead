// The SQLite store: schema creation, per-document import transactions, loading graphs.
#include "store.hpp"

#include "../error.hpp"
#include "../text_folding.hpp"
#include "schema.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <unordered_map>

namespace stancegraph {

namespace {

std::string utc_timestamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

void bind_text_or_null(SQLite::Statement& statement, int index, const std::string& text) {
    if (text.empty()) statement.bind(index);
    else statement.bind(index, text);
}

void bind_date(SQLite::Statement& statement, int index, const std::optional<PartialDate>& date) {
    if (date) statement.bind(index, date->to_string());
    else statement.bind(index);
}

void bind_first_day(SQLite::Statement& statement, int index, const std::optional<PartialDate>& date) {
    if (date) statement.bind(index, day_to_string(date->first_day()));
    else statement.bind(index);
}

std::optional<PartialDate> column_date(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return PartialDate::parse(column.getString());
}

}  // namespace

std::string_view to_string(ImportOutcome outcome) {
    switch (outcome) {
        case ImportOutcome::added: return "added";
        case ImportOutcome::unchanged: return "unchanged";
        case ImportOutcome::replaced: return "replaced";
    }
    return "added";
}

void insert_relations(SQLite::Database& db, const RelationOntology& ontology) {
    SQLite::Statement insert(db,
                             "INSERT INTO relations(name, family, polarity, symmetric, event_log, cameo, plover) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET family = excluded.family, "
                             "polarity = excluded.polarity, symmetric = excluded.symmetric, event_log = excluded.event_log, "
                             "cameo = excluded.cameo, plover = excluded.plover");
    for (const auto& r : ontology.relations()) {
        std::string cameo;
        for (const auto& c : r.cameo) cameo += (cameo.empty() ? "" : " ") + c;
        insert.bind(1, r.name);
        insert.bind(2, r.family);
        insert.bind(3, static_cast<int>(r.polarity));
        insert.bind(4, r.symmetric ? 1 : 0);
        insert.bind(5, ontology.family_of(r.id).event_log ? 1 : 0);
        bind_text_or_null(insert, 6, cameo);
        bind_text_or_null(insert, 7, r.plover.value_or(""));
        insert.exec();
        insert.reset();
    }
}

void insert_entity(SQLite::Database& db, const Entity& entity) {
    SQLite::Statement insert(db,
                             "INSERT INTO entities(id, kind, name, iso_alpha2, iso_alpha3, qid, part_of) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    insert.bind(1, entity.id);
    insert.bind(2, std::string(to_string(entity.kind)));
    insert.bind(3, entity.name.empty() ? entity.id : entity.name);
    bind_text_or_null(insert, 4, entity.iso_alpha2);
    bind_text_or_null(insert, 5, entity.iso_alpha3);
    bind_text_or_null(insert, 6, entity.qid);
    bind_text_or_null(insert, 7, entity.part_of);
    if (insert.exec() == 0) return;  // already stored, with its names
    SQLite::Statement name(db,
                           "INSERT INTO entity_names(entity_id, lang, name, form, name_key) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING");
    for (const auto& n : entity.names) {
        name.bind(1, entity.id);
        name.bind(2, n.lang);
        name.bind(3, n.text);
        name.bind(4, std::string(to_string(n.form)));
        name.bind(5, name_key(n.text));
        name.exec();
        name.reset();
    }
}

Store::Store(const std::string& path, const RelationOntology& ontology, Mode mode) : path_(path), ontology_(&ontology) {
    if (mode == Mode::open_existing && !std::filesystem::exists(path))
        throw UsageError("no store at " + path + " (import something first, or give --db)");
    try {
        db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db_->setBusyTimeout(60000);
        db_->exec("PRAGMA foreign_keys = ON");
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = NORMAL");
        const int version = db_->execAndGet("PRAGMA user_version").getInt();
        if (version == 0) create_schema();
        else if (version != kSchemaVersion)
            throw Error(path + " has schema version " + std::to_string(version) + "; this stancegraph reads version " +
                        std::to_string(kSchemaVersion));
    } catch (const SQLite::Exception& e) {
        throw Error(path + ": " + e.what());
    }
}

Store::~Store() = default;

void Store::create_schema() {
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have created it while we waited for the lock.
    if (db_->execAndGet("PRAGMA user_version").getInt() != 0) return;
    if (db_->execAndGet("SELECT COUNT(*) FROM sqlite_master").getInt() != 0)
        throw Error(path_ + " is a SQLite database but not a stancegraph store");
    for (const auto& statement : schema_statements(SqlDialect::sqlite)) db_->exec(statement);
    for (const auto& statement : search_index_statements(SqlDialect::sqlite)) db_->exec(statement);
    insert_relations(*db_, *ontology_);
    db_->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

void Store::ensure_entity(const Entity& entity) {
    if (stored_entities_.count(entity.id)) return;
    insert_entity(*db_, entity);
    stored_entities_.insert(entity.id);
}

ImportOutcome Store::import_document(const ImportedDocument& imported, const Gazetteer& gazetteer) {
    const DocumentRecord& doc = imported.document;
    try {
        SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        insert_relations(*db_, *ontology_);
        ImportOutcome outcome = ImportOutcome::added;
        {
            SQLite::Statement existing(*db_, "SELECT content_hash FROM documents WHERE id = ?");
            existing.bind(1, doc.id);
            if (existing.executeStep()) {
                if (existing.getColumn(0).getString() == doc.content_hash) return ImportOutcome::unchanged;
                outcome = ImportOutcome::replaced;
            }
        }
        if (outcome == ImportOutcome::replaced) {
            // Remove the old version's evidence, then the facts that no other document supports.
            db_->exec("CREATE TEMP TABLE IF NOT EXISTS touched_facts(id INTEGER PRIMARY KEY)");
            db_->exec("DELETE FROM touched_facts");
            SQLite::Statement touched(*db_, "INSERT OR IGNORE INTO touched_facts SELECT fact_id FROM evidence WHERE document_id = ?");
            touched.bind(1, doc.id);
            touched.exec();
            SQLite::Statement drop(*db_, "DELETE FROM evidence WHERE document_id = ?");
            drop.bind(1, doc.id);
            drop.exec();
            db_->exec("DELETE FROM facts WHERE id IN (SELECT id FROM touched_facts) "
                      "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = facts.id)");
            SQLite::Statement remove_doc(*db_, "DELETE FROM documents WHERE id = ?");
            remove_doc.bind(1, doc.id);
            remove_doc.exec();
        }
        SQLite::Statement insert_doc(*db_,
                                     "INSERT INTO documents(id, kind, url, title, lang, published, content_hash, source_path, imported_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert_doc.bind(1, doc.id);
        insert_doc.bind(2, doc.kind);
        bind_text_or_null(insert_doc, 3, doc.url);
        bind_text_or_null(insert_doc, 4, doc.title);
        bind_text_or_null(insert_doc, 5, doc.lang);
        bind_date(insert_doc, 6, doc.published);
        insert_doc.bind(7, doc.content_hash);
        bind_text_or_null(insert_doc, 8, doc.source_path);
        const std::string now = utc_timestamp();
        insert_doc.bind(9, now);
        insert_doc.exec();

        SQLite::Statement find_fact(*db_,
                                    "SELECT id, valid_to FROM facts WHERE source_id = ? AND relation = ? AND target_id = ? "
                                    "AND COALESCE(valid_from, '') = ?");
        SQLite::Statement insert_fact(*db_,
                                      "INSERT INTO facts(source_id, relation, target_id, valid_from, valid_to, valid_from_day, "
                                      "valid_to_day, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement close_fact(*db_, "UPDATE facts SET valid_to = ?, valid_to_day = ? WHERE id = ?");
        SQLite::Statement insert_evidence(*db_,
                                          "INSERT INTO evidence(fact_id, document_id, url, published, text, text_folded, sentence, "
                                          "start_offset, end_offset, line, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::set<std::string> stored_entities_before = stored_entities_;
        for (const Fact& original : imported.facts) {
            Fact fact = original;
            const RelationInfo& relation = ontology_->at(fact.relation);
            // A symmetric relation is stored once, with the smaller id as source.
            if (relation.symmetric && fact.target < fact.source) std::swap(fact.source, fact.target);
            for (const std::string* id : {&fact.source, &fact.target}) {
                const Entity* entity = gazetteer.by_id(*id);
                if (!entity) throw Error("document " + doc.id + ": fact names an entity the gazetteer lacks: " + *id);
                ensure_entity(*entity);
            }
            const std::string valid_from = to_string(fact.valid.valid_from);
            find_fact.bind(1, fact.source);
            find_fact.bind(2, relation.name);
            find_fact.bind(3, fact.target);
            find_fact.bind(4, valid_from);
            std::int64_t fact_id;
            if (find_fact.executeStep()) {
                fact_id = find_fact.getColumn(0).getInt64();
                if (find_fact.getColumn(1).isNull() && fact.valid.valid_to) {
                    close_fact.bind(1, fact.valid.valid_to->to_string());
                    close_fact.bind(2, day_to_string(fact.valid.valid_to->first_day()));
                    close_fact.bind(3, fact_id);
                    close_fact.exec();
                    close_fact.reset();
                }
            } else {
                insert_fact.bind(1, fact.source);
                insert_fact.bind(2, relation.name);
                insert_fact.bind(3, fact.target);
                bind_date(insert_fact, 4, fact.valid.valid_from);
                bind_date(insert_fact, 5, fact.valid.valid_to);
                bind_first_day(insert_fact, 6, fact.valid.valid_from);
                bind_first_day(insert_fact, 7, fact.valid.valid_to);
                insert_fact.bind(8, now);
                insert_fact.exec();
                insert_fact.reset();
                fact_id = db_->getLastInsertRowid();
            }
            find_fact.reset();
            for (const Evidence& e : fact.evidence) {
                insert_evidence.bind(1, fact_id);
                insert_evidence.bind(2, doc.id);
                bind_text_or_null(insert_evidence, 3, e.url);
                bind_date(insert_evidence, 4, e.published);
                bind_text_or_null(insert_evidence, 5, e.text);
                bind_text_or_null(insert_evidence, 6, fold(e.text));
                if (e.sentence >= 0) insert_evidence.bind(7, e.sentence); else insert_evidence.bind(7);
                if (e.start >= 0) insert_evidence.bind(8, static_cast<int64_t>(e.start)); else insert_evidence.bind(8);
                if (e.end >= 0) insert_evidence.bind(9, static_cast<int64_t>(e.end)); else insert_evidence.bind(9);
                if (e.line > 0) insert_evidence.bind(10, static_cast<int64_t>(e.line)); else insert_evidence.bind(10);
                insert_evidence.bind(11, e.rule);
                insert_evidence.bind(12, e.confidence);
                insert_evidence.exec();
                insert_evidence.reset();
            }
        }
        try {
            transaction.commit();
        } catch (...) {
            stored_entities_ = std::move(stored_entities_before);
            throw;
        }
        return outcome;
    } catch (const SQLite::Exception& e) {
        stored_entities_.clear();  // the rollback may have removed entities we thought stored
        throw Error(path_ + ": while importing " + doc.id + ": " + e.what());
    } catch (...) {
        stored_entities_.clear();
        throw;
    }
}

void Store::load_graph(StanceGraph& graph, const GraphSelection& selection) const {
    std::string where;
    std::vector<std::string> binds;
    auto in_list = [&](const std::set<std::string>& values) {
        std::string list;
        for (const auto& v : values) {
            list += list.empty() ? "?" : ", ?";
            binds.push_back(v);
        }
        return list;
    };
    if (!selection.entities.empty()) {
        const std::string sources = in_list(selection.entities);
        const std::string targets = in_list(selection.entities);
        where += " AND (f.source_id IN (" + sources + ") OR f.target_id IN (" + targets + "))";
    }
    if (!selection.relations.empty()) where += " AND f.relation IN (" + in_list(selection.relations) + ")";

    try {
        // Entities first, so that vertices carry names and kinds.
        SQLite::Statement entities(*db_,
                                   "SELECT id, name, kind FROM entities WHERE id IN (SELECT f.source_id FROM facts f WHERE 1 = 1" +
                                       where + ") OR id IN (SELECT f.target_id FROM facts f WHERE 1 = 1" + where + ")");
        int index = 1;
        for (int pass = 0; pass < 2; ++pass)
            for (const auto& b : binds) entities.bind(index++, b);
        while (entities.executeStep()) {
            graph.add_entity({entities.getColumn(0).getString(), entities.getColumn(1).getString(),
                              parse_entity_kind(entities.getColumn(2).getString()).value_or(EntityKind::other)});
        }

        SQLite::Statement facts(*db_,
                                "SELECT f.id, f.source_id, f.relation, f.target_id, f.valid_from, f.valid_to FROM facts f "
                                "WHERE 1 = 1" + where + " ORDER BY f.id");
        SQLite::Statement evidence(*db_,
                                   "SELECT e.fact_id, e.document_id, e.url, e.published, e.text, e.sentence, e.start_offset, "
                                   "e.end_offset, e.line, e.rule, e.confidence FROM evidence e JOIN facts f ON f.id = e.fact_id "
                                   "WHERE 1 = 1" + where + " ORDER BY e.fact_id, e.id");
        index = 1;
        for (const auto& b : binds) {
            facts.bind(index, b);
            evidence.bind(index, b);
            ++index;
        }
        bool evidence_left = evidence.executeStep();
        while (facts.executeStep()) {
            const std::int64_t id = facts.getColumn(0).getInt64();
            const RelationInfo* relation = ontology_->find(facts.getColumn(2).getString());
            if (!relation) throw Error(path_ + ": fact " + std::to_string(id) + " has a relation this ontology lacks: " +
                                       facts.getColumn(2).getString());
            Fact fact;
            fact.source = facts.getColumn(1).getString();
            fact.relation = relation->id;
            fact.target = facts.getColumn(3).getString();
            fact.valid.valid_from = column_date(facts.getColumn(4));
            fact.valid.valid_to = column_date(facts.getColumn(5));
            while (evidence_left && evidence.getColumn(0).getInt64() < id) evidence_left = evidence.executeStep();
            while (evidence_left && evidence.getColumn(0).getInt64() == id) {
                Evidence e;
                e.document = evidence.getColumn(1).getString();
                e.url = evidence.getColumn(2).getString();
                e.published = column_date(evidence.getColumn(3));
                e.text = evidence.getColumn(4).getString();
                e.sentence = evidence.getColumn(5).isNull() ? -1 : evidence.getColumn(5).getInt();
                e.start = evidence.getColumn(6).isNull() ? -1 : evidence.getColumn(6).getInt64();
                e.end = evidence.getColumn(7).isNull() ? -1 : evidence.getColumn(7).getInt64();
                e.line = evidence.getColumn(8).isNull() ? 0 : static_cast<std::size_t>(evidence.getColumn(8).getInt64());
                e.rule = evidence.getColumn(9).getString();
                e.confidence = evidence.getColumn(10).getDouble();
                fact.evidence.push_back(std::move(e));
                evidence_left = evidence.executeStep();
            }
            graph.add_fact(std::move(fact));
        }
    } catch (const SQLite::Exception& e) {
        throw Error(path_ + ": " + e.what());
    }
}

void Store::add_entities_to(Gazetteer& gazetteer) const {
    try {
        SQLite::Statement entities(*db_, "SELECT id, kind, name, iso_alpha2, iso_alpha3, qid, part_of FROM entities");
        SQLite::Statement names(*db_, "SELECT lang, name, form FROM entity_names WHERE entity_id = ?");
        while (entities.executeStep()) {
            const std::string id = entities.getColumn(0).getString();
            if (gazetteer.by_id(id)) continue;
            Entity entity;
            entity.id = id;
            entity.kind = parse_entity_kind(entities.getColumn(1).getString()).value_or(EntityKind::other);
            entity.name = entities.getColumn(2).getString();
            entity.iso_alpha2 = entities.getColumn(3).getString();
            entity.iso_alpha3 = entities.getColumn(4).getString();
            entity.qid = entities.getColumn(5).getString();
            names.bind(1, id);
            while (names.executeStep())
                entity.add_name({names.getColumn(0).getString(), names.getColumn(1).getString(),
                                 parse_name_form(names.getColumn(2).getString()).value_or(NameForm::name)});
            names.reset();
            gazetteer.add(std::move(entity));
        }
    } catch (const SQLite::Exception& e) {
        throw Error(path_ + ": " + e.what());
    }
}

StoreCounts Store::counts() const {
    StoreCounts c;
    c.entities = static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM entities").getInt64());
    c.documents = static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM documents").getInt64());
    c.facts = static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM facts").getInt64());
    c.evidence = static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM evidence").getInt64());
    return c;
}

}  // namespace stancegraph
