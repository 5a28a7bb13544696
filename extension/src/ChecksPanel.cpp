#include "ChecksPanel.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
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
    const std::vector<Finding>& all = session().findings();
    // While a review meeting goes on, the objectives it has not reached yet are not missing
    // from it: the rule that says so waits until it is finished.
    std::vector<Finding> findings;
    std::vector<std::size_t> indexes; // of each shown finding in the session's
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!(session().reviewing() && all[i].rule == "progress.stale"))
        {
            findings.push_back(all[i]);
            indexes.push_back(i);
        }
    std::size_t counts[3] = {0, 0, 0};
    std::size_t safe = 0;
    for (const Finding& finding : findings)
    {
        ++counts[static_cast<int>(finding.severity)];
        safe += finding.fix && finding.fix->safe;
    }
    // Each count in number with its word: "1 error", "2 warnings".
    const auto counted = [](std::size_t n, const ui::Text& one, const ui::Text& many)
    { return n == 1 ? std::string(one) : ui::format(many, {std::to_string(n)}); };
    setText(
        "summary",
        findings.empty()
            ? std::string(ui::noFindings)
            : ui::format(
                  ui::findingsCounted,
                  {counted(findings.size(), ui::findingOne, ui::findingMany),
                   counted(counts[static_cast<int>(Severity::Error)], ui::errorOne, ui::errorMany),
                   counted(counts[static_cast<int>(Severity::Warning)], ui::warningOne,
                           ui::warningMany),
                   counted(counts[static_cast<int>(Severity::Info)], ui::noteOne, ui::noteMany)}));
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
        const Severity severity = findings[i].severity;
        items.push_back(ui::format(
            ui::ruleHeading, {ui::said(ruleTitleWords(findings[i].rule)), std::to_string(count),
                              severity == Severity::Error     ? std::string(ui::severityError)
                              : severity == Severity::Warning ? std::string(ui::severityWarning)
                                                              : std::string(ui::severityInfo)}));
        m_entries.push_back(-1);
        for (std::size_t j = i; j < findings.size(); ++j)
            if (findings[j].rule == findings[i].rule)
            {
                items.push_back("    " + text::firstLineShortened(ui::said(findings[j].words), 60));
                m_entries.push_back(static_cast<int>(indexes[j]));
            }
    }
    setItems("findings", items);
    if (m_selected && *m_selected >= findings.size())
        m_selected.reset();
    showSelected();
}

std::vector<const char*> ChecksPanel::writingControls() const
{
    return {"fix", "fixAll"};
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
            m_status = applied == 1 ? std::string(ui::fixedOneOfMany)
                                    : ui::format(ui::fixedMany, {std::to_string(applied)});
        }
        else
            return;
        m_selected.reset();
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
    }
    planChanged();
}

void ChecksPanel::showSelected()
{
    const std::vector<Finding>& findings = session().findings();
    if (m_selected && *m_selected < findings.size())
    {
        const Finding& finding = findings[*m_selected];
        std::string detail = ui::said(finding.words) + "\n(" + finding.rule + ")";
        if (finding.fix)
            detail += "\n\n" + ui::format(finding.fix->safe ? ui::fixSafe : ui::fixToCheck,
                                          {ui::said(finding.fix->words)});
        setText("detail", detail);
    }
    setText("status", m_status);
    layout();
}
} // namespace eqplan::sidebar
