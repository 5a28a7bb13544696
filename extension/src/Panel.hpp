// A panel of the Equality Plan deck: an XUIElement that is its own XToolPanel and XSidebarPanel,
// with its controls from a dialog (.xdl) of the extension, laid out again whenever the sidebar
// changes its width, its pictures drawn again when the theme's colours change. Subclasses fill the
// controls from the shared PlanSession.
#pragma once

#include "PlanSession.hpp"

#include "eqplan/Pictures.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XStyleChangeListener.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase7.hxx>

#include <string>
#include <utility>
#include <vector>

namespace eqplan::sidebar
{
using PanelBase =
    cppu::WeakComponentImplHelper7<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::awt::XWindowListener, css::awt::XItemListener,
                                   css::awt::XActionListener, css::awt::XStyleChangeListener>;

class Panel : protected cppu::BaseMutex, public PanelBase, protected SessionObserver
{
public:
    // Makes the window from dialogs/<dialog>.xdl inside `parent`. Throws uno::Exception.
    Panel(const css::uno::Reference<css::uno::XComponentContext>& context,
          const css::uno::Reference<css::frame::XFrame>& frame,
          const css::uno::Reference<css::awt::XWindow>& parent,
          const css::uno::Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& resourceUrl,
          const char* dialog);

    // Connects to the document's session and shows it; call once after construction.
    void start();

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XWindowListener
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowShown(const css::lang::EventObject& event) override;
    void SAL_CALL windowHidden(const css::lang::EventObject& event) override;
    // XItemListener, XActionListener
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XStyleChangeListener, on the panel's window: the theme's colours changed.
    void SAL_CALL styleSettingsChanged(const css::lang::EventObject& event) override;
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

protected:
    ~Panel() override;

    // One control of the panel in the vertical stack the layout makes.
    struct Slot
    {
        const char* control; // its name in the dialog
        int height = 0;      // fixed height in pixels; 0: as high as its content wants
        bool visible = true;
    };

    // The controls top to bottom, with what is visible now.
    virtual std::vector<Slot> slots() const = 0;
    // The controls that change the document: disabled, with a line saying why, while it is
    // open read-only.
    virtual std::vector<const char*> writingControls() const { return {}; }
    // Control events, by control name.
    virtual void onSelect(const std::string& /*control*/, sal_Int32 /*position*/) {}
    virtual void onAction(const std::string& /*control*/) {}

    PlanSession& session() { return *m_session; }
    const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_xContext; }
    const PlanSession& session() const { return *m_session; }

    css::uno::Reference<css::awt::XWindow> control(const char* name) const;
    void setText(const char* name, const std::string& text); // label, button or text field
    std::string textOf(const char* name) const;              // a text field's text
    void setItems(const char* name, const std::vector<std::string>& items); // list box
    void selectItem(const char* name, sal_Int32 position);
    void layout();                                                // places the controls again
    // Adds a control of a kind the dialog format cannot hold (a grid, a tree) to the panel's
    // dialog, as `name`, with `tabIndex` in the keyboard order; gives its model. `made` are
    // properties the control is made with (a border: the window keeps the one it was made with).
    css::uno::Reference<css::beans::XPropertySet>
    insertControl(const char* modelService, const char* name, sal_Int16 tabIndex,
                  const std::vector<std::pair<const char*, css::uno::Any>>& made = {});
    // Application font units (a quarter of the average character's width, an eighth of its
    // height), or another css::util::MeasureUnit, in pixels, as the panel's window has them.
    css::awt::Size pixelsOf(css::awt::Size size,
                            sal_Int16 unit = css::util::MeasureUnit::APPFONT) const;
    // The theme's colours as the panel's window has them (its background, its labels' words), and
    // its screen's pixels per inch, for a picture drawn on it; black on white at 96 pixels an
    // inch where the window cannot say.
    Ink ink() const;
    // The theme's colours changed (ink() gives the new ones): draw the pictures again, from what
    // the panel already holds. The controls take the new colours themselves.
    virtual void onTheme() {}
    // The width the controls were last placed at changed; `inner` is a full-width control's.
    virtual void onWidth(int /*inner*/) {}
    void reportError(const char* where, const std::string& what); // never throws

    // WeakComponentImplHelper: releases the window and the session.
    void SAL_CALL disposing() override;

private:
    int layoutHeight(sal_Int32 width, bool place);

    css::uno::Reference<css::uno::XComponentContext> m_xContext;
    css::uno::Reference<css::frame::XFrame> m_xFrame;
    css::uno::Reference<css::ui::XSidebar> m_xSidebar;
    rtl::OUString m_resourceUrl;
    css::uno::Reference<css::awt::XWindow> m_xParent;
    css::uno::Reference<css::awt::XWindow> m_xWindow;
    css::uno::Reference<css::awt::XControlContainer> m_xControls;
    css::uno::Reference<css::awt::XStyleSettings> m_xStyle; // the window's, listened to
    rtl::Reference<PlanSession> m_session;
    int m_lastHeight = 0;
    sal_Int32 m_deckWidth = 0; // the width the deck last laid the panel out at; 0: not yet
    int m_placedWidth = 0;     // the width of a full-width control at the last placing
};
} // namespace eqplan::sidebar
