#include "Panels.hpp"

#include "Format.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
std::string joined(const std::vector<std::string>& values, const char* separator)
{
    std::string out;
    for (const std::string& value : values)
        out += (out.empty() ? "" : separator) + value;
    return out;
}

const WordList* wordList(const std::vector<WordList>& lists, std::string_view id)
{
    for (const WordList& list : lists)
        if (list.id == id)
            return &list;
    return nullptr;
}

template <class Enum>
std::vector<std::string> labels(const std::vector<Enum>& values, const std::vector<WordList>& lists)
{
    std::vector<std::string> out;
    for (Enum value : values)
    {
        const WordList* list = wordList(lists, toString(value));
        out.push_back(list ? list->label : std::string(toString(value)));
    }
    return out;
}

// "1) Digital signage…" for typed numbers, "1. Train all staff…" for real lists, "• …" otherwise.
std::string itemLine(const Item& item)
{
    const std::string label = item.label.empty() ? "•" : item.label;
    return "  " + label + " " + item.text;
}

std::string latestReview(const Plan& plan)
{
    const std::optional<PlanDate> latest = plan.latestReview();
    return latest ? ui::format(ui::latestReview, {latest->iso()}) : ui::noReview;
}
} // namespace

PlanPanel::PlanPanel(const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<frame::XFrame>& frame,
                     const uno::Reference<awt::XWindow>& parent,
                     const uno::Reference<css::ui::XSidebar>& sidebar,
                     const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "PlanPanel")
{
}

std::vector<Panel::Slot> PlanPanel::slots() const
{
    const bool plan = session().hasPlan();
    const std::size_t objectives = plan ? session().result()->plan.objectives.size() : 0;
    const int rows = static_cast<int>(std::clamp<std::size_t>(objectives, 3, 12));
    return {
        {"title", 0, plan},           {"summary", 0, plan},
        {"objectivesLabel", 0, plan}, {"objectives", rows * 18 + 6, plan},
        {"message", 0, !plan},        {"insert", 28, !plan && session().error().empty()},
    };
}

void PlanPanel::planChanged()
{
    setText("objectivesLabel", ui::objectivesLabel);
    setText("insert", ui::insertPlan);
    if (!session().hasPlan())
    {
        std::string message = session().error().empty()
                                  ? std::string(ui::noPlan) + "\n\n" + ui::noPlanOffer
                                  : ui::format(ui::failed, {session().error()});
        if (session().error().empty() && session().readOnly())
            message = std::string(ui::noPlan) + "\n\n" + ui::readOnly;
        setText("message", message);
        layout();
        return;
    }
    const Plan& plan = session().result()->plan;
    setText("title", plan.title.empty() ? ui::untitledPlan : plan.title);
    std::vector<std::string> summary;
    if (plan.period)
        summary.push_back(ui::format(
            ui::period, {std::to_string(plan.period->from), std::to_string(plan.period->to)}));
    if (plan.updated)
    {
        const std::string date =
            plan.updated->date ? plan.updated->date->iso() : plan.updated->text;
        summary.push_back(plan.updated->by.empty()
                              ? ui::format(ui::updatedNoName, {date})
                              : ui::format(ui::updated, {date, plan.updated->by}));
    }
    summary.push_back(plan.objectives.size() == 1
                          ? ui::format(ui::countsOne, {std::to_string(plan.owners.size())})
                          : ui::format(ui::counts, {std::to_string(plan.objectives.size()),
                                                    std::to_string(plan.owners.size())}));
    summary.push_back(latestReview(plan));
    setText("summary", joined(summary, "\n"));

    std::vector<std::string> entries;
    for (const Objective& objective : plan.objectives)
    {
        std::vector<std::string> parts{std::to_string(objective.number) + ". " +
                                       text::firstLineShortened(objective.objectiveText, 36)};
        if (!objective.aims.empty())
        {
            std::vector<std::string> aims;
            for (Aim aim : objective.aims)
                aims.emplace_back(toString(aim));
            parts.push_back(joined(aims, "/"));
        }
        if (!objective.ownerNames.empty())
            parts.push_back(joined(objective.ownerNames, ", "));
        const Progress* latest = objective.latestProgress();
        parts.push_back(latest ? latest->date->iso() : ui::none);
        entries.push_back(joined(parts, " · "));
    }
    setItems("objectives", entries);
    currentChanged();
    layout();
}

void PlanPanel::currentChanged()
{
    if (std::optional<std::size_t> current = session().current())
        selectItem("objectives", static_cast<sal_Int32>(*current));
}

void PlanPanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control == "objectives" && position >= 0)
        session().show(static_cast<std::size_t>(position));
}

void PlanPanel::onAction(const std::string& control)
{
    if (control != "insert")
        return;
    try
    {
        session().insertNewPlan();
    }
    catch (const std::exception& e)
    {
        setText("message", e.what());
        layout();
    }
}

ObjectivePanel::ObjectivePanel(const uno::Reference<uno::XComponentContext>& context,
                               const uno::Reference<frame::XFrame>& frame,
                               const uno::Reference<awt::XWindow>& parent,
                               const uno::Reference<css::ui::XSidebar>& sidebar,
                               const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "ObjectivePanel")
{
}

std::vector<Panel::Slot> ObjectivePanel::slots() const
{
    const bool shown = session().hasPlan() && session().current().has_value();
    return {
        {"heading", 0, shown},
        {"detailsLabel", 0, shown},
        {"details", 360, shown},
        {"newPointLabel", 0, shown},
        {"newPoint", 48, shown},
        {"addPoint", 28, shown},
        {"status", 0, shown && !m_status.empty()},
        {"message", 0, !shown},
    };
}

void ObjectivePanel::planChanged()
{
    setText("detailsLabel", ui::detailsLabel);
    setText("newPointLabel", ui::newPointLabel);
    setText("addPoint", ui::addPoint);
    show();
}

void ObjectivePanel::currentChanged()
{
    m_status.clear();
    show();
}

void ObjectivePanel::onAction(const std::string& control)
{
    if (control != "addPoint")
        return;
    const std::optional<std::size_t> current = session().current();
    const std::string point(text::trim(textOf("newPoint")));
    if (!current)
        return;
    if (point.empty())
        m_status = ui::emptyPoint;
    else
    {
        try
        {
            session().addProgress(*current, point);
            setText("newPoint", "");
            const Objective& o = session().result()->plan.objectives.at(*current);
            const Progress* latest = o.latestProgress();
            m_status = ui::format(ui::pointAdded, {latest ? latest->heading : std::string()});
        }
        catch (const std::exception& e)
        {
            m_status = e.what();
        }
    }
    setText("status", m_status);
    show();
}

void ObjectivePanel::show()
{
    const std::optional<std::size_t> current = session().current();
    const Schemas* schemas = session().schemas();
    if (!session().hasPlan() || !current || !schemas ||
        *current >= session().result()->plan.objectives.size())
    {
        setText("message", ui::noObjective);
        layout();
        return;
    }
    const Objective& o = session().result()->plan.objectives[*current];
    const Layout& layout = schemas->layout;
    setText("heading", ui::format(ui::objectiveHeading, {std::to_string(o.number)}));

    std::vector<std::string> lines;
    auto field = [&](const char* name, const std::string& value)
    { lines.push_back(std::string(name) + ": " + (value.empty() ? ui::none : value)); };
    auto list = [&](const char* name, const std::vector<ListItem>& items)
    {
        lines.push_back(std::string(name) + ":" +
                        (items.empty() ? std::string(" ") + ui::none : ""));
        for (const ListItem& item : items)
            lines.push_back(itemLine(item.item));
    };
    lines.push_back(o.objectiveText.empty() ? ui::none : o.objectiveText);
    lines.emplace_back();
    std::vector<std::string> aims = labels(o.aims, layout.aims);
    for (const std::string& words : o.unmappedDuty)
        aims.push_back(ui::format(ui::notAnAim, {words}));
    field(ui::aimsField, joined(aims, "; "));
    std::vector<std::string> characteristics =
        o.characteristicIds.size() == std::size(allCharacteristics)
            ? std::vector<std::string>{"All nine"}
            : labels(o.characteristicIds, layout.characteristics);
    for (const std::string& words : o.unmappedCharacteristics)
        characteristics.push_back(ui::format(ui::notACharacteristic, {words}));
    field(ui::characteristicsField, joined(characteristics, "; "));
    if (!o.aim.empty())
        field(ui::aimField, o.aim.text());
    list(ui::targetGroupsField, o.targetGroupItems);
    list(ui::actionsField, o.actionItems);
    list(ui::successCriteriaField, o.successCriteriaItems);
    field(ui::ownersField, joined(o.ownerNames, ", "));
    field(ui::timescaleField, o.timescale.text());
    lines.emplace_back();
    lines.push_back(std::string(ui::progressField) + ":");
    std::vector<const Progress*> entries;
    for (const Progress& entry : o.progress)
        entries.push_back(&entry);
    // Newest first; undated commentary last.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Progress* a, const Progress* b)
                     {
                         if (!a->date || !b->date)
                             return a->date.has_value() && !b->date.has_value();
                         return compare(*a->date, *b->date) > 0;
                     });
    if (entries.empty())
        lines.push_back(std::string("  ") + ui::noProgress);
    for (const Progress* entry : entries)
    {
        const std::string heading = entry->heading.empty() ? ui::undated : entry->heading;
        lines.push_back(entry->date ? heading + " (" + entry->date->iso() + ")" : heading);
        for (const ListItem& item : entry->items)
            lines.push_back(itemLine(item.item));
    }
    setText("details", joined(lines, "\n"));
    this->layout();
}
} // namespace eqplan::sidebar
