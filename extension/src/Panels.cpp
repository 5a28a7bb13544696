#include "Panels.hpp"

#include "Catalogue.hpp"
#include "UiStrings.hpp"

#include "eqplan/Coverage.hpp"
#include "eqplan/FieldWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <cppuhelper/implbase1.hxx>

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
        {"title", 0, plan},
        {"summary", 0, plan},
        {"objectivesLabel", 0, plan},
        {"objectives", rows * 18 + 6, plan},
        {"historyLabel", 0, plan},
        {"history", 0, plan},
        {"newObjectiveLabel", 0, plan && !session().readOnly()},
        {"newObjective", 48, plan && !session().readOnly()},
        {"newOwnersLabel", 0, plan && !session().readOnly()},
        {"newOwners", 36, plan && !session().readOnly()},
        {"addObjective", 28, plan && !session().readOnly()},
        {"status", 0, plan && !m_status.empty()},
        {"message", 0, !plan},
        {"insert", 28, !plan && session().error().empty()},
    };
}

void PlanPanel::planChanged()
{
    setText("objectivesLabel", ui::objectivesLabel);
    setText("insert", ui::insertPlan);
    setText("newObjectiveLabel", ui::newObjectiveLabel);
    setText("newOwnersLabel", ui::newOwnersLabel);
    setText("addObjective", ui::addObjective);
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
    // What the last Add objective came to, until the objectives change otherwise (an undo).
    if (!m_status.empty() && plan.objectives.size() != m_statusObjectives)
    {
        m_status.clear();
        setText("status", m_status);
    }
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
        // Its status in a word, never as a colour alone.
        if (objective.status && !objective.status->rating.empty())
        {
            const RatingSpec* rating =
                session().schemas() ? session().schemas()->layout.rating(objective.status->rating)
                                    : nullptr;
            parts.push_back(rating ? rating->label : objective.status->rating);
        }
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

    // The latest changes eqplan recorded in the document, newest first.
    setText("historyLabel", ui::historyLabel);
    std::vector<std::string> changes;
    const std::vector<HistoryEntry>& history = session().history();
    for (std::size_t i = history.size(); i-- > 0 && changes.size() < 3;)
    {
        const HistoryEntry& entry = history[i];
        changes.push_back(PlanDate{entry.date, Precision::Day, std::nullopt}.iso() +
                          (entry.who.empty() ? "" : " " + entry.who) +
                          (entry.objective ? " · objective " + std::to_string(*entry.objective)
                                           : std::string()) +
                          ": " + entry.what);
    }
    setText("history", changes.empty() ? std::string(ui::noHistory) : joined(changes, "\n"));
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

void PlanPanel::addObjective()
{
    const std::string objective(text::trim(textOf("newObjective")));
    std::vector<std::string> owners;
    for (const std::string& line : text::split(textOf("newOwners"), {"\n"}))
        if (!text::trim(line).empty())
            owners.emplace_back(text::trim(line));
    if (objective.empty())
        m_status = ui::emptyObjective;
    else
    {
        try
        {
            const std::size_t added = session().addObjective(objective, owners);
            setText("newObjective", "");
            setText("newOwners", "");
            m_status =
                ui::format(ui::objectiveAdded,
                           {std::to_string(session().result()->plan.objectives.at(added).number)});
        }
        catch (const std::exception& e)
        {
            m_status = e.what();
        }
    }
    if (session().hasPlan())
        m_statusObjectives = session().result()->plan.objectives.size();
    setText("status", m_status);
    layout();
}

void PlanPanel::onAction(const std::string& control)
{
    if (control == "addObjective")
    {
        addObjective();
        return;
    }
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
    auto field = [&](const std::string& name, const std::string& value)
    { lines.push_back(std::string(name) + ": " + (value.empty() ? ui::none : value)); };
    auto list = [&](const std::string& name, const std::vector<ListItem>& items)
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
          {ui::progressName, &o.progressField}})
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

ChecksPanel::ChecksPanel(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<frame::XFrame>& frame,
                         const uno::Reference<awt::XWindow>& parent,
                         const uno::Reference<css::ui::XSidebar>& sidebar,
                         const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "ChecksPanel")
{
}

std::vector<Panel::Slot> ChecksPanel::slots() const
{
    const bool plan = session().hasPlan();
    const bool any = plan && !session().findings().empty();
    const int rows = static_cast<int>(std::clamp<std::size_t>(m_entries.size(), 3, 14));
    const bool fixable = m_selected && *m_selected < session().findings().size() &&
                         session().findings()[*m_selected].fix.has_value();
    const bool safe = std::any_of(session().findings().begin(), session().findings().end(),
                                  [](const Finding& f) { return f.fix && f.fix->safe; });
    return {
        {"summary", 0, true},
        {"findingsLabel", 0, any},
        {"findings", rows * 18 + 6, any},
        {"detail", 0, any && m_selected.has_value()},
        {"fix", 28, any && fixable},
        {"fixAll", 28, any && safe},
        {"status", 0, !m_status.empty()},
    };
}

void ChecksPanel::planChanged()
{
    setText("findingsLabel", ui::findingsLabel);
    setText("fix", ui::fixOne);
    if (!session().hasPlan())
    {
        m_entries.clear();
        m_selected.reset();
        setText("summary", ui::noPlanToCheck);
        layout();
        return;
    }
    const std::vector<Finding>& findings = session().findings();
    std::size_t counts[3] = {0, 0, 0};
    std::size_t safe = 0;
    for (const Finding& finding : findings)
    {
        ++counts[static_cast<int>(finding.severity)];
        safe += finding.fix && finding.fix->safe;
    }
    setText("summary",
            findings.empty()
                ? std::string(ui::noFindings)
                : ui::format(ui::findingsSummary,
                             {std::to_string(findings.size()),
                              std::to_string(counts[static_cast<int>(Severity::Error)]),
                              std::to_string(counts[static_cast<int>(Severity::Warning)]),
                              std::to_string(counts[static_cast<int>(Severity::Info)])}));
    setText("fixAll", ui::format(ui::fixAllSafe, {std::to_string(safe)}));

    // Grouped by rule, in the order the rules ran: a heading with the count, then each finding.
    std::vector<std::string> items;
    m_entries.clear();
    for (std::size_t i = 0; i < findings.size(); ++i)
    {
        if (i > 0 && findings[i].rule == findings[i - 1].rule)
            continue;
        std::size_t count = 0;
        for (const Finding& finding : findings)
            count += finding.rule == findings[i].rule;
        items.push_back(std::string(ruleTitle(findings[i].rule)) + " (" + std::to_string(count) +
                        ", " + std::string(toString(findings[i].severity)) + ")");
        m_entries.push_back(-1);
        for (std::size_t j = i; j < findings.size(); ++j)
            if (findings[j].rule == findings[i].rule)
            {
                items.push_back("    " + text::firstLineShortened(findings[j].message, 60));
                m_entries.push_back(static_cast<int>(j));
            }
    }
    setItems("findings", items);
    if (m_selected && *m_selected >= findings.size())
        m_selected.reset();
    showSelected();
}

void ChecksPanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control != "findings" || position < 0 || position >= static_cast<sal_Int32>(m_entries.size()))
        return;
    const int finding = m_entries[static_cast<std::size_t>(position)];
    m_status.clear();
    if (finding < 0)
        m_selected.reset();
    else
    {
        m_selected = static_cast<std::size_t>(finding);
        session().showFinding(*m_selected);
    }
    showSelected();
}

void ChecksPanel::onAction(const std::string& control)
{
    try
    {
        if (control == "fix" && m_selected)
        {
            const std::string description = session().applyFix(*m_selected);
            m_status = ui::format(ui::fixedOne, {description});
        }
        else if (control == "fixAll")
        {
            const std::size_t applied = session().fixAllSafe();
            m_status = ui::format(ui::fixedMany, {std::to_string(applied)});
        }
        else
            return;
        m_selected.reset();
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    planChanged();
}

void ChecksPanel::showSelected()
{
    const std::vector<Finding>& findings = session().findings();
    if (m_selected && *m_selected < findings.size())
    {
        const Finding& finding = findings[*m_selected];
        std::string detail = finding.message + "\n(" + finding.rule + ")";
        if (finding.fix)
            detail += "\n\n" + (finding.fix->safe ? std::string("Fix: ")
                                                   : std::string("Fix (check it after): ")) +
                      finding.fix->description;
        setText("detail", detail);
    }
    setText("status", m_status);
    layout();
}

namespace
{
// Hands the point field's Enter keys to the Review panel. A key typed on the keyboard reaches the
// toolkit's key handlers before Writer's shortcuts (Ctrl+Enter would insert a page break into the
// document): the handler takes it. A key posted to the field itself skips the handlers: the
// field's key listener gets it. Both forget the panel when it goes.
class ReviewKeys : public cppu::WeakImplHelper1<awt::XKeyHandler>
{
public:
    ReviewKeys(ReviewPanel* panel, uno::Reference<uno::XInterface> field)
        : m_panel(panel), m_xField(std::move(field))
    {
    }
    void forget() { m_panel = nullptr; }

    sal_Bool SAL_CALL keyPressed(const awt::KeyEvent& event) override
    {
        if (!m_panel || event.KeyCode != awt::Key::RETURN || event.Source != m_xField)
            return false;
        m_panel->onKey(event);
        return true;
    }
    sal_Bool SAL_CALL keyReleased(const awt::KeyEvent& event) override
    {
        return m_panel && event.KeyCode == awt::Key::RETURN && event.Source == m_xField;
    }
    void SAL_CALL disposing(const lang::EventObject&) override { m_panel = nullptr; }

private:
    ReviewPanel* m_panel;
    uno::Reference<uno::XInterface> m_xField; // the point field's peer, as key events name it
};

class ReviewKeyListener : public cppu::WeakImplHelper1<awt::XKeyListener>
{
public:
    explicit ReviewKeyListener(ReviewPanel* panel) : m_panel(panel) {}
    void forget() { m_panel = nullptr; }

    void SAL_CALL keyPressed(const awt::KeyEvent& event) override
    {
        if (m_panel && event.KeyCode == awt::Key::RETURN)
            m_panel->onKey(event);
    }
    void SAL_CALL keyReleased(const awt::KeyEvent&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override { m_panel = nullptr; }

private:
    ReviewPanel* m_panel;
};

// "23 November 2026".
std::string longDay(std::chrono::year_month_day day)
{
    static const char* const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    return std::to_string(static_cast<unsigned>(day.day())) + " " +
           months[static_cast<unsigned>(day.month()) - 1] + " " +
           std::to_string(static_cast<int>(day.year()));
}

std::string numbers(const std::vector<int>& values)
{
    std::string out;
    for (int value : values)
        out += (out.empty() ? "" : ", ") + std::to_string(value);
    return out;
}
} // namespace

ReviewPanel::ReviewPanel(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<frame::XFrame>& frame,
                         const uno::Reference<awt::XWindow>& parent,
                         const uno::Reference<css::ui::XSidebar>& sidebar,
                         const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "ReviewPanel")
{
    uno::Reference<awt::XControl> point(control("point"), uno::UNO_QUERY);
    if (point.is())
    {
        m_xKeys = new ReviewKeys(this, uno::Reference<uno::XInterface>(point->getPeer(),
                                                                       uno::UNO_QUERY));
        m_xToolkit.set(awt::Toolkit::create(context), uno::UNO_QUERY);
        // XExtendedToolkit is marked deprecated, but its key handlers are the one place that
        // sees a key before Writer's shortcuts do (LibreOffice's accessibility bridges use them).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        if (m_xToolkit.is())
            m_xToolkit->addKeyHandler(m_xKeys);
#pragma GCC diagnostic pop
        m_xKeyListener = new ReviewKeyListener(this);
        uno::Reference<awt::XWindow>(point, uno::UNO_QUERY_THROW)->addKeyListener(m_xKeyListener);
    }
    const std::chrono::year_month_day today = eqplan::today();
    setText("date", std::to_string(static_cast<unsigned>(today.day())) + "/" +
                        std::to_string(static_cast<unsigned>(today.month())) + "/" +
                        std::to_string(static_cast<int>(today.year())));
}

void SAL_CALL ReviewPanel::disposing()
{
    if (auto* keys = static_cast<ReviewKeys*>(m_xKeys.get()))
        keys->forget();
    if (auto* listener = static_cast<ReviewKeyListener*>(m_xKeyListener.get()))
        listener->forget();
    try
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        if (m_xToolkit.is() && m_xKeys.is())
            m_xToolkit->removeKeyHandler(m_xKeys);
#pragma GCC diagnostic pop
        if (uno::Reference<awt::XWindow> point = control("point"); point.is() && m_xKeyListener.is())
            point->removeKeyListener(m_xKeyListener);
    }
    catch (const uno::Exception&)
    {
        // The window went first.
    }
    m_xKeys.clear();
    m_xKeyListener.clear();
    Panel::disposing();
}

std::vector<Panel::Slot> ReviewPanel::slots() const
{
    const bool plan = session().hasPlan();
    const bool idle = plan && !m_running;
    const bool running = plan && m_running;
    return {
        {"intro", 0, !running},       {"dateLabel", 0, idle},     {"date", 24, idle},
        {"attendeesLabel", 0, idle},  {"attendees", 24, idle},    {"start", 28, idle},
        {"progress", 0, running},     {"objective", 150, running}, {"pointLabel", 0, running},
        {"point", 24, running},       {"previous", 28, running},  {"next", 28, running},
        {"finish", 28, running},      {"status", 0, plan && !m_status.empty()},
    };
}

void ReviewPanel::planChanged()
{
    setText("dateLabel", ui::meetingDateLabel);
    setText("attendeesLabel", ui::attendeesLabel);
    setText("start", ui::startReview);
    setText("pointLabel", ui::pointLabel);
    setText("previous", ui::previousObjective);
    setText("next", ui::nextObjective);
    setText("finish", ui::finishReview);
    if (!session().hasPlan())
    {
        m_running = false;
        setText("intro", ui::reviewNoPlan);
        layout();
        return;
    }
    setText("intro", ui::reviewIntro);
    show();
}

void ReviewPanel::currentChanged()
{
    // The document leads too: a click in another objective's row makes it the one reviewed.
    if (m_running && session().current() && *session().current() != m_index)
    {
        m_index = *session().current();
        show();
    }
}

void ReviewPanel::onAction(const std::string& control)
{
    if (control == "start")
        start();
    else if (control == "previous")
        go(-1);
    else if (control == "next")
        go(1);
    else if (control == "finish")
        finish();
}

void ReviewPanel::onKey(const awt::KeyEvent& event)
{
    try
    {
        if (event.KeyCode != awt::Key::RETURN)
            return;
        if (event.Modifiers & awt::KeyModifier::MOD1)
            go(event.Modifiers & awt::KeyModifier::SHIFT ? -1 : 1);
        else
            addPoint();
    }
    catch (const std::exception& e)
    {
        reportError("ReviewPanel::onKey", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("ReviewPanel::onKey", bridge::toUtf8(e.Message));
    }
}

void ReviewPanel::start()
{
    const std::optional<PlanDate> day = parseDate(text::trim(textOf("date")));
    if (!day || day->precision != Precision::Day)
    {
        m_status = ui::badMeetingDate;
        setText("status", m_status);
        layout();
        return;
    }
    m_day = day->first;
    m_attendees = std::string(text::trim(textOf("attendees")));
    m_points.clear();
    m_status.clear();
    m_running = true;
    m_index = session().current().value_or(0);
    session().show(m_index);
    show();
    if (uno::Reference<awt::XWindow> point = control("point"); point.is())
        point->setFocus();
}

void ReviewPanel::addPoint()
{
    if (!m_running || !session().hasPlan())
        return;
    const std::string point(text::trim(textOf("point")));
    if (point.empty())
        return;
    const Objective& objective = session().result()->plan.objectives.at(m_index);
    const int number = objective.number;
    try
    {
        session().addProgress(m_index, point, m_day);
        m_points[number].push_back(point);
        setText("point", "");
        m_status.clear();
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    show();
}

void ReviewPanel::go(int step)
{
    if (!m_running || !session().hasPlan())
        return;
    const std::size_t count = session().result()->plan.objectives.size();
    if (count == 0)
        return;
    const long next = static_cast<long>(m_index) + step;
    if (next < 0 || next >= static_cast<long>(count))
        return;
    m_index = static_cast<std::size_t>(next);
    m_status.clear();
    session().show(m_index);
    show();
    if (uno::Reference<awt::XWindow> point = control("point"); point.is())
        point->setFocus();
}

void ReviewPanel::finish()
{
    if (!m_running || !session().hasPlan())
        return;
    const Plan& plan = session().result()->plan;
    std::vector<int> updated;
    std::vector<int> missing;
    for (const Objective& objective : plan.objectives)
        (m_points.count(objective.number) ? updated : missing).push_back(objective.number);
    std::string summary = "Review meeting of " + PlanDate{m_day, Precision::Day, {}}.iso();
    if (!m_attendees.empty())
        summary += " (" + m_attendees + ")";
    summary += ": points on objective" + std::string(updated.size() == 1 ? " " : "s ") +
               (updated.empty() ? std::string("none") : numbers(updated));
    if (!missing.empty())
        summary += "; no update on " + numbers(missing);
    m_running = false;
    try
    {
        session().finishReview(m_day, summary);
        m_status = ui::format(ui::reviewFinished, {longDay(m_day), std::to_string(updated.size()),
                                                   std::to_string(plan.objectives.size())}) +
                   "\n" +
                   (missing.empty() ? std::string(ui::reviewAllUpdated)
                                    : ui::format(ui::reviewMissing, {numbers(missing)}));
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    show();
}

void ReviewPanel::show()
{
    if (m_running && session().hasPlan())
    {
        const Plan& plan = session().result()->plan;
        if (m_index >= plan.objectives.size())
            m_index = plan.objectives.empty() ? 0 : plan.objectives.size() - 1;
        if (!plan.objectives.empty())
        {
            const Objective& o = plan.objectives[m_index];
            setText("progress", ui::format(ui::reviewProgress,
                                           {std::to_string(m_index + 1),
                                            std::to_string(plan.objectives.size()), longDay(m_day)}));
            std::vector<std::string> lines{std::to_string(o.number) + ". " + o.objectiveText};
            lines.emplace_back();
            if (const Progress* latest = o.latestProgress())
            {
                lines.push_back(ui::format(ui::latestEntry, {latest->heading}));
                for (const ListItem& item : latest->items)
                    lines.push_back(itemLine(item.item));
            }
            else
                lines.push_back(ui::noEntryYet);
            setText("objective", joined(lines, "\n"));
            if (m_status.empty() && m_points.count(o.number))
            {
                std::vector<std::string> added{ui::pointsThisMeeting};
                for (const std::string& point : m_points[o.number])
                    added.push_back("  • " + point);
                setText("status", joined(added, "\n"));
            }
            else
                setText("status", m_status);
        }
    }
    else
        setText("status", m_status);
    layout();
}

PublishPanel::PublishPanel(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame,
                           const uno::Reference<awt::XWindow>& parent,
                           const uno::Reference<css::ui::XSidebar>& sidebar,
                           const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "PublishPanel")
{
}

std::vector<Panel::Slot> PublishPanel::slots() const
{
    const bool plan = session().hasPlan();
    return {
        {"intro", 0, true},       {"targetLabel", 0, plan}, {"target", 24, plan},
        {"check", 28, plan},      {"problems", 90, plan},   {"force", 0, plan},
        {"publish", 28, plan},    {"status", 0, plan && !m_status.empty()},
    };
}

void PublishPanel::planChanged()
{
    setText("targetLabel", ui::publishTargetLabel);
    setText("check", ui::checkBeforePublishing);
    setText("publish", ui::publishButton);
    if (uno::Reference<awt::XCheckBox> force{control("force"), uno::UNO_QUERY}; force.is())
        force->setLabel(bridge::fromUtf8(ui::publishForce.str()));
    setText("intro", session().hasPlan() ? ui::publishIntro : ui::noPlanToPublish);
    // A PDF beside the document, named after it, unless the user chose another place.
    if (textOf("target").empty())
    {
        std::string path = session().documentPath();
        if (!path.empty())
        {
            const std::size_t dot = path.find_last_of('.');
            const std::size_t slash = path.find_last_of('/');
            path = (dot != std::string::npos && (slash == std::string::npos || dot > slash)
                        ? path.substr(0, dot)
                        : path) +
                   ".pdf";
        }
        setText("target", path);
    }
    layout();
}

void PublishPanel::onAction(const std::string& control)
{
    if (control == "check")
        check();
    else if (control == "publish")
        publish();
}

void PublishPanel::check()
{
    try
    {
        const std::vector<std::string> problems = session().publishingProblems();
        if (problems.empty())
            setText("problems", ui::readyToPublish);
        else
        {
            std::vector<std::string> lines{
                ui::format(ui::toResolve, {std::to_string(problems.size())})};
            for (const std::string& problem : problems)
                lines.push_back("• " + problem);
            setText("problems", joined(lines, "\n"));
        }
        m_status.clear();
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    setText("status", m_status);
    layout();
}

void PublishPanel::publish()
{
    const std::string target(text::trim(textOf("target")));
    uno::Reference<awt::XCheckBox> forceBox(control("force"), uno::UNO_QUERY);
    const bool force = forceBox.is() && forceBox->getState() == 1;
    try
    {
        if (target.empty() || target.front() != '/')
            throw bridge::Error(bridge::Error::Kind::NotReadable,
                                "Type the full path of the PDF to write, such as "
                                "/home/office/Equality plan.pdf.");
        const PlanSession::Published result = session().publish(target, force);
        std::vector<std::string> lines;
        if (!result.published)
        {
            lines.push_back(ui::notPublished);
            for (const std::string& problem : result.problems)
                lines.push_back("• " + problem);
            setText("problems", joined(lines, "\n"));
            m_status = ui::notPublished;
        }
        else
        {
            lines.push_back(
                ui::format(ui::publishedAs, {target, std::to_string(result.outlineEntries)}));
            if (!result.problems.empty())
            {
                lines.push_back(ui::publishedDespite);
                for (const std::string& problem : result.problems)
                    lines.push_back("• " + problem);
            }
            m_status = joined(lines, "\n");
        }
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    setText("status", m_status);
    layout();
}

OwnersPanel::OwnersPanel(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<frame::XFrame>& frame,
                         const uno::Reference<awt::XWindow>& parent,
                         const uno::Reference<css::ui::XSidebar>& sidebar,
                         const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "OwnersPanel")
{
}

std::vector<Panel::Slot> OwnersPanel::slots() const
{
    const bool plan = session().hasPlan();
    const int rows = static_cast<int>(std::clamp<std::size_t>(m_owners.size(), 3, 10));
    return {
        {"ownersLabel", 0, true}, {"owners", rows * 18 + 6, plan}, {"nameLabel", 0, plan},
        {"name", 24, plan},       {"save", 28, plan},            {"renameLabel", 0, plan},
        {"newName", 24, plan},    {"rename", 28, plan},          {"status", 0, !m_status.empty()},
    };
}

void OwnersPanel::planChanged()
{
    setText("nameLabel", ui::ownerNameLabel);
    setText("save", ui::saveOwner);
    setText("renameLabel", ui::renameLabel);
    setText("rename", ui::renameOwner);
    if (!session().hasPlan())
    {
        m_owners.clear();
        setText("ownersLabel", ui::noPlanForOwners);
        layout();
        return;
    }
    setText("ownersLabel", ui::ownersLabel);
    const Plan& plan = session().result()->plan;
    const std::optional<OwnerRegister>& owners = session().owners();
    std::vector<std::string> items;
    m_owners.clear();
    for (const Owner& owner : plan.owners)
    {
        const OwnerEntry* entry = owners ? owners->find(owner.name) : nullptr;
        std::vector<std::string> numbers;
        for (int n : owner.objectives)
            numbers.push_back(std::to_string(n));
        items.push_back(owner.name + " — " + (entry ? entry->name : std::string(ui::notRegistered)) +
                        " · " + joined(numbers, ", "));
        m_owners.push_back(owner.name);
    }
    setItems("owners", items);
    if (m_selected && *m_selected >= m_owners.size())
        m_selected.reset();
    setText("status", m_status);
    layout();
}

void OwnersPanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control != "owners" || position < 0 || position >= static_cast<sal_Int32>(m_owners.size()))
        return;
    m_selected = static_cast<std::size_t>(position);
    const std::optional<OwnerRegister>& owners = session().owners();
    const OwnerEntry* entry = owners ? owners->find(m_owners[*m_selected]) : nullptr;
    setText("name", entry ? entry->name : std::string());
    setText("newName", m_owners[*m_selected]);
    m_status.clear();
    setText("status", m_status);
    layout();
}

void OwnersPanel::onAction(const std::string& control)
{
    if (control != "save" && control != "rename")
        return;
    try
    {
        if (!m_selected || *m_selected >= m_owners.size())
            throw bridge::Error(bridge::Error::Kind::NotReadable, ui::chooseOwner);
        const std::string owner = m_owners[*m_selected];
        if (control == "save")
        {
            const std::string name(text::trim(textOf("name")));
            session().registerOwner(owner, name);
            m_status = ui::format(ui::ownerSaved, {owner, name});
        }
        else
        {
            const std::string to(text::trim(textOf("newName")));
            if (to.empty() || to == owner)
                return;
            const std::size_t places = session().renameOwner(owner, to);
            m_status = ui::format(ui::ownerRenamed, {std::to_string(places)});
        }
    }
    catch (const std::exception& e)
    {
        m_status = e.what();
    }
    planChanged();
}

CoveragePanel::CoveragePanel(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Reference<frame::XFrame>& frame,
                             const uno::Reference<awt::XWindow>& parent,
                             const uno::Reference<css::ui::XSidebar>& sidebar,
                             const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "CoveragePanel")
{
}

std::vector<Panel::Slot> CoveragePanel::slots() const
{
    const bool plan = session().hasPlan();
    return {
        {"summary", 0, true},
        {"coverageLabel", 0, plan},
        {"coverage", 12 * 18 + 6, plan},
        {"detail", 0, plan},
    };
}

void CoveragePanel::planChanged()
{
    setText("coverageLabel", ui::coverageLabel);
    const Schemas* schemas = session().schemas();
    if (!session().hasPlan() || !schemas)
    {
        m_entries.clear();
        setText("summary", ui::noPlanForOwners);
        layout();
        return;
    }
    const Coverage coverage = coverageOf(session().result()->plan, schemas->checks);
    const Layout& layout = schemas->layout;
    const auto label = [&](auto value)
    {
        const std::vector<WordList>& lists =
            std::is_same_v<decltype(value), Aim> ? layout.aims : layout.characteristics;
        const WordList* list = wordList(lists, toString(value));
        return list ? list->label : std::string(toString(value));
    };
    std::vector<std::string> gaps;
    for (Aim aim : coverage.uncoveredAims)
        gaps.push_back(label(aim));
    for (Characteristic characteristic : coverage.uncoveredCharacteristics)
        gaps.push_back(label(characteristic));
    std::vector<std::string> staff;
    for (Characteristic characteristic : coverage.uncoveredStaffOnly)
        staff.push_back(label(characteristic));
    std::string summary = gaps.empty() ? std::string(ui::everythingAddressed)
                                       : ui::format(ui::notAddressed, {joined(gaps, ", ")});
    if (!staff.empty())
        summary += "\n" + ui::format(ui::staffOnlyNote, {joined(staff, ", ")});
    setText("summary", summary);

    std::vector<std::string> items;
    m_entries.clear();
    for (Aim aim : allAims)
    {
        const std::vector<int>& objectives = coverage.byAim[static_cast<std::size_t>(aim)];
        items.push_back(label(aim) + ": " + std::to_string(objectives.size()));
        m_entries.push_back(objectives);
    }
    for (Characteristic characteristic : allCharacteristics)
    {
        const std::vector<int>& objectives =
            coverage.byCharacteristic[static_cast<std::size_t>(characteristic)];
        items.push_back("  " + label(characteristic) + ": " + std::to_string(objectives.size()) +
                        (coverage.isStaffOnly(characteristic) ? " (staff)" : ""));
        m_entries.push_back(objectives);
    }
    setItems("coverage", items);
    this->layout();
}

void CoveragePanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control != "coverage" || position < 0 ||
        position >= static_cast<sal_Int32>(m_entries.size()))
        return;
    const std::vector<int>& objectives = m_entries[static_cast<std::size_t>(position)];
    std::vector<std::string> numbers;
    for (int n : objectives)
        numbers.push_back(std::to_string(n));
    setText("detail", objectives.empty()
                          ? std::string(ui::noCoverageObjectives)
                          : ui::format(ui::coverageObjectives, {joined(numbers, ", ")}));
    if (!objectives.empty() && session().hasPlan())
    {
        const Plan& plan = session().result()->plan;
        for (std::size_t i = 0; i < plan.objectives.size(); ++i)
            if (plan.objectives[i].number == objectives.front())
            {
                session().show(i);
                break;
            }
    }
    layout();
}
} // namespace eqplan::sidebar
