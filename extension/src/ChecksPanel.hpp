// Checks: the findings of the plan's rules grouped by rule, each taking the cursor to its cell,
// with Fix and Fix all safe. It shows what core found; it computes nothing itself.
#pragma once

#include "Panel.hpp"

#include <optional>

namespace eqplan::sidebar
{
class ChecksPanel final : public Panel
{
public:
    ChecksPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindow>& parent,
                const css::uno::Reference<css::ui::XSidebar>& sidebar,
                const rtl::OUString& resourceUrl);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override {}
    std::vector<const char*> writingControls() const override;
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;
    void showSelected();

    std::vector<int> m_entries; // finding index of each list entry; -1 for a rule's heading
    std::optional<std::size_t> m_selected;
    std::string m_status;
};
} // namespace eqplan::sidebar
