// Checks: rules that keep a plan consistent, each reporting findings in plain words for school
// staff and, where it can, a fix. A fix is data — a list of edits naming document places — that
// the bridge applies as one undo step. No UNO here.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Schema.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace eqplan
{
enum class Severity
{
    Info,    // worth knowing (coverage, a suggestion)
    Warning, // should be tidied before the next review
    Error    // blocks publishing
};

std::string_view toString(Severity severity); // "info", "warning", "error"

// Replace the `occurrence`-th (0-based) occurrence of `find` in one paragraph of a cell by
// `replace`. `location` names the cell and, in `paragraph`, the paragraph within it.
struct ReplaceText
{
    Location location;
    std::string find;
    std::string replace;
    int occurrence = 0;

    friend bool operator==(const ReplaceText&, const ReplaceText&) = default;
};

// Fold grid row `row` of document table `table` into the row above it: the text of each of its
// cells is appended to the cell above (its first paragraph joined to that cell's last paragraph
// with one space, the rest as paragraphs of their own), then the row is removed.
struct FoldRow
{
    int table = 0; // index into DocumentGrid::tables
    int row = 0;

    friend bool operator==(const FoldRow&, const FoldRow&) = default;
};

// Add a column for `field` (a layout field id) at the right of document table `table`, with
// `header` in grid row `headerRow`.
struct AddColumn
{
    int table = 0;
    std::string field;
    std::string header;
    int headerRow = 0;

    friend bool operator==(const AddColumn&, const AddColumn&) = default;
};

// Make the first `headerRows` rows of document table `table` repeat at the top of every page.
struct RepeatHeader
{
    int table = 0;
    int headerRows = 1;

    friend bool operator==(const RepeatHeader&, const RepeatHeader&) = default;
};

using Edit = std::variant<ReplaceText, FoldRow, AddColumn, RepeatHeader>;

struct Fix
{
    std::string description; // "Write “On-going” everywhere", shown on the button's tooltip
    bool safe = false;       // may be applied by "Fix all safe" without looking
    std::vector<Edit> edits; // applied in order, as one undo step
};

struct Finding
{
    std::string rule; // stable id: "owner.variant"
    Severity severity = Severity::Warning;
    std::optional<int> objective;     // objective number, if the finding is about one
    std::optional<Location> location; // where to put the cursor
    std::string message;              // plain words for school staff
    std::optional<Fix> fix;
};

// An owner code and who it is ("EWA" = "Mrs E Walker, Attendance"), kept in the document.
struct OwnerEntry
{
    std::string code;
    std::string name;

    friend bool operator==(const OwnerEntry&, const OwnerEntry&) = default;
};

struct OwnerRegister
{
    std::vector<OwnerEntry> entries;

    const OwnerEntry* find(std::string_view owner) const; // by ownerKey(); nullptr if absent
};

// What the rules look at.
struct CheckInput
{
    const DocumentGrid& grid;
    const Plan& plan;
    const Schemas& schemas;
    std::chrono::year_month_day today;
    const OwnerRegister* owners = nullptr; // the document's register, if it has one
};

// Runs every rule; findings in rule order, then document order.
std::vector<Finding> runChecks(const CheckInput& input);

// The ids of every rule runChecks knows, in order.
std::vector<std::string_view> ruleIds();
} // namespace eqplan
