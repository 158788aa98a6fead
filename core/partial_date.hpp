// Dates known to a year, a month or a day ("2022", "2022-02", "2022-06-17"), as news reports them.
// A partial date stands for its whole period and starts on the first day of it.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

// A calendar day as a count of days since 1970-01-01 (negative before), for cheap comparison.
using DayNumber = std::int32_t;

enum class DatePrecision : std::uint8_t { year = 1, month = 2, day = 3 };

class PartialDate {
public:
    // Throws std::invalid_argument for an impossible date (month 13, 30 February, year 0).
    PartialDate(int year, int month = 0, int day = 0);

    // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    static std::optional<PartialDate> parse(std::string_view text);
    static PartialDate from_day_number(DayNumber day);

    int year() const { return year_; }
    int month() const { return month_; }  // 0 when unknown
    int day() const { return day_; }      // 0 when unknown
    DatePrecision precision() const;

    // First day of the period, and the first day after it.
    DayNumber first_day() const;
    DayNumber end_day() const;

    // True when the day lies inside the period this date stands for.
    bool covers(DayNumber day) const { return first_day() <= day && day < end_day(); }

    std::string to_string() const;

    // Ordered by first day, then the coarser date first ("2022" < "2022-01" < "2022-01-01").
    std::strong_ordering operator<=>(const PartialDate& other) const;
    bool operator==(const PartialDate& other) const = default;

private:
    std::int16_t year_;
    std::uint8_t month_;
    std::uint8_t day_;
};

DayNumber days_from_civil(int year, int month, int day);
int days_in_month(int year, int month);

// Today's date in UTC, for "--as-of" defaults.
DayNumber today();

std::string day_to_string(DayNumber day);

}  // namespace stancegraph
