// Internal to core: what every rule of the checks sees and how it reports. Each rule is one
// function in a file of its own in this folder, registered in core/src/Checks.cpp.
#pragma once

#include "eqplan/Checks.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace eqplan::checks
{
// The input of the rules with the look-ups several of them share.
class Context
{
public:
    explicit Context(const CheckInput& input) : m_input(input) {}

    const CheckInput& input() const { return m_input; }
    const DocumentGrid& grid() const { return m_input.grid; }
    const Plan& plan() const { return m_input.plan; }
    const Schemas& schemas() const { return m_input.schemas; }

    // The document table a plan table or an objective is in (nullptr if the grid lacks it).
    const Table* documentTable(int documentIndex) const;
    int documentIndexOf(const Objective& objective) const;

    // Where an objective starts: its objective cell if it has one, else its first cell.
    std::optional<Location> locationOf(const Objective& objective) const;

    // The first cell of one field of an objective, else where the objective starts.
    std::optional<Location> locationOf(const Objective& objective, const Field& field) const;

    // The plan table of an objective (nullptr if the plan lacks it).
    const PlanTable* planTableOf(const Objective& objective) const;

    // A plan table has a column for `field`; any plan table has one.
    static bool hasColumn(const PlanTable& table, std::string_view field);
    bool anyTableHasColumn(std::string_view field) const;

    // The objective a grid row of a document table belongs to, or nullptr.
    const Objective* objectiveAt(int documentIndex, int row) const;

    // "Objective 3" — how messages name an objective.
    static Message nameWords(const Objective& objective);

private:
    const CheckInput& m_input;
    // Objectives by document table and row, made on first use: a look-up per cell must not walk
    // every objective (runChecks would grow with the square of the plan).
    mutable std::vector<std::vector<const Objective*>> m_byRow;
    mutable bool m_indexed = false;
};

// One paragraph of a plan table's cell, with its place: what the text rules walk.
struct CellParagraph
{
    const Cell* cell = nullptr;
    const Paragraph* paragraph = nullptr;
    Location location;                    // the cell's place with `paragraph` set
    const Objective* objective = nullptr; // the objective of the cell's row, if any
};

// Who writes a paragraph, for messages: "Objective 3", or "Row 7" outside any objective.
Message writerOf(const CellParagraph& paragraph);

// A cell below the header row of a plan table.
struct BodyCell
{
    int table = 0; // index into DocumentGrid::tables
    const Cell* cell = nullptr;
};

// Paragraph `paragraph` of a body cell, with its place and objective.
CellParagraph paragraphOf(const Context& context, const BodyCell& cell, std::size_t paragraph);

// What a rule found in the text of one cell: each such rule's own type, kept by the memo.
struct CellScan
{
    virtual ~CellScan() = default;
};

// Calls `use` for every cell below the header row of every plan table, in document order, with
// what `scan` finds in its text (nullptr for nothing): scanned now, or kept from an earlier run
// of rule `rule` when the input has a memo and the cell was not forgotten since.
void forEachBodyCell(
    const Context& context, std::string_view rule,
    const std::function<std::shared_ptr<const CellScan>(const Cell&)>& scan,
    const std::function<void(const BodyCell&, const std::shared_ptr<const CellScan>&)>& use);

} // namespace eqplan::checks

namespace eqplan
{
struct CheckMemo::Impl
{
    // What one rule found in the cells of one document table, by the cell's index in
    // Table::cells; `names` says which cells those were.
    struct TableScans
    {
        std::vector<std::string> names;
        std::vector<std::optional<std::shared_ptr<const checks::CellScan>>> scans;
    };
    std::map<std::string, std::vector<TableScans>, std::less<>> byRule;
};
} // namespace eqplan

namespace eqplan::checks
{
// Adds findings of one rule.
class Report
{
public:
    Report(std::vector<Finding>& findings, std::string_view rule)
        : m_findings(findings), m_rule(rule)
    {
    }

    // The finding's message is `words` in British English.
    Finding& add(Severity severity, const Objective* objective, std::optional<Location> location,
                 Message words, std::optional<Fix> fix = std::nullopt);

private:
    std::vector<Finding>& m_findings;
    std::string_view m_rule;
};

// Byte offsets of the occurrences of `find` in `text`: case-sensitive, left to right, each
// search starting one character after the previous match — the way a ReplaceText counts them.
std::vector<std::size_t> occurrences(std::string_view text, std::string_view find);

// A ReplaceText of the occurrence of `find` at byte `offset` of `text`.
ReplaceText replaceAt(const Location& location, std::string_view text, std::size_t offset,
                      std::string_view find, std::string_view replace);

// Appends an edit to a fix, built in place (GCC 12 sees a moved Edit as maybe uninitialised).
template <class E>
void addEdit(Fix& fix, E edit)
{
    fix.edits.emplace_back(std::in_place_type<E>, std::move(edit));
}

// Sets what a fix does: its description is `words` in British English.
void describeFix(Fix& fix, Message words);

// “text” in typographic quotes, as messages quote what a plan says.
std::string inQuotes(std::string_view text);

struct PlaceField;

// Where places of the document are, in the plan's words: "objective 2's progress (cell C5)",
// "the plan table's header (cell A1)", "the text above the plan table", "the document". Made once
// per run of a rule, which may name hundreds of places: each is then a lookup, not a walk over
// every objective's cells.
class PlaceWords
{
public:
    explicit PlaceWords(const Context& context);

    Message of(const DocumentPlace& place) const;
    // A paragraph the plan read: "objective 2's actions (cell C3)"; with `under` (a progress
    // heading, quoted) "objective 2's progress under “March 2020” (cell C5)".
    Message of(const Location& location, std::string_view under = {}) const;

private:
    Message inCell(std::string_view tableName, const std::string& cellName,
                   std::string_view under = {}) const;

    // An objective's field, by the objective's number and the field's name (PublishPlaces.cpp).
    struct CellOwner
    {
        int objective;
        const struct PlaceField* field;
    };

    const Context& m_context;
    // Each cell of an objective (table index, cell name) and whose field it is, the first
    // objective and field naming it; put into words only for the places a message names.
    std::map<std::pair<int, std::string>, CellOwner, std::less<>> m_cells;
};

// The objective and the cell a place is in, for the cursor, when it is a cell of a plan table.
std::pair<const Objective*, std::optional<Location>> placeOf(const Context& context,
                                                             const DocumentPlace& place);

// “text” on one line, cut to about 70 bytes: how the publish.* rules quote a document.
std::string quotedShort(std::string_view text);

// `what` by its author on its day, each if known: "A comment by Ann Lee (1 March 2021)".
Message whoAndWhen(Message what, const std::string& author,
                   const std::optional<std::chrono::year_month_day>& day);

// The rules, one per file.
void checkContinuationRow(const Context& context, Report& report);
void checkColumnMissing(const Context& context, Report& report);
void checkHeaderNotRepeated(const Context& context, Report& report);
void checkOwnerMissing(const Context& context, Report& report);
void checkOwnerUnknown(const Context& context, Report& report);
void checkOwnerVariant(const Context& context, Report& report);
void checkProgressUndated(const Context& context, Report& report);
void checkProgressOutOfOrder(const Context& context, Report& report);
void checkProgressDuplicateDate(const Context& context, Report& report);
void checkProgressNumbering(const Context& context, Report& report);
void checkProgressStale(const Context& context, Report& report);
void checkDutyUnknown(const Context& context, Report& report);
void checkCharacteristicUnknown(const Context& context, Report& report);
void checkObjectiveNotMeasurable(const Context& context, Report& report);
void checkTermsInconsistent(const Context& context, Report& report);
void checkTextArtefact(const Context& context, Report& report);
void checkTextInvisible(const Context& context, Report& report);
void checkChangesPending(const Context& context, Report& report);
void checkStatusColourOnly(const Context& context, Report& report);
void checkObjectivesAge(const Context& context, Report& report);
void checkReviewOverdue(const Context& context, Report& report);
void checkCoverageAims(const Context& context, Report& report);
void checkCoverageCharacteristics(const Context& context, Report& report);
void checkPublishTrackedChange(const Context& context, Report& report);
void checkPublishComment(const Context& context, Report& report);
void checkPublishAltText(const Context& context, Report& report);
void checkPublishTypedNumbering(const Context& context, Report& report);
} // namespace eqplan::checks
