// Coverage: how many objectives address each aim of the duty and each protected characteristic,
// and which do not; choosing an entry lists its objectives and shows the first.
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

    std::vector<std::vector<int>> m_entries; // the objectives behind each list entry
};
} // namespace eqplan::sidebar
