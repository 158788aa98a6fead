// Finding exporters by name and by suffix.
#include "exporter.hpp"

#include <filesystem>

namespace stancegraph {

void ExporterRegistry::add(ExporterInfo info) { exporters_.push_back(std::move(info)); }

const ExporterInfo* ExporterRegistry::find(std::string_view name) const {
    for (const auto& info : exporters_)
        if (info.name == name) return &info;
    return nullptr;
}

const ExporterInfo* ExporterRegistry::by_suffix(std::string_view path) const {
    std::string suffix = std::filesystem::path(std::string(path)).extension().string();
    for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& info : exporters_)
        for (const auto& extension : info.extensions)
            if (extension == suffix) return &info;
    return nullptr;
}

}  // namespace stancegraph
