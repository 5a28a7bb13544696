#include "ObjectivePanel.hpp"

#include "Format.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
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
    // Set the status only where the plan has a status column to write it into.
    const bool rated = shown &&
                       *session().current() < session().result()->plan.objectives.size() &&
                       !session()
                            .result()
                            ->plan.objectives[*session().current()]
                            .statusField.cells.empty();
    return {
        {"heading", 0, shown},
        {"detailsLabel", 0, shown},
        {"details", 360, shown},
        {"newPointLabel", 0, shown},
        {"newPoint", 48, shown},
        {"addPoint", 28, shown},
        {"fieldLabel", 0, shown},
        {"field", 24, shown},
        {"valueLabel", 0, shown},
        {"value", 72, shown},
        {"saveField", 28, shown},
        {"ratingLabel", 0, rated},
        {"rating", 24, rated},
        {"setStatus", 28, rated},
        {"status", 0, shown && !m_status.empty()},
        {"message", 0, !shown},
    };
}

void ObjectivePanel::planChanged()
{
    setText("detailsLabel", ui::detailsLabel);
    setText("newPointLabel", ui::newPointLabel);
    setText("addPoint", ui::addPoint);
    setText("fieldLabel", ui::editFieldLabel);
    setText("valueLabel", ui::editValueLabel);
    setText("saveField", ui::saveField);
    setText("ratingLabel", ui::ratingLabel);
    setText("setStatus", ui::setStatus);
    if (const Schemas* schemas = session().schemas())
    {
        std::vector<std::string> ratings;
        for (const RatingSpec& rating : schemas->layout.ratings)
            ratings.push_back(rating.label);
        setItems("rating", ratings);
        selectItem("rating", static_cast<sal_Int32>(m_rating));
        std::vector<std::string> labels;
        for (const std::string& id : editableFields())
        {
            const FieldSpec* spec = schemas->layout.field(id);
            labels.push_back(spec ? spec->label : id);
        }
        setItems("field", labels);
        selectItem("field", static_cast<sal_Int32>(m_field));
    }
    show();
}

void ObjectivePanel::currentChanged()
{
    m_status.clear();
    show();
    fillValue();
}

void ObjectivePanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control == "rating" && position >= 0)
    {
        m_rating = static_cast<std::size_t>(position);
        return;
    }
    if (control != "field" || position < 0 ||
        position >= static_cast<sal_Int32>(editableFields().size()))
        return;
    m_field = static_cast<std::size_t>(position);
    fillValue();
}

void ObjectivePanel::fillValue()
{
    const std::optional<std::size_t> current = session().current();
    if (!session().hasPlan() || !current || *current >= session().result()->plan.objectives.size())
        return;
    const Objective& o = session().result()->plan.objectives[*current];
    const std::string& id = editableFields().at(m_field);
    const auto items = [](const std::vector<ListItem>& list)
    {
        std::vector<std::string> lines;
        for (const ListItem& item : list)
            lines.push_back(item.item.text);
        return joined(lines, "\n");
    };
    std::string value;
    if (id == "targetGroups")
        value = items(o.targetGroupItems);
    else if (id == "actions")
        value = items(o.actionItems);
    else if (id == "successCriteria")
        value = items(o.successCriteriaItems);
    else if (id == "owners")
        value = joined(o.ownerNames, "\n");
    else if (id == "objective")
        value = o.objectiveText;
    else if (const Field* field = o.field(id))
        value = field->text();
    setText("value", value);
}

void ObjectivePanel::saveField()
{
    const std::optional<std::size_t> current = session().current();
    if (!current)
        return;
    std::vector<std::string> values;
    for (std::string& line : text::split(textOf("value"), {"\n"}))
        if (!text::trim(line).empty())
            values.emplace_back(text::trim(line));
    if (values.empty())
    {
        m_status = ui::emptyValue;
        setText("status", m_status);
        layout();
        return;
    }
    try
    {
        const std::string& id = editableFields().at(m_field);
        session().editField(*current, id, values);
        const FieldSpec* spec = session().schemas() ? session().schemas()->layout.field(id) : nullptr;
        m_status = ui::format(ui::fieldSaved, {spec ? spec->label : id});
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    setText("status", m_status);
    show();
}

void ObjectivePanel::setStatus()
{
    const std::optional<std::size_t> current = session().current();
    const Schemas* schemas = session().schemas();
    if (!current || !schemas || m_rating >= schemas->layout.ratings.size())
        return;
    const RatingSpec& rating = schemas->layout.ratings[m_rating];
    try
    {
        session().setStatus(*current, rating.id);
        m_status = ui::format(ui::statusSet, {rating.label});
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    setText("status", m_status);
    show();
}

void ObjectivePanel::onAction(const std::string& control)
{
    if (control == "saveField")
    {
        saveField();
        return;
    }
    if (control == "setStatus")
    {
        setStatus();
        return;
    }
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
    std::vector<std::string> pending;
    for (const auto& [name, f] :
         {std::pair{ui::aimsField, &o.duty}, {ui::characteristicsField, &o.characteristics},
          {ui::aimField, &o.aim}, {ui::objectiveField, &o.objective},
          {ui::targetGroupsField, &o.targetGroups}, {ui::actionsField, &o.actions},
          {ui::successCriteriaField, &o.successCriteria}, {ui::ownersField, &o.owners},
          {ui::timescaleField, &o.timescale}, {ui::statusField, &o.statusField},
          {"Progress", &o.progressField}})
        if (f->tracked())
            pending.push_back(name);
    if (!pending.empty())
        lines.push_back(ui::format(ui::pendingChanges, {joined(pending, ", ")}));
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
    if (o.status)
    {
        const RatingSpec* rating = layout.rating(o.status->rating);
        const std::string label = rating ? rating->label : std::string();
        std::string shown;
        if (!rating)
            shown = ui::format(ui::statusUnknown, {o.status->text});
        else if (o.status->text.empty())
            shown = ui::format(ui::statusByColour, {label});
        else if (o.status->text == label)
            shown = label;
        else
            shown = label + " (" + o.status->text + ")";
        field(ui::statusField, shown);
    }
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
