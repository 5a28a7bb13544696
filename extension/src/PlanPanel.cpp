#include "PlanPanel.hpp"

#include "Format.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
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
} // namespace eqplan::sidebar
