// Coverage: how many objectives address each aim of the duty and each protected characteristic,
// and which do not, as a picture (the coverage matrix: counts, gaps marked "×", staff-only "–")
// drawn at the panel's width, and as a list; choosing an entry, or clicking a cell of the matrix,
// lists its objectives and shows the first.
#pragma once

#include "Panel.hpp"

#include "eqplan/Pictures.hpp"

#include <com/sun/star/awt/XMouseListener.hpp>

namespace eqplan::sidebar
{
class CoveragePanel final : public Panel
{
public:
    CoveragePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  const css::uno::Reference<css::awt::XWindow>& parent,
                  const css::uno::Reference<css::ui::XSidebar>& sidebar,
                  const rtl::OUString& resourceUrl);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override {}
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onWidth(int inner) override;
    void onTheme() override;
    using Panel::disposing;
    void SAL_CALL disposing() override;
    void drawMatrix(); // at the panel's width, when what it shows changed
    // Shows the first of `objectives` (listed in the detail line) in the Objective panel.
    void showObjectives(const std::vector<int>& objectives);
    std::string labelOf(Aim aim) const;
    std::string labelOf(Characteristic characteristic) const;

public:
    // The matrix clicked at (x, y), in the image control's pixels, from its listener.
    void onMatrixClick(sal_Int32 x, sal_Int32 y);

private:
    std::vector<std::vector<int>> m_entries; // the objectives behind each list entry
    css::uno::Reference<css::beans::XPropertySet> m_xMatrix; // the image control's model
    css::uno::Reference<css::awt::XMouseListener> m_xClicks;
    Coverage m_coverage;      // of the plan as last read
    bool m_recorded = true;   // the plan has a column for characteristics
    DeckMatrix m_matrix;      // what it shows now: drawn again only when its picture changes
    int m_width = 0;          // the width it is drawn for
    int m_matrixHeight = 160; // pixels, for the panel's width
};
} // namespace eqplan::sidebar
