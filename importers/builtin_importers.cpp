// The one list of built-in input formats: adding a format is adding a line here.
#include "article/article_importer.hpp"
#include "events/gdelt_importer.hpp"
#include "events/icews_importer.hpp"
#include "events/petrarch_actors_importer.hpp"
#include "events/polecat_importer.hpp"
#include "facts/fact_csv_importer.hpp"
#include "facts/fact_jsonl_importer.hpp"
#include "importer.hpp"

namespace stancegraph {

const ImporterRegistry& builtin_importers() {
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        r.add(fact_csv_importer_info());
        r.add(fact_jsonl_importer_info());
        // Event data before articles: a PLOVER JSON array would otherwise pass for a list of articles.
        r.add(gdelt_importer_info());
        r.add(icews_importer_info());
        r.add(polecat_importer_info());
        r.add(petrarch_actors_importer_info());
        r.add(article_json_importer_info());
        r.add(article_jsonl_importer_info());
        r.add(article_text_importer_info());
        return r;
    }();
    return registry;
}

}  // namespace stancegraph
