// The deck's panels: Plan (the plan at a glance, objectives to jump to, or an offer to insert a
// new plan) and Objective (every field of the objective under the cursor).
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
};

class ObjectivePanel final : public Panel
{
public:
    ObjectivePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame,
                   const css::uno::Reference<css::awt::XWindow>& parent,
                   const css::uno::Reference<css::ui::XSidebar>& sidebar,
                   const rtl::OUString& resourceUrl);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override;
    void onAction(const std::string& control) override;
    void show();

    std::string m_status; // what the last action did, shown under its button
};
} // namespace eqplan::sidebar
