// Owners: every owner the plan names with who it is (the owner register the document keeps) and
// its objectives; register who an owner is, or rename it everywhere in the plan.
#pragma once

#include "Panel.hpp"

#include <optional>

namespace eqplan::sidebar
{
class OwnersPanel final : public Panel
{
public:
    OwnersPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
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

    std::vector<std::string> m_owners; // the owner of each list entry
    std::optional<std::size_t> m_selected;
    std::string m_status;
};
} // namespace eqplan::sidebar
