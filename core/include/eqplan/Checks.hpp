// Checks: rules that keep a plan consistent, each reporting findings in plain words for school
// staff (British English, and a key with arguments for a catalogue) and, where it can, a fix. A fix
// is data — a list of edits naming document places — that the bridge applies as one undo step. No
// UNO here.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/DocumentFacts.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/Message.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Schema.hpp"

#include <chrono>
#include <memory>
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
// Occurrences are counted case-sensitively, left to right, each search starting one character
// after the previous match.
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

// Add a column for `field` (a layout field id) with header text `header` at the right of
// document table `table`.
struct AddColumn
{
    int table = 0;
    std::string field;
    std::string header;
    int headerRow = 0; // the row that gets `header` (the plan's header row); others stay empty

    friend bool operator==(const AddColumn&, const AddColumn&) = default;
};

// Make the first `headerRows` rows of document table `table` repeat at the top of every page.
struct RepeatHeader
{
    int table = 0;
    int headerRows = 1;

    friend bool operator==(const RepeatHeader&, const RepeatHeader&) = default;
};

// Write `text` into a cell that holds no text (`location` names the cell): a status shown by
// colour alone gets its word.
struct WriteCell
{
    Location location;
    std::string text;

    friend bool operator==(const WriteCell&, const WriteCell&) = default;
};

// Add a row to document table `table` below grid row `after`, laid out like that row, its first
// cell holding `label` in that row's first cell's weight: a labels-down-the-left table gets the
// label row the plan's other tables have ("Progress").
struct AddRow
{
    int table = 0;
    int after = 0;
    std::string field; // the layout field id the label names
    std::string label;

    friend bool operator==(const AddRow&, const AddRow&) = default;
};

using Edit = std::variant<ReplaceText, FoldRow, AddColumn, RepeatHeader, WriteCell, AddRow>;

struct Fix
{
    std::string description; // "Write “On-going” everywhere", shown on the button's tooltip
    bool safe = false;       // may be applied by "Fix all safe" without looking
    std::vector<Edit> edits; // applied in order, as one undo step
    Message words = {}; // `description` with its key, for a catalogue (its English is it); a fix
                        // made outside the checks may have none
};

struct Finding
{
    std::string rule; // stable id: "owner.variant"
    Severity severity = Severity::Warning;
    std::optional<int> objective;     // objective number, if the finding is about one
    std::optional<Location> location; // where to put the cursor
    std::string message;              // plain words for school staff
    std::optional<Fix> fix;
    Message words = {}; // `message` with its key and arguments, for a catalogue (its English is it)
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

// What the rules that read every paragraph of the plan tables (terms, leftovers of copying) found
// in each cell, kept from one run of the checks to the next on a document being edited, so that
// a run reads again only the cells forgotten since. Only what a cell's own text gives is kept: the
// memo stays right whatever else changes, as long as every cell whose text changed is forgotten.
class CheckMemo
{
public:
    CheckMemo();
    ~CheckMemo();
    CheckMemo(CheckMemo&&) noexcept;
    CheckMemo& operator=(CheckMemo&&) noexcept;

    void forget(int table, std::string_view cell); // the text of this cell changed
    void clear();                                  // the whole grid was read again

    struct Impl; // internal to core (src/checks/Rule.hpp)
    Impl& impl();

private:
    std::unique_ptr<Impl> m_impl;
};

// What the rules look at.
struct CheckInput
{
    const DocumentGrid& grid;
    const Plan& plan;
    const Schemas& schemas;
    std::chrono::year_month_day today;
    const OwnerRegister* owners = nullptr; // the document's register, if it has one
    CheckMemo* memo = nullptr;             // kept between runs on one document, if given
    // What the document holds beyond its tables' text (pending changes, comments, figures), for
    // the publish.* rules; without it they judge only what the plan's text shows.
    const DocumentFacts* facts = nullptr;
};

// Runs every rule; findings in rule order, then document order.
std::vector<Finding> runChecks(const CheckInput& input);

// The ids of every rule runChecks knows, in order.
std::vector<std::string_view> ruleIds();

// What a rule looks for, in plain words, to group its findings under ("Rows split over a page");
// empty for an id no rule has.
std::string_view ruleTitle(std::string_view id);
Message ruleTitleWords(std::string_view id); // the same, keyed; an empty message for no rule

// A finding told apart from every other of the same check run (the same words can be found in
// several cells): its rule, place and message. After a fix and a new run, a finding with the same
// key is the same problem, still there.
std::string findingKey(const Finding& finding);

// The edits of the fixes of `findings` (only the safe ones if `safeOnly`) as one list in an order
// in which each still names the right place when those before it have been applied: from the end
// of the document back to its start (so a folded row moves nothing not yet edited), within one
// paragraph the later occurrence first, table-wide edits (columns, header rows) last.
std::vector<Edit> fixEdits(const std::vector<Finding>& findings, bool safeOnly);

// What applying edits to a grid did.
struct ApplyResult
{
    int applied = 0; // edits applied before the first that failed (all of them if `error` is empty)
    std::string error; // why an edit failed: "Edit 2: Table1 has no cell at row 10, column 1"

    explicit operator bool() const { return error.empty(); }
};

// Applies edits to a grid in order, as the bridge applies them to the document, so that core can
// check a fix by reading the plan again. Stops at the first edit that names no place in the grid.
// ReplaceText finds the cell by its grid position (row, column) and the paragraph by index.
// FoldRow appends each non-empty cell of the row as the bridge does (trailing blank paragraphs
// dropped, the first paragraph trimmed and joined with one space unless the last paragraph above
// is blank, then it is a paragraph of its own), shrinks cells merged down over the row, moves the
// rows below up by one and renumbers cell names of the form "B7" that named their old row.
// AddColumn adds one empty single-paragraph cell per row (the header text in `headerRow`, bold if
// the cell to its left starts bold). RepeatHeader sets Table::repeatedHeaderRows. Never throws.
ApplyResult applyEdits(DocumentGrid& grid, const std::vector<Edit>& edits);
} // namespace eqplan
