// Plan: the plan at a glance (title, period, Updated line, counts, latest review), its
// objectives to jump to, the latest changes eqplan recorded, and a new objective added after the
// last; or, in a document without a plan, an offer to insert a new one.
#pragma once

#include "Panel.hpp"

namespace eqplan::sidebar
{
class PlanPanel final : public Panel
{
public:
    PlanPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const css::uno::Reference<css::awt::XWindow>& parent,
              const css::uno::Reference<css::ui::XSidebar>& sidebar,
              const rtl::OUString& resourceUrl);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override;
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;
    void addObjective();

    std::string m_status;               // what the last Add objective came to
    std::size_t m_statusObjectives = 0; // how many objectives the plan had then
};
} // namespace eqplan::sidebar
