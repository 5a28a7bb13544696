// Coverage: how many objectives address each aim of the duty and each protected characteristic,
// and which do not, as a picture (the coverage matrix: counts, gaps marked "×", staff-only "–")
// and as a list; choosing an entry lists its objectives and shows the first.
#pragma once

#include "Panel.hpp"

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

    std::vector<std::vector<int>> m_entries; // the objectives behind each list entry
    css::uno::Reference<css::beans::XPropertySet> m_xMatrix; // the image control's model
    std::string m_matrixSvg;     // what it shows now: drawn again only when that changes
    double m_matrixAspect = 0.6; // height ÷ width of the picture
    int m_matrixHeight = 160;    // pixels, for the panel's width
};
} // namespace eqplan::sidebar
