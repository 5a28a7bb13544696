#include "Panel.hpp"

#include "UiStrings.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XStyleSettingsSupplier.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
constexpr int margin = 6;  // around the panel's content, in pixels
constexpr int spacing = 4; // between two controls

// The accessible objects of a window's controls (what a screen reader is handed), made if they
// were not yet. Held while the window is disposed: LibreOffice's grid control (7.4, and the same
// code in 25.2: AccessibleGridControlAccess::DisposeAccessImpl) disposes its accessible context,
// which can drop the last reference to the grid's accessible object, and then writes into that
// object. The heap is corrupt, and soffice aborts at a later free (seen under valgrind, and as
// one crash in five closing a document whose Plan panel a screen reader had read).
std::vector<uno::Reference<accessibility::XAccessible>>
accessibleChildren(const uno::Reference<awt::XWindow>& window)
{
    std::vector<uno::Reference<accessibility::XAccessible>> children;
    try
    {
        uno::Reference<awt::XControl> dialog(window, uno::UNO_QUERY);
        uno::Reference<accessibility::XAccessible> accessible(
            dialog.is() ? uno::Reference<uno::XInterface>(dialog->getPeer()) : nullptr,
            uno::UNO_QUERY);
        uno::Reference<accessibility::XAccessibleContext> context(
            accessible.is() ? accessible->getAccessibleContext() : nullptr);
        if (!context.is())
            return children;
        const sal_Int32 count = context->getAccessibleChildCount();
        children.reserve(static_cast<std::size_t>(std::max<sal_Int32>(count, 0)));
        for (sal_Int32 i = 0; i < count; ++i)
            children.push_back(context->getAccessibleChild(i));
    }
    catch (const uno::Exception&)
    {
        // Those found so far are held; the rest were not made, or are gone.
    }
    return children;
}

} // namespace

Panel::Panel(const uno::Reference<uno::XComponentContext>& context,
             const uno::Reference<frame::XFrame>& frame, const uno::Reference<awt::XWindow>& parent,
             const uno::Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& resourceUrl,
             const char* dialog)
    : PanelBase(m_aMutex), m_xContext(context), m_xFrame(frame), m_xSidebar(sidebar),
      m_resourceUrl(resourceUrl), m_xParent(parent)
{
    uno::Reference<awt::XContainerWindowProvider> provider =
        awt::ContainerWindowProvider::create(context);
    const rtl::OUString url = "vnd.sun.star.extension://org.eqplan.extension/dialogs/" +
                              rtl::OUString::createFromAscii(dialog) + ".xdl";
    m_xWindow = provider->createContainerWindow(
        url, rtl::OUString(), uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY_THROW),
        uno::Reference<uno::XInterface>());
    m_xControls.set(m_xWindow, uno::UNO_QUERY_THROW);
    m_session = PlanSession::forController(context, frame->getController());
}

Panel::~Panel() = default;

void Panel::start()
{
    // Listeners hold references to this panel: register them only once it is fully made.
    osl_atomic_increment(&m_refCount);
    m_xParent->addWindowListener(this);
    for (const uno::Reference<awt::XControl>& child : m_xControls->getControls())
    {
        const rtl::OUString name =
            child->getModel().is()
                ? uno::Reference<beans::XPropertySet>(child->getModel(), uno::UNO_QUERY_THROW)
                      ->getPropertyValue("Name")
                      .get<rtl::OUString>()
                : rtl::OUString();
        if (uno::Reference<awt::XListBox> list{child, uno::UNO_QUERY}; list.is())
            list->addItemListener(this);
        else if (uno::Reference<awt::XButton> button{child, uno::UNO_QUERY}; button.is())
        {
            button->setActionCommand(name);
            button->addActionListener(this);
        }
    }
    // One line at the top saying why the writing controls are disabled, on a read-only document.
    insertControl("com.sun.star.awt.UnoControlFixedTextModel", "readOnlyNote", 0)
        ->setPropertyValue("MultiLine", uno::Any(true));
    setText("readOnlyNote", eqplan::ui::readOnlyNote);
    m_session->addObserver(this);
    // A theme changed at run time (the system's, or a window's own settings) reaches the panel's
    // window: its pictures, drawn in the theme's colours, are drawn again.
    if (uno::Reference<awt::XControl> dialog{m_xWindow, uno::UNO_QUERY}; dialog.is())
        if (uno::Reference<awt::XStyleSettingsSupplier> supplier{dialog->getPeer(), uno::UNO_QUERY};
            supplier.is())
        {
            m_xStyle = supplier->getStyleSettings();
            m_xStyle->addStyleChangeListener(this);
        }
    const awt::Rectangle area = m_xParent->getPosSize();
    m_xWindow->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::POSSIZE);
    m_xWindow->setVisible(true);
    layout();
    osl_atomic_decrement(&m_refCount);
}

uno::Reference<frame::XFrame> SAL_CALL Panel::getFrame()
{
    return m_xFrame;
}

rtl::OUString SAL_CALL Panel::getResourceURL()
{
    return m_resourceUrl;
}

sal_Int16 SAL_CALL Panel::getType()
{
    return css::ui::UIElementType::TOOLPANEL;
}

uno::Reference<uno::XInterface> SAL_CALL Panel::getRealInterface()
{
    return static_cast<css::ui::XToolPanel*>(this);
}

uno::Reference<awt::XWindow> SAL_CALL Panel::getWindow()
{
    osl::MutexGuard guard(m_aMutex);
    if (!m_xWindow.is())
        throw lang::DisposedException("eqplan Panel::getWindow: the panel is closed", *this);
    return m_xWindow;
}

uno::Reference<accessibility::XAccessible>
    SAL_CALL Panel::createAccessible(const uno::Reference<accessibility::XAccessible>&)
{
    // The dialog's peer is accessible itself; its controls are its accessible children.
    uno::Reference<awt::XControl> control(m_xWindow, uno::UNO_QUERY);
    return uno::Reference<accessibility::XAccessible>(
        control.is() ? uno::Reference<uno::XInterface>(control->getPeer())
                     : uno::Reference<uno::XInterface>(m_xWindow),
        uno::UNO_QUERY);
}

css::ui::LayoutSize SAL_CALL Panel::getHeightForWidth(sal_Int32 width)
{
    try
    {
        // The deck's width is the panel's: the parent window can stay wider when the sidebar
        // narrows (LibreOffice 7.4, e.g. after the wider Properties deck), and is then clipped.
        m_deckWidth = width;
        const int height = layoutHeight(width, false);
        if (m_xWindow.is() && m_xWindow->getPosSize().Width != width)
        {
            m_xWindow->setPosSize(0, 0, width, 0, awt::PosSize::WIDTH);
            layoutHeight(width, true);
        }
        return css::ui::LayoutSize(height, height, height);
    }
    catch (const std::exception& e)
    {
        reportError("getHeightForWidth", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("getHeightForWidth", bridge::toUtf8(e.Message));
    }
    return css::ui::LayoutSize(100, 100, 100);
}

sal_Int32 SAL_CALL Panel::getMinimalWidth()
{
    // Narrower, and the objectives list shows little more than numbers.
    return 280;
}

void SAL_CALL Panel::windowResized(const awt::WindowEvent&)
{
    try
    {
        const awt::Rectangle area = m_xParent->getPosSize();
        const sal_Int32 width = m_deckWidth > 0 ? m_deckWidth : area.Width;
        m_xWindow->setPosSize(0, 0, width, area.Height, awt::PosSize::POSSIZE);
        layout();
    }
    catch (const uno::Exception& e)
    {
        reportError("windowResized", bridge::toUtf8(e.Message));
    }
}

void SAL_CALL Panel::windowMoved(const awt::WindowEvent&) {}
void SAL_CALL Panel::windowShown(const lang::EventObject&) {}
void SAL_CALL Panel::windowHidden(const lang::EventObject&) {}

void SAL_CALL Panel::itemStateChanged(const awt::ItemEvent& event)
{
    try
    {
        for (const uno::Reference<awt::XControl>& child : m_xControls->getControls())
            if (child == event.Source)
            {
                const rtl::OUString name =
                    uno::Reference<beans::XPropertySet>(child->getModel(), uno::UNO_QUERY_THROW)
                        ->getPropertyValue("Name")
                        .get<rtl::OUString>();
                onSelect(bridge::toUtf8(name), event.Selected);
            }
    }
    catch (const std::exception& e)
    {
        reportError("itemStateChanged", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("itemStateChanged", bridge::toUtf8(e.Message));
    }
}

void SAL_CALL Panel::actionPerformed(const awt::ActionEvent& event)
{
    try
    {
        onAction(bridge::toUtf8(event.ActionCommand));
    }
    catch (const std::exception& e)
    {
        reportError("actionPerformed", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("actionPerformed", bridge::toUtf8(e.Message));
    }
}

void SAL_CALL Panel::styleSettingsChanged(const lang::EventObject&)
{
    try
    {
        if (m_xWindow.is())
            onTheme();
    }
    catch (const std::exception& e)
    {
        reportError("styleSettingsChanged", e.what());
    }
    catch (const uno::Exception& e)
    {
        reportError("styleSettingsChanged", bridge::toUtf8(e.Message));
    }
}

void SAL_CALL Panel::disposing(const lang::EventObject&)
{
    // The parent window or a control goes away with the sidebar; dispose() follows.
}

void SAL_CALL Panel::disposing()
{
    osl::MutexGuard guard(m_aMutex);
    try
    {
        if (m_session.is())
            m_session->removeObserver(this);
        if (m_xParent.is())
            m_xParent->removeWindowListener(this);
        if (m_xStyle.is())
            try
            {
                m_xStyle->removeStyleChangeListener(this);
            }
            catch (const lang::DisposedException&)
            {
                // The window went first, and its settings with their listeners.
            }
        uno::Reference<lang::XComponent> window(m_xWindow, uno::UNO_QUERY);
        if (window.is())
        {
            const std::vector<uno::Reference<accessibility::XAccessible>> held =
                accessibleChildren(m_xWindow);
            window->dispose();
        }
    }
    catch (const uno::Exception&)
    {
        // Closing anyway: whatever is left goes with the frame.
    }
    m_session.clear();
    m_xStyle.clear();
    m_xWindow.clear();
    m_xControls.clear();
    m_xParent.clear();
    m_xFrame.clear();
    m_xSidebar.clear();
}

uno::Reference<awt::XWindow> Panel::control(const char* name) const
{
    if (!m_xControls.is())
        return {};
    return uno::Reference<awt::XWindow>(
        m_xControls->getControl(rtl::OUString::createFromAscii(name)), uno::UNO_QUERY);
}

void Panel::setText(const char* name, const std::string& text)
{
    uno::Reference<awt::XWindow> window = control(name);
    const rtl::OUString value = bridge::fromUtf8(text);
    if (uno::Reference<awt::XTextComponent> edit{window, uno::UNO_QUERY}; edit.is())
    {
        if (edit->getText() != value)
            edit->setText(value);
    }
    else if (uno::Reference<awt::XFixedText> label{window, uno::UNO_QUERY}; label.is())
    {
        if (label->getText() != value)
            label->setText(value);
    }
    else if (uno::Reference<awt::XButton> button{window, uno::UNO_QUERY}; button.is())
        button->setLabel(value);
}

std::string Panel::textOf(const char* name) const
{
    uno::Reference<awt::XTextComponent> edit(control(name), uno::UNO_QUERY);
    return edit.is() ? bridge::toUtf8(edit->getText()) : std::string();
}

void Panel::setItems(const char* name, const std::vector<std::string>& items)
{
    uno::Reference<awt::XListBox> list(control(name), uno::UNO_QUERY);
    if (!list.is())
        return;
    uno::Sequence<rtl::OUString> values(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        values.getArray()[i] = bridge::fromUtf8(items[i]);
    // Rebuilding an unchanged list would flicker and lose the selection.
    if (list->getItems() == values)
        return;
    const sal_Int16 selected = list->getSelectedItemPos();
    list->removeItems(0, list->getItemCount());
    list->addItems(values, 0);
    if (selected >= 0 && selected < values.getLength())
        list->selectItemPos(selected, true);
}

void Panel::selectItem(const char* name, sal_Int32 position)
{
    uno::Reference<awt::XListBox> list(control(name), uno::UNO_QUERY);
    if (list.is() && list->getSelectedItemPos() != position)
        list->selectItemPos(static_cast<sal_Int16>(position), true);
}

int Panel::layoutHeight(sal_Int32 width, bool place)
{
    const int inner = std::max<int>(40, width - 2 * margin);
    if (place && inner != m_placedWidth)
    {
        m_placedWidth = inner;
        onWidth(inner);
    }
    int y = margin;
    const bool readOnly = m_session.is() && m_session->readOnly();
    if (place)
        for (const char* name : writingControls())
            if (uno::Reference<awt::XWindow> window = control(name); window.is())
                window->setEnable(!readOnly);
    std::vector<Slot> all{{"readOnlyNote", 0, readOnly && !writingControls().empty()}};
    for (const Slot& slot : slots())
        all.push_back(slot);
    for (const Slot& slot : all)
    {
        uno::Reference<awt::XWindow> window = control(slot.control);
        if (!window.is())
            continue;
        if (place)
            window->setVisible(slot.visible);
        if (!slot.visible)
            continue;
        int height = slot.height;
        if (height == 0)
        {
            uno::Reference<awt::XLayoutConstrains> constrains(window, uno::UNO_QUERY);
            height =
                constrains.is() ? constrains->calcAdjustedSize(awt::Size(inner, 0)).Height : 20;
            height = std::max(height, 16);
        }
        if (place)
            window->setPosSize(margin, y, inner, height, awt::PosSize::POSSIZE);
        y += height + spacing;
    }
    return y - spacing + margin;
}

void Panel::layout()
{
    if (!m_xWindow.is())
        return;
    const int height = layoutHeight(m_xWindow->getPosSize().Width, true);
    // Content of another height needs the sidebar to ask again how high the panel is.
    if (height != m_lastHeight && m_xSidebar.is())
    {
        m_lastHeight = height;
        m_xSidebar->requestLayout();
    }
}

uno::Reference<beans::XPropertySet>
Panel::insertControl(const char* modelService, const char* name, sal_Int16 tabIndex,
                     const std::vector<std::pair<const char*, uno::Any>>& made)
{
    uno::Reference<awt::XControl> dialog(m_xWindow, uno::UNO_QUERY_THROW);
    uno::Reference<lang::XMultiServiceFactory> factory(dialog->getModel(), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> model(
        factory->createInstance(rtl::OUString::createFromAscii(modelService)),
        uno::UNO_QUERY_THROW);
    model->setPropertyValue("Name", uno::Any(rtl::OUString::createFromAscii(name)));
    model->setPropertyValue("TabIndex", uno::Any(tabIndex));
    for (const auto& [property, value] : made)
        model->setPropertyValue(rtl::OUString::createFromAscii(property), value);
    // The dialog makes the control for a model inserted into its own.
    uno::Reference<container::XNameContainer>(dialog->getModel(), uno::UNO_QUERY_THROW)
        ->insertByName(rtl::OUString::createFromAscii(name), uno::Any(model));
    return model;
}

awt::Size Panel::pixelsOf(awt::Size size, sal_Int16 unit) const
{
    uno::Reference<awt::XControl> dialog(m_xWindow, uno::UNO_QUERY);
    uno::Reference<awt::XUnitConversion> conversion(
        dialog.is() ? uno::Reference<uno::XInterface>(dialog->getPeer()) : nullptr, uno::UNO_QUERY);
    if (!conversion.is())
        conversion.set(m_xWindow, uno::UNO_QUERY);
    if (conversion.is())
        return conversion->convertSizeToPixel(size, unit);
    if (unit == util::MeasureUnit::MM_100TH)
        return awt::Size(size.Width * 96 / 2540, size.Height * 96 / 2540); // 96 an inch
    return awt::Size(size.Width * 7 / 4, size.Height * 2); // a 7 × 16 pixel character
}

Ink Panel::ink() const
{
    uno::Reference<awt::XControl> dialog(m_xWindow, uno::UNO_QUERY);
    uno::Reference<awt::XStyleSettingsSupplier> supplier(
        dialog.is() ? uno::Reference<uno::XInterface>(dialog->getPeer()) : nullptr, uno::UNO_QUERY);
    if (!supplier.is())
        return {};
    const auto hex = [](sal_Int32 colour)
    {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "#%06x", static_cast<unsigned>(colour) & 0xffffffu);
        return std::string(buffer);
    };
    const uno::Reference<awt::XStyleSettings> style = supplier->getStyleSettings();
    // Ten inches, for the resolution to a tenth of a pixel.
    const sal_Int32 tenInches = pixelsOf(awt::Size(25400, 0), util::MeasureUnit::MM_100TH).Width;
    return Ink{hex(style->getDialogColor()), hex(style->getLabelTextColor()),
               tenInches > 0 ? tenInches / 10.0 : 96.0};
}

void Panel::reportError(const char* where, const std::string& what)
{
    try
    {
        std::cerr << "eqplan: " << where << ": " << what << '\n';
    }
    catch (...)
    {
    }
}
} // namespace eqplan::sidebar
