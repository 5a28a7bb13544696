// org.eqplan.ReadTimer: times the sidebar's own read of a document inside the office, for
// `./dev bench` ([bench]). A remote caller cannot time an in-process read itself: every call it
// makes crosses the bridge, so the component reads and times itself.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace eqplan::sidebar
{
// execute() takes "Model" (the document) and optionally "Repetitions" (default 1), reads the
// grid with bridge::readGrid and recognises it with readPlan that many times, and returns
// NamedValues: "GridMs" and "PlanMs" (a sequence of doubles, one per repetition), "Objectives",
// "Tables", "Cells", "Paragraphs" (longs, from the last read), and "CellMs": re-reading the
// middle objective's progress cell alone (bridge::readCell), once per repetition. With "Appends"
// (default 0) it then adds one dated progress point to the middle objective that many times, as
// the sidebar's "Add progress" does (one undo step with its history entry), undoing each, and
// returns "AppendMs" and "UndoMs" (doubles); the document must not be read-only for that. With
// "Refreshes" (default 0) it types a few characters at the end of the middle objective's progress
// cell that many times, each time timing the sidebar's refresh after an edit in one cell
// (PlanState::refreshCells) and undoing the edit, and returns "RefreshMs" and "RefreshPartsMs"
// (four doubles per refresh: the tables' shape, reading the cell, recognising, the checks); the
// first refresh must give what a whole read gives, else execute() throws.
// Everything runs on the office's main thread, where the sidebar reads, while execute() waits.
class ReadTimer final : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo>
{
public:
    explicit ReadTimer(const css::uno::Reference<css::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();
    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XJob
    css::uno::Any SAL_CALL
    execute(const css::uno::Sequence<css::beans::NamedValue>& arguments) override;
    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_xContext;
};
} // namespace eqplan::sidebar
