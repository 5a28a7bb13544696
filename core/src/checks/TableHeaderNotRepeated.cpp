// table.header-not-repeated: a plan table whose header row does not repeat at the top of each
// page. Only where the bridge read the setting (Table::repeatedHeaderRows); hand-built grids
// leave it unset.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkHeaderNotRepeated(const Context& context, Report& report)
{
    for (const PlanTable& planTable : context.plan().tables)
    {
        const Table* table = context.documentTable(planTable.index);
        if (!table || !table->repeatedHeaderRows)
            continue;
        const int headerRows = planTable.headerRow + 1;
        if (*table->repeatedHeaderRows >= headerRows)
            continue;
        Fix fix;
        describeFix(fix, keyed("fixRepeatHeader", "Repeat the header row of {0} on each page",
                               {table->name}));
        fix.safe = true;
        addEdit(fix, RepeatHeader{planTable.index, headerRows});
        const Cell* first = table->at(planTable.headerRow, 0);
        report.add(Severity::Warning, nullptr,
                   Location{planTable.index, planTable.headerRow, 0,
                            first ? first->name : std::string(), std::nullopt},
                   keyed("findingHeaderNotRepeated",
                         "The header row of {0} does not repeat at the top of each page, so a "
                         "reader of the second page cannot see what each column holds.",
                         {table->name}),
                   std::move(fix));
    }
}
} // namespace eqplan::checks
