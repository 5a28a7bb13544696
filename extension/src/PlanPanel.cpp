#include "PlanPanel.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Dates.hpp"
#include "eqplan/Pictures.hpp"
#include "eqplan/ColumnAssignments.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Pictures.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/ImageScaleMode.hpp>

#include <com/sun/star/awt/grid/DefaultGridColumnModel.hpp>
#include <com/sun/star/awt/grid/DefaultGridDataModel.hpp>
#include <com/sun/star/awt/grid/SortableGridDataModel.hpp>
#include <com/sun/star/awt/grid/XGridColumn.hpp>
#include <com/sun/star/awt/grid/XGridColumnModel.hpp>
#include <com/sun/star/awt/grid/XGridRowSelection.hpp>
#include <com/sun/star/awt/grid/XMutableGridDataModel.hpp>
#include <com/sun/star/awt/grid/XSortableGridData.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/Pair.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
std::string latestReview(const Plan& plan)
{
    const std::optional<PlanDate> latest = plan.latestReview();
    return latest ? ui::format(ui::latestReview, {latest->iso()}) : ui::noReview;
}
// Below this width (a full-width control's, in pixels) the deck is narrower than its panels'
// minimum (Panel::getMinimalWidth, less a scroll bar) and about to be widened to it.
constexpr int narrowest = 200;
// The height of a row of the grid, and of its header, in application font units (an eighth of a
// line each): a line and a little.
constexpr sal_Int32 rowUnits = 10;

// Tells the Plan panel which row of its grid was chosen; forgets the panel when it goes.
class GridRows : public cppu::WeakImplHelper1<awt::grid::XGridSelectionListener>
{
public:
    explicit GridRows(PlanPanel* panel) : m_panel(panel) {}
    void forget() { m_panel = nullptr; }

    void SAL_CALL selectionChanged(const awt::grid::GridSelectionEvent& event) override
    {
        if (m_panel && event.SelectedRowIndexes.getLength() == 1)
            m_panel->onRow(event.SelectedRowIndexes[0]);
    }
    void SAL_CALL disposing(const lang::EventObject&) override { m_panel = nullptr; }

private:
    PlanPanel* m_panel;
};
} // namespace

PlanPanel::PlanPanel(const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<frame::XFrame>& frame,
                     const uno::Reference<awt::XWindow>& parent,
                     const uno::Reference<css::ui::XSidebar>& sidebar,
                     const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "PlanPanel")
{
    m_xGrid = insertControl("com.sun.star.awt.grid.UnoControlGridModel", "objectives", 3);
    m_xGrid->setPropertyValue("GridDataModel",
                              uno::Any(awt::grid::SortableGridDataModel::create(
                                  context, awt::grid::DefaultGridDataModel::create(context))));
    m_xGrid->setPropertyValue("ShowRowHeader", uno::Any(false));
    m_xGrid->setPropertyValue("ShowColumnHeader", uno::Any(true));
    m_xGrid->setPropertyValue("RowHeight", uno::Any(rowUnits));
    m_xGrid->setPropertyValue("ColumnHeaderHeight", uno::Any(rowUnits));
    m_xGrid->setPropertyValue("HScroll", uno::Any(false));
    m_xGrid->setPropertyValue("VScroll", uno::Any(true));
    m_xGrid->setPropertyValue("HelpText", uno::Any(bridge::fromUtf8(ui::objectivesHelp.str())));
    m_xGrid->setPropertyValue("Tabstop", uno::Any(true));
    m_xRows = new GridRows(this);
    if (uno::Reference<awt::grid::XGridRowSelection> selection{control("objectives"),
                                                               uno::UNO_QUERY};
        selection.is())
        selection->addSelectionListener(m_xRows);
    addTimeline();
}

void SAL_CALL PlanPanel::disposing()
{
    if (auto* rows = static_cast<GridRows*>(m_xRows.get()))
        rows->forget();
    try
    {
        if (uno::Reference<awt::grid::XGridRowSelection> selection{control("objectives"),
                                                                   uno::UNO_QUERY};
            selection.is() && m_xRows.is())
            selection->removeSelectionListener(m_xRows);
    }
    catch (const uno::Exception&)
    {
        // The window went first.
    }
    m_xRows.clear();
    m_xGrid.clear();
    m_xTimeline.clear();
    Panel::disposing();
}

std::vector<Panel::Slot> PlanPanel::slots() const
{
    const bool plan = session().hasPlan();
    const bool adding = plan && m_adding;
    const std::size_t objectives = plan ? session().result()->plan.objectives.size() : 0;
    // Every objective up to twelve, and never fewer than eight rows where there are more.
    const int rows = static_cast<int>(std::clamp<std::size_t>(objectives, 3, 12));
    // The rows, the titles and the borders: no scroll bar while every row fits.
    const int gridHeight = pixelsOf(awt::Size(0, (rows + 1) * rowUnits + 3)).Height + 4;
    return {
        {"title", 0, plan},
        {"summary", 0, plan},
        {"objectivesLabel", 0, plan},
        {"objectives", gridHeight, plan},
        {"timelineLabel", 0, plan},
        {"timeline", m_timelineHeight, plan},
        {"timelineNote", 0, plan},
        {"historyLabel", 0, plan},
        {"history", 0, plan},
        {"newObjectiveOpen", 28, plan},
        {"newObjectiveLabel", 0, adding},
        {"newObjective", 48, adding},
        {"newOwnersLabel", 0, adding},
        {"newOwners", 36, adding},
        {"addObjective", 28, adding},
        {"status", 0, plan && !m_status.empty()},
        {"columnsRead", 0, plan},
        {"columnsOpen", 28, plan},
        {"columnChoiceLabel", 0, plan && m_choosingColumns},
        {"columnChoice", 72, plan && m_choosingColumns},
        {"fieldChoiceLabel", 0, plan && m_choosingColumns},
        {"fieldChoice", 96, plan && m_choosingColumns},
        {"useColumn", 28, plan && m_choosingColumns},
        {"notAField", 28, plan && m_choosingColumns},
        {"columnsStatus", 0, plan && !m_columnStatus.empty()},
        {"message", 0, !plan},
        {"insert", 28, !plan && session().error().empty()},
    };
}

void PlanPanel::planChanged()
{
    setText("objectivesLabel", ui::objectivesLabel);
    setText("insert", ui::insertPlan);
    setText("newObjectiveLabel", ui::newObjectiveLabel);
    setText("newOwnersLabel", ui::newOwnersLabel);
    setText("addObjective", ui::addObjective);
    setText("newObjectiveOpen", m_adding ? ui::newObjectiveClose : ui::newObjectiveOpen);
    if (!session().hasPlan())
    {
        std::string message = session().error().empty()
                                  ? std::string(ui::noPlan) + "\n\n" + ui::noPlanOffer
                                  : ui::format(ui::failed, {ui::said(session().errorWords())});
        if (session().error().empty() && session().readOnly())
            message = std::string(ui::noPlan) + "\n\n" + ui::readOnly;
        setText("message", message);
        layout();
        return;
    }
    const Plan& plan = session().result()->plan;
    // What the last Add objective came to, until the objectives change otherwise (an undo).
    if (!m_status.empty() && plan.objectives.size() != m_statusObjectives)
    {
        m_status.clear();
        setText("status", m_status);
    }
    setText("title", plan.title.empty() ? ui::untitledPlan : plan.title);
    std::vector<std::string> summary;
    if (plan.period)
        summary.push_back(ui::format(
            ui::period, {std::to_string(plan.period->from), std::to_string(plan.period->to)}));
    if (plan.updated)
    {
        const std::string date =
            plan.updated->date ? plan.updated->date->iso() : plan.updated->text;
        summary.push_back(plan.updated->by.empty()
                              ? ui::format(ui::updatedNoName, {date})
                              : ui::format(ui::updated, {date, plan.updated->by}));
    }
    // In number with each count: "1 objective · 1 owner".
    const std::string objectives = std::to_string(plan.objectives.size());
    const std::string owners = std::to_string(plan.owners.size());
    summary.push_back(plan.objectives.size() == 1
                          ? (plan.owners.size() == 1 ? std::string(ui::countsOneEach)
                                                     : ui::format(ui::countsOne, {owners}))
                          : (plan.owners.size() == 1
                                 ? ui::format(ui::countsOneOwner, {objectives})
                                 : ui::format(ui::counts, {objectives, owners})));
    summary.push_back(latestReview(plan));
    setText("summary", joined(summary, "\n"));

    showRows(plan);
    showTimeline(plan);

    // The latest changes eqplan recorded in the document, newest first.
    setText("historyLabel", ui::historyLabel);
    std::vector<std::string> changes;
    const std::vector<HistoryEntry>& history = session().history();
    for (std::size_t i = history.size(); i-- > 0 && changes.size() < 3;)
    {
        const HistoryEntry& entry = history[i];
        changes.push_back(
            PlanDate{entry.date, Precision::Day, std::nullopt}.iso() +
            (entry.who.empty() ? "" : " " + entry.who) +
            (entry.objective ? " · objective " + std::to_string(*entry.objective) : std::string()) +
            ": " + entry.what);
    }
    setText("history", changes.empty() ? std::string(ui::noHistory) : joined(changes, "\n"));
    showColumns(plan);
    selectCurrent();
    layout();
}

std::vector<const char*> PlanPanel::writingControls() const
{
    return {"newObjectiveOpen", "newObjective", "newOwners",   "addObjective", "insert",
            "columnsOpen",      "columnChoice", "fieldChoice", "useColumn",    "notAField"};
}

void PlanPanel::currentChanged()
{
    selectCurrent();
}

std::vector<PlanPanel::Row> PlanPanel::rowsOf(const Plan& plan) const
{
    const Schemas* schemas = session().schemas();
    std::vector<Row> rows;
    rows.reserve(plan.objectives.size());
    for (std::size_t i = 0; i < plan.objectives.size(); ++i)
    {
        const Objective& objective = plan.objectives[i];
        Row row;
        row.index = i;
        row.number = objective.number;
        row.full = objective.objectiveText;
        row.objective = text::firstLineShortened(
            objective.objectiveText, static_cast<std::size_t>(std::max(m_objectiveChars, 8)));
        row.owners = joined(objective.ownerNames, ", ");
        const Progress* latest = objective.latestProgress();
        row.updated = latest && latest->date ? latest->date->iso() : std::string(ui::none);
        // A symbol and a word, never a colour alone.
        if (objective.status && !objective.status->rating.empty())
        {
            const std::string& id = objective.status->rating;
            const RatingSpec* rating = schemas ? schemas->layout.rating(id) : nullptr;
            const std::string symbol = id == "green"   ? ui::statusSymbolGreen
                                       : id == "amber" ? ui::statusSymbolAmber
                                       : id == "red"   ? ui::statusSymbolRed
                                                       : ui::statusSymbolOther;
            row.status = symbol + " " + (rating ? ui::said(ratingWords(*rating)) : id);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void PlanPanel::showRows(const Plan& plan)
{
    if (!m_xGrid.is())
        return;
    const bool rated =
        std::any_of(plan.objectives.begin(), plan.objectives.end(),
                    [](const Objective& o) { return o.status && !o.status->rating.empty(); });
    uno::Reference<awt::grid::XGridColumnModel> columns(m_xGrid->getPropertyValue("ColumnModel"),
                                                        uno::UNO_QUERY);
    if (!columns.is() || rated != m_rated || columns->getColumnCount() == 0)
    {
        m_rated = rated;
        columns = awt::grid::DefaultGridColumnModel::create(context());
        std::vector<ui::Text> titles{ui::columnNumber, ui::columnObjective, ui::columnOwners,
                                     ui::columnUpdated};
        if (rated)
            titles.push_back(ui::columnStatus);
        for (const ui::Text& title : titles)
        {
            uno::Reference<awt::grid::XGridColumn> column = columns->createColumn();
            column->setTitle(bridge::fromUtf8(title.str()));
            column->setResizeable(true);
            column->setFlexibility(0);
            columns->addColumn(column);
        }
        m_xGrid->setPropertyValue("ColumnModel", uno::Any(columns));
        sizeColumns();
        m_rows.clear(); // rows of another length: written again
    }
    std::vector<Row> rows = rowsOf(plan);
    // Nothing the grid shows changed: an edit in a cell usually changes nothing here.
    if (rows == m_rows)
        return;
    uno::Reference<awt::grid::XMutableGridDataModel> data(
        m_xGrid->getPropertyValue("GridDataModel"), uno::UNO_QUERY_THROW);
    const auto values = [&](const Row& row)
    {
        std::vector<uno::Any> cells{
            uno::Any(static_cast<sal_Int32>(row.number)), uno::Any(bridge::fromUtf8(row.objective)),
            uno::Any(bridge::fromUtf8(row.owners)), uno::Any(bridge::fromUtf8(row.updated))};
        if (m_rated)
            cells.push_back(uno::Any(bridge::fromUtf8(row.status)));
        return uno::Sequence<uno::Any>(cells.data(), static_cast<sal_Int32>(cells.size()));
    };
    if (rows.size() != m_rows.size())
    {
        // Another number of objectives: every row again, in one go (the grid sorts them as
        // before), then each objective's whole text as its cell's tooltip.
        data->removeAllRows();
        std::vector<uno::Any> headings;
        std::vector<uno::Sequence<uno::Any>> cells;
        for (const Row& row : rows)
        {
            headings.push_back(uno::Any(static_cast<sal_Int32>(row.index)));
            cells.push_back(values(row));
        }
        data->addRows(
            uno::Sequence<uno::Any>(headings.data(), static_cast<sal_Int32>(headings.size())),
            uno::Sequence<uno::Sequence<uno::Any>>(cells.data(),
                                                   static_cast<sal_Int32>(cells.size())));
        for (sal_Int32 shown = 0; shown < data->getRowCount(); ++shown)
        {
            sal_Int32 index = -1;
            if ((data->getRowHeading(shown) >>= index) && index >= 0 &&
                static_cast<std::size_t>(index) < rows.size())
            {
                data->updateCellToolTip(1, shown, uno::Any(bridge::fromUtf8(rows[index].full)));
                data->updateCellToolTip(2, shown, uno::Any(bridge::fromUtf8(rows[index].owners)));
            }
        }
    }
    else
    {
        // The rows that changed, where the grid shows them now (it may be sorted).
        for (sal_Int32 shown = 0; shown < data->getRowCount(); ++shown)
        {
            sal_Int32 index = -1;
            data->getRowHeading(shown) >>= index;
            if (index < 0 || static_cast<std::size_t>(index) >= rows.size() ||
                rows[index] == m_rows[index])
                continue;
            const uno::Sequence<uno::Any> cells = values(rows[index]);
            std::vector<sal_Int32> all(static_cast<std::size_t>(cells.getLength()));
            for (std::size_t c = 0; c < all.size(); ++c)
                all[c] = static_cast<sal_Int32>(c);
            data->updateRowData(uno::Sequence<sal_Int32>(all.data(), cells.getLength()), shown,
                                cells);
            data->updateCellToolTip(1, shown, uno::Any(bridge::fromUtf8(rows[index].full)));
            data->updateCellToolTip(2, shown, uno::Any(bridge::fromUtf8(rows[index].owners)));
        }
        // A changed row keeps its place until sorted again: sort as the person last did.
        if (uno::Reference<awt::grid::XSortableGridData> sortable{data, uno::UNO_QUERY};
            sortable.is())
        {
            const beans::Pair<sal_Int32, sal_Bool> order = sortable->getCurrentSortOrder();
            if (order.First >= 0)
                sortable->sortByColumn(order.First, order.Second);
        }
    }
    m_rows = std::move(rows);
}

void PlanPanel::selectCurrent()
{
    const std::optional<std::size_t> current = session().current();
    uno::Reference<awt::grid::XGridRowSelection> selection(control("objectives"), uno::UNO_QUERY);
    if (!current || !selection.is() || !m_xGrid.is())
        return;
    uno::Reference<awt::grid::XGridDataModel> data(m_xGrid->getPropertyValue("GridDataModel"),
                                                   uno::UNO_QUERY_THROW);
    for (sal_Int32 shown = 0; shown < data->getRowCount(); ++shown)
    {
        sal_Int32 index = -1;
        if ((data->getRowHeading(shown) >>= index) && index == static_cast<sal_Int32>(*current))
        {
            if (!selection->isRowSelected(shown))
            {
                // Selecting tells the listeners too; the cursor is there already.
                m_selecting = true;
                selection->deselectAllRows();
                selection->selectRow(shown);
                m_selecting = false;
            }
            return;
        }
    }
}

void PlanPanel::onRow(sal_Int32 row)
{
    if (m_selecting || !m_xGrid.is() || row < 0)
        return;
    uno::Reference<awt::grid::XGridDataModel> data(m_xGrid->getPropertyValue("GridDataModel"),
                                                   uno::UNO_QUERY_THROW);
    sal_Int32 index = -1;
    if (row < data->getRowCount() && (data->getRowHeading(row) >>= index) && index >= 0 &&
        session().current() != static_cast<std::size_t>(index))
        session().show(static_cast<std::size_t>(index));
}

void PlanPanel::onWidth(int inner)
{
    if (!m_xGrid.is() || inner == m_gridWidth)
        return;
    m_gridWidth = inner;
    const int chars = m_objectiveChars;
    sizeColumns();
    if (chars != m_objectiveChars && session().hasPlan())
        showRows(session().result()->plan);
    if (session().hasPlan())
        showTimeline(session().result()->plan);
}

void PlanPanel::addTimeline()
{
    insertControl("com.sun.star.awt.UnoControlFixedTextModel", "timelineLabel", 3);
    // No frame: the picture is drawn on the panel, in its colours.
    m_xTimeline = insertControl("com.sun.star.awt.UnoControlImageControlModel", "timeline", 3,
                                {{"Border", uno::Any(sal_Int16(0))}});
    m_xTimeline->setPropertyValue("ScaleImage", uno::Any(true));
    m_xTimeline->setPropertyValue("ScaleMode", uno::Any(awt::ImageScaleMode::ISOTROPIC));
    insertControl("com.sun.star.awt.UnoControlFixedTextModel", "timelineNote", 3)
        ->setPropertyValue("MultiLine", uno::Any(true));
}

void PlanPanel::showTimeline(const Plan& plan)
{
    setText("timelineLabel", ui::timelineLabel);
    // Narrower than the panels' minimum the deck is about to widen (a width remembered from
    // before): a picture drawn for that width would hold it there.
    if (!m_xTimeline.is() || m_gridWidth < narrowest)
        return;
    const std::chrono::year_month_day day = today();
    // The stale objectives in words too, never in the picture alone.
    const std::vector<int> stale = staleObjectives(timelineOf(plan, day));
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < stale.size() && i < 12; ++i)
        numbers.push_back(std::to_string(stale[i]));
    setText("timelineNote",
            stale.empty()                            ? ui::timelineAllRecent.str()
            : stale.size() == plan.objectives.size() ? ui::timelineNoneRecent.str()
            : stale.size() == 1 ? ui::format(ui::timelineStaleOne, {numbers.front()})
            : stale.size() <= 12
                ? ui::format(ui::timelineStaleMany, {joined(numbers, ", ")})
                : ui::format(ui::timelineStaleMore,
                             {joined(numbers, ", "), std::to_string(stale.size() - 12)}));
    drawTimeline(plan);
}

void PlanPanel::onTheme()
{
    if (session().hasPlan())
        drawTimeline(session().result()->plan);
}

void PlanPanel::drawTimeline(const Plan& plan)
{
    if (!m_xTimeline.is() || m_gridWidth < narrowest)
        return;
    // The picture, drawn again only when what it shows changed: the dates, the panel's width,
    // the month or the theme's colours.
    const Picture picture = reviewTimelineAt(plan, today(), m_gridWidth, 11, ink(), ui::wording());
    if (picture.svg == m_timelineSvg)
        return;
    try
    {
        m_xTimeline->setPropertyValue("Graphic", uno::Any(bridge::graphicOf(context(), picture)));
        m_xTimeline->setPropertyValue("HelpText", uno::Any(bridge::fromUtf8(picture.altText)));
        m_timelineHeight = static_cast<int>(picture.height + 0.5);
        m_timelineSvg = picture.svg;
    }
    catch (const std::exception& e)
    {
        reportError("review timeline", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("review timeline", bridge::toUtf8(e.Message));
    }
}

void PlanPanel::sizeColumns()
{
    uno::Reference<awt::grid::XGridColumnModel> columns(m_xGrid->getPropertyValue("ColumnModel"),
                                                        uno::UNO_QUERY);
    if (!columns.is() || m_gridWidth <= 0 || columns->getColumnCount() < 4)
        return;
    // In application font units, four to a character; less the scroll bar and the border.
    const awt::Size unit = pixelsOf(awt::Size(400, 800));
    const int pixels = std::max(0, m_gridWidth - 20);
    const int units = unit.Width > 0 ? pixels * 400 / unit.Width : pixels / 2;
    std::vector<int> widths{14, 0, 36, 30};
    if (columns->getColumnCount() > 4)
        widths.push_back(32);
    int fixed = 0;
    for (int width : widths)
        fixed += width;
    // Too narrow for all: the owners give up room first (they keep their tooltip-free start),
    // then the objective, never the number, date or status.
    if (const int over = fixed + 32 - units; over > 0)
    {
        const int cut = std::min(over, widths[2] - 20);
        widths[2] -= cut;
        fixed -= cut;
    }
    // A wider deck gives the owners a quarter of what it adds, the objective the rest.
    const int spare = std::max(0, units - fixed - 40);
    widths[2] += spare / 4;
    widths[1] = std::max(20, units - fixed - spare / 4);
    for (std::size_t i = 0; i < widths.size(); ++i)
        columns->getColumn(static_cast<sal_Int32>(i))->setColumnWidth(widths[i]);
    // An average character is four units wide, most of a sentence's narrower.
    m_objectiveChars = std::max(8, widths[1] * 10 / 34 - 1);
}

void PlanPanel::addObjective()
{
    const std::string objective(text::trim(textOf("newObjective")));
    std::vector<std::string> owners;
    for (const std::string& line : text::split(textOf("newOwners"), {"\n"}))
        if (!text::trim(line).empty())
            owners.emplace_back(text::trim(line));
    if (objective.empty())
        m_status = ui::emptyObjective;
    else
    {
        try
        {
            const std::size_t added = session().addObjective(objective, owners);
            setText("newObjective", "");
            setText("newOwners", "");
            m_adding = false;
            setText("newObjectiveOpen", ui::newObjectiveOpen);
            m_status =
                ui::format(ui::objectiveAdded,
                           {std::to_string(session().result()->plan.objectives.at(added).number)});
        }
        catch (const std::exception& e)
        {
            m_status = ui::said(e);
        }
    }
    if (session().hasPlan())
        m_statusObjectives = session().result()->plan.objectives.size();
    setText("status", m_status);
    layout();
}

void PlanPanel::onAction(const std::string& control)
{
    if (onColumnsAction(control))
        return;
    if (control == "addObjective")
    {
        addObjective();
        return;
    }
    if (control == "newObjectiveOpen")
    {
        m_adding = !m_adding;
        setText("newObjectiveOpen", m_adding ? ui::newObjectiveClose : ui::newObjectiveOpen);
        layout();
        if (uno::Reference<awt::XWindow> field = Panel::control("newObjective");
            field.is() && m_adding)
            field->setFocus();
        return;
    }
    if (control != "insert")
        return;
    try
    {
        const bridge::NewPlanPlace place = session().insertNewPlan();
        using P = bridge::NewPlanPlace;
        m_status = place == P::AfterSelection ? ui::newPlanAfterSelection
                   : place == P::AfterTable   ? ui::newPlanAfterTable
                   : place == P::AtAnchor     ? ui::newPlanAtAnchor
                   : place == P::End          ? ui::newPlanAtEnd
                                              : ui::newPlanAtPlace;
        m_statusObjectives = 0;
        // The first objective is what a new plan needs next: its fields are open.
        m_adding = true;
        setText("newObjectiveOpen", ui::newObjectiveClose);
        setText("status", m_status);
        layout();
    }
    catch (const std::exception& e)
    {
        setText("message", ui::said(e));
        layout();
    }
}
// ---- The columns understood, and the user's word on one (issue 15) ----

void PlanPanel::showColumns(const Plan& plan)
{
    const Schemas* schemas = session().schemas();
    // What the last assignment came to, until the assignments change otherwise (an undo).
    if (!m_columnStatus.empty() && session().grid().columnAssignments != m_columnStatusFor)
        m_columnStatus.clear();
    const auto labelOf = [&](const std::string& field)
    {
        const FieldSpec* spec = schemas ? schemas->layout.field(field) : nullptr;
        return spec ? ui::said(fieldWords(*spec)) : field;
    };
    // Each header once, as the first table that has it reads it (a plan of one small table per
    // objective repeats its labels in every table).
    std::vector<const Column*> columns;
    for (const PlanTable& table : plan.tables)
        for (const Column& column : table.columns)
            if (!headerKey(column.header).empty() &&
                std::none_of(columns.begin(), columns.end(),
                             [&](const Column* seen)
                             { return headerKey(seen->header) == headerKey(column.header); }))
                columns.push_back(&column);
    std::vector<std::string> understood, notUnderstood, unsure, choices;
    m_columnHeaders.clear();
    for (const Column* column : columns)
    {
        const std::string header = text::firstLineShortened(column->header, 40);
        std::string reading;
        if (!column->field.empty())
        {
            reading = column->assigned
                          ? ui::format(ui::columnAssignedByYou, {labelOf(column->field)})
                          : labelOf(column->field);
            understood.push_back(reading);
        }
        else if (column->assigned)
        {
            reading = ui::format(ui::columnNotAFieldByYou, {header});
            notUnderstood.push_back(reading);
        }
        else
        {
            reading = ui::columnNotUnderstood;
            notUnderstood.push_back("“" + header + "”");
        }
        if (!column->doubt.empty())
            unsure.push_back("“" + header + "”: " + column->doubt);
        choices.push_back(ui::format(ui::columnChoiceItem, {header, reading}));
        m_columnHeaders.push_back(column->header);
    }
    const bool labelsLeft = !plan.tables.empty() && plan.tables.front().labelsLeft;
    const auto list = [](const std::vector<std::string>& items)
    { return items.empty() ? std::string(ui::columnsNone) : joined(items, ", "); };
    std::string read = ui::format(labelsLeft ? ui::labelsRead : ui::columnsRead,
                                  {list(understood), list(notUnderstood)});
    if (!unsure.empty())
        read += "\n" + ui::format(ui::columnsUnsure, {joined(unsure, "\n")});
    setText("columnsRead", read);
    setText("columnsOpen", m_choosingColumns ? ui::columnsClose : ui::columnsOpen);
    setText("columnChoiceLabel", ui::columnChoiceLabel);
    setText("fieldChoiceLabel", ui::fieldChoiceLabel);
    setText("useColumn", ui::useColumn);
    setText("notAField", ui::notAField);
    setText("columnsStatus", m_columnStatus);
    setItems("columnChoice", choices);
    if (m_column >= m_columnHeaders.size())
        m_column = 0;
    selectItem("columnChoice", static_cast<sal_Int32>(m_column));
    std::vector<std::string> fields;
    if (schemas)
        for (const FieldSpec& field : schemas->layout.fields)
            fields.push_back(ui::said(fieldWords(field)));
    setItems("fieldChoice", fields);
    if (m_columnField >= fields.size())
        m_columnField = 0;
    selectItem("fieldChoice", static_cast<sal_Int32>(m_columnField));
}

void PlanPanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (position < 0)
        return;
    if (control == "columnChoice")
        m_column = static_cast<std::size_t>(position);
    else if (control == "fieldChoice")
        m_columnField = static_cast<std::size_t>(position);
}

void PlanPanel::makeColumnLists()
{
    // Made when first asked for, not with the panel: a list box never shown, walked in the
    // panel's accessible tree, stopped LibreOffice (7.4, gen) once its window had closed.
    for (const auto& [name, tab] : {std::pair{"columnChoice", 18}, std::pair{"fieldChoice", 20}})
    {
        const uno::Reference<beans::XPropertySet> model = insertControl(
            "com.sun.star.awt.UnoControlListBoxModel", name, static_cast<sal_Int16>(tab));
        model->setPropertyValue("Dropdown", uno::Any(false));
        model->setPropertyValue("Tabstop", uno::Any(true));
        if (uno::Reference<awt::XListBox> list{Panel::control(name), uno::UNO_QUERY}; list.is())
            list->addItemListener(this);
    }
    if (session().hasPlan())
        showColumns(session().result()->plan);
}

bool PlanPanel::onColumnsAction(const std::string& control)
{
    if (control == "columnsOpen")
    {
        m_choosingColumns = !m_choosingColumns;
        if (m_choosingColumns && !Panel::control("columnChoice").is())
            makeColumnLists();
        // The first column not understood, where there is one: the one a person came to tell.
        const auto firstNotUnderstood = [&]() -> std::optional<std::size_t>
        {
            for (const PlanTable& table : session().result()->plan.tables)
                for (const Column& column : table.columns)
                    if (column.field.empty() && !column.assigned)
                        if (const auto at = std::find(m_columnHeaders.begin(),
                                                      m_columnHeaders.end(), column.header);
                            at != m_columnHeaders.end())
                            return static_cast<std::size_t>(at - m_columnHeaders.begin());
            return std::nullopt;
        };
        if (m_choosingColumns && session().hasPlan())
            if (const std::optional<std::size_t> first = firstNotUnderstood())
            {
                m_column = *first;
                selectItem("columnChoice", static_cast<sal_Int32>(m_column));
            }
        setText("columnsOpen", m_choosingColumns ? ui::columnsClose : ui::columnsOpen);
        layout();
        if (uno::Reference<awt::XWindow> list = Panel::control("columnChoice");
            list.is() && m_choosingColumns)
            list->setFocus();
        return true;
    }
    if (control == "useColumn" || control == "notAField")
    {
        assignColumn(control == "notAField");
        return true;
    }
    return false;
}

void PlanPanel::assignColumn(bool notAField)
{
    const Schemas* schemas = session().schemas();
    if (m_column >= m_columnHeaders.size() || !schemas ||
        (!notAField && m_columnField >= schemas->layout.fields.size()))
        m_columnStatus = ui::chooseColumn;
    else
    {
        const std::string header = m_columnHeaders[m_column];
        const FieldSpec* field = notAField ? nullptr : &schemas->layout.fields[m_columnField];
        try
        {
            session().assignColumn(header, field ? field->id : std::string());
            m_columnStatus =
                field ? ui::format(ui::columnUsed, {text::firstLineShortened(header, 40),
                                                    ui::said(fieldWords(*field))})
                      : ui::format(ui::columnDropped, {text::firstLineShortened(header, 40)});
        }
        catch (const std::exception& e)
        {
            m_columnStatus = ui::said(e);
        }
    }
    m_columnStatusFor = session().grid().columnAssignments;
    setText("columnsStatus", m_columnStatus);
    layout();
}
} // namespace eqplan::sidebar
