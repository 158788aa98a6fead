// The store over either backend: schema creation and upgrades, per-document import transactions,
// loading graphs. What only PostgreSQL does (bulk import through COPY) is in postgres_store.cpp.
#include "store.hpp"

#include "../canonical_order.hpp"
#include "../error.hpp"
#include "evidence_columns.hpp"
#include "schema.hpp"
#include "views.hpp"
#include "read_snapshot.hpp"
#include "connection_uri.hpp"
#include "sqlite_connection.hpp"

#include <SQLiteCpp/Database.h>
#include "temporary_table.hpp"
#include "../text_folding.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <thread>
#include <unordered_map>

namespace stancegraph {

namespace {

// The ids of imported events, by format (schema.cpp), for a store of an older version.
void create_event_ids_table(sql::Connection& db) {
    const auto [table, index] = event_ids_statements(SqlDialect::sqlite, "IF NOT EXISTS ");
    db.exec(table);
    db.exec(index);
}

// How long a SQLite writer waits for another to finish: one document holds the write lock for its
// whole transaction, and a fact file of 250,000 facts holds it for a minute, so four such imports
// started together failed with a one-minute wait ("database is locked"). Writers queue instead.
constexpr std::chrono::milliseconds kBusyTimeout{std::chrono::minutes(15)};
const std::string kSqliteBusy = "5";  // SQLITE_BUSY

// Switching a new store to write-ahead logging takes a lock for which SQLite does not call the busy
// handler: a second process opening the same new store at that moment gets SQLITE_BUSY at once, and
// an import started beside another one failed with "database is locked". So this waits itself.
void use_write_ahead_log(sql::Connection& db) {
    const auto deadline = std::chrono::steady_clock::now() + kBusyTimeout;
    for (;;) {
        try {
            if (db.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal") return;
        } catch (const sql::Error& e) {
            if (e.code() != kSqliteBusy) throw;
        }
        // Past the deadline, a store SQLite will not switch is still usable, with its rollback journal.
        if (std::chrono::steady_clock::now() >= deadline) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

std::optional<PartialDate> column_date(const sql::Column& column) {
    if (column.isNull()) return std::nullopt;
    return PartialDate::parse(column.getView());
}

}  // namespace

std::string_view to_string(ImportOutcome outcome) {
    switch (outcome) {
        case ImportOutcome::added: return "added";
        case ImportOutcome::unchanged: return "unchanged";
        case ImportOutcome::replaced: return "replaced";
        case ImportOutcome::duplicate: return "duplicate";
    }
    return "added";
}

RowInserter::RowInserter(sql::Connection& db, Table table, std::string_view suffix)
    : statement_(std::make_unique<sql::Statement>(db, insert_statement(table, suffix))) {}

RowInserter::~RowInserter() = default;

void RowInserter::bind(const SqlRow& row) {
    sql::Statement& s = *statement_;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        switch (row.type(i)) {
            case SqlRow::Type::null: s.bind(index); break;
            case SqlRow::Type::integer: s.bind(index, row.integer_at(i)); break;
            case SqlRow::Type::real: s.bind(index, row.real_at(i)); break;
            // The row outlives the statement's execution, so the database need not copy the text.
            case SqlRow::Type::text: s.bindNoCopy(index, row.text_at(i)); break;
        }
    }
}

int RowInserter::insert(const SqlRow& row) {
    bind(row);
    const int changed = statement_->exec();
    statement_->reset();
    return changed;
}

std::int64_t RowInserter::insert_returning_id(const SqlRow& row) {
    bind(row);
    if (!statement_->executeStep()) throw sql::Error("an INSERT … RETURNING id returned no row");
    const std::int64_t id = statement_->getColumn(0).getInt64();
    while (statement_->executeStep()) {
    }
    statement_->reset();
    return id;
}

EntityWriter::EntityWriter(sql::Connection& db)
    : entities_(db, Table::entities, "ON CONFLICT(id) DO NOTHING"), names_(db, Table::entity_names, "ON CONFLICT DO NOTHING") {}

void EntityWriter::write(const Entity& entity) {
    entity_row(row_, entity);
    if (entities_.insert(row_) == 0) return;  // already stored, with its names
    for (const auto& n : entity.names) {
        entity_name_row(row_, entity.id, n);
        names_.insert(row_);
    }
}

void insert_relations(sql::Connection& db, const RelationOntology& ontology) {
    RowInserter insert(db, Table::relations,
                       "ON CONFLICT(name) DO UPDATE SET family = excluded.family, polarity = excluded.polarity, "
                       "\"symmetric\" = excluded.\"symmetric\", event_log = excluded.event_log, cameo = excluded.cameo, "
                       "plover = excluded.plover, temporal = excluded.temporal, window_years = excluded.window_years, "
                       "window_months = excluded.window_months, window_days = excluded.window_days");
    SqlRow row;
    for (const auto& r : ontology.relations()) {
        relation_row(row, ontology, r);
        insert.insert(row);
    }
}

void insert_entity(sql::Connection& db, const Entity& entity) { EntityWriter(db).write(entity); }

Store::Store(const std::string& db, const RelationOntology& ontology, Mode mode) : path_(db), ontology_(&ontology) {
    try {
        if (sql::is_postgres_uri(db)) {
            path_ = sql::masked_connection_string(db);  // what messages show: without the password
            db_ = sql::open_postgres(db);
            open_postgres(mode);
        } else {
            open_sqlite(mode);
        }
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

void Store::open_sqlite(Mode mode) {
    if (mode == Mode::open_existing && !std::filesystem::exists(path_))
        throw UsageError("no store at " + path_ + " (import something first, or give --db)");
    db_ = sql::open_sqlite(path_, true);
    auto& sqlite = *sql::sqlite_database(*db_);
    sqlite.setBusyTimeout(static_cast<int>(kBusyTimeout.count()));
    db_->exec("PRAGMA foreign_keys = ON");
    use_write_ahead_log(*db_);
    db_->exec("PRAGMA synchronous = NORMAL");
    const int version = db_->execAndGet("PRAGMA user_version").getInt();
    if (version == 0) create_schema();
    else if (version >= 1 && version < kSchemaVersion) {
        if (version <= 1) upgrade_from_version_1();
        if (version <= 2) upgrade_from_version_2();
        upgrade_from_version_3();
    } else if (version != kSchemaVersion)
        throw Error(path_ + " has schema version " + std::to_string(version) + "; this stancegraph reads version " +
                    std::to_string(kSchemaVersion));
}

Store::~Store() = default;

void Store::create_schema() {
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
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

namespace {

// Recomputes the contested_pairs rows of one unordered pair from its facts (facts_by_pair finds them).
class ContestedPairUpdate {
public:
    explicit ContestedPairUpdate(sql::Connection& db)
        : clear_(db, "DELETE FROM contested_pairs WHERE entity_a = ?1 AND entity_b = ?2"),
          fill_(db,
                "INSERT INTO contested_pairs(entity_a, entity_b, family) SELECT CAST(?1 AS TEXT), CAST(?2 AS TEXT), r.family FROM facts f "
                "JOIN relations r ON r.name = f.relation "
                "WHERE (f.source_id = ?1 AND f.target_id = ?2) OR (f.source_id = ?2 AND f.target_id = ?1) "
                "GROUP BY r.family HAVING COUNT(DISTINCT f.relation) > 1") {}
    void update(const std::string& x, const std::string& y) {
        for (sql::Statement* s : {&clear_, &fill_}) {
            s->bind(1, std::min(x, y));
            s->bind(2, std::max(x, y));
            s->exec();
            s->reset();
        }
    }

private:
    sql::Statement clear_;
    sql::Statement fill_;
};

}  // namespace

void Store::remove_document_rows(const std::string& id, std::set<std::pair<std::string, std::string>>& touched_pairs) {
    // The document's evidence, then the facts that no other document supports.
    db_->exec("CREATE TEMP TABLE IF NOT EXISTS touched_facts(id BIGINT PRIMARY KEY)");
    db_->exec("DELETE FROM touched_facts");
    sql::Statement touched(*db_, "INSERT INTO touched_facts SELECT DISTINCT fact_id FROM evidence WHERE document_id = ? ON CONFLICT DO NOTHING");
    touched.bind(1, id);
    touched.exec();
    sql::Statement pairs(*db_, "SELECT DISTINCT source_id, target_id FROM facts WHERE id IN (SELECT id FROM touched_facts)");
    while (pairs.executeStep()) touched_pairs.emplace(pairs.getColumn(0).getString(), pairs.getColumn(1).getString());
    sql::Statement drop(*db_, "DELETE FROM evidence WHERE document_id = ?");
    drop.bind(1, id);
    drop.exec();
    db_->exec("DELETE FROM facts WHERE id IN (SELECT id FROM touched_facts) "
              "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = facts.id)");
    sql::Statement remove_doc(*db_, "DELETE FROM documents WHERE id = ?");
    remove_doc.bind(1, id);
    remove_doc.exec();
}

std::vector<std::string> Store::document_ids(const std::string& id_or_path, const std::string& canonical_path) const {
    std::vector<std::string> ids;
    try {
        sql::Statement by_id(*db_, "SELECT id FROM documents WHERE id = ?");
        by_id.bind(1, id_or_path);
        if (by_id.executeStep()) return {by_id.getColumn(0).getString()};
        if (canonical_path.empty()) return ids;
        sql::Statement by_path(*db_, "SELECT id FROM documents WHERE source_path = ?1 OR id = 'file:' || ?1 ORDER BY id");
        by_path.bind(1, canonical_path);
        while (by_path.executeStep()) ids.push_back(by_path.getColumn(0).getString());
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
    return ids;
}

StoreCounts Store::remove_documents(const std::vector<std::string>& ids) {
    const StoreCounts before = counts();
    try {
        sql::Transaction transaction(*db_, sql::TransactionKind::write);
        take_merge_lock();
        std::set<std::pair<std::string, std::string>> touched_pairs;
        for (const std::string& id : ids) {
            sql::Statement events(*db_, "DELETE FROM event_ids WHERE document_id = ?");
            events.bind(1, id);
            events.exec();
            remove_document_rows(id, touched_pairs);
        }
        ContestedPairUpdate contested(*db_);
        for (const auto& [a, b] : touched_pairs) contested.update(a, b);
        transaction.commit();
    } catch (const sql::Error& e) {
        throw Error(path_ + ": while removing documents: " + e.what());
    }
    const StoreCounts after = counts();
    return {before.entities - after.entities, before.documents - after.documents, before.facts - after.facts,
            before.evidence - after.evidence};
}

bool Store::event_known(std::string_view format, std::string_view id, std::string_view document) {
    try {
        if (!find_event_) find_event_ = std::make_unique<sql::Statement>(*db_, "SELECT document_id FROM event_ids WHERE format = ? AND event_id = ?");
        sql::Statement& find = *find_event_;
        find.reset();
        find.bind(1, std::string(format));
        find.bind(2, std::string(id));
        return find.executeStep() && find.getColumn(0).getString() != document;
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

void Store::upgrade_from_version_2() {
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    if (db_->execAndGet("PRAGMA user_version").getInt() != 2) return;  // another process did it meanwhile
    db_->exec("CREATE INDEX IF NOT EXISTS documents_by_content ON documents(content_hash)");
    create_event_ids_table(*db_);
    // Temporal kinds and event windows: the views read them, so they are redefined after.
    auto has_column = [&](const char* column) {
        sql::Statement info(*db_, "SELECT 1 FROM pragma_table_info('relations') WHERE name = ?");
        info.bind(1, column);
        return info.executeStep();
    };
    if (!has_column("temporal")) db_->exec("ALTER TABLE relations ADD COLUMN temporal TEXT NOT NULL DEFAULT 'state'");
    for (const char* column : {"window_years", "window_months", "window_days"})
        if (!has_column(column)) db_->exec(std::string("ALTER TABLE relations ADD COLUMN ") + column + " INTEGER NOT NULL DEFAULT 0");
    db_->exec("CREATE TABLE IF NOT EXISTS as_of_day (day TEXT NOT NULL) STRICT");
    insert_relations(*db_, *ontology_);
    for (const auto& statement : drop_view_statements()) db_->exec(statement);
    for (const auto& statement : view_statements(SqlDialect::sqlite)) db_->exec(statement);
    db_->exec("PRAGMA user_version = 3");
    transaction.commit();
}

void Store::upgrade_from_version_3() {
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    if (db_->execAndGet("PRAGMA user_version").getInt() != 3) return;  // another process did it meanwhile
    // Evidence carries its fact's source, the column a sharded PostgreSQL store is distributed by.
    // (A store upgraded from version 1 got it with the tables it gained then.)
    if (db_->execAndGet("SELECT COUNT(*) FROM pragma_table_info('evidence') WHERE name = 'source_id'").getInt() == 0)
        db_->exec("ALTER TABLE evidence ADD COLUMN source_id TEXT NOT NULL DEFAULT ''");
    db_->exec("UPDATE evidence SET source_id = (SELECT f.source_id FROM facts f WHERE f.id = evidence.fact_id)");
    db_->exec("PRAGMA user_version = 4");
    transaction.commit();
}

void Store::upgrade_from_version_1() {
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    if (db_->execAndGet("PRAGMA user_version").getInt() != 1) return;  // another process did it meanwhile
    const SchemaStatements statements = schema(SqlDialect::sqlite);
    db_->exec(statements.tables[static_cast<std::size_t>(Table::contested_pairs)]);
    db_->exec("CREATE INDEX IF NOT EXISTS facts_by_start ON facts(valid_from_day)");
    db_->exec("INSERT INTO contested_pairs(entity_a, entity_b, family) "
              "SELECT MIN(f.source_id, f.target_id), MAX(f.source_id, f.target_id), r.family FROM facts f "
              "JOIN relations r ON r.name = f.relation GROUP BY 1, 2, 3 HAVING COUNT(DISTINCT f.relation) > 1");
    db_->exec("PRAGMA user_version = 2");
    transaction.commit();
}

std::set<std::pair<std::string, std::string>> Store::contested_pairs(const std::optional<std::string>& entity) const {
    std::set<std::pair<std::string, std::string>> pairs;
    try {
        sql::Statement select(*db_, entity ? "SELECT DISTINCT entity_a, entity_b FROM contested_pairs WHERE entity_a = ?1 "
                                                "UNION SELECT entity_a, entity_b FROM contested_pairs WHERE entity_b = ?1"
                                              : "SELECT DISTINCT entity_a, entity_b FROM contested_pairs");
        if (entity) select.bind(1, *entity);
        while (select.executeStep()) pairs.emplace(select.getColumn(0).getString(), select.getColumn(1).getString());
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
    return pairs;
}

void Store::ensure_entity(const Entity& entity) {
    if (stored_entities_.count(entity.id)) return;
    insert_entity(*db_, entity);
    stored_entities_.insert(entity.id);
}

ImportOutcome Store::import_document(const ImportedDocument& imported, const Gazetteer& gazetteer) {
    try {
        return on_postgres() ? import_into_postgres(imported, gazetteer) : import_into_sqlite(imported, gazetteer);
    } catch (const sql::Error& e) {
        stored_entities_.clear();  // the rollback may have removed entities we thought stored
        throw Error(path_ + ": while importing " + imported.document.id + ": " + e.what());
    } catch (...) {
        stored_entities_.clear();
        throw;
    }
}

ImportOutcome Store::check_document(const DocumentRecord& doc, std::set<std::pair<std::string, std::string>>& touched_pairs) {
    ImportOutcome outcome = ImportOutcome::added;
    {
        sql::Statement existing(*db_, "SELECT content_hash FROM documents WHERE id = ?");
        existing.bind(1, doc.id);
        if (existing.executeStep()) {
            if (existing.getColumn(0).getString() == doc.content_hash) return ImportOutcome::unchanged;
            outcome = ImportOutcome::replaced;
        }
    }
    if (outcome == ImportOutcome::added) {
        // A document is its content: the same bytes under another name add no evidence.
        sql::Statement same(*db_, "SELECT id FROM documents WHERE content_hash = ? AND kind = ? ORDER BY id LIMIT 1");
        same.bind(1, doc.content_hash);
        same.bind(2, doc.kind);
        if (same.executeStep()) {
            duplicate_of_ = same.getColumn(0).getString();
            return ImportOutcome::duplicate;
        }
    }
    if (outcome == ImportOutcome::replaced) remove_document_rows(doc.id, touched_pairs);
    return outcome;
}

ImportOutcome Store::import_into_sqlite(const ImportedDocument& imported, const Gazetteer& gazetteer) {
    const DocumentRecord& doc = imported.document;
    sql::Transaction transaction(*db_, sql::TransactionKind::write);
    insert_relations(*db_, *ontology_);
    std::set<std::pair<std::string, std::string>> touched_pairs;  // whose contested_pairs rows to recompute
    const ImportOutcome outcome = check_document(doc, touched_pairs);
    if (outcome == ImportOutcome::unchanged || outcome == ImportOutcome::duplicate) return outcome;
    const std::string now = utc_timestamp();
    SqlRow row;
    document_row(row, doc, now);
    RowInserter(*db_, Table::documents).insert(row);
    for (const Entity& entity : imported.entities) ensure_entity(entity);
    if (!imported.event_ids.empty()) {
        sql::Statement add(*db_, "INSERT INTO event_ids(format, event_id, document_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        add.bind(1, imported.event_format);
        add.bind(3, doc.id);
        for (const std::string& id : imported.event_ids) {
            add.bind(2, id);
            add.exec();
            add.reset();
        }
    }

    sql::Statement find_fact(*db_,
                             "SELECT id, valid_to FROM facts WHERE source_id = ? AND relation = ? AND target_id = ? "
                             "AND COALESCE(valid_from, '') = ?");
    RowInserter insert_fact(*db_, Table::facts, "RETURNING id");
    sql::Statement close_fact(*db_, "UPDATE facts SET valid_to = ?, valid_to_day = ? WHERE id = ?");
    RowInserter insert_evidence(*db_, Table::evidence);
    std::array<const Entity*, 2> ends{};
    for (const Fact& original : imported.facts) {
        Fact fact = original;
        const RelationInfo& relation = stored_form(fact, gazetteer, doc.id, ends);
        for (const Entity* end : ends) ensure_entity(*end);
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
            fact_row(row, 0, fact.source, relation.name, fact.target, fact.valid, now);
            fact_id = insert_fact.insert_returning_id(row);
            touched_pairs.emplace(fact.source, fact.target);
        }
        find_fact.reset();
        for (const Evidence& e : fact.evidence) {
            evidence_row(row, 0, fact_id, fact.source, doc.id, e);
            insert_evidence.insert(row);
        }
    }
    ContestedPairUpdate contested(*db_);
    for (const auto& [a, b] : touched_pairs) contested.update(a, b);
    transaction.commit();  // a failure here clears stored_entities_ too (import_document)
    return outcome;
}

const RelationInfo& Store::stored_form(Fact& fact, const Gazetteer& gazetteer, const std::string& document,
                                       std::array<const Entity*, 2>& ends) const {
    const RelationInfo& relation = ontology_->at(fact.relation);
    // A symmetric relation is stored once, with the smaller id as source.
    if (relation.symmetric && fact.target < fact.source) std::swap(fact.source, fact.target);
    ends = {gazetteer.by_id(fact.source), gazetteer.by_id(fact.target)};
    for (std::size_t i = 0; i < 2; ++i)
        if (!ends[i]) throw Error("document " + document + ": fact names an entity the gazetteer lacks: " + (i ? fact.target : fact.source));
    return relation;
}

std::optional<DayNumber> undated_fact_known_from(std::span<const Evidence> evidence, std::string_view recorded_at) {
    std::optional<DayNumber> known;
    for (const Evidence& e : evidence)
        if (e.published && (!known || e.published->first_day() < *known)) known = e.published->first_day();
    if (known) return known;
    if (auto day = PartialDate::parse(recorded_at.substr(0, 10))) return day->first_day();
    return std::nullopt;
}

void Store::load_graph(StanceGraph& graph, const GraphSelection& selection) const {
    const ReadSnapshot snapshot(*db_);  // entities, facts and evidence as of one moment
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
    if (!selection.relations.empty()) where += " AND f.relation IN (" + in_list(selection.relations) + ")";

    try {
        if (!selection.entities.empty()) {
            // A temporary table rather than a list of parameters: a selection may hold more
            // entities than SQLite takes parameters in one statement.
            refill_temporary_table(*db_, "selected_entities", "id TEXT PRIMARY KEY", "?", selection.entities,
                                   [](sql::Statement& add, const std::string& id) { add.bind(1, id); });
            // SQLite reads the two INs through facts_by_pair and facts_by_target; PostgreSQL plans
            // the OR as a scan of every fact (0.8 s for `who` at a million facts), and each direction
            // separately through its index.
            if (on_postgres())
                where += " AND f.id IN (SELECT p.id FROM selected_entities s JOIN facts p ON p.source_id = s.id "
                         "UNION SELECT p.id FROM selected_entities s JOIN facts p ON p.target_id = s.id)";
            else
                where += " AND (f.source_id IN (SELECT id FROM selected_entities) OR f.target_id IN (SELECT id FROM selected_entities))";
        }
        if (!selection.pairs.empty()) {
            refill_temporary_table(*db_, "selected_pairs", "a TEXT, b TEXT, PRIMARY KEY (a, b)", "?, ?", selection.pairs,
                                   [](sql::Statement& add, const std::pair<std::string, std::string>& pair) {
                                       add.bind(1, pair.first);
                                       add.bind(2, pair.second);
                                   });
            // Each pair looked up both ways through facts_by_pair. CROSS JOIN keeps the pairs as the
            // outer loop: the planner has no statistics on a temporary table and would otherwise scan
            // the whole index and probe the pairs (600 ms instead of 1 ms at a million facts).
            // (PostgreSQL has no CROSS JOIN … ON, and plans from the statistics of the analysed table.)
            const std::string join = on_postgres() ? " JOIN " : " CROSS JOIN ";
            where += " AND f.id IN (SELECT p1.id FROM selected_pairs s1" + join + "facts p1 ON p1.source_id = s1.a AND p1.target_id = s1.b "
                     "UNION SELECT p2.id FROM selected_pairs s2" + join + "facts p2 ON p2.source_id = s2.b AND p2.target_id = s2.a)";
        }
        const bool fresh = graph.fact_count() == 0;
        if (fresh && selection.entities.empty() && selection.relations.empty() && selection.pairs.empty())
            graph.reserve(static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM entities").getInt64()),
                          static_cast<std::size_t>(db_->execAndGet("SELECT COUNT(*) FROM facts").getInt64()));
        // Entities first, so that vertices carry names and kinds.
        // (PostgreSQL reads "IN … OR IN …" by probing both lists for every entity, 1 s at 200,000
        // facts; a union of the two is read once. SQLite does well with either.)
        const std::string ends = on_postgres() ? "id IN (SELECT f.source_id FROM facts f WHERE 1 = 1" + where +
                                                     " UNION SELECT f.target_id FROM facts f WHERE 1 = 1" + where + ")"
                                               : "id IN (SELECT f.source_id FROM facts f WHERE 1 = 1" + where +
                                                     ") OR id IN (SELECT f.target_id FROM facts f WHERE 1 = 1" + where + ")";
        sql::Statement entities(*db_, "SELECT id, name, kind FROM entities WHERE " + ends + " ORDER BY id");
        int index = 1;
        for (int pass = 0; pass < 2; ++pass)
            for (const auto& b : binds) entities.bind(index++, b);
        while (entities.executeStep()) {
            graph.add_entity({entities.getColumn(0).getString(), entities.getColumn(1).getString(),
                              parse_entity_kind(entities.getColumn(2).getString()).value_or(EntityKind::other)});
        }

        sql::Statement facts(*db_,
                                "SELECT f.id, f.source_id, f.relation, f.target_id, f.valid_from, f.valid_to, f.recorded_at FROM facts f "
                                "WHERE 1 = 1" + where + " ORDER BY f.id");
        sql::Statement evidence(*db_,
                                   std::string("SELECT e.fact_id, ") + kEvidenceColumns +
                                       ", d.kind FROM evidence e JOIN facts f ON f.id = e.fact_id JOIN documents d ON d.id = e.document_id "
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
                read_evidence_columns(evidence, 1, e);
                e.origin = origin_of_document_kind(evidence.getColumn(kEvidenceColumnCount + 1).getText());
                fact.evidence.push_back(std::move(e));
                evidence_left = evidence.executeStep();
            }
            // By document, as the exports list it: the order of the store's numbers depends on the
            // order the documents were imported in, and the questions show the first piece.
            if (fact.evidence.size() > 1) fact.evidence = in_canonical_order(fact.evidence);
            if (fact.evidence.size() < selection.min_evidence) continue;
            if (selection.dated_only && !fact.valid.valid_from) continue;
            if (selection.min_confidence > 0.0 && (fact.evidence.empty() ? 1.0 : fact.confidence()) < selection.min_confidence) continue;
            if (!fact.valid.valid_from) fact.valid.known_from = undated_fact_known_from(fact.evidence, facts.getColumn(6).getText());
            // Facts are unique in the store (one row per identity): into an empty graph they need no merging.
            if (fresh) graph.add_unique_fact(std::move(fact));
            else graph.add_fact(std::move(fact));
        }
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

namespace {

// Adds the entity of the current row of `entities` (id, kind, name, iso_alpha2, iso_alpha3, qid)
// with its names, unless the gazetteer knows its id already.
void add_entity_row(sql::Statement& entities, sql::Statement& names, Gazetteer& gazetteer) {
    const std::string id = entities.getColumn(0).getString();
    if (gazetteer.by_id(id)) return;
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

constexpr const char* kSelectEntity = "SELECT id, kind, name, iso_alpha2, iso_alpha3, qid, part_of FROM entities";
constexpr const char* kSelectNames = "SELECT lang, name, form FROM entity_names WHERE entity_id = ?";

}  // namespace

void Store::add_entities_to(Gazetteer& gazetteer) const {
    try {
        sql::Statement entities(*db_, kSelectEntity);
        sql::Statement names(*db_, kSelectNames);
        while (entities.executeStep()) add_entity_row(entities, names, gazetteer);
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

void Store::add_entities_named(Gazetteer& gazetteer, const std::string& id_or_name) const {
    try {
        sql::Statement entity(*db_, std::string(kSelectEntity) + " WHERE id = ?");
        sql::Statement names(*db_, kSelectNames);
        for (const EntityNode& found : find_entities(id_or_name)) {
            entity.bind(1, found.id);
            if (entity.executeStep()) add_entity_row(entity, names, gazetteer);
            entity.reset();
        }
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

std::set<std::pair<std::string, std::string>> Store::pairs_starting_between(DayNumber from, DayNumber to) const {
    std::set<std::pair<std::string, std::string>> pairs;
    try {
        sql::Statement q(*db_, "SELECT DISTINCT source_id, target_id FROM facts WHERE valid_from_day BETWEEN ? AND ?");
        q.bind(1, day_to_string(from));
        q.bind(2, day_to_string(to));
        while (q.executeStep()) pairs.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
    return pairs;
}

std::vector<EntityNode> Store::find_entities(const std::string& text) const {
    std::vector<EntityNode> found;
    auto add = [&](sql::Statement& q) {
        while (q.executeStep()) {
            EntityNode node{q.getColumn(0).getString(), q.getColumn(1).getString(),
                            parse_entity_kind(q.getColumn(2).getString()).value_or(EntityKind::other)};
            if (std::none_of(found.begin(), found.end(), [&](const EntityNode& n) { return n.id == node.id; })) found.push_back(node);
        }
    };
    try {
        sql::Statement by_id(*db_, "SELECT id, name, kind FROM entities WHERE id = ?");
        by_id.bind(1, text);
        add(by_id);
        if (!found.empty()) return found;
        std::string upper = text;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper.size() == 2 || upper.size() == 3) {
            sql::Statement by_code(*db_, "SELECT id, name, kind FROM entities WHERE iso_alpha2 = ? OR iso_alpha3 = ?");
            by_code.bind(1, upper);
            by_code.bind(2, upper);
            add(by_code);
            if (!found.empty()) return found;
        }
        // Own names before demonyms and capitals; states before the rest.
        sql::Statement by_name(*db_,
                                  "SELECT e.id, e.name, e.kind FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                                  "WHERE n.name_key = ? ORDER BY CASE n.form WHEN 'name' THEN 0 WHEN 'abbreviation' THEN 1 "
                                  "WHEN 'demonym' THEN 2 ELSE 3 END, CASE e.kind WHEN 'state' THEN 0 WHEN 'territory' THEN 1 "
                                  "WHEN 'organisation' THEN 2 WHEN 'group' THEN 3 WHEN 'region' THEN 4 ELSE 5 END");
        by_name.bind(1, name_key(text));
        add(by_name);
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
    return found;
}

void Store::refresh_statistics() {
    if (on_postgres()) db_->exec("ANALYZE entities, entity_names, documents, facts, evidence, contested_pairs, event_ids");
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
