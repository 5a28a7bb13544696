#include "eqplan/Coverage.hpp"

#include <boost/json.hpp>

#include <algorithm>

namespace eqplan
{
namespace
{
namespace json = boost::json;

std::size_t indexOf(Aim aim)
{
    return static_cast<std::size_t>(aim);
}

std::size_t indexOf(Characteristic characteristic)
{
    return static_cast<std::size_t>(characteristic);
}

void addOnce(std::vector<int>& numbers, int number)
{
    if (std::find(numbers.begin(), numbers.end(), number) == numbers.end())
        numbers.push_back(number);
}

json::array numbers(const std::vector<int>& values)
{
    json::array out;
    for (int value : values)
        out.push_back(value);
    return out;
}

template <class Enum>
json::array ids(const std::vector<Enum>& values)
{
    json::array out;
    for (Enum value : values)
        out.push_back(json::string(toString(value)));
    return out;
}
} // namespace

const std::vector<int>& Coverage::objectives(Aim aim, Characteristic characteristic) const
{
    return cells[indexOf(aim)][indexOf(characteristic)];
}

std::size_t Coverage::count(Aim aim, Characteristic characteristic) const
{
    return objectives(aim, characteristic).size();
}

bool Coverage::isStaffOnly(Characteristic characteristic) const
{
    return std::find(staffOnly.begin(), staffOnly.end(), characteristic) != staffOnly.end();
}

Coverage coverageOf(const Plan& plan, const CheckRules& rules)
{
    Coverage coverage;
    for (const std::string& id : rules.staffOnlyCharacteristics)
        if (std::optional<Characteristic> characteristic = characteristicFromString(id))
            coverage.staffOnly.push_back(*characteristic);
    for (const Objective& objective : plan.objectives)
    {
        for (Aim aim : objective.aims)
            addOnce(coverage.byAim[indexOf(aim)], objective.number);
        for (Characteristic characteristic : objective.characteristicIds)
        {
            addOnce(coverage.byCharacteristic[indexOf(characteristic)], objective.number);
            for (Aim aim : objective.aims)
                addOnce(coverage.cells[indexOf(aim)][indexOf(characteristic)], objective.number);
        }
    }
    for (Aim aim : allAims)
        if (coverage.byAim[indexOf(aim)].empty())
            coverage.uncoveredAims.push_back(aim);
    for (Characteristic characteristic : allCharacteristics)
        if (coverage.byCharacteristic[indexOf(characteristic)].empty())
            (coverage.isStaffOnly(characteristic) ? coverage.uncoveredStaffOnly
                                                  : coverage.uncoveredCharacteristics)
                .push_back(characteristic);
    return coverage;
}

json::value toJson(const Coverage& coverage)
{
    json::object out;
    json::array aims;
    for (Aim aim : allAims)
        aims.push_back(json::object{{"aim", toString(aim)},
                                    {"objectives", numbers(coverage.byAim[indexOf(aim)])}});
    out["aims"] = std::move(aims);
    json::array characteristics;
    for (Characteristic c : allCharacteristics)
        characteristics.push_back(
            json::object{{"characteristic", toString(c)},
                         {"staffOnly", coverage.isStaffOnly(c)},
                         {"objectives", numbers(coverage.byCharacteristic[indexOf(c)])}});
    out["characteristics"] = std::move(characteristics);
    json::array cells;
    for (Aim aim : allAims)
        for (Characteristic c : allCharacteristics)
            cells.push_back(json::object{{"aim", toString(aim)},
                                         {"characteristic", toString(c)},
                                         {"count", coverage.count(aim, c)},
                                         {"objectives", numbers(coverage.objectives(aim, c))}});
    out["cells"] = std::move(cells);
    out["uncoveredAims"] = ids(coverage.uncoveredAims);
    out["uncoveredCharacteristics"] = ids(coverage.uncoveredCharacteristics);
    out["uncoveredStaffOnly"] = ids(coverage.uncoveredStaffOnly);
    return out;
}
} // namespace eqplan
