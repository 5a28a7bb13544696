// changes.pending: a cell of the plan, or its Updated line, with tracked changes nobody has
// accepted or rejected yet. eqplan reads such text as accepting the changes would leave it; the
// note says so, since what the page shows (deleted text struck through) is not what is read.
#include "Rule.hpp"

#include <algorithm>

namespace eqplan::checks
{
namespace
{
bool tracked(const std::vector<Paragraph>& paragraphs)
{
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [](const Paragraph& p) { return p.tracked; });
}

} // namespace

void checkChangesPending(const Context& context, Report& report)
{
    const Plan& plan = context.plan();
    if (plan.updated)
        if (const Table* table = context.documentTable(plan.updated->table);
            table && plan.updated->paragraph < static_cast<int>(table->before.size()) &&
            table->before[static_cast<std::size_t>(plan.updated->paragraph)].tracked)
            report.add(Severity::Info, nullptr,
                       Location{-1, -1, -1, std::string(), plan.updated->paragraph},
                       keyed("findingChangesPendingUpdated",
                             "The Updated line has tracked changes still pending. eqplan reads it "
                             "as if they were accepted. Accept or reject them (Edit ▸ Track "
                             "Changes ▸ Manage) before publishing."));
    for (const PlanTable& planTable : plan.tables)
    {
        const Table* table = context.documentTable(planTable.index);
        if (!table)
            continue;
        for (const Cell& cell : table->cells)
        {
            if (cell.row <= planTable.headerRow || !tracked(cell.paragraphs))
                continue;
            std::string column;
            for (const Column& c : planTable.columns)
                if (c.column == cell.column && !c.header.empty())
                    column = c.header;
            const Objective* objective = context.objectiveAt(planTable.index, cell.row);
            Message who = objective
                              ? Context::nameWords(*objective)
                              : keyed("findingRow", "Row {0}", {std::to_string(cell.row + 1)});
            report.add(Severity::Info, objective,
                       Location{planTable.index, cell.row, cell.column, cell.name, std::nullopt},
                       column.empty()
                           ? keyed("findingChangesPendingCell",
                                   "{0} has tracked changes still pending in cell {1}. eqplan "
                                   "reads it as if they were accepted. Accept or reject them "
                                   "(Edit ▸ Track Changes ▸ Manage) before publishing.",
                                   {std::move(who), plain(cell.name)})
                           : keyed("findingChangesPendingColumn",
                                   "{0} has tracked changes still pending in cell {1} ({2}). "
                                   "eqplan reads it as if they were accepted. Accept or reject "
                                   "them (Edit ▸ Track Changes ▸ Manage) before publishing.",
                                   {std::move(who), plain(cell.name), plain(column)}));
        }
    }
}
} // namespace eqplan::checks
