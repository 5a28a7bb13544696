#include "eqplan/Checks.hpp"

#include "eqplan/PlanReader.hpp"

#include "checks/Rule.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace eqplan
{
namespace
{
using checks::Context;
using checks::Report;

struct RuleEntry
{
    std::string_view id;
    std::string_view key;   // of the title in a catalogue
    std::string_view title; // what the rule looks for, in plain words, to group findings under
    void (*check)(const Context&, Report&);
};

// Every rule, in the order its findings are listed.
constexpr std::array<RuleEntry, 27> rules = {{
    {"table.continuation-row", "ruleContinuationRow", "Rows split over a page",
     &checks::checkContinuationRow},
    {"table.column-missing", "ruleColumnMissing", "Missing columns", &checks::checkColumnMissing},
    {"table.header-not-repeated", "ruleHeaderNotRepeated", "Header row not repeated on each page",
     &checks::checkHeaderNotRepeated},
    {"owner.missing", "ruleOwnerMissing", "Objectives without an owner",
     &checks::checkOwnerMissing},
    {"owner.unknown", "ruleOwnerUnknown", "Owners not in the owner register",
     &checks::checkOwnerUnknown},
    {"owner.variant", "ruleOwnerVariant", "Owners written in more than one way",
     &checks::checkOwnerVariant},
    {"progress.undated", "ruleProgressUndated", "Progress without a date",
     &checks::checkProgressUndated},
    {"progress.out-of-order", "ruleProgressOutOfOrder", "Progress out of date order",
     &checks::checkProgressOutOfOrder},
    {"progress.duplicate-date", "ruleProgressDuplicateDate", "Two progress headings for one date",
     &checks::checkProgressDuplicateDate},
    {"progress.numbering", "ruleProgressNumbering",
     "Numbering typed by hand that skips or runs together", &checks::checkProgressNumbering},
    {"progress.stale", "ruleProgressStale", "Objectives missing from the latest review",
     &checks::checkProgressStale},
    {"status.colour-only", "ruleStatusColourOnly", "Status shown by colour alone",
     &checks::checkStatusColourOnly},
    {"duty.unknown", "ruleDutyUnknown", "Duty cells that name no aim of the duty",
     &checks::checkDutyUnknown},
    {"characteristic.unknown", "ruleCharacteristicUnknown",
     "Characteristics that are not protected characteristics", &checks::checkCharacteristicUnknown},
    {"objective.not-measurable", "ruleNotMeasurable", "Objectives without success criteria",
     &checks::checkObjectiveNotMeasurable},
    {"terms.inconsistent", "ruleTermsInconsistent", "Words written in more than one way",
     &checks::checkTermsInconsistent},
    {"text.artefact", "ruleTextArtefact", "Leftovers of copying", &checks::checkTextArtefact},
    {"text.invisible", "ruleTextInvisible", "Invisible characters that change how text reads",
     &checks::checkTextInvisible},
    {"changes.pending", "ruleChangesPending", "Tracked changes still pending",
     &checks::checkChangesPending},
    {"calendar.objectives-age", "ruleObjectivesAge", "Objectives due for renewal",
     &checks::checkObjectivesAge},
    {"calendar.review-overdue", "ruleReviewOverdue", "Review overdue", &checks::checkReviewOverdue},
    {"coverage.aims", "ruleCoverageAims", "Aims of the duty no objective addresses",
     &checks::checkCoverageAims},
    {"coverage.characteristics", "ruleCoverageCharacteristics",
     "Protected characteristics no objective addresses", &checks::checkCoverageCharacteristics},
    {"publish.tracked-change", "rulePublishTrackedChange",
     "Tracked changes to accept or reject before publishing", &checks::checkPublishTrackedChange},
    {"publish.comment", "rulePublishComment", "Comments to resolve before publishing",
     &checks::checkPublishComment},
    {"publish.alt-text", "rulePublishAltText", "Pictures without alternative text",
     &checks::checkPublishAltText},
    {"publish.typed-numbering", "rulePublishTypedNumbering",
     "Typed numbering a screen reader misreads", &checks::checkPublishTypedNumbering},
}};

// Where an edit works, for ordering: table, row, column, paragraph, occurrence; table-wide edits
// sort after every cell edit of their table.
std::tuple<int, int, int, int, int, int> placeOf(const Edit& edit)
{
    constexpr int wide = 1 << 30;
    if (const auto* replace = std::get_if<ReplaceText>(&edit))
        return {0,
                replace->location.table,
                replace->location.row,
                replace->location.column,
                replace->location.paragraph.value_or(0),
                replace->occurrence};
    if (const auto* fold = std::get_if<FoldRow>(&edit))
        // Before the cell edits of the row above it (which it appends to) and after those of its
        // own row (which it moves).
        return {0, fold->table, fold->row, -1, 0, 0};
    if (const auto* column = std::get_if<AddColumn>(&edit))
        return {1, column->table, wide, 0, 0, 0};
    if (const auto* write = std::get_if<WriteCell>(&edit))
        return {0, write->location.table, write->location.row, write->location.column, 0, 0};
    if (const auto* row = std::get_if<AddRow>(&edit))
        return {1, row->table, wide, 2, 0, 0}; // it moves the rows below it: after their edits
    const auto& header = std::get<RepeatHeader>(edit);
    return {1, header.table, wide, 1, 0, 0};
}
} // namespace

std::string_view toString(Severity severity)
{
    switch (severity)
    {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        break;
    }
    return "error";
}

const OwnerEntry* OwnerRegister::find(std::string_view owner) const
{
    const std::string key = ownerKey(owner);
    for (const OwnerEntry& entry : entries)
        if (ownerKey(entry.code) == key)
            return &entry;
    // A plan may write an owner out in full ("Year Leads" for YL).
    for (const OwnerEntry& entry : entries)
        if (!entry.name.empty() && ownerKey(entry.name) == key)
            return &entry;
    return nullptr;
}

CheckMemo::CheckMemo() : m_impl(std::make_unique<Impl>()) {}
CheckMemo::~CheckMemo() = default;
CheckMemo::CheckMemo(CheckMemo&&) noexcept = default;
CheckMemo& CheckMemo::operator=(CheckMemo&&) noexcept = default;

CheckMemo::Impl& CheckMemo::impl()
{
    if (!m_impl) // moved from
        m_impl = std::make_unique<Impl>();
    return *m_impl;
}

void CheckMemo::forget(int table, std::string_view cell)
{
    if (table < 0)
        return;
    for (auto& [rule, tables] : impl().byRule)
    {
        if (static_cast<std::size_t>(table) >= tables.size())
            continue;
        Impl::TableScans& scans = tables[static_cast<std::size_t>(table)];
        for (std::size_t i = 0; i < scans.names.size(); ++i)
            if (scans.names[i] == cell)
                scans.scans[i].reset();
    }
}

void CheckMemo::clear()
{
    impl().byRule.clear();
}

std::vector<Finding> runChecks(const CheckInput& input)
{
    std::vector<Finding> findings;
    const Context context(input);
    for (const RuleEntry& rule : rules)
    {
        Report report(findings, rule.id);
        rule.check(context, report);
    }
    return findings;
}

std::vector<std::string_view> ruleIds()
{
    std::vector<std::string_view> ids;
    for (const RuleEntry& rule : rules)
        ids.push_back(rule.id);
    return ids;
}

std::string_view ruleTitle(std::string_view id)
{
    for (const RuleEntry& rule : rules)
        if (rule.id == id)
            return rule.title;
    return {};
}

Message ruleTitleWords(std::string_view id)
{
    for (const RuleEntry& rule : rules)
        if (rule.id == id)
            return keyed(std::string(rule.key), rule.title);
    return {};
}

std::vector<Edit> fixEdits(const std::vector<Finding>& findings, bool safeOnly)
{
    std::vector<Edit> edits;
    for (const Finding& finding : findings)
        if (finding.fix && (finding.fix->safe || !safeOnly))
            edits.insert(edits.end(), finding.fix->edits.begin(), finding.fix->edits.end());
    // Cell edits from the end of the document back; table-wide edits after them. Stable, so the
    // edits of one fix keep their order where they tie.
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit& a, const Edit& b)
                     {
                         const auto pa = placeOf(a);
                         const auto pb = placeOf(b);
                         if (std::get<0>(pa) != std::get<0>(pb))
                             return std::get<0>(pa) < std::get<0>(pb);
                         return pb < pa;
                     });
    return edits;
}

namespace checks
{
const Table* Context::documentTable(int documentIndex) const
{
    if (documentIndex < 0 || documentIndex >= static_cast<int>(grid().tables.size()))
        return nullptr;
    return &grid().tables[static_cast<std::size_t>(documentIndex)];
}

int Context::documentIndexOf(const Objective& objective) const
{
    const PlanTable* table = planTableOf(objective);
    return table ? table->index : -1;
}

std::optional<Location> Context::locationOf(const Objective& objective) const
{
    if (!objective.objective.cells.empty())
        return objective.objective.cells.front();
    const int index = documentIndexOf(objective);
    const Table* table = documentTable(index);
    if (!table || objective.rows.empty())
        return std::nullopt;
    for (int c = 0; c < table->columns; ++c)
        if (const Cell* cell = table->at(objective.rows.front(), c))
            return Location{index, cell->row, cell->column, cell->name, std::nullopt};
    return std::nullopt;
}

std::optional<Location> Context::locationOf(const Objective& objective, const Field& field) const
{
    if (!field.cells.empty())
        return field.cells.front();
    return locationOf(objective);
}

const PlanTable* Context::planTableOf(const Objective& objective) const
{
    if (objective.table < 0 || objective.table >= static_cast<int>(plan().tables.size()))
        return nullptr;
    return &plan().tables[static_cast<std::size_t>(objective.table)];
}

bool Context::hasColumn(const PlanTable& table, std::string_view field)
{
    return std::any_of(table.columns.begin(), table.columns.end(),
                       [&](const Column& column) { return column.field == field; });
}

bool Context::anyTableHasColumn(std::string_view field) const
{
    return std::any_of(plan().tables.begin(), plan().tables.end(),
                       [&](const PlanTable& table) { return hasColumn(table, field); });
}

const Objective* Context::objectiveAt(int documentIndex, int row) const
{
    if (!m_indexed)
    {
        m_indexed = true;
        for (const Objective& objective : plan().objectives)
        {
            const int index = documentIndexOf(objective);
            if (index < 0)
                continue;
            if (static_cast<std::size_t>(index) >= m_byRow.size())
                m_byRow.resize(static_cast<std::size_t>(index) + 1);
            std::vector<const Objective*>& rows = m_byRow[static_cast<std::size_t>(index)];
            for (int r : objective.rows)
            {
                if (r < 0)
                    continue;
                if (static_cast<std::size_t>(r) >= rows.size())
                    rows.resize(static_cast<std::size_t>(r) + 1, nullptr);
                if (!rows[static_cast<std::size_t>(r)]) // the first objective that has the row
                    rows[static_cast<std::size_t>(r)] = &objective;
            }
        }
    }
    if (documentIndex < 0 || row < 0 || static_cast<std::size_t>(documentIndex) >= m_byRow.size())
        return nullptr;
    const std::vector<const Objective*>& rows = m_byRow[static_cast<std::size_t>(documentIndex)];
    return static_cast<std::size_t>(row) < rows.size() ? rows[static_cast<std::size_t>(row)]
                                                       : nullptr;
}

Message Context::nameWords(const Objective& objective)
{
    return keyed("findingObjective", "Objective {0}", {std::to_string(objective.number)});
}

Message writerOf(const CellParagraph& paragraph)
{
    return paragraph.objective
               ? Context::nameWords(*paragraph.objective)
               : keyed("findingRow", "Row {0}", {std::to_string(paragraph.cell->row + 1)});
}

CellParagraph paragraphOf(const Context& context, const BodyCell& body, std::size_t paragraph)
{
    const Cell& cell = *body.cell;
    return CellParagraph{
        &cell, &cell.paragraphs[paragraph],
        Location{body.table, cell.row, cell.column, cell.name, static_cast<int>(paragraph)},
        context.objectiveAt(body.table, cell.row)};
}

void forEachBodyCell(
    const Context& context, std::string_view rule,
    const std::function<std::shared_ptr<const CellScan>(const Cell&)>& scan,
    const std::function<void(const BodyCell&, const std::shared_ptr<const CellScan>&)>& use)
{
    std::vector<CheckMemo::Impl::TableScans>* kept = nullptr;
    if (CheckMemo* memo = context.input().memo)
    {
        auto& byRule = memo->impl().byRule;
        auto found = byRule.find(rule);
        if (found == byRule.end())
            found =
                byRule.emplace(std::string(rule), std::vector<CheckMemo::Impl::TableScans>{}).first;
        kept = &found->second;
    }
    for (const PlanTable& planTable : context.plan().tables)
    {
        const Table* table = context.documentTable(planTable.index);
        if (!table)
            continue;
        CheckMemo::Impl::TableScans* scans = nullptr;
        if (kept)
        {
            if (static_cast<std::size_t>(planTable.index) >= kept->size())
                kept->resize(static_cast<std::size_t>(planTable.index) + 1);
            scans = &(*kept)[static_cast<std::size_t>(planTable.index)];
            // A table whose cells are not the ones scanned is scanned again.
            if (!std::equal(scans->names.begin(), scans->names.end(), table->cells.begin(),
                            table->cells.end(),
                            [](const std::string& name, const Cell& cell)
                            { return name == cell.name; }))
            {
                scans->names.clear();
                for (const Cell& cell : table->cells)
                    scans->names.push_back(cell.name);
                scans->scans.assign(table->cells.size(), std::nullopt);
            }
        }
        for (std::size_t i = 0; i < table->cells.size(); ++i)
        {
            const Cell& cell = table->cells[i];
            if (cell.row <= planTable.headerRow)
                continue;
            std::shared_ptr<const CellScan> found;
            if (scans)
            {
                std::optional<std::shared_ptr<const CellScan>>& slot = scans->scans[i];
                if (!slot)
                    slot = scan(cell);
                found = *slot;
            }
            else
                found = scan(cell);
            use(BodyCell{planTable.index, &cell}, found);
        }
    }
}

Finding& Report::add(Severity severity, const Objective* objective,
                     std::optional<Location> location, Message words, std::optional<Fix> fix)
{
    Finding finding;
    finding.rule = std::string(m_rule);
    finding.severity = severity;
    if (objective)
        finding.objective = objective->number;
    finding.location = std::move(location);
    finding.message = words.english;
    finding.words = std::move(words);
    finding.fix = std::move(fix);
    m_findings.push_back(std::move(finding));
    return m_findings.back();
}

std::vector<std::size_t> occurrences(std::string_view text, std::string_view find)
{
    std::vector<std::size_t> out;
    if (find.empty())
        return out;
    for (std::size_t pos = text.find(find); pos != std::string_view::npos;
         pos = text.find(find, pos + 1))
        out.push_back(pos);
    return out;
}

ReplaceText replaceAt(const Location& location, std::string_view text, std::size_t offset,
                      std::string_view find, std::string_view replace)
{
    const std::vector<std::size_t> all = occurrences(text, find);
    const auto it = std::find(all.begin(), all.end(), offset);
    return ReplaceText{location, std::string(find), std::string(replace),
                       static_cast<int>(it - all.begin())};
}

void describeFix(Fix& fix, Message words)
{
    fix.description = words.english;
    fix.words = std::move(words);
}

std::string inQuotes(std::string_view text)
{
    return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D";
}

} // namespace checks

Message listWords(std::vector<Message> items)
{
    if (items.empty())
        return plain(std::string());
    // From the end: "b and c", then "a, b and c".
    Message out = std::move(items.back());
    for (std::size_t i = items.size() - 1; i-- > 0;)
        out = i + 2 == items.size()
                  ? keyed("listAnd", "{0} and {1}", {std::move(items[i]), std::move(out)})
                  : keyed("listComma", "{0}, {1}", {std::move(items[i]), std::move(out)});
    return out;
}

Message dateWords(const PlanDate& date)
{
    if (!date.first.ok())
        return plain(describe(date));
    const std::string year = std::to_string(static_cast<int>(date.first.year()));
    // The month's name as Dates writes it, keyed by it: "monthMarch", "March" (the catalogues'
    // keys are these names).
    const std::string_view name = monthName(date.first.month());
    const auto month = [&] { return keyed("month" + std::string(name), name); };
    const Term term = date.term.value_or(Term::Autumn);
    switch (date.precision)
    {
    case Precision::Day:
        return keyed(
            "dateDay", "{0} {1} {2}",
            {plain(std::to_string(static_cast<unsigned>(date.first.day()))), month(), plain(year)});
    case Precision::Month:
        return keyed("dateMonth", "{0} {1}", {month(), plain(year)});
    case Precision::HalfTerm:
    {
        std::vector<std::string> arguments{std::to_string(date.half()), year};
        return term == Term::Spring   ? keyed("dateSpringHalf", "Spring {0} {1}", arguments)
               : term == Term::Summer ? keyed("dateSummerHalf", "Summer {0} {1}", arguments)
                                      : keyed("dateAutumnHalf", "Autumn {0} {1}", arguments);
    }
    case Precision::Term:
        return term == Term::Spring   ? keyed("dateSpringTerm", "Spring term {0}", {year})
               : term == Term::Summer ? keyed("dateSummerTerm", "Summer term {0}", {year})
                                      : keyed("dateAutumnTerm", "Autumn term {0}", {year});
    case Precision::AcademicYear:
    {
        // "2023-24", as describe() writes it.
        return keyed("dateAcademicYear", "{0}-{1}",
                     {year, academicYearEnd(static_cast<int>(date.first.year()))});
    }
    case Precision::Year:
        break;
    }
    return plain(describe(date));
}

std::string findingKey(const Finding& finding)
{
    const std::string where =
        finding.location ? std::to_string(finding.location->table) + "." + finding.location->cell +
                               "." + std::to_string(finding.location->paragraph.value_or(-1))
                         : std::string();
    return finding.rule + "\n" + where + "\n" + finding.message;
}
} // namespace eqplan
