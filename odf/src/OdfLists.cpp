#include "OdfLists.hpp"

#include <algorithm>
#include <cstring>

namespace eqplan::odf
{
namespace
{
std::string token(int level)
{
    return "%" + std::to_string(level + 1) + "%";
}

// A level LibreOffice fills in when a list style leaves it out: "1.", "2."...
ListLevel defaultNumberLevel(int level)
{
    ListLevel out;
    out.suffix = ".";
    out.listFormat = token(level) + ".";
    return out;
}

int intAttribute(pugi::xml_node node, const char* name, int fallback, int low, int high)
{
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute)
        return fallback;
    return std::clamp(attribute.as_int(fallback), low, high);
}

ListLevel readNumberLevel(pugi::xml_node element, int level)
{
    ListLevel out;
    // A level style without style:num-format counts in Arabic numerals (sax::Converter).
    out.format = element.attribute("style:num-format").as_string("1");
    out.kind = out.format.empty() ? ListLevel::Kind::None : ListLevel::Kind::Number;
    out.letterSync = std::strcmp(element.attribute("style:num-letter-sync").value(), "true") == 0;
    out.startValue = intAttribute(element, "text:start-value", 1, 0, 32767);
    const pugi::xml_attribute prefix = element.attribute("style:num-prefix");
    const pugi::xml_attribute suffix = element.attribute("style:num-suffix");
    out.prefix = prefix.value();
    out.suffix = suffix.value();
    if (const pugi::xml_attribute format = element.attribute("loext:num-list-format"))
    {
        out.listFormat = format.value();
        // Without num-prefix/num-suffix, LibreOffice takes them from around the level tokens;
        // a level without a number shows just these.
        const std::size_t first = out.listFormat.find('%');
        const std::size_t last = out.listFormat.rfind('%');
        if (!prefix)
            out.prefix = out.listFormat.substr(0, std::min(first, out.listFormat.size()));
        if (!suffix && last != std::string::npos && last > first)
            out.suffix = out.listFormat.substr(last + 1);
        return out;
    }
    // ODF without LibreOffice's list format: prefix, the displayed levels joined by ".", suffix.
    const int shown = intAttribute(element, "text:display-levels", 1, 1, level + 1);
    out.listFormat = out.prefix;
    for (int i = level + 1 - shown; i <= level; ++i)
        out.listFormat += token(i) + (i < level ? "." : "");
    out.listFormat += out.suffix;
    return out;
}

std::string letters(int number, bool upper, bool sync)
{
    const char first = upper ? 'A' : 'a';
    const int n = number - 1;
    if (sync) // "aa", "bb": the letter repeated once per round of the alphabet
        return std::string(static_cast<std::size_t>(n / 26 + 1), static_cast<char>(first + n % 26));
    // "aa", "ab": bijective base 26.
    std::string out;
    for (int rest = n; rest >= 0; rest = rest / 26 - 1)
        out.insert(out.begin(), static_cast<char>(first + rest % 26));
    return out;
}

std::string roman(int number, bool upper)
{
    static const struct
    {
        int value;
        const char* text;
    } digits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                  {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                  {5, "v"},    {4, "iv"},   {1, "i"}};
    std::string out;
    // Past 3999 Writer keeps adding "M"s.
    for (const auto& digit : digits)
        for (; number >= digit.value; number -= digit.value)
            out += digit.text;
    if (upper)
        std::transform(out.begin(), out.end(), out.begin(),
                       [](char c) { return static_cast<char>(c - 'a' + 'A'); });
    return out;
}
} // namespace

ListStyle readListStyle(pugi::xml_node style)
{
    ListStyle out = unnumberedOutlineStyle();
    if (std::strcmp(style.name(), "text:outline-style") != 0)
        for (int level = 0; level < listLevels; ++level)
            out.levels[static_cast<std::size_t>(level)] = defaultNumberLevel(level);
    for (pugi::xml_node element : style.children())
    {
        const int level = element.attribute("text:level").as_int(0) - 1;
        if (level < 0 || level >= listLevels)
            continue;
        ListLevel& target = out.levels[static_cast<std::size_t>(level)];
        const char* name = element.name();
        if (std::strcmp(name, "text:list-level-style-number") == 0 ||
            std::strcmp(name, "text:outline-level-style") == 0)
        {
            target = readNumberLevel(element, level);
        }
        else if (std::strcmp(name, "text:list-level-style-bullet") == 0 ||
                 std::strcmp(name, "text:list-level-style-image") == 0)
        {
            target = ListLevel{};
            target.kind = ListLevel::Kind::Bullet;
            target.format.clear();
        }
    }
    return out;
}

ListStyle bulletListStyle()
{
    ListStyle out;
    for (ListLevel& level : out.levels)
    {
        level.kind = ListLevel::Kind::Bullet;
        level.format.clear();
    }
    return out;
}

ListStyle unnumberedOutlineStyle()
{
    ListStyle out;
    for (int level = 0; level < listLevels; ++level)
    {
        ListLevel& none = out.levels[static_cast<std::size_t>(level)];
        none.kind = ListLevel::Kind::None;
        none.format.clear();
        none.listFormat = token(level);
    }
    return out;
}

std::string formatNumber(int number, const ListLevel& level)
{
    if (level.kind != ListLevel::Kind::Number)
        return {};
    if (number <= 0)
        return std::to_string(number);
    const std::string& format = level.format;
    if (format == "a" || format == "A")
        return letters(number, format == "A", level.letterSync);
    if (format == "i" || format == "I")
        return roman(number, format == "I");
    // "01, 02, 03, ...", "001, 002, 003, ...": zero-padded to the width of the first example.
    if (format.size() > 1 && format[0] == '0')
    {
        const std::size_t width =
            std::min<std::size_t>(format.find_first_not_of("0123456789"), format.size());
        std::string digits = std::to_string(number);
        if (digits.size() < width)
            digits.insert(0, width - digits.size(), '0');
        return digits;
    }
    // Every other format (and the Arabic "1") is counted in Arabic numerals here; LibreOffice
    // knows more (ordinals, words, other scripts) that plans do not use.
    return std::to_string(number);
}

std::string listLabel(const ListStyle& style, int level, const ListNumbers& numbers)
{
    level = std::clamp(level, 0, listLevels - 1);
    const ListLevel& own = style.levels[static_cast<std::size_t>(level)];
    if (own.kind == ListLevel::Kind::Bullet)
        return {};
    if (own.kind == ListLevel::Kind::None)
        return own.prefix + own.suffix;
    std::string label = own.listFormat;
    for (int i = 0; i <= level; ++i)
    {
        const std::string find = token(i);
        const std::size_t position = label.find(find);
        if (position == std::string::npos)
            continue;
        const ListLevel& upper = style.levels[static_cast<std::size_t>(i)];
        if (upper.kind == ListLevel::Kind::None)
        {
            // An upper level without a number takes its separator with it: "%1%.%2%.%3%" with
            // level 2 unnumbered reads "1.1", not "1..1".
            const std::size_t next = label.find('%', position + find.size());
            label.erase(position, next == std::string::npos ? find.size() : next - position);
            continue;
        }
        const int number = numbers[static_cast<std::size_t>(i)];
        label.replace(position, find.size(), number != 0 ? formatNumber(number, upper) : "0");
    }
    return label;
}

std::string ListIds::beginList(pugi::xml_node list, const std::string& styleName)
{
    std::string id = list.attribute("xml:id").value();
    if (id.empty())
        id = generate();
    std::string continues = list.attribute("text:continue-list").value();
    const pugi::xml_attribute continueNumbering = list.attribute("text:continue-numbering");
    // continue-numbering="true" continues the list processed last, if it has the same style.
    if (continues.empty() && std::strcmp(continueNumbering.value(), "true") == 0 &&
        m_lastStyleName == styleName && m_lastId != id)
        continues = m_lastId;
    if (!continues.empty())
    {
        // A list that is not (yet) known cannot be continued; a continuing list passes on to
        // the list it continues itself.
        auto it = m_processed.find(continues);
        if (it == m_processed.end())
            continues.clear();
        for (std::size_t hops = 0;
             it != m_processed.end() && !it->second.continues.empty() && hops < m_processed.size();
             ++hops)
        {
            continues = it->second.continues;
            it = m_processed.find(continues);
        }
    }
    if (m_processed.emplace(id, Processed{styleName, continues}).second)
    {
        m_lastId = id;
        m_lastStyleName = styleName;
    }
    return continues.empty() ? id : continues;
}

std::string ListIds::generate()
{
    // A space is not allowed in an xml:id, so no document list can have this id.
    return " list " + std::to_string(++m_generated);
}

const ListNumbers& ListCounters::add(const std::string& id, int level, bool counted,
                                     std::optional<int> restartAt, const ListStyle& style)
{
    level = std::clamp(level, 0, listLevels - 1);
    Counter& counter = m_counters[id];
    const auto start = [&style](int at)
    { return style.levels[static_cast<std::size_t>(at)].startValue; };
    for (int upper = 0; upper < level; ++upper)
    {
        const auto u = static_cast<std::size_t>(upper);
        if (!counter.open[u])
        {
            // Writer counts the missing item ("phantom") of a skipped level.
            counter.numbers[u] = start(upper);
            counter.open[u] = true;
        }
    }
    const auto l = static_cast<std::size_t>(level);
    int& number = counter.numbers[l];
    if (restartAt)
        number = counted ? *restartAt : *restartAt - 1;
    else if (counter.open[l])
        number += counted ? 1 : 0;
    else
        number = counted ? start(level) : start(level) - 1;
    counter.open[l] = true;
    for (std::size_t deeper = l + 1; deeper < counter.open.size(); ++deeper)
        counter.open[deeper] = false;
    return counter.numbers;
}
} // namespace eqplan::odf
