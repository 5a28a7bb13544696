#include "eqplan/Progress.hpp"

#include "eqplan/Text.hpp"

#include "ProgressParsing.hpp"

#include <algorithm>
#include <charconv>

namespace eqplan
{
namespace
{
using text::asciiLower;
using text::digitsAt;
using text::isAsciiLetter;
using text::isDash;
using text::isDigit;

std::optional<int> toNumber(std::string_view digits)
{
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc{} || end == digits.data())
        return std::nullopt;
    return value;
}

// What may follow a typed number's ")" or ".": the end, a space, or text typed straight after it
// ("1)Digital signage"). A digit may not: "1.5 days" is a quantity.
bool endsTypedNumber(std::string_view s, std::size_t pos)
{
    return pos >= s.size() || text::spaceAt(s, pos) != 0 || isAsciiLetter(s[pos]);
}

// "1) text", "1. text", "(1) text", "1 ) text"; nothing for "2% increase", "2021 was good",
// "1.5 days". Numbers have at most three digits: a longer one is a year or a quantity.
std::optional<Item> typedNumber(std::string_view s)
{
    const bool parenthesised = !s.empty() && s[0] == '(';
    const std::size_t start = parenthesised ? 1 : 0;
    const std::size_t digits = digitsAt(s, start);
    if (digits == 0 || digits > 3)
        return std::nullopt;
    const std::size_t afterDigits = start + digits;
    std::size_t labelEnd = 0;
    if (parenthesised)
    {
        if (afterDigits < s.size() && s[afterDigits] == ')')
            labelEnd = afterDigits + 1;
    }
    else
    {
        std::size_t p = afterDigits;
        while (std::size_t n = text::spaceAt(s, p))
            p += n;
        if (p < s.size() && s[p] == ')')
            labelEnd = p + 1;
        else if (afterDigits < s.size() && s[afterDigits] == '.')
            labelEnd = afterDigits + 1;
    }
    if (labelEnd == 0 || !endsTypedNumber(s, labelEnd))
        return std::nullopt;
    Item item;
    item.marker = ItemMarker::TypedNumber;
    item.label = std::string(s.substr(0, labelEnd));
    item.number = toNumber(s.substr(start, digits));
    item.text = std::string(text::trim(s.substr(labelEnd)));
    return item;
}

// Symbol bullets are typed straight against the text ("·Use of..."); a letter or a hyphen needs
// a space after it, or "o" would take the start of every word and "-" every negative number.
bool mayTouchText(std::string_view marker)
{
    const bool ascii = std::all_of(marker.begin(), marker.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return !ascii && !isDash(marker, 0);
}

std::optional<Item> typedBullet(std::string_view s, const detail::GrammarWords& words)
{
    if (s.empty() || !words.mayStartAt(detail::GrammarWords::BulletMarkers, s[0]))
        return std::nullopt;
    // The longest marker that fits wins (the first of equal length), so that one marker that
    // starts another does not shadow it.
    std::string_view best;
    for (const std::string& marker : words.words(detail::GrammarWords::BulletMarkers))
    {
        const std::string_view trimmed = text::trim(marker);
        if (trimmed.size() <= best.size() || s.substr(0, trimmed.size()) != trimmed)
            continue;
        const std::size_t after = trimmed.size();
        if (after < s.size() && text::spaceAt(s, after) == 0 && !mayTouchText(trimmed))
            continue;
        best = trimmed;
    }
    if (best.empty())
        return std::nullopt;
    Item item;
    item.marker = ItemMarker::TypedBullet;
    item.label = std::string(best);
    item.text = std::string(text::trim(s.substr(best.size())));
    return item;
}

// The length of prefix at the start of s as whole words, ignoring ASCII case and letting any run
// of white space stand for a space in the prefix; 0 if s does not start with it.
std::size_t prefixLength(std::string_view s, std::string_view prefix)
{
    std::size_t pos = 0;
    for (std::size_t k = 0; k < prefix.size(); ++k)
    {
        if (prefix[k] == ' ')
        {
            const std::size_t start = pos;
            while (std::size_t n = text::spaceAt(s, pos))
                pos += n;
            if (pos == start)
                return 0;
            continue;
        }
        if (pos >= s.size() || asciiLower(s[pos]) != asciiLower(prefix[k]))
            return 0;
        ++pos;
    }
    const bool boundary = pos >= s.size() || text::spaceAt(s, pos) != 0 || s[pos] == ':' ||
                          s[pos] == ',' || isDash(s, pos);
    return boundary ? pos : 0;
}

// Spaces, colons, commas and dashes between a heading's words and its date ("Update – March").
std::string_view skipPunctuation(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size())
    {
        if (std::size_t n = text::spaceAt(s, pos))
            pos += n;
        else if (s[pos] == ':' || s[pos] == ',')
            ++pos;
        else if (isDash(s, pos))
            pos += s[pos] == '-' ? 1 : 3;
        else
            break;
    }
    return s.substr(pos);
}

std::string_view stripTrailingPunctuation(std::string_view s)
{
    for (;;)
    {
        s = text::trim(s);
        if (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == '-'))
            s.remove_suffix(1);
        // An en or em dash; a hyphen three bytes from the end is part of "2023-24".
        else if (s.size() >= 3 && s[s.size() - 3] != '-' && isDash(s, s.size() - 3))
            s.remove_suffix(3);
        else
            return s;
    }
}

// More than `most` words in s; stops counting there, as a heading is a few words and an item
// may be a page.
bool hasMoreWordsThan(std::string_view s, std::size_t most)
{
    std::size_t words = 0;
    bool inWord = false;
    for (std::size_t pos = 0; pos < s.size();)
    {
        // Every space starts with a byte up to ' ' or from 0x80: the others are word bytes.
        const unsigned char c = static_cast<unsigned char>(s[pos]);
        if (std::size_t n = c <= ' ' || c >= 0x80 ? text::spaceAt(s, pos) : 0)
        {
            inWord = false;
            pos += n;
            continue;
        }
        if (!inWord && ++words > most)
            return true;
        inWord = true;
        ++pos;
    }
    return false;
}

// The longest word of the list at pos as whole words (see prefixLength); its length.
std::size_t longestWordAt(std::string_view s, std::size_t pos, const detail::GrammarWords& words,
                          detail::GrammarWords::List list)
{
    if (pos >= s.size() || !words.mayStartAt(list, s[pos]))
        return 0;
    std::size_t best = 0;
    for (const std::string& listed : words.words(list))
    {
        const std::string_view word = text::trim(listed);
        if (word.empty())
            continue;
        if (const std::size_t length = prefixLength(s.substr(pos), word); length > best)
            best = length;
    }
    return best;
}

std::size_t skipSpaces(std::string_view s, std::size_t pos)
{
    while (std::size_t n = text::spaceAt(s, pos))
        pos += n;
    return pos;
}

// A number of exactly `digits` digits at pos, not followed by a letter, digit or "%".
std::optional<int> numberOf(std::string_view s, std::size_t pos, std::size_t digits)
{
    if (digitsAt(s, pos) != digits)
        return std::nullopt;
    const std::size_t end = pos + digits;
    if (end < s.size() && (isAsciiLetter(s[end]) || s[end] == '%'))
        return std::nullopt;
    return toNumber(s.substr(pos, digits));
}

// A year of a term or an academic year: "2022", or "22" for 2022.
std::optional<int> termYearAt(std::string_view s, std::size_t pos, std::size_t& end)
{
    for (const std::size_t digits : {std::size_t{4}, std::size_t{2}})
        if (const std::optional<int> year = numberOf(s, pos, digits))
        {
            const int full = digits == 2 ? 2000 + *year : *year;
            if (full < 1990 || full > 2099)
                return std::nullopt;
            end = pos + digits;
            return full;
        }
    return std::nullopt;
}

// "Autumn Term 2022", "Summer 2023", "Spring 2 2023", "Aut 1 22", in the grammar's spellings.
std::optional<EntryDate> termDateAt(std::string_view s, std::size_t pos,
                                    const detail::GrammarWords& words)
{
    using List = detail::GrammarWords::List;
    static constexpr std::pair<Term, List> terms[] = {{Term::Autumn, List::AutumnNames},
                                                      {Term::Spring, List::SpringNames},
                                                      {Term::Summer, List::SummerNames}};
    std::size_t length = 0;
    std::optional<Term> term;
    for (const auto& [named, list] : terms)
        if (const std::size_t n = longestWordAt(s, pos, words, list); n > length)
        {
            length = n;
            term = named;
        }
    if (!term)
        return std::nullopt;
    std::size_t p = skipSpaces(s, pos + length);
    if (p == pos + length)
        return std::nullopt;
    if (const std::size_t word = longestWordAt(s, p, words, List::TermWords))
        p = skipSpaces(s, p + word);
    int half = 0;
    if (digitsAt(s, p) == 1 && (s[p] == '1' || s[p] == '2'))
    {
        const std::size_t afterHalf = skipSpaces(s, p + 1);
        if (afterHalf == p + 1)
            return std::nullopt;
        half = s[p] - '0';
        p = afterHalf;
    }
    std::size_t end = 0;
    const std::optional<int> year = termYearAt(s, p, end);
    if (!year)
        return std::nullopt;
    if (half)
        return EntryDate{halfTerm(*term, *year, half), DateForm::HalfTerm, pos, end};
    return EntryDate{schoolTerm(*term, *year), DateForm::Term, pos, end};
}

// "2023-24", "2023/24", "2023–2024": two years in a row.
std::optional<EntryDate> academicYearAt(std::string_view s, std::size_t pos)
{
    const std::optional<int> first = numberOf(s, pos, 4);
    if (!first || *first < 1990 || *first > 2098)
        return std::nullopt;
    std::size_t p = skipSpaces(s, pos + 4);
    if (p < s.size() && s[p] == '/')
        ++p;
    else if (isDash(s, p))
        p += s[p] == '-' ? 1 : 3;
    else
        return std::nullopt;
    p = skipSpaces(s, p);
    for (const std::size_t digits : {std::size_t{4}, std::size_t{2}})
        if (const std::optional<int> second = numberOf(s, p, digits))
        {
            const int expected = digits == 2 ? (*first + 1) % 100 : *first + 1;
            if (*second != expected)
                return std::nullopt;
            return EntryDate{academicYear(*first), DateForm::AcademicYear, pos, p + digits};
        }
    return std::nullopt;
}

DateForm formOf(Precision precision)
{
    switch (precision)
    {
    case Precision::Day:
        return DateForm::Day;
    case Precision::Month:
        return DateForm::MonthYear;
    case Precision::HalfTerm:
        return DateForm::HalfTerm;
    case Precision::Term:
        return DateForm::Term;
    case Precision::AcademicYear:
        return DateForm::AcademicYear;
    case Precision::Year:
        return DateForm::Year;
    }
    return DateForm::Day;
}

// The lead words of an inline entry ("Update – "), skipped; pos where the date may start.
std::size_t skipLeadWords(std::string_view s, const detail::GrammarWords& words)
{
    std::size_t pos = 0;
    while (const std::size_t length =
               longestWordAt(s, pos, words, detail::GrammarWords::InlineLeadWords))
        pos = s.size() - skipPunctuation(s.substr(pos + length)).size();
    return pos;
}
} // namespace

std::string_view toString(ItemMarker marker)
{
    switch (marker)
    {
    case ItemMarker::None:
        return "none";
    case ItemMarker::TypedNumber:
        return "typed-number";
    case ItemMarker::TypedBullet:
        return "typed-bullet";
    case ItemMarker::ListLabel:
        return "list";
    }
    return "none";
}

namespace detail
{
const std::vector<std::string>& GrammarWords::words(List list) const
{
    switch (list)
    {
    case HeadingPrefixes:
        return grammar.headingPrefixes;
    case BulletMarkers:
        return grammar.bulletMarkers;
    case InlineLeadWords:
        return grammar.inlineLeadWords;
    case AutumnNames:
        return grammar.termNames[0];
    case SpringNames:
        return grammar.termNames[1];
    case SummerNames:
        return grammar.termNames[2];
    case TermWords:
        return grammar.termWords;
    case WeekCommencing:
    case ListCount:
        break;
    }
    return grammar.weekCommencing;
}

bool GrammarWords::mayStartAt(List list, char c) const
{
    if (!made_[list])
    {
        for (const std::string& word : words(list))
            if (const std::string_view trimmed = text::trim(word); !trimmed.empty())
                starts_[list].set(static_cast<unsigned char>(asciiLower(trimmed.front())));
        made_.set(list);
    }
    return starts_[list].test(static_cast<unsigned char>(asciiLower(c)));
}

Item parseItem(const Paragraph& paragraph, const GrammarWords& words)
{
    const std::string_view s = text::trim(paragraph.text);
    if (const std::string_view label = text::trim(paragraph.listLabel); !label.empty())
    {
        Item item;
        item.marker = ItemMarker::ListLabel;
        item.label = std::string(label);
        // Labels such as "1.", "2)", "(3)" carry their number; "•" or "a)" carry none.
        const std::size_t start = label[0] == '(' ? 1 : 0;
        if (const std::size_t digits = digitsAt(label, start); digits > 0)
            item.number = toNumber(label.substr(start, digits));
        item.text = std::string(s);
        return item;
    }
    if (std::optional<Item> item = typedNumber(s))
        return *item;
    if (std::optional<Item> item = typedBullet(s, words))
        return *item;
    Item item;
    item.text = std::string(s);
    return item;
}
} // namespace detail

Item parseItem(const Paragraph& paragraph, const CommentaryGrammar& grammar)
{
    return detail::parseItem(paragraph, detail::GrammarWords(grammar));
}

std::string_view toString(DateForm form)
{
    switch (form)
    {
    case DateForm::Year:
        return "year";
    case DateForm::MonthYear:
        return "month-year";
    case DateForm::Day:
        return "day";
    case DateForm::WeekCommencing:
        return "week-commencing";
    case DateForm::Term:
        return "term";
    case DateForm::HalfTerm:
        return "half-term";
    case DateForm::AcademicYear:
        return "academic-year";
    }
    return "day";
}

std::string_view toString(EntryForm form)
{
    return form == EntryForm::Inline ? "inline" : "heading";
}

namespace
{
std::optional<EntryDate> entryDateOf(std::string_view s, std::size_t pos,
                                     const detail::GrammarWords& words)
{
    if (pos >= s.size())
        return std::nullopt;
    if (const std::size_t week = longestWordAt(s, pos, words, detail::GrammarWords::WeekCommencing))
    {
        const std::size_t p = skipSpaces(s, pos + week);
        const DateMatch day = matchDateAt(s, p);
        if (p == pos + week || !day || day.date->precision != Precision::Day)
            return std::nullopt;
        return EntryDate{*day.date, DateForm::WeekCommencing, pos, day.end};
    }
    if (std::optional<EntryDate> term = termDateAt(s, pos, words))
        return term;
    if (std::optional<EntryDate> academic = academicYearAt(s, pos))
        return academic;
    const DateMatch match = matchDateAt(s, pos);
    if (!match)
        return std::nullopt;
    return EntryDate{*match.date, formOf(match.date->precision), pos, match.end};
}
} // namespace

std::optional<EntryDate> entryDateAt(std::string_view s, std::size_t pos,
                                     const CommentaryGrammar& grammar)
{
    return entryDateOf(s, pos, detail::GrammarWords(grammar));
}

std::optional<InlineEntry> parseInlineEntry(std::string_view paragraph,
                                            const CommentaryGrammar& grammar)
{
    return detail::parseInlineEntry(paragraph, detail::GrammarWords(grammar));
}

std::optional<InlineEntry> detail::parseInlineEntry(std::string_view paragraph,
                                                    const GrammarWords& words)
{
    const CommentaryGrammar& grammar = words.grammar;
    const std::string_view s = text::trim(paragraph);
    const std::optional<EntryDate> date = entryDateOf(s, skipLeadWords(s, words), words);
    if (!date)
        return std::nullopt;
    const std::size_t separatorAt = skipSpaces(s, date->end);
    // Separators are punctuation, not words: matched as they are, the longest first.
    std::size_t length = 0;
    for (const std::string& candidate : grammar.inlineSeparators)
        if (!candidate.empty() && candidate.size() > length &&
            s.substr(separatorAt, candidate.size()) == candidate)
            length = candidate.size();
    if (length == 0)
        return std::nullopt;
    const std::size_t textBegin = skipSpaces(s, separatorAt + length);
    if (textBegin >= s.size())
        return std::nullopt;
    // "2022–2026", "March 2024 - April 2024": a range of dates, not an entry.
    if (isDash(s, separatorAt) && matchDateAt(s, textBegin))
        return std::nullopt;
    InlineEntry entry;
    entry.date = *date;
    entry.lead = std::string(s.substr(0, date->end));
    entry.separator = std::string(s.substr(date->end, textBegin - date->end));
    entry.textBegin = textBegin;
    return entry;
}

std::optional<PlanDate> parseProgressHeading(std::string_view paragraph,
                                             const CommentaryGrammar& grammar)
{
    if (std::optional<EntryDate> date = parseProgressHeadingForm(paragraph, grammar))
        return date->date;
    return std::nullopt;
}

std::optional<EntryDate> parseProgressHeadingForm(std::string_view paragraph,
                                                  const CommentaryGrammar& grammar)
{
    return detail::parseProgressHeadingForm(paragraph, detail::GrammarWords(grammar));
}

std::optional<EntryDate> detail::parseProgressHeadingForm(std::string_view paragraph,
                                                          const GrammarWords& words)
{
    std::string_view s = text::trim(paragraph);
    if (s.empty() || hasMoreWordsThan(s, words.grammar.maxHeadingWords))
        return std::nullopt;
    s = stripTrailingPunctuation(s);
    // Prefixes come in any order and number ("Progress Commentary As of"), so strip until none is
    // left; each round removes at least one character, so this ends.
    for (bool stripped = true; stripped;)
    {
        stripped = false;
        for (const std::string& prefix : words.words(GrammarWords::HeadingPrefixes))
        {
            // No prefix starts with s's first byte: none is there until s changes.
            if (s.empty() || !words.mayStartAt(GrammarWords::HeadingPrefixes, s[0]))
                break;
            const std::string_view word = text::trim(prefix);
            if (word.empty())
                continue;
            if (const std::size_t length = prefixLength(s, word))
            {
                s = skipPunctuation(s.substr(length));
                stripped = true;
            }
        }
    }
    s = text::trim(s);
    while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ',' || s.back() == ';'))
        s = text::trim(s.substr(0, s.size() - 1));
    std::optional<EntryDate> date = entryDateOf(s, 0, words);
    if (!date || date->end != s.size())
        return std::nullopt;
    return date;
}

std::vector<ProgressEntry> parseProgress(std::span<const Paragraph> paragraphs,
                                         const CommentaryGrammar& grammar)
{
    return detail::parseProgressOf(
        paragraphs.size(), [&](std::size_t i) -> const Paragraph& { return paragraphs[i]; },
        grammar);
}
} // namespace eqplan
