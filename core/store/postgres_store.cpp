// What a store does differently on PostgreSQL: its schema is created and versioned in a table
// (PostgreSQL has no user_version), and a document is imported in bulk: its rows are copied into
// temporary tables with COPY, then merged into the store by a few set-based statements. Importers
// on any number of machines copy at the same time; the merges take turns under one advisory lock,
// so that two documents stating the same fact never race for it (docs/scale-out.md).
#include "store.hpp"

#include "../error.hpp"
#include "schema.hpp"

#include <map>

namespace stancegraph {

namespace {

// Advisory lock keys, arbitrary but fixed: every stancegraph process agrees on them.
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(7325411601)";  // creating or upgrading the schema
constexpr const char* kMergeLock = "SELECT pg_advisory_xact_lock(7325411602)";   // merging one document

constexpr const char* kVersionTable = "stancegraph_schema";

// The identity of a fact, as the unique index facts_identity states it, between aliases a and b.
std::string same_fact(const std::string& a, const std::string& b) {
    return a + ".source_id = " + b + ".source_id AND " + a + ".relation = " + b + ".relation AND " + a + ".target_id = " + b +
           ".target_id AND COALESCE(" + a + ".valid_from, '') = COALESCE(" + b + ".valid_from, '')";
}

// Staging tables: emptied at every commit or rollback, private to the connection.
const char* const kStagingTables[] = {
    "CREATE TEMP TABLE IF NOT EXISTS staged_facts (seq BIGINT, source_id TEXT, relation TEXT, target_id TEXT, valid_from TEXT, "
    "valid_to TEXT, valid_from_day DATE, valid_to_day DATE) ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS staged_evidence (seq BIGINT, piece BIGINT, document_id TEXT, url TEXT, published TEXT, "
    "text TEXT, text_folded TEXT, sentence BIGINT, start_offset BIGINT, end_offset BIGINT, line BIGINT, rule TEXT, "
    "confidence DOUBLE PRECISION) ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS staged_entities (LIKE entities) ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS staged_names (LIKE entity_names) ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS staged_events (event_id TEXT) ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS staged_pairs (a TEXT, b TEXT) ON COMMIT DELETE ROWS",
};

// Appends value `i` of `from` to `to`.
void append_value(SqlRow& to, const SqlRow& from, std::size_t i) {
    switch (from.type(i)) {
        case SqlRow::Type::null: to.null(); break;
        case SqlRow::Type::integer: to.integer(from.integer_at(i)); break;
        case SqlRow::Type::real: to.real(from.real_at(i)); break;
        case SqlRow::Type::text: to.text(from.text_at(i)); break;
    }
}

}  // namespace

void Store::open_postgres(Mode mode) {
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    db_->exec(kSchemaLock);  // a second process creating the same new store waits here, then finds it made
    const bool exists = !db_->execAndGet(std::string("SELECT to_regclass('") + kVersionTable + "')").isNull();
    if (!exists) {
        if (mode == Mode::open_existing)
            throw UsageError("no store in " + path_ + " (import something first, or give --db)");
        if (!db_->execAndGet("SELECT to_regclass('facts')").isNull())
            throw Error(path_ + " has a facts table but no " + kVersionTable + ": not a stancegraph store");
        create_postgres_schema();
    } else {
        const int version = schema_version();
        if (version != kSchemaVersion)
            throw Error(path_ + " has schema version " + std::to_string(version) + "; this stancegraph reads version " +
                        std::to_string(kSchemaVersion));
        // Relations are written here, once per process, rather than with every document as in
        // SQLite: an upsert locks their rows until commit, which would make importers take turns.
        insert_relations(*db_, *ontology_);
    }
    transaction.commit();
}

void Store::create_postgres_schema() {
    for (const auto& statement : schema_statements(SqlDialect::postgres)) db_->exec(statement);
    db_->exec(std::string("CREATE TABLE ") + kVersionTable + " (version INTEGER NOT NULL)");
    db_->exec(std::string("INSERT INTO ") + kVersionTable + " VALUES (" + std::to_string(kSchemaVersion) + ")");
    insert_relations(*db_, *ontology_);
}

void Store::take_merge_lock() {
    if (on_postgres()) db_->exec(kMergeLock);
}

int Store::schema_version() const {
    if (on_postgres()) return db_->execAndGet(std::string("SELECT MAX(version) FROM ") + kVersionTable).getInt();
    return db_->execAndGet("PRAGMA user_version").getInt();
}

ImportOutcome Store::import_into_postgres(const ImportedDocument& imported, const Gazetteer& gazetteer) {
    const DocumentRecord& doc = imported.document;
    // The stored form of every fact, and the entities the document needs, before the transaction.
    std::vector<Fact> facts;
    facts.reserve(imported.facts.size());
    std::map<std::string, const Entity*> entities;
    for (const Entity& entity : imported.entities) entities.emplace(entity.id, &entity);
    std::array<const Entity*, 2> ends{};
    for (const Fact& original : imported.facts) {
        facts.push_back(original);
        stored_form(facts.back(), gazetteer, doc.id, ends);
        for (const Entity* end : ends) entities.emplace(end->id, end);
    }

    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    for (const char* statement : kStagingTables) db_->exec(statement);

    // 1. Copy, beside any other importer.
    SqlRow row, staged;
    {
        auto copy = db_->bulk_writer("staged_facts", {"seq", "source_id", "relation", "target_id", "valid_from", "valid_to",
                                                      "valid_from_day", "valid_to_day"});
        for (std::size_t seq = 0; seq < facts.size(); ++seq) {
            const Fact& fact = facts[seq];
            fact_row(row, 0, fact.source, ontology_->at(fact.relation).name, fact.target, fact.valid, "");
            staged.clear();
            staged.integer(static_cast<std::int64_t>(seq));
            for (std::size_t i = 1; i < 8; ++i) append_value(staged, row, i);
            copy->write(staged);
        }
        copy->finish();
    }
    {
        auto copy = db_->bulk_writer("staged_evidence", {"seq", "piece", "document_id", "url", "published", "text", "text_folded",
                                                         "sentence", "start_offset", "end_offset", "line", "rule", "confidence"});
        for (std::size_t seq = 0; seq < facts.size(); ++seq)
            for (std::size_t piece = 0; piece < facts[seq].evidence.size(); ++piece) {
                // The row's id and fact are not known yet, and its source is the staged fact's.
                evidence_row(row, 0, 0, "", doc.id, facts[seq].evidence[piece]);
                staged.clear();
                staged.integer(static_cast<std::int64_t>(seq)).integer(static_cast<std::int64_t>(piece));
                for (std::size_t i = 2; i + 1 < row.size(); ++i) append_value(staged, row, i);
                copy->write(staged);
            }
        copy->finish();
    }
    {
        auto copy_entities = db_->bulk_writer("staged_entities", table_columns(Table::entities));
        for (const auto& [id, entity] : entities) {
            if (stored_entities_.count(id)) continue;
            entity_row(row, *entity);
            copy_entities->write(row);
        }
        copy_entities->finish();
        auto copy_names = db_->bulk_writer("staged_names", table_columns(Table::entity_names));
        for (const auto& [id, entity] : entities) {
            if (stored_entities_.count(id)) continue;
            for (const auto& name : entity->names) {
                entity_name_row(row, id, name);
                copy_names->write(row);
            }
        }
        copy_names->finish();
    }
    if (!imported.event_ids.empty()) {
        auto copy = db_->bulk_writer("staged_events", {"event_id"});
        for (const std::string& id : imported.event_ids) {
            row.clear();
            row.text(id);
            copy->write(row);
        }
        copy->finish();
    }

    // 2. Merge, one importer at a time.
    take_merge_lock();
    std::set<std::pair<std::string, std::string>> touched_pairs;
    const ImportOutcome outcome = check_document(doc, touched_pairs);
    if (outcome == ImportOutcome::unchanged || outcome == ImportOutcome::duplicate) return outcome;
    const std::string now = utc_timestamp();
    document_row(row, doc, now);
    RowInserter(*db_, Table::documents).insert(row);
    // Entities in id order, so that two importers never wait for each other's rows crosswise.
    db_->exec("INSERT INTO entities SELECT * FROM staged_entities ORDER BY id ON CONFLICT DO NOTHING");
    db_->exec("INSERT INTO entity_names SELECT n.* FROM staged_names n ORDER BY 1, 2, 3, 4 ON CONFLICT DO NOTHING");
    if (!imported.event_ids.empty()) {
        sql::Statement events(*db_, "INSERT INTO event_ids(format, event_id, document_id) SELECT CAST(? AS TEXT), event_id, CAST(? AS TEXT) "
                                    "FROM staged_events ON CONFLICT DO NOTHING");
        events.bind(1, imported.event_format);
        events.bind(2, doc.id);
        events.exec();
    }
    // New facts, each once, open until a statement of this document or a later one closes them.
    const std::string identity = "source_id, relation, target_id, COALESCE(valid_from, '')";
    // In the document's order, so that the facts are numbered as the SQLite store numbers them
    // (the merge lock keeps other importers out meanwhile).
    sql::Statement add_facts(*db_, "INSERT INTO facts(source_id, relation, target_id, valid_from, valid_from_day, recorded_at) "
                                   "SELECT source_id, relation, target_id, valid_from, valid_from_day, CAST(? AS TEXT) FROM "
                                   "(SELECT DISTINCT ON (" + identity + ") * FROM staged_facts ORDER BY " + identity + ", seq) first "
                                   // Facts already stored are left out before they take a number.
                                   "WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE " + same_fact("f", "first") + ") "
                                   "ORDER BY seq ON CONFLICT DO NOTHING RETURNING source_id, target_id");
    add_facts.bind(1, now);
    while (add_facts.executeStep()) touched_pairs.emplace(add_facts.getColumn(0).getString(), add_facts.getColumn(1).getString());
    // An open fact takes the first end this document gives it, as the SQLite store does row by row.
    db_->exec("UPDATE facts f SET valid_to = c.valid_to, valid_to_day = c.valid_to_day FROM (SELECT DISTINCT ON (" + identity +
              ") * FROM staged_facts WHERE valid_to IS NOT NULL ORDER BY " + identity + ", seq) c WHERE " + same_fact("f", "c") +
              " AND f.valid_to IS NULL");
    db_->exec("INSERT INTO evidence(fact_id, document_id, url, published, text, text_folded, sentence, start_offset, end_offset, "
              "line, rule, confidence, source_id) SELECT f.id, e.document_id, e.url, e.published, e.text, e.text_folded, e.sentence, "
              "e.start_offset, e.end_offset, e.line, e.rule, e.confidence, f.source_id FROM staged_evidence e JOIN staged_facts s ON s.seq = e.seq "
              "JOIN facts f ON " + same_fact("f", "s") + " ORDER BY e.seq, e.piece");
    // The contested pairs of every pair that gained or lost a fact, recomputed in two statements.
    {
        auto copy = db_->bulk_writer("staged_pairs", {"a", "b"});
        for (const auto& [x, y] : touched_pairs) {
            row.clear();
            row.text(std::min(x, y)).text(std::max(x, y));
            copy->write(row);
        }
        copy->finish();
    }
    db_->exec("DELETE FROM contested_pairs c USING staged_pairs p WHERE c.entity_a = p.a AND c.entity_b = p.b");
    // Each way of a pair looked up through facts_by_pair. Joined on an OR of both ways, the planner
    // probed facts_by_target alone and read every fact toward a busy target for each pair: minutes
    // per document of 250,000 facts once the store held 750,000.
    db_->exec("INSERT INTO contested_pairs(entity_a, entity_b, family) SELECT p.a, p.b, r.family FROM (SELECT DISTINCT a, b FROM staged_pairs) p "
              "CROSS JOIN LATERAL (SELECT relation FROM facts WHERE source_id = p.a AND target_id = p.b "
              "UNION ALL SELECT relation FROM facts WHERE source_id = p.b AND target_id = p.a) f "
              "JOIN relations r ON r.name = f.relation GROUP BY p.a, p.b, r.family HAVING COUNT(DISTINCT f.relation) > 1 "
              "ON CONFLICT DO NOTHING");
    for (const auto& [id, entity] : entities) stored_entities_.insert(id);
    transaction.commit();  // a failure here clears stored_entities_ too (import_document)
    return outcome;
}

}  // namespace stancegraph
