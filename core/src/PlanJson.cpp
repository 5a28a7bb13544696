#include "eqplan/PlanJson.hpp"

#include <boost/json.hpp>

#include <cstdio>

namespace eqplan
{
namespace
{
namespace json = boost::json;

std::string isoDay(const std::chrono::year_month_day& day)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buffer;
}

json::value optionalDate(const std::optional<PlanDate>& date)
{
    return date ? toJson(*date) : json::value(nullptr);
}

json::object field(const Field& field)
{
    json::object out;
    out["text"] = field.text();
    json::array cells;
    for (const Location& cell : field.cells)
        cells.push_back(toJson(cell));
    out["cells"] = std::move(cells);
    // Only where it is so, as in the grid.
    if (field.tracked())
        out["pendingChanges"] = true;
    return out;
}

json::array items(const std::vector<ListItem>& list)
{
    json::array out;
    for (const ListItem& entry : list)
    {
        json::object item;
        item["text"] = entry.item.text;
        item["marker"] = toString(entry.item.marker);
        item["label"] = entry.item.label;
        item["number"] = entry.item.number ? json::value(*entry.item.number) : json::value(nullptr);
        item["location"] = toJson(entry.location);
        out.push_back(std::move(item));
    }
    return out;
}

json::object listField(const Field& source, const std::vector<ListItem>& list)
{
    json::object out = field(source);
    out["items"] = items(list);
    return out;
}

json::array strings(const std::vector<std::string>& values)
{
    json::array out;
    for (const std::string& value : values)
        out.push_back(json::value(value));
    return out;
}

template <class Enum>
json::array ids(const std::vector<Enum>& values)
{
    json::array out;
    for (Enum value : values)
        out.push_back(json::value(toString(value)));
    return out;
}

json::object objectiveJson(const Objective& objective, const Plan& plan)
{
    json::object out;
    out["number"] = objective.number;
    out["table"] = plan.tables[static_cast<std::size_t>(objective.table)].index;
    json::array rows;
    for (int row : objective.rows)
        rows.push_back(row);
    out["rows"] = std::move(rows);

    json::object duty = field(objective.duty);
    duty["aims"] = ids(objective.aims);
    duty["unmapped"] = strings(objective.unmappedDuty);
    out["duty"] = std::move(duty);

    json::object characteristics = field(objective.characteristics);
    characteristics["ids"] = ids(objective.characteristicIds);
    characteristics["unmapped"] = strings(objective.unmappedCharacteristics);
    out["characteristics"] = std::move(characteristics);

    out["aim"] = field(objective.aim);
    json::object objectiveField = field(objective.objective);
    objectiveField["text"] = objective.objectiveText;
    out["objective"] = std::move(objectiveField);
    out["targetGroups"] = listField(objective.targetGroups, objective.targetGroupItems);
    out["actions"] = listField(objective.actions, objective.actionItems);
    out["successCriteria"] = listField(objective.successCriteria, objective.successCriteriaItems);

    json::object owners = field(objective.owners);
    owners["names"] = strings(objective.ownerNames);
    if (!objective.ownerNotes.empty())
    {
        json::array notes;
        for (const OwnerNote& note : objective.ownerNotes)
            notes.push_back(json::object{{"owner", note.owner}, {"note", note.note}});
        owners["notes"] = std::move(notes);
    }
    out["owners"] = std::move(owners);

    if (objective.status)
    {
        json::object status = field(objective.statusField);
        status["words"] = objective.status->text;
        status["rating"] = objective.status->rating.empty() ? json::value(nullptr)
                                                            : json::value(objective.status->rating);
        status["shading"] = objective.status->shading.empty()
                                ? json::value(nullptr)
                                : json::value(objective.status->shading);
        status["source"] = objective.status->source.empty() ? json::value(nullptr)
                                                            : json::value(objective.status->source);
        out["status"] = std::move(status);
    }

    json::object timescale = field(objective.timescale);
    json::array dates;
    for (const PlanDate& date : objective.timescaleDates)
        dates.push_back(toJson(date));
    timescale["dates"] = std::move(dates);
    out["timescale"] = std::move(timescale);

    json::array progress;
    for (const Progress& entry : objective.progress)
    {
        json::object e;
        e["date"] = optionalDate(entry.date);
        e["heading"] = entry.heading;
        e["headingBold"] = entry.headingBold;
        e["headingLocation"] =
            entry.headingLocation ? toJson(*entry.headingLocation) : json::value(nullptr);
        e["form"] = toString(entry.form);
        e["dateForm"] =
            entry.dateForm ? json::value(toString(*entry.dateForm)) : json::value(nullptr);
        e["items"] = items(entry.items);
        progress.push_back(std::move(e));
    }
    out["progress"] = std::move(progress);
    if (!objective.progressFrom.empty())
        out["progressFrom"] = objective.progressFrom;
    for (const auto& [id, own] :
         {std::pair{"impact", &objective.impact}, std::pair{"evaluation", &objective.evaluation},
          std::pair{"evidence", &objective.evidence},
          std::pair{"monitoring", &objective.monitoring}})
        if (!own->cells.empty())
            out[id] = field(*own);
    const Progress* latest = objective.latestProgress();
    out["latestUpdate"] = latest ? toJson(*latest->date) : json::value(nullptr);

    json::array extra;
    for (const ExtraField& e : objective.extra)
    {
        json::object x = field(e.field);
        x["header"] = e.header;
        extra.push_back(std::move(x));
    }
    out["extra"] = std::move(extra);
    return out;
}
} // namespace

json::value toJson(const Location& location)
{
    json::object out;
    if (location.table >= 0)
    {
        out["table"] = location.table;
        out["row"] = location.row;
        out["column"] = location.column;
        out["cell"] = location.cell;
    }
    if (location.paragraph)
        out["paragraph"] = *location.paragraph;
    return out;
}

json::value toJson(const PlanDate& date)
{
    json::object out;
    out["value"] = date.iso();
    out["precision"] = toString(date.precision);
    out["first"] = isoDay(date.first);
    out["last"] = isoDay(date.last());
    return out;
}

json::value toJson(const Plan& plan, const SourceInfo& source)
{
    json::object out;
    out["eqplan"] = json::object{{"version", EQPLAN_VERSION}, {"schema", 1}};
    out["source"] = json::object{{"file", source.file}, {"format", source.format}};
    out["title"] = plan.title;
    if (plan.period)
        out["period"] = json::object{
            {"text", plan.period->text}, {"from", plan.period->from}, {"to", plan.period->to}};
    else
        out["period"] = nullptr;
    if (plan.updated)
        out["updated"] = json::object{{"text", plan.updated->text},
                                      {"date", optionalDate(plan.updated->date)},
                                      {"by", plan.updated->by}};
    else
        out["updated"] = nullptr;

    json::array tables;
    for (const PlanTable& table : plan.tables)
    {
        json::array columns;
        for (const Column& column : table.columns)
        {
            json::object recognition{
                {"score", column.score}, {"why", column.why}, {"doubt", column.doubt}};
            if (column.assigned)
                recognition["assigned"] = true;
            columns.push_back(json::object{
                {"column", column.column},
                {"header", column.header},
                {"field", column.field.empty() ? json::value(nullptr) : json::value(column.field)},
                {"recognition", std::move(recognition)}});
        }
        tables.push_back(json::object{{"index", table.index},
                                      {"name", table.name},
                                      {"heading", table.heading},
                                      {"headerRow", table.headerRow},
                                      {"labels", table.labelsLeft ? "left" : "top"},
                                      {"columns", std::move(columns)}});
    }
    out["tables"] = std::move(tables);

    json::array objectives;
    for (const Objective& objective : plan.objectives)
        objectives.push_back(objectiveJson(objective, plan));
    out["objectives"] = std::move(objectives);

    json::array owners;
    for (const Owner& owner : plan.owners)
    {
        json::array numbers;
        for (int number : owner.objectives)
            numbers.push_back(number);
        owners.push_back(json::object{{"name", owner.name}, {"objectives", std::move(numbers)}});
    }
    out["owners"] = std::move(owners);
    out["notes"] = strings(plan.notes);
    json::object facts;
    PlanFacts all = plan.facts;
    for (const char* id : {"approved", "approvedBy", "lastReviewed", "nextReview", "period"})
        if (const std::optional<PlanFact>& fact = *all.fact(id))
            facts[id] = json::object{
                {"text", fact->text},
                {"date", fact->date ? toJson(*fact->date) : json::value(nullptr)},
                {"source", fact->source},
                {"location", fact->location ? toJson(*fact->location) : json::value(nullptr)}};
    if (!facts.empty())
        out["facts"] = std::move(facts);
    return out;
}
} // namespace eqplan
