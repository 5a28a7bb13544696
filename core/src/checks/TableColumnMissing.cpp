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
Message consequence(const std::string& field)
{
    if (field == "owners")
        return keyed("missingOwners", "nobody is named as responsible for the objectives");
    if (field == "progress")
        return keyed("missingProgress", "the plan has nowhere to record progress at each review");
    if (field == "successCriteria")
        return keyed("missingSuccessCriteria", "no objective says how success will be measured");
    if (field == "duty")
        return keyed("missingDuty",
                     "no objective says which aim of the Public Sector Equality Duty it serves");
    if (field == "characteristics")
        return keyed("missingCharacteristics",
                     "no objective says which protected characteristics it addresses");
    if (field == "timescale")
        return keyed("missingTimescale", "no objective has a timescale");
    return keyed("missingOther", "the plan leaves it out");
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

const Column* columnOf(const PlanTable& table, std::string_view field)
{
    for (const Column& column : table.columns)
        if (column.field == field)
            return &column;
    return nullptr;
}

// The fields every other labels-down-the-left table of the plan has a row for and table `t`
// has not, each with the row of theirs it follows: one table per objective, laid out alike, so
// a missing row is a row left out. Nothing where `t` is the plan's only such table.
std::vector<std::pair<const Column*, const PlanTable*>> rowsOthersHave(const Plan& plan,
                                                                       std::size_t t)
{
    std::vector<std::pair<const Column*, const PlanTable*>> missing;
    std::vector<const PlanTable*> others;
    for (std::size_t o = 0; o < plan.tables.size(); ++o)
        if (o != t && plan.tables[o].labelsLeft)
            others.push_back(&plan.tables[o]);
    if (others.empty())
        return missing;
    for (const Column& column : others.front()->columns)
        if (!column.field.empty() && !columnOf(plan.tables[t], column.field) &&
            std::all_of(others.begin(), others.end(),
                        [&](const PlanTable* other) { return columnOf(*other, column.field); }))
            missing.emplace_back(&column, others.front());
    return missing;
}

// A fix that adds the row `wanted` of `like` to `planTable`, below the row of the last field
// before it in `like` that `planTable` has (else at its end), its label as `like` writes it.
void reportMissingRow(const Context& context, const Plan& plan, std::size_t t, const Column& wanted,
                      const PlanTable& like, Report& report)
{
    const PlanTable& planTable = plan.tables[t];
    const Table* table = context.documentTable(planTable.index);
    int after = table->rows - 1;
    std::string below;
    for (const Column& column : like.columns)
    {
        if (&column == &wanted)
            break;
        if (const Column* mine = columnOf(planTable, column.field); mine && !column.field.empty())
        {
            const Cell* label = table->at(mine->column, 0);
            after = label ? label->row + label->rowSpan - 1 : mine->column;
            below = mine->header;
        }
    }
    const Cell* at = table->at(after, 0);
    const Objective* objective = nullptr;
    for (const Objective& o : plan.objectives)
        if (o.table == static_cast<int>(t))
        {
            objective = &o;
            break;
        }
    Fix fix;
    describeFix(fix, below.empty() ? keyed("fixAddRowAtEnd", "Add a row “{0}” to {1} at its end",
                                           {wanted.header, table->name})
                                   : keyed("fixAddRowBelow", "Add a row “{0}” to {1} below “{2}”",
                                           {wanted.header, table->name, below}));
    fix.safe = false;
    addEdit(fix, AddRow{planTable.index, after, wanted.field, wanted.header});
    report.add(Severity::Warning, objective,
               Location{planTable.index, after, 0, at ? at->name : std::string(), std::nullopt},
               keyed("findingRowMissing",
                     "{0} has no “{1}” row, which the plan's other tables have.",
                     {table->name, wanted.header}),
               std::move(fix));
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
        std::vector<std::string> reported;
        if (planTable.labelsLeft)
            for (const auto& [column, like] : rowsOthersHave(plan, t))
            {
                reportMissingRow(context, plan, t, *column, *like, report);
                reported.push_back(column->field);
            }
        for (const std::string& field : layout.canonicalColumns)
        {
            const FieldSpec* spec = layout.field(field);
            if (!spec)
                continue;
            if (Context::hasColumn(planTable, field) ||
                heldByAnObjective(plan, static_cast<int>(t), field) ||
                std::find(reported.begin(), reported.end(), field) != reported.end())
                continue;
            const std::string header = headerFor(*spec, layout);
            if (planTable.labelsLeft)
            {
                // Labels down the left, and no other table has the row to copy.
                report.add(Severity::Warning, nullptr,
                           Location{planTable.index, 0, planTable.headerRow,
                                    table->at(0, planTable.headerRow)
                                        ? table->at(0, planTable.headerRow)->name
                                        : std::string(),
                                    std::nullopt},
                           keyed("findingNoRowFor", "{0} has no row for {1}, so {2}.",
                                 {plain(table->name), fieldWords(*spec), consequence(field)}));
                continue;
            }
            Fix fix;
            describeFix(fix, keyed("fixAddColumn", "Add a column “{0}” at the right of {1}",
                                   {header, table->name}));
            fix.safe = false;
            addEdit(fix, AddColumn{planTable.index, field, header, planTable.headerRow});
            report.add(Severity::Warning, nullptr,
                       Location{planTable.index, planTable.headerRow, 0,
                                table->at(planTable.headerRow, 0)
                                    ? table->at(planTable.headerRow, 0)->name
                                    : std::string(),
                                std::nullopt},
                       keyed("findingNoColumnFor", "{0} has no column for {1}, so {2}.",
                             {plain(table->name), fieldWords(*spec), consequence(field)}),
                       std::move(fix));
        }
    }
}
} // namespace eqplan::checks
