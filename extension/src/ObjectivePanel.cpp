#include "ObjectivePanel.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <algorithm>
#include <set>

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
    m_xTree = insertControl("com.sun.star.awt.tree.TreeControlModel", "progress", 3);
    m_xTree->setPropertyValue("RootDisplayed", uno::Any(false));
    m_xTree->setPropertyValue("ShowsRootHandles", uno::Any(true));
    m_xTree->setPropertyValue("ShowsHandles", uno::Any(true));
    m_xTree->setPropertyValue("Editable", uno::Any(false));
    m_xTree->setPropertyValue("HelpText", uno::Any(bridge::fromUtf8(ui::progressHelp.str())));
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
    std::vector<Slot> slots{
        {"heading", 0, shown},
        {"pending", 0, shown && !m_pending.empty()},
    };
    for (std::size_t i = 0; i + 1 < m_fieldControls.size(); i += 2)
    {
        slots.push_back({m_fieldControls[i].c_str(), 0, shown && i / 2 < m_fieldsShown});
        slots.push_back({m_fieldControls[i + 1].c_str(), 0, shown && i / 2 < m_fieldsShown});
    }
    slots.insert(slots.end(), {
                                  {"progressLabel", 0, shown},
                                  {"progress", std::clamp(m_treeRows * 18 + 8, 44, 160), shown},
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
                              });
    return slots;
}

std::vector<const char*> ObjectivePanel::writingControls() const
{
    return {"newPoint", "addPoint", "field", "value", "saveField", "rating", "setStatus"};
}

void ObjectivePanel::planChanged()
{
    setText("progressLabel", ui::progressField);
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
            ratings.push_back(ui::said(ratingWords(rating)));
        setItems("rating", ratings);
        selectItem("rating", static_cast<sal_Int32>(m_rating));
        std::vector<std::string> labels;
        for (const std::string& id : editableFields())
        {
            const FieldSpec* spec = schemas->layout.field(id);
            labels.push_back(spec ? ui::said(fieldWords(*spec)) : id);
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
        m_status = ui::format(ui::fieldSaved, {spec ? ui::said(fieldWords(*spec)) : id});
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
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
        m_status = ui::format(ui::statusSet, {ui::said(ratingWords(rating))});
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
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
            m_status = ui::said(e);
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
        // A plan with no objective yet (a new one, the cursor in its empty row) is a plan.
        setText("message", session().hasPlan() && session().result()->plan.objectives.empty()
                               ? ui::noObjectiveYet
                               : ui::noObjective);
        layout();
        return;
    }
    const Objective& o = session().result()->plan.objectives[*current];
    setText("heading", ui::format(ui::objectiveHeading, {std::to_string(o.number)}));
    showFields(o);
    showProgress(o);
    layout();
}

namespace
{
// The words a field is shown under: eqplan's own for the fields it has always had, the layout's
// label for any other (a field added to schemas/layouts.json shows without a change here, in the
// UI language once the catalogues have its field.<id>).
std::string fieldLabel(const FieldSpec& spec)
{
    static const std::pair<std::string_view, ui::Text> known[] = {
        {"duty", ui::aimsField},
        {"characteristics", ui::characteristicsField},
        {"aim", ui::aimField},
        {"objective", ui::objectiveField},
        {"targetGroups", ui::targetGroupsField},
        {"actions", ui::actionsField},
        {"successCriteria", ui::successCriteriaField},
        {"owners", ui::ownersField},
        {"timescale", ui::timescaleField},
        {"status", ui::statusField},
    };
    for (const auto& [id, label] : known)
        if (id == spec.id)
            return label;
    return ui::said(fieldWords(spec));
}

std::string listLines(const std::vector<ListItem>& items)
{
    std::vector<std::string> lines;
    for (const ListItem& item : items)
        lines.push_back((item.item.label.empty() ? std::string("•") : item.item.label) + " " +
                        item.item.text);
    return joined(lines, "\n");
}
} // namespace

void ObjectivePanel::showFields(const Objective& o)
{
    const Plan& plan = session().result()->plan;
    const Layout& layout = session().schemas()->layout;
    // The fields the plan has a column for.
    std::set<std::string> columns;
    for (const PlanTable& table : plan.tables)
        for (const Column& column : table.columns)
            columns.insert(column.field);

    std::vector<std::pair<std::string, std::string>> shown; // label, value
    std::vector<std::string> pending;
    for (const FieldSpec& spec : layout.fields)
    {
        // The number is in the heading, the progress in the tree below.
        if (spec.id == "number" || spec.id == "progress")
            continue;
        const std::string label = fieldLabel(spec);
        const Field* field = o.field(spec.id);
        if (field && field->tracked())
            pending.push_back(label);
        std::string value;
        if (!columns.count(spec.id))
            value = ui::notInThisPlan;
        else if (spec.id == "duty")
        {
            std::vector<std::string> aims = labels(o.aims, layout.aims, aimWords);
            for (const std::string& words : o.unmappedDuty)
                aims.push_back(ui::format(ui::notAnAim, {words}));
            value = joined(aims, "; ");
        }
        else if (spec.id == "characteristics")
        {
            std::vector<std::string> characteristics =
                o.characteristicIds.size() == std::size(allCharacteristics)
                    ? std::vector<std::string>{ui::allCharacteristics}
                    : labels(o.characteristicIds, layout.characteristics, characteristicWords);
            for (const std::string& words : o.unmappedCharacteristics)
                characteristics.push_back(ui::format(ui::notACharacteristic, {words}));
            value = joined(characteristics, "; ");
        }
        else if (spec.id == "objective")
            value = o.objectiveText;
        else if (spec.id == "targetGroups")
            value = listLines(o.targetGroupItems);
        else if (spec.id == "actions")
            value = listLines(o.actionItems);
        else if (spec.id == "successCriteria")
            value = listLines(o.successCriteriaItems);
        else if (spec.id == "owners")
            value = joined(o.ownerNames, ", ");
        else if (spec.id == "status" && o.status)
        {
            const RatingSpec* rating = layout.rating(o.status->rating);
            const std::string word = rating ? ui::said(ratingWords(*rating)) : std::string();
            if (!rating)
                value = ui::format(ui::statusUnknown, {o.status->text});
            else if (o.status->text.empty())
                value = ui::format(ui::statusByColour, {word});
            else if (o.status->text == rating->label || o.status->text == word)
                value = word;
            else
                value = word + " (" + o.status->text + ")";
        }
        else if (field)
            value = field->text();
        shown.emplace_back(label, value.empty() ? std::string(ui::none) : value);
    }
    // Columns eqplan does not know, under the plan's own header: kept, not lost.
    for (const ExtraField& extra : o.extra)
        shown.emplace_back(extra.header,
                           extra.field.empty() ? std::string(ui::none) : extra.field.text());

    m_pending =
        pending.empty() ? std::string() : ui::format(ui::pendingChanges, {joined(pending, ", ")});
    setText("pending", m_pending);
    // A label and a value for each, made once and reused for every objective.
    while (m_fieldControls.size() < 2 * shown.size())
    {
        const std::size_t i = m_fieldControls.size() / 2;
        const std::string label = "fieldLabel" + std::to_string(i);
        const std::string value = "fieldValue" + std::to_string(i);
        uno::Reference<beans::XPropertySet> labelModel =
            insertControl("com.sun.star.awt.UnoControlFixedTextModel", label.c_str(), 2);
        awt::FontDescriptor bold;
        bold.Weight = awt::FontWeight::BOLD;
        labelModel->setPropertyValue("FontDescriptor", uno::Any(bold));
        labelModel->setPropertyValue("MultiLine", uno::Any(true));
        insertControl("com.sun.star.awt.UnoControlFixedTextModel", value.c_str(), 2)
            ->setPropertyValue("MultiLine", uno::Any(true));
        m_fieldControls.push_back(label);
        m_fieldControls.push_back(value);
    }
    m_fieldsShown = shown.size();
    for (std::size_t i = 0; i < shown.size(); ++i)
    {
        setText(m_fieldControls[2 * i].c_str(), shown[i].first);
        setText(m_fieldControls[2 * i + 1].c_str(), shown[i].second);
    }
}

void ObjectivePanel::showProgress(const Objective& o)
{
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
    // Each entry a node, its items under it.
    std::vector<std::pair<std::string, std::vector<std::string>>> nodes;
    for (const Progress* entry : entries)
    {
        const std::string heading = entry->heading.empty() ? ui::undated : entry->heading;
        std::vector<std::string> items;
        for (const ListItem& item : entry->items)
            items.push_back((item.item.label.empty() ? std::string("•") : item.item.label) + " " +
                            item.item.text);
        nodes.emplace_back(entry->date ? heading + " (" + entry->date->iso() + ")" : heading,
                           std::move(items));
    }
    if (nodes.empty())
        nodes.emplace_back(ui::noProgress, std::vector<std::string>{});
    std::string key = std::to_string(o.number);
    for (const auto& [heading, items] : nodes)
        key += "\n" + heading + "\n\t" + joined(items, "\n\t");
    if (key == m_progressShown || !m_xTree.is())
        return;
    m_progressShown = key;
    // The entries and the open one's items, each a line of the tree.
    m_treeRows = static_cast<int>(nodes.size() + nodes.front().second.size());
    uno::Reference<awt::tree::XMutableTreeDataModel> data(
        context()->getServiceManager()->createInstanceWithContext(
            "com.sun.star.awt.tree.MutableTreeDataModel", context()),
        uno::UNO_QUERY_THROW);
    uno::Reference<awt::tree::XMutableTreeNode> root = data->createNode(uno::Any(), false);
    std::vector<uno::Reference<awt::tree::XMutableTreeNode>> made;
    for (const auto& [heading, items] : nodes)
    {
        uno::Reference<awt::tree::XMutableTreeNode> node =
            data->createNode(uno::Any(bridge::fromUtf8(heading)), false);
        for (const std::string& item : items)
            node->appendChild(data->createNode(uno::Any(bridge::fromUtf8(item)), false));
        root->appendChild(node);
        made.push_back(node);
    }
    data->setRoot(root);
    m_xTree->setPropertyValue("DataModel", uno::Any(data));
    // The latest entry open.
    if (uno::Reference<awt::tree::XTreeControl> tree{Panel::control("progress"), uno::UNO_QUERY};
        tree.is() && !made.empty() && made.front()->getChildCount() > 0)
        tree->expandNode(uno::Reference<awt::tree::XTreeNode>(made.front().get()));
}
} // namespace eqplan::sidebar
