// Filling the gazetteer from its sources: Debian's iso-codes (ISO 3166-1 countries and ISO 3166-2
// regions), ICU's localized country names, and the curated files in data/entities/.
#pragma once

#include "data_paths.hpp"
#include "gazetteer.hpp"

#include <string>
#include <vector>

namespace stancegraph {

// The languages whose ICU country names every state gets.
const std::vector<std::string>& icu_name_languages();

void add_iso_countries(Gazetteer& gazetteer, const std::string& iso_codes_dir);
void add_iso_regions(Gazetteer& gazetteer, const std::string& iso_codes_dir);
// Adds ICU's display, variant and short names of each entity that has an ISO alpha-2 code.
void add_icu_names(Gazetteer& gazetteer);
// Reads one curated entity file; throws Error naming the file and the entity on bad records.
void add_curated_entities(Gazetteer& gazetteer, const std::string& path);
// Checks that every part_of, claimed_by and role target names a known entity.
void check_references(const Gazetteer& gazetteer);

// All of the above, in that order, with every *.json of the entities folder in name order.
Gazetteer load_gazetteer(const DataPaths& paths);

}  // namespace stancegraph
