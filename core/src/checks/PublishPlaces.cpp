// How the publish.* rules say where something is, in the plan's words: "objective 2's progress
// (cell C5)", "the plan table's header (cell A1)", "the text above the plan table".
#include "Rule.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <utility>

namespace eqplan::checks
{
// A field of an objective a place can be in, with the words a message names it by: keyed only
// for a place a message names, as a run of a rule may look up hundreds of cells.
struct PlaceField
{
    Field Objective::*field;
    const char* key;
    const char* english;
};

namespace
{
constexpr PlaceField fieldNames[] = {
    {&Objective::duty, "placeDuty", "PSED aim"},
    {&Objective::characteristics, "placeCharacteristics", "protected characteristics"},
    {&Objective::aim, "placeAim", "aim"},
    {&Objective::objective, "placeObjective", "objective text"},
    {&Objective::targetGroups, "placeTargetGroups", "target groups"},
    {&Objective::actions, "placeActions", "actions"},
    {&Objective::successCriteria, "placeSuccessCriteria", "success criteria"},
    {&Objective::owners, "placeOwners", "owners"},
    {&Objective::timescale, "placeTimescale", "timescale"},
    {&Objective::progressField, "placeProgress", "progress"}};

// `place` followed by the quoted progress heading it is under, if any.
Message under(Message place, std::string_view heading)
{
    if (heading.empty())
        return place;
    return keyed("placeUnder", "{0} under {1}", {std::move(place), plain(std::string(heading))});
}

Message outsideThePlan()
{
    return keyed("placeOutside", "the text outside the plan table");
}
} // namespace

PlaceWords::PlaceWords(const Context& context) : m_context(context)
{
    for (const Objective& objective : context.plan().objectives)
        for (const PlaceField& name : fieldNames)
            for (const Location& location : (objective.*name.field).cells)
                m_cells.emplace(std::pair{location.table, location.cell},
                                CellOwner{objective.number, &name});
}

Message PlaceWords::inCell(std::string_view tableName, const std::string& cellName,
                           std::string_view heading) const
{
    const PlanTable* planTable = nullptr;
    for (const PlanTable& t : m_context.plan().tables)
        if (t.name == tableName)
            planTable = &t;
    Message what;
    if (!planTable)
        what = keyed("placeTable", "table {0}", {std::string(tableName)});
    else if (const auto found = m_cells.find(std::pair{planTable->index, cellName});
             found != m_cells.end())
        what = keyed("placeField", "objective {0}'s {1}",
                     {plain(std::to_string(found->second.objective)),
                      keyed(found->second.field->key, found->second.field->english)});
    else
        what = keyed("placeHeader", "the plan table's header");
    return keyed("placeInCell", "{0} (cell {1})",
                 {under(std::move(what), heading), plain(cellName)});
}

Message PlaceWords::of(const DocumentPlace& place) const
{
    switch (place.region)
    {
    case DocumentPlace::Region::Cell:
        return inCell(place.table, place.cell);
    case DocumentPlace::Region::BeforePlan:
        return keyed("placeAbove", "the text above the plan table");
    case DocumentPlace::Region::AfterPlan:
        return keyed("placeAfter", "the text after the plan table");
    case DocumentPlace::Region::Elsewhere:
        return outsideThePlan();
    case DocumentPlace::Region::Unknown:
        break;
    }
    return keyed("placeDocument", "the document");
}

Message PlaceWords::of(const Location& location, std::string_view heading) const
{
    for (const PlanTable& t : m_context.plan().tables)
        if (t.index == location.table)
            return inCell(t.name, location.cell, heading);
    return under(outsideThePlan(), heading);
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

Message whoAndWhen(Message what, const std::string& author,
                   const std::optional<std::chrono::year_month_day>& day)
{
    if (!author.empty())
        what = keyed("findingBy", "{0} by {1}", {std::move(what), plain(author)});
    if (day && day->ok())
        what = keyed("findingWhen", "{0} ({1})",
                     {std::move(what), dateWords(PlanDate{*day, Precision::Day, std::nullopt})});
    return what;
}
} // namespace eqplan::checks
