// Planning edits of a plan's text outside progress: a field of an objective rewritten in the
// plan's style, and the Updated line dated (or created under the title when the plan has none).
// Pure: the bridge applies the writes to a document.
#pragma once

#include "eqplan/Model.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Result.hpp"
#include "eqplan/Schema.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// The ids of the fields an edit can write, in the plan's column order: "duty",
// "characteristics", "aim", "objective", "targetGroups", "actions", "successCriteria", "owners",
// "timescale".
const std::vector<std::string>& editableFields();

// The field id a user typed ("actions", "success-criteria", "Success criteria"...), or empty.
std::string editableFieldId(std::string_view typed, const Layout& layout);

// What an edit writes: paragraphs `first`..`last` (indexes in `cell` as read, inclusive) are
// replaced by `paragraphs`, which take the first one's paragraph and character formatting; the
// text of the field's further cells (rows continuing the objective) is removed.
struct FieldWrite
{
    std::string field; // the field id ("actions")
    std::string label; // what eqplan calls it ("Actions")
    Location cell;     // the field's first cell (table index into DocumentGrid::tables, name)
    int first = 0;     // the first paragraph replaced
    int last = 0;      // the last paragraph replaced; empty paragraphs after it are kept
    std::vector<NewParagraph> paragraphs; // `like` counts the cell's paragraphs as read
    std::vector<Location> cleared;        // further cells of the field, emptied
};

// Plans writing `values` into field `field` (an id of editableFields()) of `objective`: list
// fields (target groups, actions, success criteria) one item a paragraph, marked the way the
// plan marks that field's items (typed "1)" or "·", a real list, plain); owners,
// characteristics and the duty joined the way the plan joins them ("EWA/SWA", one a line); the
// objective text keeps its typed number. Fails UnknownName for a field it does not edit
// (progress among them), NothingToWrite without values, BadText for an empty value or a line
// break, NoColumn where the plan has no column for the field. Never throws.
Result<FieldWrite> planFieldEdit(const Plan& plan, const Objective& objective,
                                 const std::string& field, const std::vector<std::string>& values,
                                 const Schemas& schemas);

// A new Updated line: a body paragraph inserted after paragraph `paragraph` of the body
// paragraphs before document table `table` (the title).
struct UpdatedInsert
{
    BodyPlace after;
    std::string text; // "Updated 23-11-2026 A Tester"
};

// What dating the plan writes: the Updated line rewritten, or a new one under the title.
struct UpdatedLineWrite
{
    std::optional<UpdatedRewrite> rewrite;
    std::optional<UpdatedInsert> insert;
};

// The Updated line dated `day` and signed `by`: the plan's own line rewritten in its form
// (rewriteUpdatedLine), or, when the plan has none, "Updated D-M-YYYY BY" (the seeds' form)
// under the title. Nothing to write when the plan has neither an Updated line nor a title
// paragraph. Never throws.
UpdatedLineWrite planUpdatedLine(const Plan& plan, std::chrono::year_month_day day,
                                 const std::string& by);
} // namespace eqplan
