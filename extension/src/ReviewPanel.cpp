#include "ReviewPanel.hpp"

#include "eqplan/Dates.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
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
    return std::to_string(static_cast<unsigned>(day.day())) + " " +
           std::string(monthName(day.month())) + " " + std::to_string(static_cast<int>(day.year()));
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
    // A meeting left unfinished is over for the other panels too.
    if (m_running)
    {
        m_running = false;
        session().setReviewing(false);
    }
    Panel::disposing();
}

std::vector<const char*> ReviewPanel::writingControls() const
{
    return {"date", "attendees", "start", "point", "finish"};
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
    // From the first objective, whichever the cursor was in.
    m_index = 0;
    session().setReviewing(true);
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
        m_status = ui::said(e);
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
    {
        // Past either end: say so, and offer to finish after the last.
        const int number = session().result()->plan.objectives.at(m_index).number;
        m_status =
            ui::format(next < 0 ? ui::firstObjective : ui::lastObjective, {std::to_string(number)});
        show();
        if (uno::Reference<awt::XWindow> finish = control(next < 0 ? "point" : "finish");
            finish.is())
            finish->setFocus();
        return;
    }
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
    session().setReviewing(false);
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
        m_status = ui::said(e);
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
} // namespace eqplan::sidebar
