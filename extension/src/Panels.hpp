// The deck's panels: Plan (the plan at a glance, objectives to jump to, or an offer to insert a
// new plan) and Objective (every field of the objective under the cursor).
#pragma once

#include "Panel.hpp"

#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>

#include <chrono>
#include <map>
#include <optional>

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

// Objective: every field of the objective under the cursor; adds a progress point, rewrites a
// field, sets the status (where the plan has a status column), each through the session.
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

// Checks: the findings of the plan's rules grouped by rule, each taking the cursor to its cell,
// with Fix and Fix all safe. It shows what core found; it computes nothing itself.
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
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;
    void showSelected();

    std::vector<int> m_entries; // finding index of each list entry; -1 for a rule's heading
    std::optional<std::size_t> m_selected;
    std::string m_status;
};

// Review: a review meeting, objective by objective. The meeting's date and attendees first; then
// the objective and its latest entry, a point typed and Enter adds it to the plan at once (dated
// with the meeting), Ctrl+Enter goes to the next objective (Shift+Ctrl+Enter back) and the
// document follows; Finish dates the Updated line and says which objectives got no update.
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

// Publish: checks what must be resolved before the plan goes on the website, and publishes an
// accessible PDF of a copy; the document itself is never changed.
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

    std::string m_status;
};

// Owners: every owner the plan names with who it is (the owner register the document keeps) and
// its objectives; register who an owner is, or rename it everywhere in the plan.
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
    void onSelect(const std::string& control, sal_Int32 position) override;
    void onAction(const std::string& control) override;

    std::vector<std::string> m_owners; // the owner of each list entry
    std::optional<std::size_t> m_selected;
    std::string m_status;
};

// Coverage: how many objectives address each aim of the duty and each protected characteristic,
// and which do not; choosing an entry lists its objectives and shows the first.
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
