// What the panels share in putting a plan into words: joining, the labels of the schemas' word
// lists in the UI language, and one item of a list as a line.
#pragma once

#include "Catalogue.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/Text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eqplan::sidebar
{
inline std::string joined(const std::vector<std::string>& values, const char* separator)
{
    return text::join(values, separator);
}

inline const WordList* wordList(const std::vector<WordList>& lists, std::string_view id)
{
    for (const WordList& list : lists)
        if (list.id == id)
            return &list;
    return nullptr;
}

// The names of `values` (aims or characteristics) in the UI language, each said from its entry
// of `lists` by `words` (aimWords, characteristicWords); an id no list has, as it is.
template <class Enum>
std::vector<std::string> labels(const std::vector<Enum>& values, const std::vector<WordList>& lists,
                                Message (*words)(const WordList&))
{
    std::vector<std::string> out;
    for (Enum value : values)
    {
        const WordList* list = wordList(lists, toString(value));
        out.push_back(list ? ui::said(words(*list)) : std::string(toString(value)));
    }
    return out;
}

// "1) Digital signage…" for typed numbers, "1. Train all staff…" for real lists, "• …" otherwise.
inline std::string itemLine(const Item& item)
{
    const std::string label = item.label.empty() ? "•" : item.label;
    return "  " + label + " " + item.text;
}
} // namespace eqplan::sidebar
