#include "eqplan/Dates.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace eqplan
{
namespace
{
using text::asciiLower;
using text::digitsAt;
using text::isAsciiLetter;
using text::isDigit;

namespace chr = std::chrono;

// The code point at s[pos], or U+FFFD when the bytes are not UTF-8: plans come out of Word, and a
// stray byte must not make us read past the end.
char32_t codePointAt(std::string_view s, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    std::size_t size = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    if (pos + size > s.size())
        return 0xFFFD;
    char32_t value = size == 1   ? lead
                     : size == 2 ? (lead & 0x1Fu)
                     : size == 3 ? (lead & 0x0Fu)
                                 : (lead & 0x07u);
    for (std::size_t i = 1; i < size; ++i)
        value = (value << 6) | (byte(pos + i) & 0x3Fu);
    return value;
}

// Offset of the code point that ends just before pos.
std::size_t previousCodePoint(std::string_view s, std::size_t pos)
{
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
        --start;
    return start;
}

// Letters and digits make words; Latin letters with accents count too so that a month name is
// not found at the start of a longer word ("Marché").
bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return isDigit(static_cast<char>(c)) || isAsciiLetter(static_cast<char>(c));
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

bool wordStartsAt(std::string_view s, std::size_t pos)
{
    return pos == 0 || !isWordCharacter(codePointAt(s, previousCodePoint(s, pos)));
}

std::size_t lettersAt(std::string_view s, std::size_t pos)
{
    std::size_t n = 0;
    while (pos + n < s.size() && isAsciiLetter(s[pos + n]))
        ++n;
    return n;
}

unsigned numberAt(std::string_view s, std::size_t pos, std::size_t digits)
{
    unsigned value = 0;
    for (std::size_t i = 0; i < digits; ++i)
        value = value * 10 + static_cast<unsigned>(s[pos + i] - '0');
    return value;
}

// A number that may be part of a date starts here: not inside a word, an amount ("£2000") or a
// decimal ("1.5"), and not the second half of a numeric date ("31/02/2021" is no date, so its
// "2021" must not become one). A year after a year ("2018-2021") is a range and is allowed.
bool numberStartsAt(std::string_view s, std::size_t pos)
{
    if (pos == 0)
        return true;
    const std::size_t previous = previousCodePoint(s, pos);
    const char32_t c = codePointAt(s, previous);
    if (isWordCharacter(c) || c == U'£' || c == U'$' || c == U'€' || c == U'#')
        return false;
    if ((c == '.' || c == ',' || c == '/' || c == '-') && previous > 0 && isDigit(s[previous - 1]))
    {
        std::size_t digits = 0;
        while (digits < previous && isDigit(s[previous - 1 - digits]))
            ++digits;
        return (c == '/' || c == '-') && digits == 4;
    }
    return true;
}

// A number that may be part of a date ends here: not inside a word, a percentage or a decimal.
bool numberEndsAt(std::string_view s, std::size_t pos)
{
    if (pos >= s.size())
        return true;
    if (isWordCharacter(codePointAt(s, pos)) || s[pos] == '%')
        return false;
    return !((s[pos] == '.' || s[pos] == ',') && pos + 1 < s.size() && isDigit(s[pos + 1]));
}

// Skips white space (Unicode spaces included) and at most one comma; returns the new position,
// or npos if nothing separates the two parts.
std::size_t skipSeparator(std::string_view s, std::size_t pos)
{
    const std::size_t start = pos;
    bool comma = false;
    while (pos < s.size())
    {
        if (std::size_t n = text::spaceAt(s, pos))
            pos += n;
        else if (s[pos] == ',' && !comma)
        {
            comma = true;
            ++pos;
        }
        else
            break;
    }
    return pos == start ? std::string_view::npos : pos;
}

struct MonthName
{
    std::string_view name;
    unsigned month;
    bool abbreviation; // may be followed by a full stop ("Sept. 2017")
};

constexpr std::array<MonthName, 24> monthNames = {{
    {"january", 1, false},   {"jan", 1, true},     {"february", 2, false},  {"feb", 2, true},
    {"march", 3, false},     {"mar", 3, true},     {"april", 4, false},     {"apr", 4, true},
    {"may", 5, false},       {"june", 6, false},   {"jun", 6, true},        {"july", 7, false},
    {"jul", 7, true},        {"august", 8, false}, {"aug", 8, true},        {"september", 9, false},
    {"sept", 9, true},       {"sep", 9, true},     {"october", 10, false},  {"oct", 10, true},
    {"november", 11, false}, {"nov", 11, true},    {"december", 12, false}, {"dec", 12, true},
}};
static_assert(std::all_of(monthNames.begin(), monthNames.end(),
                          [](const MonthName& month)
                          { return month.name.size() >= 3 && month.name.size() <= 9; }),
              "monthAt passes over words shorter than 3 or longer than 9 letters");

struct TermName
{
    std::string_view name;
    Term term;
    unsigned firstMonth;
    unsigned lastMonth;
};

constexpr std::array<TermName, 3> termNames = {{
    {"autumn", Term::Autumn, 9, 12},
    {"spring", Term::Spring, 1, 4},
    {"summer", Term::Summer, 5, 7},
}};

// The months of each half of a term: a half term ends at the half-term holiday, which falls at
// the end of October, in February and at the end of May.
struct HalfMonths
{
    unsigned first;
    unsigned last;
};

HalfMonths halfMonths(Term term, int half)
{
    switch (term)
    {
    case Term::Autumn:
        return half == 1 ? HalfMonths{9, 10} : HalfMonths{11, 12};
    case Term::Spring:
        return half == 1 ? HalfMonths{1, 2} : HalfMonths{3, 4};
    case Term::Summer:
        return half == 1 ? HalfMonths{5, 5} : HalfMonths{6, 7};
    }
    return {9, 10};
}

const TermName& termName(Term term)
{
    for (const TermName& name : termNames)
        if (name.term == term)
            return name;
    return termNames[0];
}

bool wordIs(std::string_view s, std::size_t pos, std::size_t length, std::string_view word)
{
    if (length != word.size())
        return false;
    for (std::size_t i = 0; i < length; ++i)
        if (asciiLower(s[pos + i]) != word[i])
            return false;
    return true;
}

// What one attempt to read a date at a position found. Invalid means the text is shaped like a
// date but names no day ("31/02/2021"); the scan then skips it whole rather than finding a
// smaller date inside it.
enum class Outcome
{
    None,
    Invalid,
    Date
};

struct Attempt
{
    Outcome outcome = Outcome::None;
    PlanDate date;
    std::size_t end = 0;
};

Attempt dayAttempt(chr::year_month_day ymd, std::size_t end)
{
    if (!ymd.ok())
        return {Outcome::Invalid, {}, end};
    return {Outcome::Date, PlanDate{ymd, Precision::Day, std::nullopt}, end};
}

chr::year_month_day makeDate(unsigned year, unsigned month, unsigned day)
{
    return chr::year_month_day{chr::year{static_cast<int>(year)}, chr::month{month}, chr::day{day}};
}

// A four-digit year belonging to a month, day or term; any year of 1900-2099.
std::optional<unsigned> yearAt(std::string_view s, std::size_t pos, std::size_t& end)
{
    if (pos >= s.size() || digitsAt(s, pos) != 4 || !numberEndsAt(s, pos + 4))
        return std::nullopt;
    const unsigned year = numberAt(s, pos, 4);
    if (year < 1900 || year > 2099)
        return std::nullopt;
    end = pos + 4;
    return year;
}

// A month name as a whole word, with the full stop an abbreviation may carry.
std::optional<unsigned> monthAt(std::string_view s, std::size_t pos, std::size_t& end)
{
    if (pos >= s.size() || !wordStartsAt(s, pos))
        return std::nullopt;
    const std::size_t length = lettersAt(s, pos);
    // Every word is asked: most are no month's length ("may" to "september").
    if (length < 3 || length > 9 || !numberEndsAt(s, pos + length))
        return std::nullopt;
    for (const MonthName& name : monthNames)
    {
        if (name.name.size() != length || !wordIs(s, pos, length, name.name))
            continue;
        end = pos + length;
        if (name.abbreviation && end < s.size() && s[end] == '.')
            ++end;
        return name.month;
    }
    return std::nullopt;
}

// A day number of one or two digits, with an optional ordinal suffix ("3rd").
std::optional<unsigned> dayAt(std::string_view s, std::size_t pos, std::size_t& end)
{
    const std::size_t digits = digitsAt(s, pos);
    if (digits == 0 || digits > 2)
        return std::nullopt;
    std::size_t after = pos + digits;
    const std::size_t letters = lettersAt(s, after);
    if (letters == 2 && (wordIs(s, after, 2, "st") || wordIs(s, after, 2, "nd") ||
                         wordIs(s, after, 2, "rd") || wordIs(s, after, 2, "th")))
        after += 2;
    if (!numberEndsAt(s, after))
        return std::nullopt;
    end = after;
    return numberAt(s, pos, digits);
}

// "2021-03-02": what eqplan itself writes, so it reads it back.
Attempt isoAt(std::string_view s, std::size_t pos)
{
    if (digitsAt(s, pos) != 4 || pos + 4 >= s.size() || s[pos + 4] != '-')
        return {};
    std::size_t p = pos + 5;
    const std::size_t monthDigits = digitsAt(s, p);
    if (monthDigits == 0 || monthDigits > 2 || p + monthDigits >= s.size() ||
        s[p + monthDigits] != '-')
        return {};
    const unsigned month = numberAt(s, p, monthDigits);
    p += monthDigits + 1;
    const std::size_t dayDigits = digitsAt(s, p);
    if (dayDigits == 0 || dayDigits > 2 || !numberEndsAt(s, p + dayDigits))
        return {};
    return dayAttempt(makeDate(numberAt(s, pos, 4), month, numberAt(s, p, dayDigits)),
                      p + dayDigits);
}

// "2-3-2021", "02/03/21", "2.3.2021": day first, as in the UK; two-digit years are this century.
Attempt numericAt(std::string_view s, std::size_t pos)
{
    const std::size_t dayDigits = digitsAt(s, pos);
    if (dayDigits == 0 || dayDigits > 2)
        return {};
    std::size_t p = pos + dayDigits;
    if (p >= s.size() || (s[p] != '/' && s[p] != '-' && s[p] != '.'))
        return {};
    const char separator = s[p++];
    const std::size_t monthDigits = digitsAt(s, p);
    if (monthDigits == 0 || monthDigits > 2 || p + monthDigits >= s.size() ||
        s[p + monthDigits] != separator)
        return {};
    const unsigned month = numberAt(s, p, monthDigits);
    p += monthDigits + 1;
    const std::size_t yearDigits = digitsAt(s, p);
    if ((yearDigits != 2 && yearDigits != 4) || !numberEndsAt(s, p + yearDigits))
        return {};
    unsigned year = numberAt(s, p, yearDigits);
    if (yearDigits == 2)
        year += 2000;
    else if (year < 1900 || year > 2099)
        return {};
    return dayAttempt(makeDate(year, month, numberAt(s, pos, dayDigits)), p + yearDigits);
}

// "3 March 2021", "3rd of March, 2021". Without a year it is no date: we cannot tell which.
Attempt dayMonthYearAt(std::string_view s, std::size_t pos)
{
    std::size_t p = 0;
    const std::optional<unsigned> day = dayAt(s, pos, p);
    if (!day || (p = skipSeparator(s, p)) == std::string_view::npos)
        return {};
    const std::size_t letters = lettersAt(s, p);
    if (wordIs(s, p, letters, "of"))
    {
        const std::size_t afterOf = skipSeparator(s, p + letters);
        if (afterOf == std::string_view::npos)
            return {};
        p = afterOf;
    }
    const std::optional<unsigned> month = monthAt(s, p, p);
    if (!month || (p = skipSeparator(s, p)) == std::string_view::npos)
        return {};
    const std::optional<unsigned> year = yearAt(s, p, p);
    if (!year)
        return {};
    return dayAttempt(makeDate(*year, *month, *day), p);
}

// "March 3rd, 2021" (a day) or "March 2020", "Sept. 2017", "March, 2020" (a month).
Attempt monthFirstAt(std::string_view s, std::size_t pos)
{
    std::size_t p = 0;
    const std::optional<unsigned> month = monthAt(s, pos, p);
    if (!month || (p = skipSeparator(s, p)) == std::string_view::npos)
        return {};
    std::size_t afterDay = 0;
    if (const std::optional<unsigned> day = dayAt(s, p, afterDay))
    {
        afterDay = skipSeparator(s, afterDay);
        std::size_t end = 0;
        if (afterDay == std::string_view::npos)
            return {};
        if (const std::optional<unsigned> year = yearAt(s, afterDay, end))
            return dayAttempt(makeDate(*year, *month, *day), end);
        return {};
    }
    std::size_t end = 0;
    const std::optional<unsigned> year = yearAt(s, p, end);
    if (!year)
        return {};
    return {Outcome::Date, PlanDate{makeDate(*year, *month, 1), Precision::Month, std::nullopt},
            end};
}

// "Spring Term 2021", "Autumn 2020", "Autumn Term 1 2020" (a half term is read as its term).
Attempt termAt(std::string_view s, std::size_t pos)
{
    const std::size_t letters = lettersAt(s, pos);
    const TermName* found = nullptr;
    for (const TermName& name : termNames)
        if (wordIs(s, pos, letters, name.name))
            found = &name;
    if (!found || !numberEndsAt(s, pos + letters))
        return {};
    std::size_t p = skipSeparator(s, pos + letters);
    if (p == std::string_view::npos)
        return {};
    const std::size_t termLetters = lettersAt(s, p);
    if (wordIs(s, p, termLetters, "term") && numberEndsAt(s, p + termLetters))
    {
        p = skipSeparator(s, p + termLetters);
        if (p == std::string_view::npos)
            return {};
    }
    if (digitsAt(s, p) == 1 && (s[p] == '1' || s[p] == '2'))
    {
        const std::size_t afterHalf = skipSeparator(s, p + 1);
        if (afterHalf == std::string_view::npos)
            return {};
        p = afterHalf;
    }
    std::size_t end = 0;
    const std::optional<unsigned> year = yearAt(s, p, end);
    if (!year)
        return {};
    return {Outcome::Date,
            PlanDate{makeDate(*year, found->firstMonth, 1), Precision::Term, found->term}, end};
}

// A bare year, "2021"; only 1990-2099 so that counts ("1500 students") are not years.
Attempt yearOnlyAt(std::string_view s, std::size_t pos)
{
    std::size_t end = 0;
    const std::optional<unsigned> year = yearAt(s, pos, end);
    if (!year || *year < 1990)
        return {};
    return {Outcome::Date, PlanDate{makeDate(*year, 1, 1), Precision::Year, std::nullopt}, end};
}

// The longest date expression starting exactly at pos.
Attempt dateAt(std::string_view s, std::size_t pos)
{
    const char c = s[pos];
    if (isDigit(c))
    {
        if (!numberStartsAt(s, pos))
            return {};
        for (auto attempt : {isoAt, numericAt, dayMonthYearAt, yearOnlyAt})
            if (Attempt found = attempt(s, pos); found.outcome != Outcome::None)
                return found;
        return {};
    }
    if (isAsciiLetter(c) && wordStartsAt(s, pos))
    {
        for (auto attempt : {monthFirstAt, termAt})
            if (Attempt found = attempt(s, pos); found.outcome != Outcome::None)
                return found;
    }
    return {};
}

DateMatch findDateFrom(std::string_view text, std::size_t from)
{
    for (std::size_t pos = from; pos < text.size(); ++pos)
    {
        const Attempt found = dateAt(text, pos);
        if (found.outcome == Outcome::Date)
            return DateMatch{found.date, pos, found.end};
        if (found.outcome == Outcome::Invalid)
            pos = found.end - 1;
    }
    return {};
}

Term termOf(const PlanDate& date)
{
    if (date.term)
        return *date.term;
    const unsigned month{date.first.month()};
    return month >= 9 ? Term::Autumn : month >= 5 ? Term::Summer : Term::Spring;
}

chr::year_month_day lastOfMonth(chr::year year, chr::month month)
{
    return chr::year_month_day{chr::year_month_day_last{year, chr::month_day_last{month}}};
}
} // namespace

chr::year_month_day PlanDate::last() const
{
    switch (precision)
    {
    case Precision::Day:
        return first;
    case Precision::Month:
        return lastOfMonth(first.year(), first.month());
    case Precision::HalfTerm:
        return lastOfMonth(first.year(), chr::month{halfMonths(termOf(*this), half()).last});
    case Precision::Term:
        return lastOfMonth(first.year(), chr::month{termName(termOf(*this)).lastMonth});
    case Precision::AcademicYear:
        return lastOfMonth(first.year() + chr::years{1}, chr::August);
    case Precision::Year:
        return lastOfMonth(first.year(), chr::December);
    }
    return first;
}

int PlanDate::half() const
{
    if (precision != Precision::HalfTerm)
        return 0;
    return static_cast<unsigned>(first.month()) == halfMonths(termOf(*this), 1).first ? 1 : 2;
}

std::string PlanDate::iso() const
{
    const int year{first.year()};
    const unsigned month{first.month()};
    const unsigned day{first.day()};
    char buffer[48];
    switch (precision)
    {
    case Precision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
        break;
    case Precision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month);
        break;
    case Precision::HalfTerm:
        std::snprintf(buffer, sizeof buffer, "%04d-%s-%d", year,
                      std::string(termName(termOf(*this)).name).c_str(), half());
        break;
    case Precision::Term:
        std::snprintf(buffer, sizeof buffer, "%04d-%s", year,
                      std::string(termName(termOf(*this)).name).c_str());
        break;
    case Precision::AcademicYear:
        std::snprintf(buffer, sizeof buffer, "%04d/%02d", year, (year + 1) % 100);
        break;
    case Precision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", year);
        break;
    }
    return buffer;
}

std::strong_ordering compare(const PlanDate& a, const PlanDate& b)
{
    const auto dayA = chr::sys_days{a.first}.time_since_epoch().count();
    const auto dayB = chr::sys_days{b.first}.time_since_epoch().count();
    if (const std::strong_ordering order = dayA <=> dayB; order != 0)
        return order;
    // Precision is declared finest first.
    return static_cast<int>(a.precision) <=> static_cast<int>(b.precision);
}

std::string academicYearEnd(int first)
{
    const int end = (first + 1) % 100;
    return (end < 10 ? "0" : "") + std::to_string(end);
}

std::string_view toString(Precision precision)
{
    switch (precision)
    {
    case Precision::Day:
        return "day";
    case Precision::Month:
        return "month";
    case Precision::HalfTerm:
        return "half-term";
    case Precision::Term:
        return "term";
    case Precision::AcademicYear:
        return "academic-year";
    case Precision::Year:
        return "year";
    }
    return "day";
}

std::string_view monthName(std::chrono::month month)
{
    static constexpr std::array<std::string_view, 12> names = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return month.ok() ? names[static_cast<unsigned>(month) - 1] : std::string_view();
}

std::string describe(const PlanDate& date)
{
    static constexpr std::array<const char*, 3> terms = {"Autumn", "Spring", "Summer"};
    const std::string year = std::to_string(static_cast<int>(date.first.year()));
    const std::string month(monthName(date.first.month()));
    switch (date.precision)
    {
    case Precision::Day:
        return std::to_string(static_cast<unsigned>(date.first.day())) + " " + month + " " + year;
    case Precision::Month:
        return month + " " + year;
    case Precision::HalfTerm:
        return std::string(terms[static_cast<std::size_t>(date.term.value_or(Term::Autumn))]) +
               " " + std::to_string(date.half()) + " " + year;
    case Precision::Term:
        return std::string(terms[static_cast<std::size_t>(date.term.value_or(Term::Autumn))]) +
               " term " + year;
    case Precision::AcademicYear:
    {
        char buffer[16];
        const int first = static_cast<int>(date.first.year());
        std::snprintf(buffer, sizeof buffer, "%04d-", first);
        return buffer + academicYearEnd(first);
    }
    case Precision::Year:
        break;
    }
    return year;
}

DateMatch matchDateAt(std::string_view text, std::size_t pos)
{
    if (pos >= text.size())
        return {};
    const Attempt found = dateAt(text, pos);
    if (found.outcome != Outcome::Date)
        return {};
    return DateMatch{found.date, pos, found.end};
}

PlanDate halfTerm(Term term, int year, int half)
{
    const HalfMonths months = halfMonths(term, half == 2 ? 2 : 1);
    return PlanDate{makeDate(static_cast<unsigned>(year), months.first, 1), Precision::HalfTerm,
                    term};
}

PlanDate schoolTerm(Term term, int year)
{
    return PlanDate{makeDate(static_cast<unsigned>(year), termName(term).firstMonth, 1),
                    Precision::Term, term};
}

PlanDate academicYear(int firstYear)
{
    return PlanDate{makeDate(static_cast<unsigned>(firstYear), 9, 1), Precision::AcademicYear,
                    std::nullopt};
}

std::optional<PlanDate> periodHolding(const PlanDate& date, Precision precision)
{
    if (precision == date.precision)
        return date;
    if (static_cast<int>(precision) < static_cast<int>(date.precision))
        return std::nullopt;
    const int year{date.first.year()};
    const unsigned month{date.first.month()};
    const Term term = termOf(date);
    switch (precision)
    {
    case Precision::Day:
        return std::nullopt;
    case Precision::Month:
        return PlanDate{makeDate(static_cast<unsigned>(year), month, 1), Precision::Month,
                        std::nullopt};
    case Precision::HalfTerm:
        return halfTerm(term, year, month > halfMonths(term, 1).last ? 2 : 1);
    case Precision::Term:
        return schoolTerm(term, year);
    case Precision::AcademicYear:
        return academicYear(month >= 9 ? year : year - 1);
    case Precision::Year:
        // An academic year lies in two calendar years: neither holds it.
        if (date.precision == Precision::AcademicYear)
            return std::nullopt;
        return PlanDate{makeDate(static_cast<unsigned>(year), 1, 1), Precision::Year, std::nullopt};
    }
    return std::nullopt;
}

DateMatch findDate(std::string_view text)
{
    return findDateFrom(text, 0);
}

std::vector<DateMatch> findDates(std::string_view text)
{
    std::vector<DateMatch> matches;
    for (DateMatch match = findDateFrom(text, 0); match; match = findDateFrom(text, match.end))
        matches.push_back(match);
    return matches;
}

std::optional<PlanDate> parseDate(std::string_view text)
{
    std::string_view s = text::trim(text);
    while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ',' || s.back() == ';'))
        s = text::trim(s.substr(0, s.size() - 1));
    if (s.empty())
        return std::nullopt;
    const Attempt found = dateAt(s, 0);
    if (found.outcome != Outcome::Date || found.end != s.size())
        return std::nullopt;
    return found.date;
}

chr::year_month_day today()
{
    // libstdc++ 12 has no time zone database (std::chrono::current_zone); localtime_r gives the
    // local offset from the TZ rules the C library reads.
    const std::time_t now = chr::system_clock::to_time_t(chr::system_clock::now());
    std::tm local{};
    if (!localtime_r(&now, &local))
        return chr::year_month_day{chr::floor<chr::days>(chr::system_clock::now())};
    return chr::year{local.tm_year + 1900} / chr::month{static_cast<unsigned>(local.tm_mon + 1)} /
           chr::day{static_cast<unsigned>(local.tm_mday)};
}

std::string updatedLineDate(chr::year_month_day day)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%u-%u-%d", static_cast<unsigned>(day.day()),
                  static_cast<unsigned>(day.month()), static_cast<int>(day.year()));
    return buffer;
}

std::string updatedLineText(chr::year_month_day day, std::string_view by)
{
    const std::string_view name = text::trim(by);
    std::string line = "Updated " + updatedLineDate(day);
    if (!name.empty())
        line.append(" ").append(name);
    return line;
}
} // namespace eqplan
