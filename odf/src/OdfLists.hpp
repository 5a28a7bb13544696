// List numbering as LibreOffice 7.4 computes it for a document it loaded from ODF: the list
// styles, the label each level makes, which lists continue which, and the counters of each list.
// Internal to the flat ODF reader (FlatOdf.cpp); pugixml only, no UNO.
#pragma once

#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>

namespace eqplan::odf
{
// Writer's lists have ten levels; deeper ODF lists are clamped to the last one.
inline constexpr int listLevels = 10;

// How one level of a list style shows its number.
struct ListLevel
{
    enum class Kind
    {
        Number, // a counter ("1", "a", "iv"...), possibly with text around it
        Bullet, // a bullet or an image: LibreOffice's ListLabelString is empty
        None    // numbered but shows no number (style:num-format="")
    };
    Kind kind = Kind::Number;
    std::string format = "1"; // style:num-format: "1", "a", "A", "i", "I", "01, 02, 03, ..."
    bool letterSync = false;  // style:num-letter-sync: "aa, bb" after "z" instead of "aa, ab"
    std::string prefix;       // style:num-prefix
    std::string suffix;       // style:num-suffix
    std::string listFormat;   // loext:num-list-format ("%1%.%2%."), or made from the above
    int startValue = 1;       // text:start-value: the first number of the level
};

// A list style (text:list-style) or the outline style (text:outline-style).
struct ListStyle
{
    std::array<ListLevel, listLevels> levels;
};

// The numbers of a paragraph's list at its level and above: numbers[0..level].
using ListNumbers = std::array<int, listLevels>;

// Reads a text:list-style or text:outline-style element. Levels it does not define keep the
// defaults LibreOffice gives them: "1." for a list style, no number for the outline style.
ListStyle readListStyle(pugi::xml_node style);

// What LibreOffice numbers a list with when its text:list names no style: bullets on every level.
ListStyle bulletListStyle();

// Writer's outline style before a document says otherwise: no numbers on any level.
ListStyle unnumberedOutlineStyle();

// `number` written in the level's format ("iv", "AB", "07"...); "0" for zero, as Writer does.
std::string formatNumber(int number, const ListLevel& level);

// The label LibreOffice's ListLabelString reports for a counted paragraph at `level`: the
// level's list format with the numbers filled in, prefix + suffix for a level without a number,
// empty for a bullet.
std::string listLabel(const ListStyle& style, int level, const ListNumbers& numbers);

// Which list each text:list continues, decided as LibreOffice's ODF import decides it
// (XMLTextListBlockContext): by xml:id, text:continue-numbering and text:continue-list.
class ListIds
{
public:
    // A top-level text:list; returns the id of the list whose numbering its paragraphs join.
    std::string beginList(pugi::xml_node list, const std::string& styleName);
    // An id no document can use, for a list that has none.
    std::string generate();

private:
    struct Processed
    {
        std::string styleName;
        std::string continues; // the id of the list it continues, or empty
    };
    std::map<std::string, Processed> m_processed;
    std::string m_lastId;
    std::string m_lastStyleName;
    int m_generated = 0;
};

// The counters of every list of a document, by list id, kept in document order as Writer's
// numbering tree counts: deeper levels start again under each new item, a missing upper level
// counts as its first number, uncounted paragraphs (list headers, second paragraphs of an item)
// take part in the tree but do not advance it.
class ListCounters
{
public:
    // A paragraph of list `id` at `level`; returns the list's numbers for levels 0..level.
    // `restartAt`: the paragraph starts the numbering of its level again at this value.
    const ListNumbers& add(const std::string& id, int level, bool counted,
                           std::optional<int> restartAt, const ListStyle& style);

private:
    struct Counter
    {
        ListNumbers numbers{};
        std::array<bool, listLevels> open{}; // the level has an item in the current subtree
    };
    std::map<std::string, Counter> m_counters;
};
} // namespace eqplan::odf
