// How the publish.* rules say where something is, in the plan's words: "objective 2's progress
// (cell C5)", "the plan table's header (cell A1)", "the text above the plan table".
#include "Rule.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <utility>

namespace eqplan::checks
{
namespace
{
// The fields of an objective, with the words a message names them by.
std::vector<std::pair<const Field*, const char*>> fieldsOf(const Objective& o)
{
    return {{&o.duty, "PSED aim"},
            {&o.characteristics, "protected characteristics"},
            {&o.aim, "aim"},
            {&o.objective, "objective text"},
            {&o.targetGroups, "target groups"},
            {&o.actions, "actions"},
            {&o.successCriteria, "success criteria"},
            {&o.owners, "owners"},
            {&o.timescale, "timescale"},
            {&o.progressField, "progress"}};
}

} // namespace

PlaceWords::PlaceWords(const Context& context) : m_context(context)
{
    for (const Objective& objective : context.plan().objectives)
        for (const auto& [field, words] : fieldsOf(objective))
            for (const Location& location : field->cells)
                m_cells.emplace(std::pair{location.table, location.cell},
                                "objective " + std::to_string(objective.number) + "'s " + words);
}

std::string PlaceWords::inCell(std::string_view tableName, const std::string& cellName) const
{
    const PlanTable* planTable = nullptr;
    for (const PlanTable& t : m_context.plan().tables)
        if (t.name == tableName)
            planTable = &t;
    if (!planTable)
        return "table " + std::string(tableName) + " (cell " + cellName + ")";
    if (const auto found = m_cells.find(std::pair{planTable->index, cellName});
        found != m_cells.end())
        return found->second + " (cell " + cellName + ")";
    return "the plan table's header (cell " + cellName + ")";
}

std::string PlaceWords::of(const DocumentPlace& place) const
{
    switch (place.region)
    {
    case DocumentPlace::Region::Cell:
        return inCell(place.table, place.cell);
    case DocumentPlace::Region::BeforePlan:
        return "the text above the plan table";
    case DocumentPlace::Region::AfterPlan:
        return "the text after the plan table";
    case DocumentPlace::Region::Elsewhere:
        return "the text outside the plan table";
    case DocumentPlace::Region::Unknown:
        break;
    }
    return "the document";
}

std::string PlaceWords::of(const Location& location) const
{
    for (const PlanTable& t : m_context.plan().tables)
        if (t.index == location.table)
            return inCell(t.name, location.cell);
    return "the text outside the plan table";
}

std::pair<const Objective*, std::optional<Location>> placeOf(const Context& context,
                                                             const DocumentPlace& place)
{
    if (place.region != DocumentPlace::Region::Cell)
        return {nullptr, std::nullopt};
    for (const PlanTable& planTable : context.plan().tables)
    {
        if (planTable.name != place.table)
            continue;
        const Table* table = context.documentTable(planTable.index);
        if (!table)
            break;
        for (const Cell& cell : table->cells)
            if (cell.name == place.cell)
                return {context.objectiveAt(planTable.index, cell.row),
                        Location{planTable.index, cell.row, cell.column, cell.name, std::nullopt}};
    }
    return {nullptr, std::nullopt};
}

std::string quotedShort(std::string_view text)
{
    std::string line(text);
    std::replace(line.begin(), line.end(), '\n', ' ');
    return inQuotes(text::firstLineShortened(text::trim(line), 70));
}

std::string dayInWords(const std::optional<std::chrono::year_month_day>& day)
{
    if (!day || !day->ok())
        return {};
    return describe(PlanDate{*day, Precision::Day, std::nullopt});
}
} // namespace eqplan::checks
