// CAMEO, the coding scheme of GDELT, ICEWS and the TABARI/PETRARCH dictionaries: which event codes
// exist, and what its actor codes (countries, roles, known groups) stand for, as far as stancegraph
// needs them. Tables of a frozen standard, so they live here and not in data/.
#pragma once

#include <string_view>

namespace stancegraph {

// True for the event codes of CAMEO 1.1b3 (and the four that GDELT's older code table adds):
// "054" is one, "54", "0541" and "999" are not.
bool is_cameo_event_code(std::string_view code);

// The ISO 3166-1 alpha-3 code (or the gazetteer id) a CAMEO country code stands for where the two
// differ (JAP → JPN, ROM → ROU, KSV → XKX); the code itself otherwise.
std::string_view iso_for_cameo_country(std::string_view code);

// True for the CAMEO role codes of state institutions: government, military, legislature,
// judiciary, intelligence and police. Other roles (opposition, rebels, business, media, …) are not
// the state speaking.
bool is_state_role(std::string_view role);

// The gazetteer id of an organisation or movement a CAMEO known-group or IGO code stands for
// (EEC → org-eu, NAT → org-nato); empty when stancegraph maps none.
std::string_view entity_for_known_group(std::string_view code);

}  // namespace stancegraph
