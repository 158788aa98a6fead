// Civil-calendar arithmetic for partial dates (proleptic Gregorian, years 1 to 9999).
#include "partial_date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace stancegraph {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool parse_digits(std::string_view text, int& value) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
DayNumber days_from_civil(int year, int month, int day) {
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(month + (month > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

PartialDate PartialDate::from_day_number(DayNumber z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return PartialDate(y + (m <= 2), static_cast<int>(m), static_cast<int>(d));
}

PartialDate::PartialDate(int year, int month, int day) {
    if (year < 1 || year > 9999) throw std::invalid_argument("year out of range: " + std::to_string(year));
    if (month < 0 || month > 12) throw std::invalid_argument("month out of range: " + std::to_string(month));
    if (day < 0 || (day > 0 && month == 0) || (month > 0 && day > days_in_month(year, month)))
        throw std::invalid_argument("day out of range: " + std::to_string(day));
    year_ = static_cast<std::int16_t>(year);
    month_ = static_cast<std::uint8_t>(month);
    day_ = static_cast<std::uint8_t>(day);
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    int year = 0, month = 0, day = 0;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    if (!parse_digits(text.substr(0, 4), year)) return std::nullopt;
    if (text.size() >= 7 && (text[4] != '-' || !parse_digits(text.substr(5, 2), month))) return std::nullopt;
    if (text.size() == 10 && (text[7] != '-' || !parse_digits(text.substr(8, 2), day))) return std::nullopt;
    if (text.size() >= 7 && month == 0) return std::nullopt;
    if (text.size() == 10 && day == 0) return std::nullopt;
    try {
        return PartialDate(year, month, day);
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

DatePrecision PartialDate::precision() const {
    if (day_ != 0) return DatePrecision::day;
    if (month_ != 0) return DatePrecision::month;
    return DatePrecision::year;
}

DayNumber PartialDate::first_day() const { return days_from_civil(year_, month_ ? month_ : 1, day_ ? day_ : 1); }

DayNumber PartialDate::end_day() const {
    if (day_ != 0) return first_day() + 1;
    if (month_ != 0) return first_day() + days_in_month(year_, month_);
    return days_from_civil(year_ + 1, 1, 1);
}

std::string PartialDate::to_string() const {
    char buffer[16];
    if (day_ != 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", int(year_), int(month_), int(day_));
    else if (month_ != 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", int(year_), int(month_));
    else
        std::snprintf(buffer, sizeof buffer, "%04d", int(year_));
    return buffer;
}

std::strong_ordering PartialDate::operator<=>(const PartialDate& other) const {
    if (auto c = first_day() <=> other.first_day(); c != 0) return c;
    return precision() <=> other.precision();
}

DayNumber today() {
    const auto now = std::chrono::system_clock::now();
    return static_cast<DayNumber>(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

std::string day_to_string(DayNumber day) { return PartialDate::from_day_number(day).to_string(); }

}  // namespace stancegraph
