#include "eqplan/PlanReader.hpp"

#include "PlanReaderParts.hpp"

#include "eqplan/HeaderMatch.hpp"
#include "eqplan/Text.hpp"

#include "ProgressParsing.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <map>
#include <set>

namespace eqplan
{
namespace
{
bool isWordChar(char c)
{
    const unsigned char u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80;
}

// `phrase` occurs in `haystack` (both folded) on word boundaries.
bool containsPhrase(std::string_view haystack, std::string_view phrase)
{
    for (std::size_t pos = haystack.find(phrase); pos != std::string_view::npos;
         pos = haystack.find(phrase, pos + 1))
    {
        const bool startOk = pos == 0 || !isWordChar(haystack[pos - 1]);
        const std::size_t end = pos + phrase.size();
        const bool endOk = end == haystack.size() || !isWordChar(haystack[end]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

// A piece of a cell folded for vocabulary look-up: no surrounding punctuation.
std::string foldTerm(std::string_view piece)
{
    std::string folded = text::fold(piece);
    auto isPunct = [](char c) { return c == '.' || c == ':' || c == ';' || c == '(' || c == ')'; };
    while (!folded.empty() && (isPunct(folded.back()) || folded.back() == ' '))
        folded.pop_back();
    std::size_t start = 0;
    while (start < folded.size() && (isPunct(folded[start]) || folded[start] == ' '))
        ++start;
    return folded.substr(start);
}

bool isOneOf(const std::string& folded, const std::vector<std::string>& phrases)
{
    return std::find(phrases.begin(), phrases.end(), folded) != phrases.end();
}

// The characteristic a whole phrase names, if any.
const WordList* characteristicNamed(const std::string& folded, const Layout& layout)
{
    for (const WordList& list : layout.characteristics)
        if (isOneOf(folded, list.words))
            return &list;
    return nullptr;
}

template <class Enum>
void addSorted(std::vector<Enum>& values, Enum value)
{
    if (std::find(values.begin(), values.end(), value) == values.end())
    {
        values.push_back(value);
        std::sort(values.begin(), values.end());
    }
}

void addPiece(std::vector<std::string>& pieces, std::string_view piece)
{
    std::string_view trimmed = text::trim(piece);
    if (!trimmed.empty())
        pieces.emplace_back(trimmed);
}

// Splits at " and " / " or " (any case) on word boundaries.
std::vector<std::string> splitConjunctions(std::string_view piece)
{
    std::vector<std::string> parts;
    const std::string folded = text::lower(piece);
    std::size_t start = 0;
    for (std::size_t i = 0; i < folded.size(); ++i)
    {
        if (folded[i] != ' ')
            continue; // both start with a space: most bytes start neither
        for (std::string_view conjunction : {" and ", " or "})
        {
            if (folded.compare(i, conjunction.size(), conjunction) == 0)
            {
                addPiece(parts, piece.substr(start, i - start));
                start = i + conjunction.size();
                i = start - 1;
                break;
            }
        }
    }
    addPiece(parts, piece.substr(start));
    return parts;
}

// Everything the reader knows of one plan table while it reads its rows.
struct TableReading
{
    const Table* table = nullptr;
    int documentIndex = 0;
    int planIndex = 0;
    int headerRow = 0;
    bool labelsLeft = false; // `table` is the document's table turned over: labels down the left
    std::vector<std::string> fieldOfColumn;  // field id per grid column, "" for unknown
    std::vector<std::string> headerOfColumn; // header text per grid column
    std::vector<CellMatch> matchOfColumn;    // how sure recognition is of each column's field
    std::vector<const Cell*> coverage;       // rows × columns → the cell covering it
    const ColumnAssignments* assigned = nullptr; // what the user said columns hold, if anything

    const Cell* at(int row, int column) const
    {
        return coverage[static_cast<std::size_t>(row * table->columns + column)];
    }
};

std::vector<const Cell*> coverageOf(const Table& table)
{
    std::vector<const Cell*> coverage(static_cast<std::size_t>(table.rows * table.columns),
                                      nullptr);
    for (const Cell& cell : table.cells)
        for (int r = cell.row; r < std::min(table.rows, cell.row + cell.rowSpan); ++r)
            for (int c = cell.column; c < std::min(table.columns, cell.column + cell.columnSpan);
                 ++c)
                if (r >= 0 && c >= 0)
                    coverage[static_cast<std::size_t>(r * table.columns + c)] = &cell;
    return coverage;
}

// The cells whose top-left corner is in `row`, in column order.
std::vector<const Cell*> freshCells(const TableReading& reading, int row)
{
    std::vector<const Cell*> cells;
    for (int c = 0; c < reading.table->columns; ++c)
    {
        const Cell* cell = reading.at(row, c);
        if (cell && cell->row == row && (cells.empty() || cells.back() != cell))
            cells.push_back(cell);
    }
    return cells;
}

// Maps the header row's cells to fields by the best assignment of their scores
// (HeaderMatch.hpp); returns how many distinct fields it names.
int mapHeader(TableReading& reading, int headerRow, const Layout& layout)
{
    const int columns = reading.table->columns;
    reading.fieldOfColumn.assign(static_cast<std::size_t>(columns), "");
    reading.headerOfColumn.assign(static_cast<std::size_t>(columns), "");
    reading.matchOfColumn.assign(static_cast<std::size_t>(columns), CellMatch{});
    std::vector<HeaderCell> cells;
    for (int c = 0; c < columns; ++c)
    {
        const Cell* cell = reading.at(headerRow, c);
        if (!cell || cell->row != headerRow)
            continue;
        const int end = std::min(columns, cell->column + cell->columnSpan);
        cells.push_back(HeaderCell{c, end - c, std::string(text::trim(cell->text()))});
        c = std::max(c, end - 1);
    }
    HeaderAssignment assignment = assignHeader(cells, layout, reading.assigned);
    for (std::size_t i = 0; i < cells.size(); ++i)
        for (int spanned = cells[i].column; spanned < cells[i].column + cells[i].span; ++spanned)
        {
            reading.fieldOfColumn[static_cast<std::size_t>(spanned)] = assignment.cells[i].field;
            reading.headerOfColumn[static_cast<std::size_t>(spanned)] = cells[i].header;
            reading.matchOfColumn[static_cast<std::size_t>(spanned)] = assignment.cells[i];
        }
    reading.headerRow = headerRow;
    return assignment.fields;
}

// The columns of the header row mapHeader last read, one per header cell.
std::vector<Column> columnsOf(const TableReading& reading)
{
    std::vector<Column> columns;
    for (int c = 0; c < reading.table->columns; ++c)
    {
        const std::string& header = reading.headerOfColumn[static_cast<std::size_t>(c)];
        const std::string& field = reading.fieldOfColumn[static_cast<std::size_t>(c)];
        if (c > 0 && header == reading.headerOfColumn[static_cast<std::size_t>(c - 1)] &&
            field == reading.fieldOfColumn[static_cast<std::size_t>(c - 1)])
            continue; // one header cell spanning several columns
        const CellMatch& match = reading.matchOfColumn[static_cast<std::size_t>(c)];
        columns.push_back(
            Column{c, header, field, match.score, match.why, match.doubt, match.assigned});
    }
    return columns;
}

// A table with its labels down the left has a row per field, a few more with notes: a longer
// one is a list, not such a plan, and is not read down its first column.
constexpr int maxLabelRows = 40;

// The first column's cells, read as a header, name enough fields for a plan: checked before a
// table is turned over (a copy of all its cells) to read it that way.
bool firstColumnNamesAPlan(const TableReading& reading, const Layout& layout)
{
    std::vector<HeaderCell> cells;
    for (int r = 0; r < reading.table->rows; ++r)
        if (const Cell* cell = reading.at(r, 0); cell && cell->row == r)
            cells.push_back(HeaderCell{r, cell->rowSpan, std::string(text::trim(cell->text()))});
    const HeaderAssignment assignment = assignHeader(cells, layout, reading.assigned);
    if (assignment.fields < layout.minFields)
        return false;
    for (const CellMatch& match : assignment.cells)
        if (layout.requiredAnyOf.empty() || isOneOf(match.field, layout.requiredAnyOf))
            return true;
    return false;
}

bool namesRequiredField(const TableReading& reading, const Layout& layout)
{
    if (layout.requiredAnyOf.empty())
        return true;
    for (const std::string& field : reading.fieldOfColumn)
        if (isOneOf(field, layout.requiredAnyOf))
            return true;
    return false;
}

// Where a cell is in the document: a table read turned over has its rows and columns swapped.
Location locationOf(const TableReading& reading, const Cell& cell,
                    std::optional<int> paragraph = {})
{
    if (reading.labelsLeft)
        return Location{reading.documentIndex, cell.column, cell.row, cell.name, paragraph};
    return Location{reading.documentIndex, cell.row, cell.column, cell.name, paragraph};
}

// A table turned over, so that a plan whose field labels are down its first column (one
// objective per column after it) reads as one whose labels are along its first row.
Table turnedOver(const Table& table)
{
    Table turned = table;
    turned.rows = table.columns;
    turned.columns = table.rows;
    for (Cell& cell : turned.cells)
    {
        std::swap(cell.row, cell.column);
        std::swap(cell.rowSpan, cell.columnSpan);
    }
    return turned;
}

// The number a heading above a table gives its objective: "Objective 2", "Amcan 3: ...",
// "2. Attendance"; nothing otherwise.
std::optional<int> headingNumber(std::string_view heading)
{
    const std::vector<std::string> words = headerWords(heading.substr(0, 80));
    auto number = [](const std::string& word) -> std::optional<int>
    {
        if (word.empty() || word.size() > 3 ||
            !std::all_of(word.begin(), word.end(), [](char c) { return text::isDigit(c); }))
            return std::nullopt;
        return std::stoi(word);
    };
    if (words.empty())
        return std::nullopt;
    if (std::optional<int> first = number(words.front()))
        return first;
    for (std::size_t i = 0; i + 1 < words.size() && i < 3; ++i)
        if (words[i] == "objective" || words[i] == "amcan")
            return number(words[i + 1]);
    return std::nullopt;
}

void appendCell(Field& field, const TableReading& reading, const Cell& cell)
{
    field.cells.push_back(locationOf(reading, cell));
    const std::size_t needed = field.paragraphs.size() + cell.paragraphs.size();
    if (needed > field.paragraphs.capacity())
        field.paragraphs.reserve(std::max(needed, 2 * field.paragraphs.capacity()));
    for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
        field.paragraphs.push_back(
            FieldParagraph{cell.paragraphs[p], locationOf(reading, cell, static_cast<int>(p))});
}

// An objective while its rows are being gathered.
struct Gathering
{
    Objective objective;
    Field number;
    std::string statusShading; // the status cell's background colour
    int id = 0; // its place among the table's objectives, as `gatheredBy` names it
};

// `gatheredBy` holds, for each of the table's cells, the id of the last gathering that took it
// (-1 for none), so that a cell spanning several columns or rows is taken once per objective.
void gatherRow(Gathering& gathering, std::vector<int>& gatheredBy, const TableReading& reading,
               int row, bool commentary)
{
    gathering.objective.rows.push_back(row);
    for (int c = 0; c < reading.table->columns; ++c)
    {
        const Cell* cell = reading.at(row, c);
        if (!cell)
            continue;
        int& by = gatheredBy[static_cast<std::size_t>(cell - reading.table->cells.data())];
        if (by == gathering.id)
            continue;
        by = gathering.id;
        // A commentary row's own cells are progress whatever column they start in; cells merged
        // down from the objective's row were gathered with that row.
        const std::string& id = reading.fieldOfColumn[static_cast<std::size_t>(c)];
        if (commentary && cell->row == row)
        {
            appendCell(gathering.objective.progressField, reading, *cell);
            continue;
        }
        if (id == "number")
        {
            appendCell(gathering.number, reading, *cell);
            continue;
        }
        if (Field* field = gathering.objective.field(id))
        {
            if (id == "status" && gathering.statusShading.empty())
                gathering.statusShading = cell->shading;
            appendCell(*field, reading, *cell);
            if (!id.empty() && id == gathering.objective.progressFrom)
                appendCell(gathering.objective.progressField, reading, *cell);
            continue;
        }
        const std::string& header = reading.headerOfColumn[static_cast<std::size_t>(c)];
        auto extra =
            std::find_if(gathering.objective.extra.begin(), gathering.objective.extra.end(),
                         [&](const ExtraField& e) { return e.header == header; });
        if (extra == gathering.objective.extra.end())
            extra = gathering.objective.extra.insert(extra, ExtraField{header, {}});
        appendCell(extra->field, reading, *cell);
    }
}

// The field whose column a table's progress is read from where it has no progress column: its
// Evidence column ("Evidence of progress"), where schools without one write their dated notes.
// Empty where the table has a progress column or no such one.
std::string progressFromOf(const TableReading& reading)
{
    const auto has = [&](std::string_view id)
    {
        return std::find(reading.fieldOfColumn.begin(), reading.fieldOfColumn.end(), id) !=
               reading.fieldOfColumn.end();
    };
    return !has("progress") && has("evidence") ? "evidence" : "";
}

std::vector<ListItem> itemsOf(const Field& field, const CommentaryGrammar& grammar)
{
    std::vector<ListItem> items;
    items.reserve(field.paragraphs.size());
    for (const FieldParagraph& fp : field.paragraphs)
    {
        if (fp.paragraph.empty())
            continue;
        Item item = parseItem(fp.paragraph, grammar);
        if (item.text.empty() && item.marker != ItemMarker::ListLabel)
            continue;
        items.push_back(ListItem{std::move(item), fp.location});
    }
    return items;
}

std::vector<Progress> progressOf(const Field& field, const CommentaryGrammar& grammar)
{
    std::vector<ProgressEntry> parsed = detail::parseProgressOf(
        field.paragraphs.size(),
        [&](std::size_t i) -> const Paragraph& { return field.paragraphs[i].paragraph; }, grammar);
    std::vector<Progress> entries;
    entries.reserve(parsed.size());
    for (ProgressEntry& entry : parsed)
    {
        Progress progress;
        progress.items.reserve(entry.items.size());
        progress.date = entry.date;
        progress.heading = std::move(entry.heading);
        progress.headingBold = entry.headingBold;
        progress.form = entry.form;
        progress.dateForm = entry.dateForm;
        if (entry.headingParagraph)
            progress.headingLocation = field.paragraphs[*entry.headingParagraph].location;
        for (ProgressItem& item : entry.items)
            progress.items.push_back(
                ListItem{std::move(item.item), field.paragraphs[item.paragraph].location});
        entries.push_back(std::move(progress));
    }
    return entries;
}

std::optional<int> leadingNumber(std::string_view s)
{
    s = text::trim(s);
    int value = 0;
    std::size_t digits = 0;
    while (digits < s.size() && digits < 4 && std::isdigit(static_cast<unsigned char>(s[digits])))
        value = value * 10 + (s[digits++] - '0');
    if (digits == 0)
        return std::nullopt;
    return value;
}

// Fills in everything derived from an objective's fields.
void interpret(Gathering& gathering, const Schemas& schemas, int previousNumber,
               std::optional<int> numberFromHeading)
{
    Objective& objective = gathering.objective;
    const CommentaryGrammar& grammar = schemas.grammar;

    std::optional<int> number = leadingNumber(gathering.number.text());
    // A typed "1) " before the objective's first paragraph is its number, not its text.
    std::string objectiveText;
    bool first = true;
    for (const FieldParagraph& fp : objective.objective.paragraphs)
    {
        if (fp.paragraph.empty())
            continue;
        std::string_view paragraphText = text::trim(fp.paragraph.text);
        Item item = parseItem(fp.paragraph, grammar);
        if (first &&
            (item.marker == ItemMarker::TypedNumber || item.marker == ItemMarker::ListLabel) &&
            item.number)
        {
            number = number ? number : item.number;
            paragraphText = item.marker == ItemMarker::TypedNumber ? std::string_view(item.text)
                                                                   : paragraphText;
            objectiveText += paragraphText;
        }
        else
        {
            objectiveText += (first ? "" : "\n") + std::string(paragraphText);
        }
        first = false;
    }
    objective.objectiveText = std::move(objectiveText);
    objective.number = number ? *number : numberFromHeading.value_or(previousNumber + 1);

    AimsReading aims = readAims(objective.duty.text(), schemas.layout);
    objective.aims = std::move(aims.aims);
    objective.unmappedDuty = std::move(aims.unmapped);
    CharacteristicsReading characteristics =
        readCharacteristics(objective.characteristics.text(), schemas.layout);
    objective.characteristicIds = std::move(characteristics.characteristics);
    objective.unmappedCharacteristics = std::move(characteristics.unmapped);

    objective.targetGroupItems = itemsOf(objective.targetGroups, grammar);
    objective.actionItems = itemsOf(objective.actions, grammar);
    objective.successCriteriaItems = itemsOf(objective.successCriteria, grammar);
    for (OwnerMention& owner : readOwners(objective.owners.text()))
    {
        if (!owner.note.empty())
            objective.ownerNotes.push_back(OwnerNote{owner.name, std::move(owner.note)});
        objective.ownerNames.push_back(std::move(owner.name));
    }
    objective.status =
        readStatus(objective.statusField.text(), gathering.statusShading, schemas.layout);
    for (const DateMatch& match : findDates(objective.timescale.text()))
        objective.timescaleDates.push_back(*match.date);
    objective.progress = progressOf(objective.progressField, grammar);
}

// Reads the objectives of rows [firstRow, endRow) of one plan table, appending them to the plan.
void readObjectives(const TableReading& reading, const Schemas& schemas, Plan& plan, int firstRow,
                    int endRow, std::optional<int> numberFromHeading = std::nullopt)
{
    const Table& table = *reading.table;
    std::vector<int> keyColumns;
    int objectiveColumn = -1;
    for (int c = 0; c < table.columns; ++c)
    {
        const std::string& id = reading.fieldOfColumn[static_cast<std::size_t>(c)];
        const FieldSpec* spec = schemas.layout.field(id);
        if (spec && spec->key)
            keyColumns.push_back(c);
        if (id == "objective" && objectiveColumn < 0)
            objectiveColumn = c;
    }
    if (keyColumns.empty() && objectiveColumn >= 0)
        keyColumns.push_back(objectiveColumn);
    const std::string progressFrom = progressFromOf(reading);
    const bool hasProgressColumn =
        !progressFrom.empty() ||
        std::find(reading.fieldOfColumn.begin(), reading.fieldOfColumn.end(), "progress") !=
            reading.fieldOfColumn.end();

    std::vector<Gathering> gathered;
    std::vector<int> gatheredBy(table.cells.size(), -1);
    for (int row = firstRow; row < endRow; ++row)
    {
        std::vector<const Cell*> fresh = freshCells(reading, row);
        std::vector<const Cell*> filled;
        std::copy_if(fresh.begin(), fresh.end(), std::back_inserter(filled),
                     [](const Cell* cell) { return !cell->empty(); });
        if (filled.empty())
            continue;

        const bool headed = std::all_of(
            filled.begin(), filled.end(),
            [&](const Cell* cell)
            {
                for (const Paragraph& p : cell->paragraphs)
                    if (!p.empty())
                        return parseProgressHeading(p.text, schemas.grammar).has_value();
                return false;
            });
        // A key cell counts only where it starts: a commentary cell spanning from an earlier
        // column over the owners column is not an owners cell.
        const bool keysEmpty =
            std::all_of(keyColumns.begin(), keyColumns.end(),
                        [&](int c)
                        {
                            const Cell* cell = reading.at(row, c);
                            return !cell || cell->row != row || cell->column != c || cell->empty();
                        });
        bool startsNumbered = false;
        if (objectiveColumn >= 0)
        {
            const Cell* cell = reading.at(row, objectiveColumn);
            if (cell && cell->row == row)
                for (const Paragraph& p : cell->paragraphs)
                    if (!p.empty())
                    {
                        startsNumbered =
                            parseItem(p, schemas.grammar).marker == ItemMarker::TypedNumber;
                        break;
                    }
        }
        const bool continuation =
            keysEmpty && !startsNumbered && static_cast<int>(filled.size()) * 2 <= table.columns;
        // Where a plan has no progress column, progress lives in rows of their own under the
        // objective: one cell spanning several columns, with or without a dated heading.
        const bool commentary = headed || (!hasProgressColumn && continuation &&
                                           filled.size() == 1 && filled.front()->columnSpan > 1);

        if (!gathered.empty() && (commentary || continuation))
        {
            gatherRow(gathered.back(), gatheredBy, reading, row, commentary);
            if (!commentary)
                gathered.back().objective.continuationRows.push_back(row);
            if (!commentary)
                plan.notes.push_back("Row " + std::to_string(row + 1) + " of " + table.name +
                                     " continues the objective above it (a row split over a "
                                     "page); it is read as part of that objective.");
            continue;
        }
        Gathering next;
        next.objective.table = reading.planIndex;
        next.objective.progressFrom = progressFrom;
        next.id = static_cast<int>(gathered.size());
        gatherRow(next, gatheredBy, reading, row, false);
        gathered.push_back(std::move(next));
    }

    plan.objectives.reserve(plan.objectives.size() + gathered.size());
    for (Gathering& gathering : gathered)
    {
        // A heading's number is the objective's only where the table holds that one objective.
        interpret(gathering, schemas, plan.objectives.empty() ? 0 : plan.objectives.back().number,
                  gathered.size() == 1 ? numberFromHeading : std::nullopt);
        plan.objectives.push_back(std::move(gathering.objective));
    }
}

void registerOwners(Plan& plan)
{
    std::map<std::string, std::size_t> byKey;
    for (Objective& objective : plan.objectives)
    {
        for (std::string& name : objective.ownerNames)
        {
            auto [it, added] = byKey.emplace(ownerKey(name), plan.owners.size());
            if (added)
                plan.owners.push_back(Owner{name, {}});
            Owner& owner = plan.owners[it->second];
            name = owner.name;
            if (owner.objectives.empty() || owner.objectives.back() != objective.number)
                owner.objectives.push_back(objective.number);
        }
        // Two spellings of one owner in one cell become one.
        std::vector<std::string> unique;
        for (const std::string& name : objective.ownerNames)
            if (std::find(unique.begin(), unique.end(), name) == unique.end())
                unique.push_back(name);
        objective.ownerNames = std::move(unique);
    }
}

// The end of a range written with a two-digit year after a year ("2022–24", "2022-24",
// "2022/24", "2022 – 24", "2022 to 24"): the year it ends in and the byte just past it; nothing
// where the text goes on otherwise. A year before the first's last two digits is in the next
// century ("1998–02").
std::optional<std::pair<int, std::size_t>> twoDigitEnd(std::string_view text, const DateMatch& from)
{
    if (from.date->precision != Precision::Year)
        return std::nullopt;
    std::size_t pos = from.end;
    const auto skipSpaces = [&]
    {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
    };
    skipSpaces();
    static constexpr std::string_view separators[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-", "/",
                                                      "to "};
    bool separated = false;
    for (std::string_view separator : separators)
        if (text.substr(pos, separator.size()) == separator)
        {
            pos += separator.size();
            separated = true;
            break;
        }
    if (!separated)
        return std::nullopt;
    skipSpaces();
    const auto digit = [&](std::size_t at)
    { return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); };
    if (!digit(pos) || !digit(pos + 1) || digit(pos + 2))
        return std::nullopt;
    const int first = static_cast<int>(from.date->first.year());
    int to = first - first % 100 + (text[pos] - '0') * 10 + (text[pos + 1] - '0');
    if (to < first)
        to += 100;
    return std::pair{to, pos + 2};
}

std::optional<Period> periodOf(const std::string& title)
{
    std::vector<DateMatch> dates = findDates(title);
    if (dates.empty())
        return std::nullopt;
    Period period;
    std::size_t end = dates.back().end;
    period.from = static_cast<int>(dates.front().date->first.year());
    period.to = static_cast<int>(dates.back().date->last().year());
    if (const auto shortEnd = twoDigitEnd(title, dates.back()))
    {
        period.to = shortEnd->first;
        end = shortEnd->second;
    }
    period.text = title.substr(dates.front().begin, end - dates.front().begin);
    return period;
}

// The document-control label a cell or a line starts with ("Next review date:" → nextReview):
// the longest phrase of schemas/layouts.json "documentControl" that it is or starts with, on a
// word boundary; `length` is set to the bytes of `text` it covers.
const WordList* controlLabel(std::string_view text, const Layout& layout, std::size_t& length)
{
    const std::string folded = text::fold(text::trim(text));
    const WordList* best = nullptr;
    std::size_t longest = 0;
    for (const WordList& list : layout.documentControl)
        for (const std::string& phrase : list.words)
            if (phrase.size() > longest && folded.compare(0, phrase.size(), phrase) == 0 &&
                (folded.size() == phrase.size() || !isWordChar(folded[phrase.size()])))
            {
                longest = phrase.size();
                best = &list;
            }
    length = longest;
    return best;
}

// A label cell that is only a label ("Date approved", "Next review:"), not a sentence; a
// bilingual one gives its second language after a slash ("Last reviewed / Adolygu ddiwethaf").
const WordList* labelCell(std::string_view text, const Layout& layout)
{
    std::size_t length = 0;
    const WordList* list = controlLabel(text, layout, length);
    const std::string rest = foldTerm(text::fold(text::trim(text)).substr(length));
    return list && (rest.empty() || rest.front() == '/') ? list : nullptr;
}

void keepFact(Plan& plan, const WordList& label, std::string_view value, std::string source,
              std::optional<Location> location)
{
    std::optional<PlanFact>* fact = plan.facts.fact(label.id);
    const std::string text(text::trim(value));
    if (!fact || *fact || text.empty())
        return;
    PlanFact found{text, std::nullopt, std::move(source), std::move(location)};
    if (label.id != "approvedBy")
    {
        const DateMatch match = findDate(text);
        if (!match)
            return; // "Reviewed by governors each year": no date, no fact
        found.date = match.date;
    }
    *fact = std::move(found);
}

// The facts of a page header or footer: each paragraph split where a tab, "|", "·" or "•"
// separates its parts ("Equality Action Plan 2022–2025<tab>Reviewed: Sept 2024"); a part that
// starts with a label gives its value ("Next review: July 2025"), one without a label but with a
// range of years gives the period ("Equality Action Plan 2022–2025"). After the document-control
// table and the lines above the plan: the first of each kind is kept.
void readPageFacts(const std::vector<Paragraph>& paragraphs, std::string_view where,
                   const Layout& layout, Plan& plan)
{
    static constexpr std::string_view separators[] = {"\t", "|", "\xC2\xB7", "\xE2\x80\xA2"};
    for (const Paragraph& paragraph : paragraphs)
    {
        std::string_view rest = paragraph.text;
        while (!rest.empty())
        {
            std::size_t cut = rest.size();
            std::size_t skip = 0;
            for (std::string_view separator : separators)
                if (const std::size_t at = rest.find(separator); at < cut)
                {
                    cut = at;
                    skip = separator.size();
                }
            const std::string_view part = text::trim(rest.substr(0, cut));
            rest = cut < rest.size() ? rest.substr(cut + skip) : std::string_view();
            if (part.empty() || part.size() > 160)
                continue;
            const std::string source = std::string(where) + ", \"" + std::string(part) + "\"";
            std::size_t length = 0;
            if (const WordList* list = controlLabel(part, layout, length))
            {
                std::string_view value = text::trim(part.substr(std::min(length, part.size())));
                const std::size_t start = value.find_first_not_of(":-\xE2\x80\x93 ");
                if (start != 0 && start != std::string_view::npos)
                    keepFact(plan, *list, value.substr(start), source, std::nullopt);
                continue;
            }
            const std::optional<Period> period = periodOf(std::string(part));
            if (period && period->from < period->to && !plan.facts.period)
                plan.facts.period =
                    PlanFact{period->text, findDate(period->text).date, source, std::nullopt};
        }
    }
}

// The facts a document keeps beside its plan tables: a document-control table (labels down its
// first column with their values beside them, or along its first row with their values below)
// and lines above the plan ("Approved by: Full governing body", "Date approved - 4 October
// 2023"); the first of each kind is kept. A table counts only where two of its labels are known.
void readFacts(const DocumentGrid& document, const std::vector<bool>& planTable,
               const Layout& layout, Plan& plan)
{
    for (std::size_t t = 0; t < document.tables.size(); ++t)
    {
        if (planTable[t])
            continue;
        const Table& table = document.tables[t];
        if (table.rows > maxLabelRows || table.columns < 2)
            continue;
        const std::string source = "the document-control table " + table.name + ", ";
        struct Pair
        {
            const WordList* label;
            const Cell* labelCell;
            const Cell* value;
        };
        const auto pairs = [&](bool down)
        {
            std::vector<Pair> found;
            const int lines = down ? table.rows : table.columns;
            for (int i = 0; i < lines; ++i)
            {
                const Cell* label = down ? table.at(i, 0) : table.at(0, i);
                if (!label || (down ? label->row != i : label->column != i))
                    continue;
                const WordList* list = labelCell(label->text(), layout);
                const Cell* value = down ? table.at(i, label->column + label->columnSpan)
                                         : table.at(label->row + label->rowSpan, i);
                if (list && value && value != label)
                    found.push_back(Pair{list, label, value});
            }
            return found;
        };
        std::vector<Pair> found = pairs(true);
        if (found.size() < 2)
            found = pairs(false);
        if (found.size() < 2)
            continue;
        for (const Pair& pair : found)
            keepFact(plan, *pair.label, pair.value->text(),
                     source + "\"" + std::string(text::trim(pair.labelCell->text())) + "\" (" +
                         pair.value->name + ")",
                     Location{static_cast<int>(t), pair.value->row, pair.value->column,
                              pair.value->name, std::nullopt});
    }
    // Lines above the first plan table, but the Updated line, which is read as it is.
    for (std::size_t t = 0; t < document.tables.size(); ++t)
    {
        const std::vector<Paragraph>& before = document.tables[t].before;
        for (std::size_t p = 0; p < before.size(); ++p)
        {
            const std::string_view line = text::trim(before[p].text);
            if (line.empty() || line.size() > 160 ||
                (plan.updated && plan.updated->table == static_cast<int>(t) &&
                 plan.updated->paragraph == static_cast<int>(p)))
                continue;
            std::size_t length = 0;
            const WordList* list = controlLabel(line, layout, length);
            if (!list)
                continue;
            std::string_view value = text::trim(line.substr(std::min(length, line.size())));
            const std::size_t separator = value.find_first_not_of(":-\xE2\x80\x93 ");
            if (separator == 0 || separator == std::string_view::npos)
                continue; // a sentence that starts with the words, not a label and its value
            value = value.substr(separator);
            keepFact(plan, *list, value, "the line \"" + std::string(line) + "\" above the plan",
                     Location{-1, -1, -1, {}, static_cast<int>(p)});
        }
        if (planTable[t])
            break;
    }
    readPageFacts(document.pageHeaders, "the page header", layout, plan);
    readPageFacts(document.pageFooters, "the page footer", layout, plan);
    if (!plan.period && plan.facts.period)
        plan.period = periodOf(plan.facts.period->text);
}

std::string describeHeaders(const Layout& layout)
{
    std::string out;
    for (std::string_view id : {"objective", "actions", "owners", "duty"})
        if (const FieldSpec* spec = layout.field(id); spec && !spec->headers.empty())
            out += (out.empty() ? "\"" : ", \"") + spec->headers.front() + "\"";
    return out;
}
} // namespace

namespace
{
// The hue (degrees) of a "#rrggbb" colour with at least `minSaturation`; nothing for a grey, a
// pale tint or anything else.
std::optional<int> hueOf(std::string_view colour, double minSaturation)
{
    if (colour.size() != 7 || colour[0] != '#')
        return std::nullopt;
    double rgb[3];
    for (int i = 0; i < 3; ++i)
    {
        int value = 0;
        for (char c : colour.substr(1 + 2 * static_cast<std::size_t>(i), 2))
        {
            const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                              : (c >= 'a' && c <= 'f')                   ? c - 'a' + 10
                              : (c >= 'A' && c <= 'F')                   ? c - 'A' + 10
                                                                         : -1;
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + digit;
        }
        rgb[i] = value / 255.0;
    }
    const double max = std::max({rgb[0], rgb[1], rgb[2]});
    const double min = std::min({rgb[0], rgb[1], rgb[2]});
    if (max <= 0 || (max - min) / max < minSaturation)
        return std::nullopt;
    const double delta = max - min;
    double hue = max == rgb[0]   ? std::fmod((rgb[1] - rgb[2]) / delta, 6.0)
                 : max == rgb[1] ? (rgb[2] - rgb[0]) / delta + 2
                                 : (rgb[0] - rgb[1]) / delta + 4;
    hue *= 60;
    if (hue < 0)
        hue += 360;
    return static_cast<int>(std::lround(hue)) % 360;
}
} // namespace

std::optional<Status> readStatus(std::string_view cell, std::string_view shading,
                                 const Layout& layout)
{
    Status status;
    status.text = std::string(text::trim(cell));
    for (char& c : status.shading = std::string(shading))
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (status.text.empty() && status.shading.empty())
        return std::nullopt;
    const std::string folded = foldTerm(status.text);
    // The longest phrase that is the whole cell or starts it: "not met" before "met".
    std::size_t longest = 0;
    for (const RatingSpec& rating : layout.ratings)
    {
        if (!rating.letter.empty() && folded == text::fold(rating.letter))
        {
            status.rating = rating.id;
            status.source = "letter";
            return status;
        }
        for (const std::string& word : rating.words)
            if (word.size() > longest && folded.compare(0, word.size(), word) == 0 &&
                (folded.size() == word.size() || !isWordChar(folded[word.size()])))
            {
                longest = word.size();
                status.rating = rating.id;
                status.source = "words";
            }
    }
    if (!status.rating.empty())
        return status;
    if (const std::optional<int> hue = hueOf(status.shading, layout.minSaturation))
        for (const RatingSpec& rating : layout.ratings)
            for (const auto& [from, to] : rating.hues)
                if (*hue >= from && *hue <= to)
                {
                    status.rating = rating.id;
                    status.source = "colour";
                    return status;
                }
    return status;
}

AimsReading readAims(std::string_view cell, const Layout& layout)
{
    AimsReading reading;
    if (isOneOf(foldTerm(cell), layout.allAims))
    {
        reading.aims.assign(std::begin(allAims), std::end(allAims));
        return reading;
    }
    // An aim's own words hold commas ("discrimination, harassment and victimisation"), so a cell
    // is split into parts only where it starts a new line or a new clause.
    for (const std::string& piece : text::split(cell, {";", "\n"}))
    {
        const std::string folded = foldTerm(piece);
        bool named = isOneOf(folded, layout.allAims);
        if (named)
            reading.aims.assign(std::begin(allAims), std::end(allAims));
        for (const WordList& list : layout.aims)
            for (const std::string& word : list.words)
                if (containsPhrase(folded, word))
                    if (std::optional<Aim> aim = aimFromString(list.id))
                    {
                        addSorted(reading.aims, *aim);
                        named = true;
                    }
        if (!named && !folded.empty())
            reading.unmapped.push_back(piece);
    }
    return reading;
}

CharacteristicsReading readCharacteristics(std::string_view cell, const Layout& layout)
{
    CharacteristicsReading reading;
    auto addAll = [&]
    {
        for (Characteristic c : allCharacteristics)
            addSorted(reading.characteristics, c);
    };
    auto add = [&](const WordList& list)
    {
        if (std::optional<Characteristic> c = characteristicFromString(list.id))
            addSorted(reading.characteristics, *c);
    };
    for (const std::string& piece : text::split(cell, {"/", ",", ";", "\n", "&", "+"}))
    {
        const std::string folded = foldTerm(piece);
        if (folded.empty())
            continue;
        if (isOneOf(folded, layout.allCharacteristics))
        {
            addAll();
            continue;
        }
        if (const WordList* list = characteristicNamed(folded, layout))
        {
            add(*list);
            continue;
        }
        for (const std::string& part : splitConjunctions(piece))
        {
            const std::string foldedPart = foldTerm(part);
            if (isOneOf(foldedPart, layout.allCharacteristics))
                addAll();
            else if (const WordList* list = characteristicNamed(foldedPart, layout))
                add(*list);
            else
                reading.unmapped.push_back(part);
        }
    }
    return reading;
}

std::string ownerKey(std::string_view owner)
{
    // text::fold without its spaces: lower case, every space (Unicode ones too) left out. Made
    // in one pass, as every owner of every cell is keyed.
    std::string key(owner.size(), '\0');
    std::size_t size = 0;
    for (std::size_t i = 0; i < owner.size();)
    {
        // Every space starts with a byte up to ' ' or from 0x80: the others are kept at once.
        const unsigned char c = static_cast<unsigned char>(owner[i]);
        if (const std::size_t space = c <= ' ' || c >= 0x80 ? text::spaceAt(owner, i) : 0)
        {
            i += space;
            continue;
        }
        key[size++] = text::asciiLower(owner[i++]);
    }
    key.resize(size);
    return key;
}

const std::vector<std::string_view>& ownerSeparators()
{
    static const std::vector<std::string_view> separators{
        "/", ",", "&", ";", " and ", " And ", " AND ", " with ", " With ", " WITH "};
    return separators;
}

OwnerMention readOwnerMention(std::string_view written)
{
    const std::string_view owner = text::trim(written);
    // A spaced dash: "Co-ordinator" is one word, "Admin staff - signage" an owner and a note.
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
        if (const std::size_t at = owner.find(dash); at != std::string_view::npos)
        {
            const std::string_view name = text::trim(owner.substr(0, at));
            const std::string_view note = text::trim(owner.substr(at + dash.size()));
            if (!name.empty() && !note.empty())
                return {std::string(name), std::string(note)};
        }
    if (owner.ends_with(')'))
        if (const std::size_t open = owner.rfind('('); open != std::string_view::npos && open > 0)
        {
            const std::string_view name = text::trim(owner.substr(0, open));
            const std::string_view note =
                text::trim(owner.substr(open + 1, owner.size() - open - 2));
            if (!name.empty() && !note.empty())
                return {std::string(name), std::string(note)};
        }
    return {std::string(owner), {}};
}

std::vector<std::string> splitOwnerText(std::string_view cell)
{
    // The separators but " and ", which is weighed below; made once, as every owners cell of
    // every check is split with them.
    static const std::vector<std::string_view> separators = []
    {
        std::vector<std::string_view> list;
        for (std::string_view separator : ownerSeparators())
            if (text::lower(separator) != " and ")
                list.push_back(separator);
        list.push_back("\n");
        return list;
    }();
    // A part between two " and "s, and whether it names a role (" of ").
    struct Part
    {
        std::string_view text;
        bool role = false;
    };
    std::vector<std::string> owners;
    for (const std::string& piece : text::split(cell, separators))
    {
        // Lowered once: the bytes of `folded` are where they are in `piece`, so each part is
        // read there (lowering each part as it grew made a long cell cost its length squared).
        const std::string folded = text::lower(piece);
        std::vector<Part> parts;
        std::size_t start = 0;
        const auto addPart = [&](std::size_t end)
        {
            parts.push_back(Part{std::string_view(piece).substr(start, end - start),
                                 std::string_view(folded).substr(start, end - start).find(" of ") !=
                                     std::string_view::npos});
        };
        for (std::size_t at; (at = folded.find(" and ", start)) != std::string::npos;
             start = at + 5)
            addPart(at);
        addPart(piece.size());
        // "Director of Teaching and Learning" is one role; "Head of Year 7 and Head of Year 8"
        // two, as is "Headteacher and Governors". A role stays one as the parts after it join
        // it (its " of " stays in it).
        std::string_view current = parts.front().text;
        bool currentIsRole = parts.front().role;
        for (std::size_t i = 1; i < parts.size(); ++i)
        {
            if (currentIsRole && !parts[i].role)
            {
                const std::size_t from = static_cast<std::size_t>(current.data() - piece.data());
                current = std::string_view(piece).substr(
                    from, static_cast<std::size_t>(parts[i].text.data() - piece.data()) - from +
                              parts[i].text.size());
                continue;
            }
            if (!text::trim(current).empty())
                owners.emplace_back(text::trim(current));
            current = parts[i].text;
            currentIsRole = parts[i].role;
        }
        if (!text::trim(current).empty())
            owners.emplace_back(text::trim(current));
    }
    return owners;
}

std::vector<OwnerMention> readOwners(std::string_view cell)
{
    std::vector<OwnerMention> owners;
    std::set<std::string> keys;
    for (const std::string& written : splitOwnerText(cell))
    {
        OwnerMention owner = readOwnerMention(written);
        if (!owner.name.empty() && keys.insert(ownerKey(owner.name)).second)
            owners.push_back(std::move(owner));
    }
    return owners;
}

std::vector<std::string> splitOwners(std::string_view cell)
{
    std::vector<std::string> names;
    for (OwnerMention& owner : readOwners(cell))
        names.push_back(std::move(owner.name));
    return names;
}

std::optional<UpdatedLine> readUpdatedLine(std::string_view paragraph)
{
    std::string_view line = text::trim(paragraph);
    if (line.size() > 160)
        return std::nullopt;
    std::string_view rest;
    for (std::string_view keyword : {"last updated", "updated", "last reviewed", "reviewed"})
        if (text::startsWithIgnoreCase(line, keyword) &&
            (line.size() == keyword.size() || !isWordChar(line[keyword.size()])))
        {
            rest = line.substr(keyword.size());
            break;
        }
    if (rest.data() == nullptr)
        return std::nullopt;
    auto skipPrefix = [](std::string_view s)
    {
        s = text::trim(s);
        while (!s.empty() && (s.front() == ':' || s.front() == '-'))
            s = text::trim(s.substr(1));
        if (text::startsWithIgnoreCase(s, "on "))
            s = text::trim(s.substr(3));
        return s;
    };
    rest = skipPrefix(rest);
    DateMatch match = findDate(rest);
    if (!match || match.begin != 0)
        return std::nullopt;
    UpdatedLine updated;
    updated.text = std::string(line);
    updated.date = match.date;
    std::string_view by = text::trim(rest.substr(match.end));
    while (!by.empty() &&
           (by.front() == ',' || by.front() == '-' || by.front() == ':' || by.front() == '('))
        by = text::trim(by.substr(1));
    if (text::startsWithIgnoreCase(by, "by "))
        by = text::trim(by.substr(3));
    while (!by.empty() && (by.back() == ')' || by.back() == '.'))
        by = text::trim(by.substr(0, by.size() - 1));
    updated.by = std::string(by);
    return updated;
}

namespace
{
// The columns the user assigned, as the document keeps them; nothing where it keeps none, or
// keeps what cannot be read (said in `notes`: the plan is then read as recognised).
std::optional<ColumnAssignments> userAssignments(const DocumentGrid& document, const Layout& layout,
                                                 std::vector<std::string>* notes)
{
    if (document.columnAssignments.empty())
        return std::nullopt;
    Loaded<ColumnAssignments> loaded =
        columnAssignmentsFromJson(document.columnAssignments, &layout);
    if (!loaded)
    {
        if (notes)
            notes->push_back("The columns assigned in this document could not be read (" +
                             loaded.error + "); its columns are read as eqplan recognises them.");
        return std::nullopt;
    }
    return std::move(*loaded.value);
}
} // namespace

ReadResult readPlan(const DocumentGrid& document, const Schemas& schemas)
{
    ReadResult result;
    Plan& plan = result.plan;
    const std::optional<ColumnAssignments> assigned =
        userAssignments(document, schemas.layout, &plan.notes);
    std::vector<TableReading> readings;
    std::deque<Table> turned; // the tables read turned over (TableReading points into it)
    for (std::size_t t = 0; t < document.tables.size(); ++t)
    {
        const Table& table = document.tables[t];
        TableReading reading;
        reading.table = &table;
        reading.documentIndex = static_cast<int>(t);
        reading.coverage = coverageOf(table);
        reading.assigned = assigned ? &*assigned : nullptr;
        int best = 0;
        std::vector<Column> bestColumns;
        bool found = false;
        for (int row = 0; row < std::min(table.rows, schemas.layout.headerRowSearch) && !found;
             ++row)
        {
            const int fields = mapHeader(reading, row, schemas.layout);
            found =
                fields >= schemas.layout.minFields && namesRequiredField(reading, schemas.layout);
            if (found || fields > best || (row == 0 && !found))
                bestColumns = columnsOf(reading);
            best = std::max(best, fields);
        }
        // Labels down the left: one small table per objective, or one column per objective.
        if (!found && table.rows >= schemas.layout.minFields && table.rows <= maxLabelRows &&
            table.columns >= 2 && firstColumnNamesAPlan(reading, schemas.layout))
        {
            TableReading across;
            across.table = &turned.emplace_back(turnedOver(table));
            across.documentIndex = static_cast<int>(t);
            across.labelsLeft = true;
            across.coverage = coverageOf(*across.table);
            across.assigned = reading.assigned;
            const int fields = mapHeader(across, 0, schemas.layout);
            found =
                fields >= schemas.layout.minFields && namesRequiredField(across, schemas.layout);
            if (found)
                reading = std::move(across);
        }
        if (!found)
        {
            RejectedTable rejected{static_cast<int>(t), table.name, {}, best,
                                   std::move(bestColumns)};
            if (table.rows > 0)
                for (const Cell* cell : freshCells(reading, 0))
                    rejected.headers.emplace_back(text::trim(cell->text()));
            result.rejected.push_back(std::move(rejected));
            continue;
        }
        reading.planIndex = static_cast<int>(readings.size());
        readings.push_back(std::move(reading));
    }

    if (readings.empty())
    {
        result.status = document.tables.empty() ? ReadStatus::NoTables : ReadStatus::NoPlanTable;
        const std::string headers = describeHeaders(schemas.layout);
        const std::string least = std::to_string(schemas.layout.minFields);
        result.words =
            document.tables.empty()
                ? keyed("readNoTables",
                        "The document has no tables. eqplan reads a plan kept as a table whose "
                        "first row names its columns, for example {0}.",
                        {headers})
            : document.tables.size() == 1
                ? keyed("readOnlyTableNotPlan",
                        "The document's only table does not look like an equality plan: a plan "
                        "table's header row names at least {0} of the plan's columns, for "
                        "example {1}.",
                        {least, headers})
                : keyed("readNoTableIsPlan",
                        "None of the document's {0} tables looks like an equality plan: a plan "
                        "table's header row names at least {1} of the plan's columns, for "
                        "example {2}.",
                        {std::to_string(document.tables.size()), least, headers});
        result.message = result.words.english;
        return result;
    }

    // The title, the Updated line and any rows above the first header row come before the plan.
    const int firstTable = readings.front().documentIndex;
    std::vector<std::pair<int, int>> front; // (document table, paragraph index in its `before`)
    for (int t = 0; t <= firstTable; ++t)
        for (std::size_t p = 0; p < document.tables[static_cast<std::size_t>(t)].before.size(); ++p)
            front.emplace_back(t, static_cast<int>(p));
    auto frontParagraph = [&](const std::pair<int, int>& at) -> const Paragraph&
    {
        return document.tables[static_cast<std::size_t>(at.first)]
            .before[static_cast<std::size_t>(at.second)];
    };
    for (const auto& at : front)
        if (std::optional<UpdatedLine> updated = readUpdatedLine(frontParagraph(at).text))
        {
            updated->table = at.first;
            updated->paragraph = at.second;
            plan.updated = std::move(updated);
            break;
        }
    auto isUpdatedLine = [&](const std::pair<int, int>& at) {
        return plan.updated && plan.updated->table == at.first &&
               plan.updated->paragraph == at.second;
    };
    std::optional<std::pair<int, int>> titleAt;
    for (const auto& at : front)
        if (!frontParagraph(at).empty() && !isUpdatedLine(at) &&
            (!titleAt || frontParagraph(at).style == "Title"))
        {
            titleAt = at;
            if (frontParagraph(at).style == "Title")
                break;
        }
    if (titleAt)
    {
        plan.title = std::string(text::trim(frontParagraph(*titleAt).text));
        plan.titlePlace = BodyPlace{titleAt->first, titleAt->second};
    }
    else if (readings.front().headerRow > 0)
        for (const Cell* cell : freshCells(readings.front(), 0))
            if (!cell->empty())
            {
                plan.title = std::string(text::trim(cell->text()));
                break;
            }
    if (plan.title.empty())
        plan.title = document.title;
    plan.period = periodOf(plan.title);

    for (TableReading& reading : readings)
    {
        PlanTable table;
        table.index = reading.documentIndex;
        table.name = reading.table->name;
        table.headerRow = reading.headerRow;
        table.labelsLeft = reading.labelsLeft;
        const std::vector<Paragraph>& before = reading.table->before;
        for (std::size_t p = before.size(); p-- > 0;)
        {
            const std::pair<int, int> at{reading.documentIndex, static_cast<int>(p)};
            if (before[p].empty() || isUpdatedLine(at) || (titleAt && *titleAt == at))
                continue;
            table.heading = std::string(text::trim(before[p].text));
            table.headingParagraph = static_cast<int>(p);
            break;
        }
        table.columns = columnsOf(reading);
        const std::string line = reading.labelsLeft ? "row" : "column";
        for (const Column& column : table.columns)
        {
            const int c = column.column;
            const std::string& header = column.header;
            const std::string& field = column.field;
            const CellMatch& match = reading.matchOfColumn[static_cast<std::size_t>(c)];
            if (!field.empty())
            {
                if (field == progressFromOf(reading))
                    plan.notes.push_back("The " + line + " \"" + header + "\" of " + table.name +
                                         " is read as each objective's " +
                                         schemas.layout.field(field)->label +
                                         " and, as the table has no Progress " + line +
                                         ", for its dated progress too.");
                if (!match.doubt.empty())
                    plan.notes.push_back("eqplan takes the " + line + " \"" + header + "\" of " +
                                         table.name + " for " +
                                         schemas.layout.field(field)->label + " (" + match.why +
                                         "), but it is " + match.doubt +
                                         "; `eqplan inspect --explain` shows how sure it is.");
                continue;
            }
            if (header.empty())
                continue;
            std::string why = " is not one eqplan knows";
            const std::vector<FieldScore> scores = scoreHeader(header, schemas.layout);
            if (match.assigned)
                why = " is not a field, as the user said";
            else if (!scores.empty() && scores.front().score >= schemas.layout.minScore)
            {
                const auto holder = std::find(reading.fieldOfColumn.begin(),
                                              reading.fieldOfColumn.end(), scores.front().field);
                why = " is a second " + line + " for " + schemas.layout.field(scores.front().field)->label +
                      (holder - reading.fieldOfColumn.begin() < c
                           ? ", which an earlier " + line + " already holds"
                           : ", which the " + line + " \"" +
                                 reading.headerOfColumn[static_cast<std::size_t>(
                                     holder - reading.fieldOfColumn.begin())] +
                                 "\" holds");
            }
            else if (!match.doubt.empty())
                why += " (" + match.doubt + ")";
            plan.notes.push_back("The " + line + " \"" + header + "\" of " + table.name + why +
                                 "; its cells are kept as an extra field of each objective.");
        }
        const bool numbered = std::find(reading.fieldOfColumn.begin(), reading.fieldOfColumn.end(),
                                        "number") != reading.fieldOfColumn.end();
        const std::optional<int> fromHeading =
            reading.labelsLeft && !numbered ? headingNumber(table.heading) : std::nullopt;
        plan.tables.push_back(std::move(table));
        readObjectives(reading, schemas, plan, reading.headerRow + 1, reading.table->rows,
                       fromHeading);
    }
    registerOwners(plan);
    std::vector<bool> isPlanTable(document.tables.size(), false);
    for (const PlanTable& table : plan.tables)
        isPlanTable[static_cast<std::size_t>(table.index)] = true;
    readFacts(document, isPlanTable, schemas.layout, plan);
    return result;
}

// ---- The parts incremental recognition reuses (PlanReaderParts.hpp, core/src/Refresh.cpp) ----

namespace detail
{
std::vector<Objective> readObjectiveRows(const DocumentGrid& document, const PlanTable& table,
                                         int planIndex, int firstRow, int endRow,
                                         int previousNumber, const Schemas& schemas,
                                         std::vector<std::string>& notes)
{
    TableReading reading;
    const Table& documentTable = document.tables.at(static_cast<std::size_t>(table.index));
    const Table turned = table.labelsLeft ? turnedOver(documentTable) : Table{};
    reading.table = table.labelsLeft ? &turned : &documentTable;
    reading.labelsLeft = table.labelsLeft;
    reading.documentIndex = table.index;
    reading.planIndex = planIndex;
    reading.coverage = coverageOf(*reading.table);
    const std::optional<ColumnAssignments> assigned =
        userAssignments(document, schemas.layout, nullptr);
    reading.assigned = assigned ? &*assigned : nullptr;
    mapHeader(reading, table.headerRow, schemas.layout);
    // The objective before the rows, for the number of an unnumbered first one.
    Plan scratch;
    scratch.objectives.emplace_back().number = previousNumber;
    const bool numbered = std::find(reading.fieldOfColumn.begin(), reading.fieldOfColumn.end(),
                                    "number") != reading.fieldOfColumn.end();
    readObjectives(reading, schemas, scratch, std::max(firstRow, table.headerRow + 1),
                   std::min(endRow, reading.table->rows),
                   table.labelsLeft && !numbered ? headingNumber(table.heading) : std::nullopt);
    notes.insert(notes.end(), scratch.notes.begin(), scratch.notes.end());
    return {std::make_move_iterator(scratch.objectives.begin() + 1),
            std::make_move_iterator(scratch.objectives.end())};
}

void registerPlanOwners(Plan& plan)
{
    plan.owners.clear();
    for (Objective& objective : plan.objectives)
        objective.ownerNames = splitOwners(objective.owners.text()); // as interpret reads them
    registerOwners(plan);
}
} // namespace detail
} // namespace eqplan
