// table.column-missing: a canonical field of the layout (schemas/layouts.json "canonical") that a
// plan table has no column for — and that no objective of it holds in rows of its own either (a
// plan without a progress column may keep progress in commentary rows).
#include "Rule.hpp"

#include "eqplan/PlanReader.hpp"

#include <algorithm>

namespace eqplan::checks
{
namespace
{
// Why a missing field matters, in plain words.
std::string consequence(const std::string& field)
{
    if (field == "owners")
        return "nobody is named as responsible for the objectives";
    if (field == "progress")
        return "the plan has nowhere to record progress at each review";
    if (field == "successCriteria")
        return "no objective says how success will be measured";
    if (field == "duty")
        return "no objective says which aim of the Public Sector Equality Duty it serves";
    if (field == "characteristics")
        return "no objective says which protected characteristics it addresses";
    if (field == "timescale")
        return "no objective has a timescale";
    return "the plan leaves it out";
}

// The header a new column gets: the field's label if the reader reads it back as the field,
// else the first of its header words.
std::string headerFor(const FieldSpec& spec, const Layout& layout)
{
    if (fieldForHeader(spec.label, layout) == spec.id)
        return spec.label;
    return spec.headers.empty() ? spec.label : spec.headers.front();
}

bool heldByAnObjective(const Plan& plan, int planTable, const std::string& field)
{
    return std::any_of(plan.objectives.begin(), plan.objectives.end(),
                       [&](const Objective& o)
                       {
                           return o.table == planTable && field == "progress" &&
                                  (!o.progress.empty() || !o.progressFrom.empty());
                       });
}
} // namespace

void checkColumnMissing(const Context& context, Report& report)
{
    const Layout& layout = context.schemas().layout;
    const Plan& plan = context.plan();
    for (std::size_t t = 0; t < plan.tables.size(); ++t)
    {
        const PlanTable& planTable = plan.tables[t];
        const Table* table = context.documentTable(planTable.index);
        if (!table)
            continue;
        for (const std::string& field : layout.canonicalColumns)
        {
            const FieldSpec* spec = layout.field(field);
            if (!spec)
                continue;
            if (Context::hasColumn(planTable, field) ||
                heldByAnObjective(plan, static_cast<int>(t), field))
                continue;
            const std::string header = headerFor(*spec, layout);
            if (planTable.labelsLeft)
            {
                // Labels down the left: the field would be a row; eqplan adds none there yet.
                report.add(Severity::Warning, nullptr,
                           Location{planTable.index, 0, planTable.headerRow,
                                    table->at(0, planTable.headerRow)
                                        ? table->at(0, planTable.headerRow)->name
                                        : std::string(),
                                    std::nullopt},
                           table->name + " has no row for " + spec->label + ", so " +
                               consequence(field) + ".");
                continue;
            }
            Fix fix;
            fix.description =
                "Add a column " + inQuotes(header) + " at the right of " + table->name;
            fix.safe = false;
            addEdit(fix, AddColumn{planTable.index, field, header, planTable.headerRow});
            report.add(Severity::Warning, nullptr,
                       Location{planTable.index, planTable.headerRow, 0,
                                table->at(planTable.headerRow, 0)
                                    ? table->at(planTable.headerRow, 0)->name
                                    : std::string(),
                                std::nullopt},
                       table->name + " has no column for " + spec->label + ", so " +
                           consequence(field) + ".",
                       std::move(fix));
        }
    }
}
} // namespace eqplan::checks
