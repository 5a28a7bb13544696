#include "CoveragePanel.hpp"

#include "eqplan/Pictures.hpp"
#include "eqplan/bridge/Pictures.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/ImageScaleMode.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Coverage.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
CoveragePanel::CoveragePanel(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Reference<frame::XFrame>& frame,
                             const uno::Reference<awt::XWindow>& parent,
                             const uno::Reference<css::ui::XSidebar>& sidebar,
                             const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "CoveragePanel")
{
    m_xMatrix = insertControl("com.sun.star.awt.UnoControlImageControlModel", "matrix", 1);
    m_xMatrix->setPropertyValue("ScaleImage", uno::Any(true));
    m_xMatrix->setPropertyValue("ScaleMode", uno::Any(awt::ImageScaleMode::ISOTROPIC));
    m_xMatrix->setPropertyValue("Border", uno::Any(sal_Int16(0)));
}

void CoveragePanel::onWidth(int inner)
{
    m_matrixHeight = std::max(60, static_cast<int>(inner * m_matrixAspect));
}

std::vector<Panel::Slot> CoveragePanel::slots() const
{
    const bool plan = session().hasPlan();
    return {
        {"summary", 0, true},
        {"matrix", m_matrixHeight, plan},
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
        setText("summary", ui::noPlanForCoverage);
        layout();
        return;
    }
    const Coverage coverage = coverageOf(session().result()->plan, schemas->checks);
    // The picture, drawn again only when what it shows changed (a refresh follows every edit).
    const Picture matrix = coverageMatrix(coverage, recordsCharacteristics(session().result()->plan));
    if (matrix.svg != m_matrixSvg)
    {
        try
        {
            m_xMatrix->setPropertyValue("Graphic", uno::Any(bridge::graphicOf(context(), matrix)));
            m_xMatrix->setPropertyValue("HelpText", uno::Any(bridge::fromUtf8(matrix.altText)));
            if (matrix.width > 0)
                m_matrixAspect = matrix.height / matrix.width;
            m_matrixSvg = matrix.svg;
        }
        catch (const std::exception& e)
        {
            reportError("coverage matrix", e.what());
        }
        catch (const uno::Exception& e)
        {
            reportError("coverage matrix", bridge::toUtf8(e.Message));
        }
    }
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
