#include "eqplan/ObjectiveWriter.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>
#include <functional>

namespace eqplan
{
namespace
{
// The cells of a grid row left to right, each once: Writer's boxes of that row, covered ones
// (a cell merged down from above) included.
std::vector<const Cell*> boxesOf(const Table& table, int row)
{
    std::vector<const Cell*> boxes;
    for (int c = 0; c < table.columns; ++c)
        if (const Cell* cell = table.at(row, c); cell && (boxes.empty() || boxes.back() != cell))
            boxes.push_back(cell);
    return boxes;
}

// The index of the box covering grid column `column`, or -1.
int boxAt(const std::vector<const Cell*>& boxes, int column)
{
    for (std::size_t j = 0; j < boxes.size(); ++j)
        if (boxes[j]->column <= column && column < boxes[j]->column + boxes[j]->columnSpan)
            return static_cast<int>(j);
    return -1;
}

// `label` with its number replaced by `number`: "3)" → "4)", "3." → "4.".
std::optional<std::string> renumbered(std::string_view label, int number)
{
    const std::size_t digit = label.find_first_of("0123456789");
    if (digit == std::string_view::npos)
        return std::nullopt;
    std::size_t end = digit;
    while (end < label.size() && text::isDigit(label[end]))
        ++end;
    return std::string(label.substr(0, digit)) + std::to_string(number) +
           std::string(label.substr(end));
}

// The first written paragraph of a field, or nullptr.
const Paragraph* firstWritten(const Field& field)
{
    for (const FieldParagraph& p : field.paragraphs)
        if (!text::trim(p.paragraph.text).empty())
            return &p.paragraph;
    return nullptr;
}

Result<ObjectiveInsert>
fillNewObjective(const Plan& plan, const Objective& last, ObjectiveInsert insert,
                 const std::function<std::optional<Location>(const std::string&)>& cellFor,
                 const std::function<const Cell*(const Location&)>& oldCell,
                 const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
                 const Schemas& schemas);

// A heading numbering the last objective ("Equality objective 2: the curriculum") renumbered
// for the next one and cut after its number ("Equality objective 3"); empty if it has none.
std::string nextHeading(std::string_view heading, int lastNumber, int number)
{
    for (std::size_t at = heading.find_first_of("0123456789"); at != std::string_view::npos;
         at = heading.find_first_of("0123456789", at))
    {
        std::size_t end = at;
        while (end < heading.size() && text::isDigit(heading[end]))
            ++end;
        if (std::string(heading.substr(at, end - at)) == std::to_string(lastNumber))
            return std::string(heading.substr(0, at)) + std::to_string(number);
        at = end;
    }
    return {};
}

// A new objective where the labels are down the left: a table like the last objective's when
// that table holds it alone (one table per objective), else a column after its own.
Result<ObjectiveInsert>
planLabelsLeft(const Plan& plan, const Table& table, const PlanTable& planTable,
               ObjectiveInsert insert,
               const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
               const Schemas& schemas)
{
    using R = Result<ObjectiveInsert>;
    const Objective& last = plan.objectives.back();
    const bool merged =
        static_cast<int>(table.cells.size()) != table.rows * table.columns ||
        std::any_of(table.cells.begin(), table.cells.end(),
                    [](const Cell& c) { return c.rowSpan != 1 || c.columnSpan != 1; });
    if (merged || last.rows.size() != 1)
        return R::failed(ResultStatus::Refused,
                         "This plan keeps its labels down the left of " + planTable.name +
                             ", which has merged cells; eqplan cannot lay out a new objective "
                             "like it. Copy the last objective's table in Writer and fill it in.");
    const int column = last.rows.front(); // the document column the last objective fills
    const auto inTable = std::count_if(plan.objectives.begin(), plan.objectives.end(),
                                       [&](const Objective& o) { return o.table == last.table; });
    if (inTable == 1 && column == table.columns - 1)
    {
        insert.shape = InsertShape::Table;
        insert.at = column;
        insert.heading = nextHeading(planTable.heading, last.number, insert.number);
        if (!insert.heading.empty() && planTable.headingParagraph >= 0)
            insert.headingLike = planTable.headingParagraph;
        for (const Cell& cell : table.cells)
            if (cell.column != column)
                insert.copied.push_back(cell.name);
    }
    else
    {
        insert.shape = InsertShape::Column;
        insert.at = column + 1;
    }
    // A field's cell: its label's row, in the new objective's column.
    const int newAt = insert.at;
    const auto cellFor = [&](const std::string& field) -> std::optional<Location>
    {
        for (const Column& label : planTable.columns)
            if (label.field == field)
                return Location{planTable.index, label.column, newAt,
                                cellNameAt(newAt, label.column), std::nullopt};
        return std::nullopt;
    };
    const auto oldCell = [&](const Location& at) { return table.at(at.row, column); };
    return fillNewObjective(plan, last, std::move(insert), cellFor, oldCell, fields, schemas);
}

// The cell of a field in row `row` of the plan's table, whose boxes are `boxes`, or empty where
// the table has no column for the field.
std::function<std::optional<Location>(const std::string&)>
fieldCellsOfRow(const PlanTable& planTable, std::vector<const Cell*> boxes, int row)
{
    return [&planTable, boxes = std::move(boxes), row](const std::string& field)
               -> std::optional<Location>
    {
        for (const Column& column : planTable.columns)
            if (column.field == field)
                if (const int box = boxAt(boxes, column.column); box >= 0)
                    return Location{planTable.index, row, column.column, cellNameAt(box, row),
                                    std::nullopt};
        return std::nullopt;
    };
}

// The first objective of a plan that has its header and no objective yet: written into the
// first row under the header whose cells are all empty (the row a new plan has), else into a row
// added at the end of the table with the header row's columns; numbered 1.
Result<ObjectiveInsert>
planFirstObjective(const Plan& plan, const DocumentGrid& grid, const std::string& text,
                   const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
                   const Schemas& schemas)
{
    using R = Result<ObjectiveInsert>;
    if (plan.tables.empty() || plan.tables.front().index < 0 ||
        plan.tables.front().index >= static_cast<int>(grid.tables.size()))
        return R::failed(ResultStatus::Stale, "The plan's table is not in the document as read.");
    const PlanTable& planTable = plan.tables.front();
    if (planTable.labelsLeft)
        return R::failed(ResultStatus::Refused,
                         "This plan keeps its labels down the left of " + planTable.name +
                             " and has no objective yet; eqplan cannot tell where the first one "
                             "goes. Write it in the table itself.");
    const Table& table = grid.tables[static_cast<std::size_t>(planTable.index)];
    ObjectiveInsert insert;
    insert.table = planTable.index;
    insert.objectiveText = text;
    insert.number = 1;
    insert.shape = InsertShape::Rows;
    insert.at = table.rows;
    insert.like = {planTable.headerRow};
    // A row is free when it is its own (nothing merged down into it from above) and empty.
    for (int row = planTable.headerRow + 1; row < table.rows; ++row)
    {
        const std::vector<const Cell*> boxes = boxesOf(table, row);
        if (!boxes.empty() && std::all_of(boxes.begin(), boxes.end(),
                                          [&](const Cell* c) { return c->row == row && c->empty(); }))
        {
            insert.shape = InsertShape::EmptyRow;
            insert.at = row;
            insert.like.clear();
            break;
        }
    }
    const std::vector<const Cell*> boxes =
        boxesOf(table, insert.shape == InsertShape::EmptyRow ? insert.at : planTable.headerRow);
    const auto cellFor = fieldCellsOfRow(planTable, boxes, insert.at);
    // There is no objective above to number or lay out like.
    const auto oldCell = [](const Location&) -> const Cell* { return nullptr; };
    static const Objective none;
    return fillNewObjective(plan, none, std::move(insert), cellFor, oldCell, fields, schemas);
}
} // namespace

std::string cellNameAt(int box, int row)
{
    std::string letters;
    for (int n = box + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters + std::to_string(row + 1);
}

Result<ObjectiveInsert>
planNewObjective(const Plan& plan, const DocumentGrid& grid, const std::string& objective,
                 const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
                 const Schemas& schemas)
{
    using R = Result<ObjectiveInsert>;
    const std::string text(text::trim(objective));
    if (text.empty() || text.find('\n') != std::string::npos)
        return text.empty() ? R::failed(ResultStatus::NothingToWrite,
                                        "Give the new objective's text (--objective \"...\").")
                            : R::failed(ResultStatus::BadText,
                                        "The objective's text holds a line break; give it as "
                                        "one line.");
    if (plan.objectives.empty())
        return planFirstObjective(plan, grid, text, fields, schemas);
    const Objective& last = plan.objectives.back();
    const PlanTable& planTable = plan.tables.at(static_cast<std::size_t>(last.table));
    if (planTable.index < 0 || planTable.index >= static_cast<int>(grid.tables.size()))
        return R::failed(ResultStatus::Stale, "The plan's table is not in the document as read.");
    const Table& table = grid.tables[static_cast<std::size_t>(planTable.index)];

    ObjectiveInsert insert;
    insert.table = planTable.index;
    insert.objectiveText = text;
    for (const Objective& o : plan.objectives)
        insert.number = std::max(insert.number, o.number + 1);
    if (planTable.labelsLeft)
        return planLabelsLeft(plan, table, planTable, std::move(insert), fields, schemas);
    // The rows copied: the last objective's own row and its commentary rows, not the rows that
    // only continue it over a page.
    for (int row : last.rows)
        if (std::find(last.continuationRows.begin(), last.continuationRows.end(), row) ==
            last.continuationRows.end())
            insert.like.push_back(row);
    std::sort(insert.like.begin(), insert.like.end());
    insert.like.erase(std::unique(insert.like.begin(), insert.like.end()), insert.like.end());
    if (insert.like.empty())
        return R::failed(ResultStatus::Refused,
                         "The plan's last objective has no row to model a new one on.");
    insert.at = *std::max_element(last.rows.begin(), last.rows.end()) + 1;
    const int group = static_cast<int>(insert.like.size());

    // Cells merged down over the copied rows are merged down over the new ones.
    const std::vector<const Cell*> firstBoxes = boxesOf(table, insert.like.front());
    for (std::size_t j = 0; j < firstBoxes.size(); ++j)
    {
        const Cell* cell = firstBoxes[j];
        if (cell->row != insert.like.front() || cell->rowSpan < 2)
            continue;
        const int span = std::min(cell->rowSpan, group);
        if (span > 1)
            insert.merges.push_back(
                CellMerge{cellNameAt(static_cast<int>(j), insert.at),
                          cellNameAt(static_cast<int>(j), insert.at + span - 1)});
    }

    for (int i = 0; i < group; ++i)
    {
        const int like = insert.like[static_cast<std::size_t>(i)];
        const std::vector<const Cell*> boxes = boxesOf(table, like);
        for (std::size_t j = 0; j < boxes.size(); ++j)
        {
            const Cell* cell = boxes[j];
            const bool bold = cell->row == like && !cell->empty() &&
                              std::all_of(cell->paragraphs.begin(), cell->paragraphs.end(),
                                          [](const Paragraph& p) { return p.empty() || p.bold; });
            if (bold)
                insert.boldCells.push_back(cellNameAt(static_cast<int>(j), insert.at + i));
        }
    }

    // The cell of a field in the new objective's first row, or empty if the table has none.
    const auto cellFor = fieldCellsOfRow(planTable, firstBoxes, insert.at);
    // The same cell of the last objective's first row (`insert` is moved away below).
    const int likeRow = insert.like.front();
    const auto oldCell = [&table, likeRow](const Location& at)
    { return table.at(likeRow, at.column); };
    return fillNewObjective(plan, last, std::move(insert), cellFor, oldCell, fields, schemas);
}

namespace
{
Result<ObjectiveInsert>
fillNewObjective(const Plan& plan, const Objective& last, ObjectiveInsert insert,
                 const std::function<std::optional<Location>(const std::string&)>& cellFor,
                 const std::function<const Cell*(const Location&)>& oldCell,
                 const std::vector<std::pair<std::string, std::vector<std::string>>>& fields,
                 const Schemas& schemas)
{
    using R = Result<ObjectiveInsert>;
    const std::string& text = insert.objectiveText;
    // The objective, numbered the plan's way: its number column, or a typed "4) ".
    const std::optional<Location> objectiveCell = cellFor("objective");
    if (!objectiveCell)
        return R::failed(ResultStatus::NoColumn,
                         "The plan has no objective column to write the new objective into.");
    std::string objectiveParagraph = text;
    if (const std::optional<Location> numberCell = cellFor("number"))
    {
        const Cell* old = oldCell(*numberCell);
        std::optional<std::string> number =
            old ? renumbered(text::trim(old->text()), insert.number) : std::nullopt;
        insert.fills.push_back(
            CellFill{numberCell->cell,
                     "number",
                     {NewParagraph{number.value_or(std::to_string(insert.number))}},
                     std::nullopt});
    }
    else if (const Paragraph* first = firstWritten(last.objective))
    {
        const Item item = parseItem(*first, schemas.grammar);
        if (item.marker == ItemMarker::TypedNumber)
            if (std::optional<std::string> label = renumbered(item.label, insert.number))
                objectiveParagraph = *label + " " + text;
    }
    insert.fills.push_back(CellFill{
        objectiveCell->cell, "objective", {NewParagraph{objectiveParagraph}}, std::nullopt});

    for (const auto& [typed, values] : fields)
    {
        const std::string id = editableFieldId(typed, schemas.layout);
        if (id.empty() || id == "objective")
            return R::failed(ResultStatus::UnknownName,
                             id == "objective"
                                 ? "Give the objective's text with --objective, not as a field."
                                 : "eqplan cannot write the field \"" + typed +
                                       "\" of a new objective.");
        const std::optional<Location> cell = cellFor(id);
        if (!cell)
            return R::failed(ResultStatus::NoColumn,
                             "The plan has no " + schemas.layout.field(id)->label +
                                 " column to write the new objective's into.");
        // Written as an edit of the same field of an objective that is still empty: in the way
        // the other objectives write it.
        Objective blank;
        blank.number = insert.number;
        Field* field = blank.field(id); // an editable id other than "objective": never null
        Location at = *cell;
        field->cells.push_back(at);
        at.paragraph = 0;
        field->paragraphs.push_back(FieldParagraph{Paragraph{}, at});
        const Result<FieldWrite> planned = planFieldEdit(plan, blank, id, values, schemas);
        if (!planned)
            return R::failed(planned.status, planned.error);
        std::vector<NewParagraph> paragraphs = planned->paragraphs;
        // Where the objective above keeps this field in a real list, the items join its list.
        std::optional<Location> listLike;
        const std::vector<ListItem>* above = id == "targetGroups"      ? &last.targetGroupItems
                                             : id == "actions"         ? &last.actionItems
                                             : id == "successCriteria" ? &last.successCriteriaItems
                                                                       : nullptr;
        if (above && !above->empty() && above->front().item.marker == ItemMarker::ListLabel)
        {
            listLike = above->front().location;
            paragraphs.clear();
            for (const std::string& value : values)
                paragraphs.push_back(NewParagraph{std::string(text::trim(value))});
        }
        auto fill = std::find_if(insert.fills.begin(), insert.fills.end(),
                                 [&](const CellFill& f) { return f.cell == cell->cell; });
        if (fill == insert.fills.end())
            insert.fills.push_back(
                CellFill{cell->cell, id, std::move(paragraphs), std::move(listLike)});
        else
            fill->paragraphs.insert(fill->paragraphs.end(), paragraphs.begin(), paragraphs.end());
    }
    return R::ok(std::move(insert));
}
} // namespace
} // namespace eqplan
