// What a store holds, at a glance (`stancegraph info`, as `ogrinfo -so` or `osmium fileinfo`):
// counts by kind, relation and family, the span of the facts' dates, the schema version and size.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace stancegraph {

class Store;

struct StoreSummary {
    std::string path;
    std::uintmax_t file_size = 0;  // bytes of the database file (its -wal not counted)
    int schema_version = 0;
    std::map<std::string, std::size_t> documents_by_kind;
    std::map<std::string, std::size_t> facts_by_relation;
    std::map<std::string, std::size_t> facts_by_family;
    std::map<std::string, std::size_t> entities_by_kind;
    std::size_t documents = 0, facts = 0, evidence = 0, entities = 0;
    std::size_t undated_facts = 0;             // without a valid_from
    std::optional<std::string> first_valid_from;  // the earliest and latest first day of valid_from
    std::optional<std::string> last_valid_from;
};

StoreSummary summarize(Store& store);

}  // namespace stancegraph
