#include "eqplan/Model.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace eqplan
{
namespace
{
constexpr std::array<std::string_view, 3> aimIds = {"eliminate", "advance", "foster"};
constexpr std::array<std::string_view, 9> characteristicIds = {"age",
                                                               "disability",
                                                               "gender-reassignment",
                                                               "marriage-civil-partnership",
                                                               "pregnancy-maternity",
                                                               "race",
                                                               "religion-belief",
                                                               "sex",
                                                               "sexual-orientation"};
} // namespace

std::string_view toString(Aim aim)
{
    return aimIds[static_cast<std::size_t>(aim)];
}

std::string_view toString(Characteristic characteristic)
{
    return characteristicIds[static_cast<std::size_t>(characteristic)];
}

std::optional<Aim> aimFromString(std::string_view id)
{
    for (std::size_t i = 0; i < aimIds.size(); ++i)
        if (aimIds[i] == id)
            return static_cast<Aim>(i);
    return std::nullopt;
}

std::optional<Characteristic> characteristicFromString(std::string_view id)
{
    for (std::size_t i = 0; i < characteristicIds.size(); ++i)
        if (characteristicIds[i] == id)
            return static_cast<Characteristic>(i);
    return std::nullopt;
}

std::string Field::text() const
{
    std::string out;
    for (const FieldParagraph& fp : paragraphs)
    {
        std::string_view t = text::trim(fp.paragraph.text);
        if (t.empty())
            continue;
        if (!out.empty())
            out += '\n';
        out += t;
    }
    return out;
}

bool Field::empty() const
{
    return std::all_of(paragraphs.begin(), paragraphs.end(),
                       [](const FieldParagraph& fp) { return fp.paragraph.empty(); });
}

bool Field::tracked() const
{
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [](const FieldParagraph& fp) { return fp.paragraph.tracked; });
}

const Progress* Objective::latestProgress() const
{
    const Progress* latest = nullptr;
    for (const Progress& entry : progress)
        if (entry.date && (!latest || compare(*entry.date, *latest->date) >= 0))
            latest = &entry;
    return latest;
}

std::optional<PlanDate> Plan::latestReview() const
{
    std::optional<PlanDate> latest;
    for (const Objective& objective : objectives)
        if (const Progress* entry = objective.latestProgress();
            entry && (!latest || compare(*entry->date, *latest) > 0))
            latest = entry->date;
    return latest;
}

EntryForm Plan::progressForm(const Objective* objective) const
{
    // Inline entries counted up, headings down.
    const auto balance = [](const Objective& o)
    {
        std::ptrdiff_t sum = 0;
        for (const Progress& entry : o.progress)
            if (entry.date)
                sum += entry.form == EntryForm::Inline ? 1 : -1;
        return sum;
    };
    std::ptrdiff_t sum = objective ? balance(*objective) : 0;
    if (sum == 0)
        for (const Objective& other : objectives)
            sum += balance(other);
    return sum > 0 ? EntryForm::Inline : EntryForm::Heading;
}

std::optional<PlanFact>* PlanFacts::fact(std::string_view id)
{
    return id == "approved"       ? &approved
           : id == "approvedBy"   ? &approvedBy
           : id == "lastReviewed" ? &lastReviewed
           : id == "nextReview"   ? &nextReview
           : id == "period"       ? &period
                                  : nullptr;
}

std::optional<PlanDate> Plan::lastReviewed() const
{
    std::optional<PlanDate> last = latestReview();
    const auto later = [&](const std::optional<PlanDate>& date)
    {
        if (date && (!last || date->last() > last->last()))
            last = date;
    };
    if (updated)
        later(updated->date);
    for (const std::optional<PlanFact>* fact : {&facts.approved, &facts.lastReviewed})
        if (*fact)
            later((*fact)->date);
    return last;
}

const Field* Objective::field(std::string_view id) const
{
    return const_cast<Objective*>(this)->field(id);
}

Field* Objective::field(std::string_view id)
{
    static const std::pair<std::string_view, Field Objective::*> fields[] = {
        {"duty", &Objective::duty},
        {"characteristics", &Objective::characteristics},
        {"aim", &Objective::aim},
        {"objective", &Objective::objective},
        {"targetGroups", &Objective::targetGroups},
        {"actions", &Objective::actions},
        {"successCriteria", &Objective::successCriteria},
        {"owners", &Objective::owners},
        {"timescale", &Objective::timescale},
        {"progress", &Objective::progressField},
        {"status", &Objective::statusField},
        {"impact", &Objective::impact},
        {"evaluation", &Objective::evaluation},
        {"evidence", &Objective::evidence},
        {"monitoring", &Objective::monitoring},
    };
    for (const auto& [name, member] : fields)
        if (name == id)
            return &(this->*member);
    return nullptr;
}
} // namespace eqplan
