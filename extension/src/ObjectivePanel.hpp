// Objective: every field of the objective under the cursor, each under its own label ("not in
// this plan" where the plan has no column for it), whatever fields the layout names, and its
// progress as a tree, newest entry first and open; adds a progress point, rewrites a field, sets
// the status (where the plan has a status column), each through the session.
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
    std::vector<const char*> writingControls() const override;
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;
    void show();
    void showFields(const Objective& objective);   // a label and a wrapped text each
    void showProgress(const Objective& objective); // the tree, only if its entries changed
    void fillValue(); // the chosen field's text as the objective has it, one item a line
    void saveField();
    void setStatus();

    std::vector<std::string> m_fieldControls; // "fieldLabel0", "fieldValue0", ... made so far
    std::size_t m_fieldsShown = 0;            // label and value pairs in use
    css::uno::Reference<css::beans::XPropertySet> m_xTree; // the progress tree's model
    std::string m_progressShown; // what the tree holds, to leave it be if the same
    int m_treeRows = 1;          // lines the tree shows open, for its height
    std::string m_pending;       // the note on pending tracked changes, if any
    std::string m_status;     // what the last action did, shown under its button
    std::size_t m_field = 0;  // index into editableFields()
    std::size_t m_rating = 0; // index into the layout's ratings, for Set the status
};
} // namespace eqplan::sidebar
