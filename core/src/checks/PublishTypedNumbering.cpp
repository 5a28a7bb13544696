// publish.typed-numbering: numbering typed by hand that a screen reader misreads. A typed "1)" or
// "·" at the start of a paragraph is read out as "1" or not at all, which is what the page shows;
// it is fine. Two things are not: an item typed at the end of the previous one ("...tackle problem
// 3) Early evidence"), which is read as one sentence ("problem 3"), and a symbol font's bullet, a
// private use character that a screen reader says nothing for or reads as a stray letter.
#include "Rule.hpp"

#include <optional>

namespace eqplan::checks
{
namespace
{
// A code point of Unicode's private use area at the start of `s`: a symbol font's bullet (""
// from Symbol, "§" from Wingdings) that has no meaning as a character.
bool startsWithPrivateUse(std::string_view s)
{
    if (s.size() < 3)
        return false;
    const auto b0 = static_cast<unsigned char>(s[0]);
    const auto b1 = static_cast<unsigned char>(s[1]);
    // U+E000..U+F8FF is EE 80 80 .. EF A3 BF in UTF-8.
    return b0 == 0xEE || (b0 == 0xEF && b1 <= 0xA3);
}

// Where `text` holds the typed number `number` + `suffix` as a label ("3)" after a space), where
// it is read as part of the sentence.
std::optional<std::size_t> typedNumberIn(const std::string& text, int number, char suffix)
{
    const std::string label = std::to_string(number) + suffix;
    for (std::size_t at = text.find(label); at != std::string::npos; at = text.find(label, at + 1))
    {
        const bool startsWord = at == 0 || text[at - 1] == ' ';
        const std::size_t after = at + label.size();
        if (startsWord && after < text.size() && text[after] == ' ')
            return at;
    }
    return std::nullopt;
}

// Items with a symbol font's bullet in one cell (or progress entry).
struct SymbolBullets
{
    Message where;
    const Objective* objective = nullptr;
    Location location;
    int count = 0;
    std::string first;
};
} // namespace

void checkPublishTypedNumbering(const Context& context, Report& report)
{
    std::vector<SymbolBullets> symbolBullets;
    const PlaceWords places(context);
    const auto checkItem =
        [&](const Objective& objective, const ListItem& item, const std::string& heading)
    {
        const Item& i = item.item;
        // "objective 2's progress under “March 2020” (cell C5)"
        Message where = places.of(item.location, heading);
        if (i.marker == ItemMarker::TypedNumber && i.number && !i.label.empty())
        {
            const char suffix = i.label.back();
            if (const std::optional<std::size_t> at = typedNumberIn(i.text, *i.number + 1, suffix))
            {
                const std::string next = std::to_string(*i.number + 1) + suffix;
                report.add(Severity::Error, &objective, item.location,
                           keyed("findingItemRunOn",
                                 "Item {0} in {1} is typed at the end of item {2} ({3}), so a "
                                 "screen reader reads the two as one sentence. Start \"{0}\" on "
                                 "a line of its own.",
                                 {plain(next), where, plain(i.label),
                                  plain(quotedShort(i.text.substr(0, *at) + next + "…"))}));
            }
        }
        if (i.marker == ItemMarker::TypedBullet && startsWithPrivateUse(i.label))
        {
            if (symbolBullets.empty() || symbolBullets.back().where.english != where.english)
                symbolBullets.push_back({where, &objective, item.location, 0, i.text});
            ++symbolBullets.back().count;
        }
    };
    for (const Objective& objective : context.plan().objectives)
    {
        for (const std::vector<ListItem>* items :
             {&objective.targetGroupItems, &objective.actionItems, &objective.successCriteriaItems})
            for (const ListItem& item : *items)
                checkItem(objective, item, "");
        for (const Progress& entry : objective.progress)
            for (const ListItem& item : entry.items)
                checkItem(objective, item,
                          entry.heading.empty() ? std::string() : quotedShort(entry.heading));
    }
    for (const SymbolBullets& items : symbolBullets)
        report.add(Severity::Error, items.objective, items.location,
                   items.count == 1
                       ? keyed("findingSymbolBulletOne",
                               "An item in {0} starts with a symbol font's bullet that a screen "
                               "reader cannot say ({1}). Make them a real bulleted list (Format ▸ "
                               "Bullets and Numbering).",
                               {items.where, plain(quotedShort(items.first))})
                       : keyed("findingSymbolBulletMany",
                               "{2} items in {0} start with a symbol font's bullet that a screen "
                               "reader cannot say (the first is {1}). Make them a real bulleted "
                               "list (Format ▸ Bullets and Numbering).",
                               {items.where, plain(quotedShort(items.first)),
                                plain(std::to_string(items.count))}));
}
} // namespace eqplan::checks
