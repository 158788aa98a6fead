// Where stancegraph's data (relations, entities, lexicons) lives: --data-dir, then $STANCEGRAPH_DATA,
// then the install tree next to the executable, then the source tree it was built from.
#pragma once

#include <optional>
#include <string>

namespace stancegraph {

struct DataPaths {
    std::string data_dir;
    std::string iso_codes_dir;

    std::string relations_file() const { return data_dir + "/relations.json"; }
    std::string entities_dir() const { return data_dir + "/entities"; }
    std::string lexicon_dir() const { return data_dir + "/lexicon"; }

    // Throws Error naming every place it looked when none has data/relations.json.
    static DataPaths find(const std::optional<std::string>& data_dir_flag);
};

}  // namespace stancegraph
