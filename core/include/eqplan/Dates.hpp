// Dates as school plans write them: a day, a month, a school term or a year, in UK conventions.
#pragma once

#include "eqplan/Message.hpp"

#include <chrono>
#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// How exactly a PlanDate is known.
enum class Precision
{
    Day,
    Month,
    HalfTerm, // "Spring 2 2023": the half of a term before or after its half-term holiday
    Term,
    AcademicYear, // "2023-24": September to August
    Year
};

// English school terms: Autumn (September-December), Spring (January-April), Summer (May-July).
enum class Term
{
    Autumn,
    Spring,
    Summer
};

// A date with its precision; `first` is the first day of the period it names.
struct PlanDate
{
    std::chrono::year_month_day first{};
    Precision precision = Precision::Day;
    std::optional<Term> term; // set exactly when precision is Term or HalfTerm

    std::chrono::year_month_day last() const; // last day of the period
    // "2021-03-02", "2021-03", "2021", "2021-spring" for a term, "2023-spring-2" for its second
    // half, "2023/24" for an academic year.
    std::string iso() const;
    int half() const; // 1 or 2 for a half term, else 0

    friend bool operator==(const PlanDate&, const PlanDate&) = default;
};

// Orders by first day, then by precision (a day before its month).
std::strong_ordering compare(const PlanDate& a, const PlanDate& b);

// A month's English name ("March"), as plans and eqplan's messages write it; empty for a month
// outside 1-12.
std::string_view monthName(std::chrono::month month);

// The date in words, as a school would write it: "2 March 2021", "March 2021", "Spring term
// 2021", "Spring 2 2023", "2023-24", "2021".
std::string describe(const PlanDate& date);

// The academic year starting in September of `first`, as its two years' end is written: "26" for
// 2025, "00" for 1999 ("2025-26", "1999-00").
std::string academicYearEnd(int first);

// A date as describe() words it ("March 2021", "Autumn term 2022"), keyed: month and term names
// are words of their own, for a catalogue.
Message dateWords(const PlanDate& date);

// "day", "month", "half-term", "term", "academic-year", "year".
std::string_view toString(Precision precision);

// A date expression found in a text.
struct DateMatch
{
    std::optional<PlanDate> date; // empty when nothing was found
    std::size_t begin = 0;        // byte offset of the expression in the text
    std::size_t end = 0;          // byte offset just past it

    explicit operator bool() const { return date.has_value(); }
};

// The first date expression in text. Recognises "2-3-2021" / "02/03/21" / "2.3.2021" (day first),
// "3 March 2021", "3rd March 2021", "March 3 2021", "March 2020", "Sept 2017", "Spring Term 2021",
// "Autumn 2020", "2021" (years 1990-2099 only). Never throws.
DateMatch findDate(std::string_view text);

// The longest date expression starting exactly at byte pos of text, of the forms findDate
// recognises; nothing when none starts there. Never throws.
DateMatch matchDateAt(std::string_view text, std::size_t pos);

// The half term (precision HalfTerm) of `term` starting in `year`, half 1 or 2.
PlanDate halfTerm(Term term, int year, int half);

// The term (precision Term) of `term` in `year`: "Autumn 2026" starts in September 2026.
PlanDate schoolTerm(Term term, int year);

// The academic year (precision AcademicYear) that starts in September of `firstYear`.
PlanDate academicYear(int firstYear);

// The period of `precision` that holds `date`: the term of a day, the month of a day, the
// academic year of a term... Nothing when `precision` is finer than the date (a day of a month).
std::optional<PlanDate> periodHolding(const PlanDate& date, Precision precision);

// Every date expression in text, in order ("Sept 2017 – July 2018" gives two).
std::vector<DateMatch> findDates(std::string_view text);

// The text is one date and nothing else (surrounding spaces and punctuation ignored).
std::optional<PlanDate> parseDate(std::string_view text);

// Today in the machine's local time zone: a plan updated at 00:30 in British Summer Time is dated
// that day, not the day before as the UTC date would have it. What every change is dated by.
std::chrono::year_month_day today();

// "23-11-2026": the day as the seeds' Updated lines write it (D-M-YYYY, no leading zeros).
std::string updatedLineDate(std::chrono::year_month_day day);

// "Updated 23-11-2026 A Tester": a new Updated line for `day`, signed `by` (trimmed) if given.
std::string updatedLineText(std::chrono::year_month_day day, std::string_view by);
} // namespace eqplan
