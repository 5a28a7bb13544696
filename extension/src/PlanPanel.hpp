// Plan: the plan at a glance (title, period, Updated line, counts, latest review), its objectives
// in a grid (number, objective, owners, last update, status as a symbol and a word) to sort and
// to jump to, the review timeline as a picture (stale objectives named in words under it), the
// latest changes eqplan recorded, and, behind a button, a new objective added
// after the last; or, in a document without a plan, an offer to insert a new one.
#pragma once

#include "Panel.hpp"

#include <com/sun/star/awt/grid/XGridSelectionListener.hpp>

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
    std::vector<const char*> writingControls() const override;
    void onAction(const std::string& control) override;
    using Panel::disposing;
    void SAL_CALL disposing() override;
    void onWidth(int inner) override;
    void onTheme() override;
    void addObjective();

public:
    // A row of the grid chosen (its index as the grid shows it, sorted), from its listener.
    void onRow(sal_Int32 row);

private:
    // One objective as the grid shows it.
    struct Row
    {
        std::size_t index = 0; // the objective's, in the plan
        int number = 0;
        std::string objective; // shortened at a word to the column's width
        std::string full;      // the tooltip
        std::string owners;
        std::string updated;
        std::string status;
        bool operator==(const Row&) const = default;
    };
    std::vector<Row> rowsOf(const Plan& plan) const;
    void showRows(const Plan& plan); // changes only the rows that changed
    void sizeColumns();              // to the grid's width; sets m_objectiveChars
    void selectCurrent();
    void addTimeline();                  // the timeline's controls, once
    void showTimeline(const Plan& plan); // its words, and its picture
    void drawTimeline(const Plan& plan); // drawn again only when the picture changed

    css::uno::Reference<css::beans::XPropertySet> m_xGrid; // the grid's model
    css::uno::Reference<css::awt::grid::XGridSelectionListener> m_xRows;
    std::vector<Row> m_rows;  // what the grid shows, in the plan's order
    bool m_rated = false;     // the grid has a status column
    int m_objectiveChars = 0; // what fits in the objective column
    int m_gridWidth = 0;
    bool m_selecting = false; // selecting the current objective's row, not a person choosing it
    bool m_adding = false;    // the new objective's fields are open

    css::uno::Reference<css::beans::XPropertySet> m_xTimeline; // its image control's model
    std::string m_timelineSvg;                                 // what it shows now
    int m_timelineHeight = 120;                                // pixels, at the panel's width

    std::string m_status;               // what the last Add objective came to
    std::size_t m_statusObjectives = 0; // how many objectives the plan had then

    // -- The columns understood, and the user's word on one (issue 15) --
    void onSelect(const std::string& control, sal_Int32 position) override;
    void showColumns(const Plan& plan); // the line of columns understood, and the choices
    void assignColumn(bool notAField);  // "Use this column for the field", "Not a field"
    bool onColumnsAction(const std::string& control); // true if it was one of its controls
    void makeColumnLists(); // the column and field lists, made when first opened

    std::vector<std::string> m_columnHeaders; // the column choices' headers, in the list's order
    std::size_t m_column = 0;                 // the column chosen
    std::size_t m_columnField = 0;            // the field chosen, an index of the layout's fields
    bool m_choosingColumns = false;           // the column choices are open
    std::string m_columnStatus;               // what the last assignment came to
    std::string m_columnStatusFor;            // the document's assignments then
};
} // namespace eqplan::sidebar
