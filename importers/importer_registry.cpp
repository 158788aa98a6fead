// Finding importers by name, content and suffix.
#include "importer.hpp"

#include <filesystem>
#include <sstream>

namespace stancegraph {

std::string InputSource::read_all() {
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    if (stream.bad()) throw Error("cannot read " + name);
    return buffer.str();
}

void ImporterRegistry::add(ImporterInfo info) { importers_.push_back(std::move(info)); }

const ImporterInfo* ImporterRegistry::find(std::string_view name) const {
    for (const auto& info : importers_)
        if (info.name == name) return &info;
    return nullptr;
}

const ImporterInfo* ImporterRegistry::detect(std::string_view path, std::string_view head) const {
    for (const auto& info : importers_)
        if (info.identify && info.identify(path, head)) return &info;
    std::string suffix = std::filesystem::path(std::string(path)).extension().string();
    for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& info : importers_)
        for (const auto& extension : info.extensions)
            if (extension == suffix) return &info;
    return nullptr;
}

}  // namespace stancegraph
