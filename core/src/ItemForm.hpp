// How a plan writes the items of a list (progress items, actions, success criteria): shared by
// the planners of progress updates and of field edits. Private to core.
#pragma once

#include "eqplan/Model.hpp"

#include <optional>
#include <string>

namespace eqplan::detail
{
// How the plan writes items: a typed pattern ("{n}) "), a typed bullet, plain, or a real list.
struct ItemForm
{
    ItemMarker marker = ItemMarker::TypedNumber;
    std::string pattern = "{n}) "; // for typed numbers and bullets; "{n}" is the number
    int like = -1;                 // for real lists: a list paragraph of the target cell
};

// Whether a paragraph location lies in the given cell.
bool inCell(const Location& at, const Location& cell);

// The form of a canonical item template ("{n}) {text}").
ItemForm itemFormFromCanonical(const std::string& canonical);

// The form `item` is written in, for items written into `cell`: a real list in another cell
// cannot lend its attributes, so its items are typed "{n}. " instead. Nothing for a typed number
// without digits.
std::optional<ItemForm> itemFormOf(const ListItem& item, const Location& cell);

// `pattern` with every `key` replaced by `value`.
std::string replaced(std::string pattern, std::string_view key, const std::string& value);
} // namespace eqplan::detail
