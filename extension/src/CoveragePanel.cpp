#include "CoveragePanel.hpp"

#include "eqplan/Pictures.hpp"
#include "eqplan/bridge/Pictures.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/ImageScaleMode.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/implbase1.hxx>

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Coverage.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
// Tells the Coverage panel where its matrix was clicked; forgets the panel when it goes.
class MatrixClicks : public cppu::WeakImplHelper1<awt::XMouseListener>
{
public:
    explicit MatrixClicks(CoveragePanel* panel) : m_panel(panel) {}
    void forget() { m_panel = nullptr; }

    void SAL_CALL mousePressed(const awt::MouseEvent& event) override
    {
        if (m_panel && event.Buttons == awt::MouseButton::LEFT)
            m_panel->onMatrixClick(event.X, event.Y);
    }
    void SAL_CALL mouseReleased(const awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const awt::MouseEvent&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override { m_panel = nullptr; }

private:
    CoveragePanel* m_panel;
};
} // namespace

CoveragePanel::CoveragePanel(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Reference<frame::XFrame>& frame,
                             const uno::Reference<awt::XWindow>& parent,
                             const uno::Reference<css::ui::XSidebar>& sidebar,
                             const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "CoveragePanel")
{
    // No frame: the picture is drawn on the panel, in its colours.
    m_xMatrix = insertControl("com.sun.star.awt.UnoControlImageControlModel", "matrix", 1,
                              {{"Border", uno::Any(sal_Int16(0))}});
    m_xMatrix->setPropertyValue("ScaleImage", uno::Any(true));
    m_xMatrix->setPropertyValue("ScaleMode", uno::Any(awt::ImageScaleMode::ISOTROPIC));
    m_xClicks = new MatrixClicks(this);
    if (uno::Reference<awt::XWindow> image = control("matrix"); image.is())
        image->addMouseListener(m_xClicks);
}

void SAL_CALL CoveragePanel::disposing()
{
    if (auto* clicks = static_cast<MatrixClicks*>(m_xClicks.get()))
        clicks->forget();
    try
    {
        if (uno::Reference<awt::XWindow> image = control("matrix"); image.is() && m_xClicks.is())
            image->removeMouseListener(m_xClicks);
    }
    catch (const uno::Exception&)
    {
        // The window went first.
    }
    m_xClicks.clear();
    m_xMatrix.clear();
    Panel::disposing();
}

void CoveragePanel::onWidth(int inner)
{
    m_width = inner;
    if (session().hasPlan())
        drawMatrix();
}

void CoveragePanel::onTheme()
{
    if (session().hasPlan())
        drawMatrix();
}

void CoveragePanel::drawMatrix()
{
    // Narrower than the panels' minimum the deck is about to widen (a width remembered from
    // before): a picture drawn for that width would hold it there.
    if (m_width < 200 || !m_xMatrix.is())
        return;
    // The picture, drawn again only when what it shows changed (a refresh follows every edit):
    // the plan's coverage, the panel's width or the theme's colours.
    DeckMatrix matrix = coverageMatrixAt(m_coverage, m_recorded, m_width, 11, ink(), ui::wording());
    if (matrix.picture.svg == m_matrix.picture.svg)
        return;
    try
    {
        m_xMatrix->setPropertyValue("Graphic",
                                    uno::Any(bridge::graphicOf(context(), matrix.picture)));
        m_xMatrix->setPropertyValue(
            "HelpText",
            uno::Any(bridge::fromUtf8(ui::format(ui::matrixHelp, {matrix.picture.altText}))));
        m_matrixHeight = static_cast<int>(matrix.picture.height + 0.5);
        m_matrix = std::move(matrix);
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

std::string CoveragePanel::labelOf(Aim aim) const
{
    const Schemas* schemas = session().schemas();
    const WordList* list = schemas ? wordList(schemas->layout.aims, toString(aim)) : nullptr;
    return list ? ui::said(aimWords(*list)) : std::string(toString(aim));
}

std::string CoveragePanel::labelOf(Characteristic characteristic) const
{
    const Schemas* schemas = session().schemas();
    const WordList* list =
        schemas ? wordList(schemas->layout.characteristics, toString(characteristic)) : nullptr;
    return list ? ui::said(characteristicWords(*list)) : std::string(toString(characteristic));
}

void CoveragePanel::onMatrixClick(sal_Int32 x, sal_Int32 y)
{
    try
    {
        uno::Reference<awt::XWindow> image = control("matrix");
        const Picture& picture = m_matrix.picture;
        if (!image.is() || !session().hasPlan() || picture.width <= 0 || picture.height <= 0)
            return;
        // The picture is scaled into the control keeping its proportions, centred.
        const awt::Rectangle area = image->getPosSize();
        const double scale = std::min(area.Width / picture.width, area.Height / picture.height);
        if (scale <= 0)
            return;
        const double left = (area.Width - picture.width * scale) / 2;
        const double top = (area.Height - picture.height * scale) / 2;
        const MatrixCell* cell = m_matrix.cellAt((x - left) / scale, (y - top) / scale);
        if (!cell)
            return;
        const std::vector<int>& objectives = m_coverage.objectives(cell->aim, cell->characteristic);
        std::vector<std::string> numbers;
        for (int n : objectives)
            numbers.push_back(std::to_string(n));
        const std::string aim = labelOf(cell->aim);
        const std::string characteristic = labelOf(cell->characteristic);
        setText("detail",
                objectives.empty()
                    ? ui::format(ui::cellNoObjectives, {aim, characteristic})
                    : ui::format(ui::cellObjectives, {aim, characteristic, joined(numbers, ", ")}));
        showObjectives(objectives);
    }
    catch (const std::exception& e)
    {
        reportError("coverage matrix click", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("coverage matrix click", bridge::toUtf8(e.Message));
    }
}

std::vector<Panel::Slot> CoveragePanel::slots() const
{
    const bool plan = session().hasPlan();
    return {
        {"summary", 0, true},       {"matrix", m_matrixHeight, plan},
        {"detail", 0, plan}, // under the matrix and above the list: either lists its objectives
        {"coverageLabel", 0, plan}, {"coverage", 12 * 18 + 6, plan},
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
    m_coverage = coverageOf(session().result()->plan, schemas->checks);
    m_recorded = recordsCharacteristics(session().result()->plan);
    const Coverage& coverage = m_coverage;
    drawMatrix();
    const auto label = [&](auto value) { return labelOf(value); };
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
    showObjectives(objectives);
}

void CoveragePanel::showObjectives(const std::vector<int>& objectives)
{
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
