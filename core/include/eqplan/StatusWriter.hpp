// Planning a change of an objective's status (its RAG column): the rating written the way the
// plan's other status cells write theirs — a letter, words, a cell shading, or a letter in a
// shaded cell. Pure: the bridge applies the write to a document.
#pragma once

#include "eqplan/Model.hpp"
#include "eqplan/Result.hpp"
#include "eqplan/Schema.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace eqplan
{
// What setting a status writes into the objective's status cell.
struct StatusWrite
{
    std::string rating;                 // "green" (schemas/layouts.json "statuses")
    std::string label;                  // "Green", what eqplan calls it
    Location cell;                      // the status cell (table index into DocumentGrid::tables)
    std::string text;                   // the cell's whole new text: "G", "On track"; empty: none
    std::optional<std::string> shading; // "#00b050" to shade the cell, "" to clear its shading
};

// Plans giving `objective` the status `wanted`: a rating's id, label or letter ("green", "Green",
// "G"), written the plan's way, or words that mean a rating ("on track"), written as given. The
// plan's way is what most of the other objectives' status cells do: a letter or words (the
// rating's label), or no text where they rate by colour alone; shaded (with the shade the plan
// already uses for that rating, else the layout's) where most are, else any shading cleared. A
// plan with no other rated status writes the label in the layout's shading. Fails NoColumn
// where the plan has no status column, UnknownName for words that mean no rating. Never throws.
Result<StatusWrite> planStatus(const Plan& plan, const Objective& objective,
                               std::string_view wanted, const Layout& layout);
} // namespace eqplan
