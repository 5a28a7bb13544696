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

std::optional<Item> typedBullet(std::string_view s, const CommentaryGrammar& grammar)
{
    // The longest marker that fits wins (the first of equal length), so that one marker that
    // starts another does not shadow it.
    std::string_view best;
    for (const std::string& marker : grammar.bulletMarkers)
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
        else if (s.size() >= 3 && isDash(s, s.size() - 3))
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

Item parseItem(const Paragraph& paragraph, const CommentaryGrammar& grammar)
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
    if (std::optional<Item> item = typedBullet(s, grammar))
        return *item;
    Item item;
    item.text = std::string(s);
    return item;
}

std::optional<PlanDate> parseProgressHeading(std::string_view paragraph,
                                             const CommentaryGrammar& grammar)
{
    std::string_view s = text::trim(paragraph);
    if (s.empty() || hasMoreWordsThan(s, grammar.maxHeadingWords))
        return std::nullopt;
    s = stripTrailingPunctuation(s);
    // Prefixes come in any order and number ("Progress Commentary As of"), so strip until none is
    // left; each round removes at least one character, so this ends.
    for (bool stripped = true; stripped;)
    {
        stripped = false;
        for (const std::string& prefix : grammar.headingPrefixes)
        {
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
    return parseDate(s);
}

std::vector<ProgressEntry> parseProgress(std::span<const Paragraph> paragraphs,
                                         const CommentaryGrammar& grammar)
{
    return detail::parseProgressOf(
        paragraphs.size(), [&](std::size_t i) -> const Paragraph& { return paragraphs[i]; },
        grammar);
}
} // namespace eqplan
