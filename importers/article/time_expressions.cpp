// Recognizing and resolving time expressions.
#include "time_expressions.hpp"

#include <charconv>

namespace stancegraph {

namespace {

std::optional<int> number(const Token& token) {
    if (token.kind != TokenKind::number) return std::nullopt;
    int value = 0;
    auto [ptr, ec] = std::from_chars(token.folded.data(), token.folded.data() + token.folded.size(), value);
    if (ec != std::errc() || ptr != token.folded.data() + token.folded.size()) return std::nullopt;
    return value;
}

bool is_year(int value) { return value >= 1900 && value <= 2100; }

std::optional<int> lookup(const std::unordered_map<std::string, int>& table, const std::vector<std::string>& forms,
                          const TimeLexicon& lexicon) {
    for (const auto& f : forms)
        if (lexicon.may_name(f))
            if (auto it = table.find(f); it != table.end()) return it->second;
    return std::nullopt;
}

bool any_in(const std::unordered_set<std::string>& words, const std::vector<std::string>& forms) {
    for (const auto& f : forms)
        if (words.count(f)) return true;
    return false;
}

// Weekday of a day number: 0 Monday … 6 Sunday (1970-01-01 was a Thursday).
int weekday(DayNumber day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); }

// The most recent occurrence of a month not after the reference month (or strictly before it).
PartialDate recent_month(int month, const PartialDate& reference, bool strictly_before) {
    int year = reference.year();
    const int ref_month = reference.month() ? reference.month() : 12;
    if (month > ref_month || (strictly_before && month == ref_month)) --year;
    return PartialDate(year, month);
}

std::optional<PartialDate> make_date(int year, int month, int day) {
    try {
        return PartialDate(year, month, day);
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

// A month name at token i (one or two words: "كانون الثاني"); its number and length.
std::optional<std::pair<int, std::size_t>> month_at(const std::vector<Token>& tokens, const TextForms& forms,
                                                    std::size_t i, std::size_t last, const TimeLexicon& lexicon) {
    if (i >= last) return std::nullopt;
    if (i + 1 < last && tokens[i + 1].kind == TokenKind::word && lexicon.may_name(tokens[i].folded))
        if (auto it = lexicon.months.find(tokens[i].folded + " " + tokens[i + 1].folded); it != lexicon.months.end())
            return std::make_pair(it->second, std::size_t{2});
    if (auto m = lookup(lexicon.months, *forms[i], lexicon)) return std::make_pair(*m, std::size_t{1});
    return std::nullopt;
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(const std::vector<Token>& tokens,
                                                  const TextForms& forms,
                                                  std::size_t first, std::size_t last, const TimeLexicon& lexicon,
                                                  const std::optional<PartialDate>& published_on) {
    // Relative expressions reach back up to a year and a week: from year 1 that leaves the calendar.
    const std::optional<PartialDate> published = published_on && published_on->year() > 1 ? published_on : std::nullopt;
    std::vector<TimeExpression> found;
    auto is_since = [&](std::size_t i) {
        for (std::size_t k = i; k > first && k + 3 > i; --k)
            if (any_in(lexicon.since, *forms[k - 1])) return true;
        return false;
    };
    for (std::size_t i = first; i < last;) {
        const auto& f = *forms[i];
        // Relative days.
        if (published && published->precision() == DatePrecision::day) {
            bool matched = false;
            for (const auto* list : {&lexicon.day_before_yesterday, &lexicon.yesterday, &lexicon.today}) {
                if (auto end = list->longest_at(forms, i, last)) {
                    const int back = list == &lexicon.today ? 0 : list == &lexicon.yesterday ? 1 : 2;
                    found.push_back({i, *end, PartialDate::from_day_number(published->first_day() - back), false, true});
                    i = *end;
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
        }
        const auto value = number(tokens[i]);
        // Day and month, in either order, with an optional year: "21 February 2022", "February 21, 2022".
        if (value && *value >= 1 && *value <= 31 && i + 1 < last) {
            std::size_t m = i + 1;
            if (m < last && tokens[m].kind == TokenKind::word && !month_at(tokens, forms, m, last, lexicon) && month_at(tokens, forms, m + 1, last, lexicon))
                ++m;  // "21 of February", "21 من فبراير"
            if (auto found_month = month_at(tokens, forms, m, last, lexicon)) {
                const int* month = &found_month->first;
                std::size_t end = m + found_month->second;
                // "شباط/فبراير": two names of one month.
                if (end + 1 < last && tokens[end].folded == "/") if (auto second = month_at(tokens, forms, end + 1, last, lexicon)) end += 1 + second->second;
                std::optional<PartialDate> date;
                if (end < last && number(tokens[end]) && is_year(*number(tokens[end]))) {
                    date = make_date(*number(tokens[end]), *month, *value);
                    ++end;
                } else if (published) {
                    const PartialDate in = recent_month(*month, *published, false);
                    date = make_date(in.year(), *month, *value);
                    if (date && published->precision() == DatePrecision::day && date->first_day() > published->first_day())
                        date = make_date(in.year() - 1, *month, *value);
                }
                if (end < last && any_in(lexicon.year_words, *forms[end])) ++end;
                if (date) found.push_back({i, end, *date, is_since(i)});
                i = end;
                continue;
            }
        }
        // A month name alone must be capitalized where the script has case ("May" the month, "may" the verb).
        const bool cased_word = !tokens[i].folded.empty() && static_cast<unsigned char>(tokens[i].folded[0]) < 0x80;
        auto found_month = month_at(tokens, forms, i, last, lexicon);
        if (found_month && (tokens[i].capitalized || !cased_word)) {
            const int* month = &found_month->first;
            std::size_t end = i + found_month->second;
            if (end + 1 < last && tokens[end].folded == "/") if (auto second = month_at(tokens, forms, end + 1, last, lexicon)) end += 1 + second->second;
            std::optional<PartialDate> date;
            if (end < last && number(tokens[end])) {
                const int n = *number(tokens[end]);
                if (is_year(n)) {
                    date = PartialDate(n, *month);
                    ++end;
                } else if (n >= 1 && n <= 31) {  // "February 21[, 2022]"
                    std::size_t after = end + 1;
                    if (after < last && tokens[after].folded == ",") ++after;
                    if (after < last && number(tokens[after]) && is_year(*number(tokens[after]))) {
                        date = make_date(*number(tokens[after]), *month, n);
                        end = after + 1;
                    } else if (published) {
                        const PartialDate in = recent_month(*month, *published, false);
                        date = make_date(in.year(), *month, n);
                        end = end + 1;
                    }
                }
                if (end < last && any_in(lexicon.year_words, *forms[end])) ++end;
            }
            if (!date && published) {
                const bool last_before = i > first && any_in(lexicon.last_before, *forms[i - 1]);
                const bool last_after = end < last && any_in(lexicon.last_after, *forms[end]);
                if (last_after) ++end;
                date = recent_month(*month, *published, last_before || last_after);
            }
            if (date) found.push_back({i, end, *date, is_since(i)});
            i = end;
            continue;
        }
        // A year: "2014", "in 2014", "عام 2014", "в 2014 году".
        if (value && is_year(*value) && !(i + 1 < last && tokens[i + 1].kind == TokenKind::number)) {
            std::size_t end = i + 1;
            if (end < last && any_in(lexicon.year_words, *forms[end])) ++end;
            found.push_back({i, end, PartialDate(*value), is_since(i)});
            i = end;
            continue;
        }
        // "this year", "last year", "прошлом году", "العام الماضي".
        if (published && any_in(lexicon.year_words, f)) {
            if (i > first && any_in(lexicon.this_words, *forms[i - 1])) {
                found.push_back({i - 1, i + 1, PartialDate(published->year()), false});
            } else if (i > first && any_in(lexicon.last_before, *forms[i - 1])) {
                found.push_back({i - 1, i + 1, PartialDate(published->year() - 1), false});
            } else if (i + 1 < last && any_in(lexicon.last_after, *forms[i + 1])) {
                found.push_back({i, i + 2, PartialDate(published->year() - 1), false});
            } else if (i + 1 < last && any_in(lexicon.this_words, *forms[i + 1])) {
                found.push_back({i, i + 2, PartialDate(published->year()), false});
            }
        }
        // Weekdays: the most recent one on or before the publication day.
        if (published && published->precision() == DatePrecision::day) {
            if (auto day = lookup(lexicon.weekdays, f, lexicon)) {
                const DayNumber pub = published->first_day();
                DayNumber d = pub - ((weekday(pub) - *day + 7) % 7);
                const bool last_before = i > first && any_in(lexicon.last_before, *forms[i - 1]);
                const bool last_after = i + 1 < last && any_in(lexicon.last_after, *forms[i + 1]);
                if ((last_before || last_after) && d == pub) d -= 7;
                found.push_back({i, i + 1 + (last_after ? 1 : 0), PartialDate::from_day_number(d), false, true});
            }
        }
        ++i;
    }
    return found;
}

}  // namespace stancegraph
