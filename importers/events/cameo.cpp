// CAMEO tables.
#include "cameo.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace stancegraph {

namespace {

// CAMEO 1.1b3 (Schrodt 2012), every code of chapter 2, the list ICEWS and PETRARCH code with.
constexpr std::string_view kEventCodes[] = {
    // 01
    "01", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019",
    // 02
    "02", "020", "021", "0211", "0212", "0213", "0214", "022", "023", "0231", "0232", "0233", "0234", "024",
    "0241", "0242", "0243", "0244", "025", "0251", "0252", "0253", "0254", "0255", "0256", "026", "027",
    "028",
    // 03
    "03", "030", "031", "0311", "0312", "0313", "0314", "032", "033", "0331", "0332", "0333", "0334", "034",
    "0341", "0342", "0343", "0344", "035", "0351", "0352", "0353", "0354", "0355", "0356", "036", "037",
    "038", "039",
    // 04
    "04", "040", "041", "042", "043", "044", "045", "046",
    // 05
    "05", "050", "051", "052", "053", "054", "055", "056", "057",
    // 06
    "06", "060", "061", "062", "063", "064",
    // 07
    "07", "070", "071", "072", "073", "074", "075",
    // 08
    "08", "080", "081", "0811", "0812", "0813", "0814", "082", "083", "0831", "0832", "0833", "0834", "084",
    "0841", "0842", "085", "086", "0861", "0862", "0863", "087", "0871", "0872", "0873", "0874",
    // 09
    "09", "090", "091", "092", "093", "094",
    // 10
    "10", "100", "101", "1011", "1012", "1013", "1014", "102", "103", "1031", "1032", "1033", "1034", "104",
    "1041", "1042", "1043", "1044", "105", "1051", "1052", "1053", "1054", "1055", "1056", "106", "107",
    "108",
    // 11
    "11", "110", "111", "112", "1121", "1122", "1123", "1124", "1125", "113", "114", "115", "116",
    // 12
    "12", "120", "121", "1211", "1212", "1213", "122", "1221", "1222", "1223", "1224", "123", "1231", "1232",
    "1233", "1234", "124", "1241", "1242", "1243", "1244", "1245", "1246", "125", "126", "127", "128", "129",
    // 13
    "13", "130", "131", "1311", "1312", "1313", "132", "1321", "1322", "1323", "1324", "133", "134", "135",
    "136", "137", "138", "1381", "1382", "1383", "1384", "1385", "139",
    // 14
    "14", "140", "141", "1411", "1412", "1413", "1414", "142", "1421", "1422", "1423", "1424", "143", "1431",
    "1432", "1433", "1434", "144", "1441", "1442", "1443", "1444", "145", "1451", "1452", "1453", "1454",
    // 15
    "15", "150", "151", "152", "153", "154",
    // 16
    "16", "160", "161", "162", "1621", "1622", "1623", "163", "164", "165", "166", "1661", "1662", "1663",
    // 17
    "17", "170", "171", "1711", "1712", "172", "1721", "1722", "1723", "1724", "173", "174", "175",
    // 18
    "18", "180", "181", "182", "1821", "1822", "1823", "183", "1831", "1832", "1833", "184", "185", "186",
    // 19
    "19", "190", "191", "192", "193", "194", "195", "196",
    // 20
    "20", "200", "201", "202", "203", "204", "2041", "2042",
    // GDELT's older code table also has these (0357, and 1641–1643 where CAMEO 1.1b3 has 1661–1663).
    "0357", "1641", "1642", "1643",
};

// Country codes of CAMEO and of the TABARI/PETRARCH dictionaries that are not the ISO alpha-3 code
// of the same country. GDELT mostly uses ISO codes; the older dictionaries and the PLOVER gold
// standard use some of these.
constexpr std::pair<std::string_view, std::string_view> kCountryCodes[] = {
    {"JAP", "JPN"}, {"ROM", "ROU"}, {"ZAR", "COD"}, {"TMP", "TLS"}, {"KSV", "XKX"},
    {"KOS", "XKX"}, {"PAL", "PSE"}, {"UAE", "ARE"}, {"ROC", "TWN"},
};

constexpr std::string_view kStateRoles[] = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"};

// CAMEO's known-group and IGO codes for the organisations and movements data/entities/ knows.
constexpr std::pair<std::string_view, std::string_view> kKnownGroups[] = {
    {"UNO", "org-un"},         {"EEC", "org-eu"},        {"NAT", "org-nato"},       {"ARL", "org-arab-league"},
    {"ASN", "org-asean"},      {"OPC", "org-opec"},      {"IMF", "org-imf"},        {"WBK", "org-world-bank"},
    {"WTO", "org-wto"},        {"GCC", "org-gcc"},       {"OIC", "org-oic"},        {"CIS", "org-cis"},
    {"OAS", "org-oas"},        {"ICC", "org-icc"},       {"IAE", "org-iaea"},       {"WHO", "org-who"},
    {"HMS", "group-hamas"},    {"HEZ", "group-hezbollah"}, {"FTH", "group-fatah"},  {"PLO", "group-plo"},
};

}  // namespace

bool is_cameo_event_code(std::string_view code) {
    static const std::unordered_set<std::string_view> codes(std::begin(kEventCodes), std::end(kEventCodes));
    return codes.count(code) > 0;
}

std::string_view iso_for_cameo_country(std::string_view code) {
    for (const auto& [cameo, iso] : kCountryCodes)
        if (cameo == code) return iso;
    return code;
}

bool is_state_role(std::string_view role) {
    return std::find(std::begin(kStateRoles), std::end(kStateRoles), role) != std::end(kStateRoles);
}

std::string_view entity_for_known_group(std::string_view code) {
    for (const auto& [group, id] : kKnownGroups)
        if (group == code) return id;
    return {};
}

}  // namespace stancegraph
