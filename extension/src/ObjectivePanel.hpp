// Objective: every field of the objective under the cursor; adds a progress point, rewrites a
// field, sets the status (where the plan has a status column), each through the session.
#pragma once

#include "Panel.hpp"

namespace eqplan::sidebar
{
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
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;
    void show();
    void fillValue(); // the chosen field's text as the objective has it, one item a line
    void saveField();
    void setStatus();

    std::string m_status;     // what the last action did, shown under its button
    std::size_t m_field = 0;  // index into editableFields()
    std::size_t m_rating = 0; // index into the layout's ratings, for Set the status
};
} // namespace eqplan::sidebar
