// The exporter interface: each output format is one class writing the entity and fact rows of a
// selection to an output file. The rows come from the store (StoredSelection), so a large store is
// never loaded whole, or from a graph in memory (GraphRows). Formats are found by name or by the
// output file's suffix in the registry.
#pragma once

#include "core/atomic_output.hpp"
#include "core/fact_rows.hpp"
#include "core/stance_graph.hpp"
#include "core/store/schema.hpp"
#include "selection.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) = 0;
};

struct ExporterInfo {
    std::string name;
    std::string description;
    std::vector<std::string> extensions;  // with the dot: ".dot"
    bool needs_file = false;              // cannot write to standard output (a database)
    std::function<std::unique_ptr<Exporter>()> create;
};

class ExporterRegistry {
public:
    void add(ExporterInfo info);
    const ExporterInfo* find(std::string_view name) const;
    const ExporterInfo* by_suffix(std::string_view path) const;
    const std::vector<ExporterInfo>& all() const { return exporters_; }

private:
    std::vector<ExporterInfo> exporters_;
};

// The registry with every built-in format (the list is in builtin_exporters.cpp).
const ExporterRegistry& builtin_exporters();

}  // namespace stancegraph
