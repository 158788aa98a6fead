// The one list of built-in output formats: adding a format is adding a line here.
#include "dot_exporter.hpp"
#include "exporter.hpp"
#include "facts_csv_exporter.hpp"
#include "gexf_exporter.hpp"
#include "graphml_exporter.hpp"
#include "html_exporter.hpp"
#include "jsonl_exporter.hpp"
#include "sql_exporter.hpp"
#include "sqlite_exporter.hpp"

namespace stancegraph {

const ExporterRegistry& builtin_exporters() {
    static const ExporterRegistry registry = [] {
        ExporterRegistry r;
        r.add(jsonl_exporter_info());
        r.add(dot_exporter_info());
        r.add(graphml_exporter_info());
        r.add(gexf_exporter_info());
        r.add(sqlite_exporter_info());
        r.add(sql_exporter_info());
        r.add(facts_csv_exporter_info());
        r.add(html_exporter_info());
        return r;
    }();
    return registry;
}

}  // namespace stancegraph
