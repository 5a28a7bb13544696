// Review: a review meeting, objective by objective. The meeting's date and attendees first; then
// the objective and its latest entry, a point typed and Enter adds it to the plan at once (dated
// with the meeting), Ctrl+Enter goes to the next objective (Shift+Ctrl+Enter back) and the
// document follows; Finish dates the Updated line and says which objectives got no update.
#pragma once

#include "Panel.hpp"

#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>

#include <chrono>
#include <map>

namespace eqplan::sidebar
{
class ReviewPanel final : public Panel
{
public:
    ReviewPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindow>& parent,
                const css::uno::Reference<css::ui::XSidebar>& sidebar,
                const rtl::OUString& resourceUrl);

    // Enter in the point field, from the key handler.
    void onKey(const css::awt::KeyEvent& event);

private:
    std::vector<Slot> slots() const override;
    void planChanged() override;
    void currentChanged() override;
    std::vector<const char*> writingControls() const override;
    void onAction(const std::string& control) override;
    using Panel::disposing;
    void SAL_CALL disposing() override;
    void start();
    void addPoint();
    void go(int step);
    void finish();
    void show();

    css::uno::Reference<css::awt::XKeyHandler> m_xKeys;
    css::uno::Reference<css::awt::XKeyListener> m_xKeyListener;
    css::uno::Reference<css::awt::XExtendedToolkit> m_xToolkit;
    bool m_running = false;
    std::chrono::year_month_day m_day{};
    std::string m_attendees;
    std::size_t m_index = 0;
    std::map<int, std::vector<std::string>> m_points; // by objective number, this meeting
    std::string m_status;
};
} // namespace eqplan::sidebar
