// Publish: checks what must be resolved before the plan goes on the website, and publishes an
// accessible PDF of a copy (with an "At a glance" page if asked); writes the progress report for
// governors as a new document and opens it. The document itself is never changed.
#pragma once

#include "Panel.hpp"

namespace eqplan::sidebar
{
class PublishPanel final : public Panel
{
public:
    PublishPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const css::uno::Reference<css::awt::XWindow>& parent,
                 const css::uno::Reference<css::ui::XSidebar>& sidebar,
                 const rtl::OUString& resourceUrl);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override {}
    void onAction(const std::string& control) override;
    void check();
    void publish();
    void report();

    std::string m_status;
    std::string m_reportStatus;
};
} // namespace eqplan::sidebar
