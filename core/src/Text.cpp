#include "eqplan/Text.hpp"

#include <algorithm>
#include <array>

namespace eqplan::text
{
namespace
{
// The length of the UTF-8 space (other than ASCII) starting at s[pos], or 0. Told apart by their
// bytes rather than by comparing each of unicodeSpaces in turn: every parser asks this of every
// byte, and a byte no space starts with is answered at once.
constexpr std::size_t unicodeSpaceAt(std::string_view s, std::size_t pos)
{
    const std::size_t left = s.size() - pos;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    switch (byte(0))
    {
    case 0xC2: // U+00A0
        return left >= 2 && byte(1) == 0xA0 ? 2 : 0;
    case 0xE2: // U+2002, U+2003, U+2009, U+200B, U+202F
        if (left < 3 || byte(1) != 0x80)
            return 0;
        switch (byte(2))
        {
        case 0x82:
        case 0x83:
        case 0x89:
        case 0x8B:
        case 0xAF:
            return 3;
        default:
            return 0;
        }
    case 0xEF: // U+FEFF, the byte order mark
        return left >= 3 && byte(1) == 0xBB && byte(2) == 0xBF ? 3 : 0;
    default:
        return 0;
    }
}

// UTF-8 spaces plans contain besides ASCII: no-break space, en/em spaces, thin space, narrow
// no-break space, zero-width space and the byte order mark that Word leaves behind.
constexpr std::array<std::string_view, 7> unicodeSpaces = {
    "\xC2\xA0",     "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x89",
    "\xE2\x80\xAF", "\xE2\x80\x8B", "\xEF\xBB\xBF",
};
static_assert(std::all_of(unicodeSpaces.begin(), unicodeSpaces.end(),
                          [](std::string_view space)
                          { return unicodeSpaceAt(space, 0) == space.size(); }),
              "unicodeSpaceAt knows every space of the list");
static_assert(unicodeSpaceAt("\xC2\xB7", 0) == 0 && unicodeSpaceAt("\xE2\x80\x93", 0) == 0 &&
                  unicodeSpaceAt("\xE2\x80", 0) == 0 && unicodeSpaceAt("\xEF\x82\xB7", 0) == 0,
              "and nothing else: a middle dot, an en dash, a cut space, a Symbol bullet");

// 1 for an ASCII space (c < 0x80), else 0.
constexpr std::size_t asciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ? 1 : 0;
}
} // namespace

std::size_t spaceAt(std::string_view s, std::size_t pos)
{
    if (pos >= s.size())
        return 0;
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80)
        return asciiSpace(c);
    return unicodeSpaceAt(s, pos);
}

std::string_view trim(std::string_view s)
{
    // Most texts trimmed (a grammar's words, at every call) start and end with a printable ASCII
    // byte, which no space is: answered without looking for spaces.
    if (!s.empty())
    {
        const unsigned char first = static_cast<unsigned char>(s.front());
        const unsigned char last = static_cast<unsigned char>(s.back());
        if (first > ' ' && first < 0x80 && last > ' ' && last < 0x80)
            return s;
    }
    std::size_t begin = 0;
    while (std::size_t n = spaceAt(s, begin))
        begin += n;
    std::size_t end = s.size();
    while (end > begin)
    {
        // Find the start of the last character and see whether it is a space.
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (spaceAt(s, start) != end - start)
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    // asciiLower, not std::tolower: ASCII lower case whatever the C locale (as the header says),
    // and no call into the C library for every byte of every text lowered.
    std::transform(out.begin(), out.end(), out.begin(), asciiLower);
    return out;
}

std::string fold(std::string_view s)
{
    // Written into place rather than appended a byte at a time, and ASCII bytes told from
    // spaces here: every owner's key and every term looked up is folded, byte by byte.
    std::string out(s.size(), ' ');
    std::size_t size = 0;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < s.size();)
    {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // Most bytes are printable ASCII, which no space is: two comparisons, not seven.
        if (const std::size_t n = c > ' ' && c < 0x80 ? 0
                                  : c < 0x80          ? asciiSpace(c)
                                                      : unicodeSpaceAt(s, i))
        {
            pendingSpace = size > 0;
            i += n;
            continue;
        }
        if (pendingSpace)
            ++size; // out is spaces where nothing was written
        pendingSpace = false;
        out[size++] = asciiLower(static_cast<char>(c));
        ++i;
    }
    out.resize(size);
    return out;
}

std::string join(const std::vector<std::string>& values, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
    {
        if (i > 0)
            out += separator;
        out += values[i];
    }
    return out;
}

std::vector<std::string> split(std::string_view s, const std::vector<std::string_view>& separators)
{
    std::vector<std::string> pieces;
    std::size_t start = 0;
    auto flush = [&](std::size_t end)
    {
        std::string_view piece = trim(s.substr(start, end - start));
        if (!piece.empty())
            pieces.emplace_back(piece);
    };
    // The bytes a separator starts with: most positions start none (owners cells are split at
    // every check run), and a look-up in this table answers them without a comparison each.
    std::array<bool, 256> starts{};
    for (std::string_view separator : separators)
        if (!separator.empty())
            starts[static_cast<unsigned char>(separator.front())] = true;
    for (std::size_t i = 0; i < s.size();)
    {
        std::size_t matched = 0;
        if (starts[static_cast<unsigned char>(s[i])])
            for (std::string_view separator : separators)
                // The second byte before memcmp: most candidates (" with " at every space)
                // differ there, and a fuzzer records every memcmp it is given.
                if (!separator.empty() && s[i] == separator.front() &&
                    (separator.size() == 1 || (i + 1 < s.size() && s[i + 1] == separator[1])) &&
                    s.substr(i, separator.size()) == separator)
                    matched = std::max(matched, separator.size());
        if (matched == 0)
        {
            ++i;
            continue;
        }
        flush(i);
        i += matched;
        start = i;
    }
    flush(s.size());
    return pieces;
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == lower(prefix);
}

std::size_t digitsAt(std::string_view s, std::size_t pos)
{
    std::size_t n = 0;
    while (pos + n < s.size() && isDigit(s[pos + n]))
        ++n;
    return n;
}

bool isDash(std::string_view s, std::size_t pos)
{
    return s[pos] == '-' || s.substr(pos, 3) == "\xE2\x80\x93" ||
           s.substr(pos, 3) == "\xE2\x80\x94";
}

std::string firstLineShortened(std::string_view text, std::size_t width)
{
    std::string_view line = text.substr(0, text.find('\n'));
    if (line.size() <= width)
        return std::string(line);
    std::size_t cut = line.rfind(' ', width);
    if (cut == std::string_view::npos || cut < width / 2)
        cut = width;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(line.substr(0, cut)) + "\xE2\x80\xA6";
}
} // namespace eqplan::text
