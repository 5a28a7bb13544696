// Small UTF-8 text helpers shared by the parsers of core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eqplan::text
{
// Removes leading and trailing white space, including no-break and other Unicode spaces.
std::string_view trim(std::string_view s);

// ASCII lower case; other bytes are kept as they are.
std::string lower(std::string_view s);

// Lower case, every run of white space (Unicode spaces included) made one ' ', trimmed.
std::string fold(std::string_view s);

// Splits on any of the given separators (each a UTF-8 string); pieces are trimmed, empty ones
// dropped.
std::vector<std::string> split(std::string_view s, const std::vector<std::string_view>& separators);

// The values one after another with `separator` between each two ("a, b, c"); empty for none.
std::string join(const std::vector<std::string>& values, std::string_view separator);

// The first line of a text, cut on a word boundary (never inside a UTF-8 sequence) to about
// `width` bytes, with "…" where it was cut.
std::string firstLineShortened(std::string_view text, std::size_t width);

// True if s starts with prefix, ignoring ASCII case.
bool startsWithIgnoreCase(std::string_view s, std::string_view prefix);

// Length in bytes of the Unicode white space character at s[pos], or 0 if there is none.
std::size_t spaceAt(std::string_view s, std::size_t pos);

// ASCII classes, independent of the C locale.
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Number of ASCII digits starting at s[pos].
std::size_t digitsAt(std::string_view s, std::size_t pos);

// A hyphen, en dash or em dash starts at s[pos] (pos < s.size()).
bool isDash(std::string_view s, std::size_t pos);
} // namespace eqplan::text
