// Planning a new objective: rows added after the last objective of its table, shaped, merged and
// numbered like the objective above them. Pure: the bridge applies the insert to a document.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Result.hpp"
#include "eqplan/Schema.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eqplan
{
// Two cells of the new rows merged into one, top to bottom (names as the rows are inserted).
struct CellMerge
{
    std::string top;
    std::string bottom;
};

// What one new cell holds (its name once the rows are inserted and merged).
struct CellFill
{
    std::string cell;
    std::string field; // the field id it holds ("objective")
    std::vector<NewParagraph> paragraphs;
    // Items of a real list: the paragraph (of the last objective's cell) whose list they join,
    // restarted at 1. Empty for typed or plain paragraphs.
    std::optional<Location> listLike;
};

// How a new objective enters its table.
enum class InsertShape
{
    Rows,   // rows after the last objective's (labels along the first row)
    Table,  // a new table after the last objective's, shaped like it (one table per objective,
            // labels down the left)
    Column, // a column after the last objective's (one table, a column per objective)
    // No row added: the plan's first objective fills the empty row under the header (`at`), as
    // a new plan (insertNewPlan) has it.
    EmptyRow,
};

// What adding an objective writes: `like.size()` rows inserted at grid row `at` of document
// table `table`, new row i shaped like (and with the column widths of) grid row like[i];
// cells merged down as the rows they copy are; then the cells filled. Where the labels are down
// the left (`shape`), a new table after `table` or a new column at `at` instead.
struct ObjectiveInsert
{
    InsertShape shape = InsertShape::Rows;
    int table = 0; // index into DocumentGrid::tables
    int at = 0;    // the grid row the first new row becomes (Column: the grid column)
    std::vector<int> like;
    // Table: the new table's heading ("Equality objective 3"), empty for none, written as the
    // paragraph `headingLike` of table `table`'s `before` (its heading) is.
    std::string heading;
    std::optional<int> headingLike;
    // Table: the cells of the new table whose text and format are copied from `table` (its
    // labels); the others are empty but for `fills`.
    std::vector<std::string> copied;
    std::vector<CellMerge> merges;
    std::vector<CellFill> fills;
    // New cells whose text is bold, as the cells they copy are throughout; the other new cells'
    // text is not bold, whatever the row LibreOffice copied was.
    std::vector<std::string> boldCells;
    int number = 0;            // the new objective's number
    std::string objectiveText; // its text, without a typed number
};

// The Writer name of the cell at `box` (0-based, covered cells counted) of table row `row`
// (0-based): "A1", "C8", "AA3".
std::string cellNameAt(int box, int row);

// Plans adding an objective with text `objective` to the table of the plan's last objective:
// rows like that objective's own row and its commentary rows (where the layout has them), or
// where its labels are down the left a table like its own (with a heading numbered next) or a
// column after its own,
// numbered next in the plan's way (a typed "4) " or the number column), with `fields` (field id
// and its values, written as planFieldEdit writes them) in their columns. A plan with its header
// and no objective yet gets objective 1 in the first empty row under the header (EmptyRow), or
// where it has none, in a row added at the end of its table with the header row's columns.
// Fails NothingToWrite or BadText for the text, Refused where the plan keeps its labels down the
// left (of merged cells, or with no objective to model a new one on), NoColumn where it has no column for the
// objective or a field given, UnknownName for a field it does not write, Stale where `grid` is
// not the document `plan` was read from. Never throws.
Result<ObjectiveInsert>
planNewObjective(const Plan& plan, const DocumentGrid& grid, const std::string& objective,
                 const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
                 const Schemas& schemas);
} // namespace eqplan
