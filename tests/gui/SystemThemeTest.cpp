// EXPERIMENT (first cut): the deck under the GTK 3 plugin in a real theme.
#include "WriterDriver.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XStyleSettingsSupplier.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace css;
using namespace eqplan;

namespace
{
const std::filesystem::path fixtures = EQPLAN_FIXTURE_DIR;
const std::filesystem::path artefacts = EQPLAN_GUI_ARTEFACT_DIR;

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

class WindowManager
{
public:
    WindowManager()
    {
        char program[] = "matchbox-window-manager";
        char titles[] = "-use_titlebar";
        char no[] = "no";
        char* argv[] = {program, titles, no, nullptr};
        if (::posix_spawnp(&m_pid, program, nullptr, nullptr, argv, environ) != 0)
            m_pid = -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    ~WindowManager()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }

private:
    pid_t m_pid = -1;
};

void dumpChain(const uno::Reference<uno::XInterface>& peer)
{
    const uno::Reference<accessibility::XAccessible> accessible(peer, uno::UNO_QUERY);
    int depth = 0;
    for (uno::Reference<accessibility::XAccessibleContext> context =
             accessible.is() ? accessible->getAccessibleContext() : nullptr;
         context.is() && depth < 30; ++depth)
    {
        const uno::Reference<accessibility::XAccessibleComponent> component(context,
                                                                            uno::UNO_QUERY);
        std::cout << "  [" << depth << "] role " << context->getAccessibleRole() << " '"
                  << bridge::toUtf8(context->getAccessibleName()) << "' index "
                  << context->getAccessibleIndexInParent();
        if (component.is())
        {
            const awt::Point at = component->getLocation();
            const awt::Point screen = component->getLocationOnScreen();
            const awt::Size size = component->getSize();
            std::cout << " at " << at.X << "," << at.Y << " screen " << screen.X << ","
                      << screen.Y << " size " << size.Width << "x" << size.Height;
        }
        std::cout << "\n";
        const uno::Reference<accessibility::XAccessible> parent = context->getAccessibleParent();
        context = parent.is() ? parent->getAccessibleContext() : nullptr;
    }
}

void dumpTree(const uno::Reference<accessibility::XAccessibleContext>& context, int depth,
              int offX, int offY)
{
    if (!context.is() || depth > 14)
        return;
    const uno::Reference<accessibility::XAccessibleComponent> component(context, uno::UNO_QUERY);
    awt::Point at, screen;
    awt::Size size;
    if (component.is())
    {
        at = component->getLocation();
        screen = component->getLocationOnScreen();
        size = component->getSize();
    }
    const sal_Int32 count = context->getAccessibleChildCount();
    std::cout << std::string(std::size_t(depth) * 2, ' ') << "role " << context->getAccessibleRole()
              << " '" << bridge::toUtf8(context->getAccessibleName()).substr(0, 30) << "' at "
              << at.X << "," << at.Y << " screen " << screen.X << "," << screen.Y << " sum "
              << offX + at.X << "," << offY + at.Y << " size " << size.Width << "x"
              << size.Height << " children " << count << "\n";
    if (count > 60 || context->getAccessibleRole() == 27 /* DOCUMENT */)
        return;
    for (sal_Int32 i = 0; i < count; ++i)
    {
        const uno::Reference<accessibility::XAccessible> child = context->getAccessibleChild(i);
        if (child.is())
            dumpTree(child->getAccessibleContext(), depth + 1, offX + at.X, offY + at.Y);
    }
}

TEST(SystemTheme, Experiment)
{
    const char* theme = std::getenv("EQPLAN_GTK_THEME");
    WindowManager wm;
    std::vector<std::string> environment{"SAL_USE_VCLPLUGIN=gtk3",
                                         std::string("GTK_THEME=") +
                                             (theme ? theme : "Adwaita:dark")};
    if (const char* extra = std::getenv("EQPLAN_EXTRA_ENV"))
        environment.push_back(extra);
    const auto start = std::chrono::steady_clock::now();
    auto office = driver::startWithExtension(artefacts / "profile-system-theme-experiment",
                                             EQPLAN_OXT, nullptr, environment);
    std::cout << "[ STEP ] started " << seconds(start) << " s" << std::endl;
    const auto load = std::chrono::steady_clock::now();
    auto model = driver::openVisible(*office, fixtures / "seed-objectives-2017-2021.docx");
    std::cout << "[ STEP ] opened " << seconds(load) << " s" << std::endl;
    driver::setWindowSize(model, 1400, 900);
    auto deck = driver::openDeck(model, driver::deckId, driver::panelIds);
    std::cout << "[ STEP ] deck " << seconds(start) << " s" << std::endl;
    driver::showOnly(deck, "EqplanCoveragePanel");
    driver::settle(*office);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    driver::settle(*office);
    driver::screenshot(artefacts / "SystemTheme-experiment.png");
    const uno::Reference<awt::XControl> dialog(
        uno::Reference<ui::XPanel>(deck->getPanels()->getByName("EqplanCoveragePanel"),
                                   uno::UNO_QUERY_THROW)
            ->getDialog(),
        uno::UNO_QUERY_THROW);
    const auto matrix = uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW)
                            ->getControl("matrix");
    const awt::Rectangle r = uno::Reference<awt::XWindow>(matrix, uno::UNO_QUERY_THROW)->getPosSize();
    const awt::Rectangle d = uno::Reference<awt::XWindow>(dialog, uno::UNO_QUERY_THROW)->getPosSize();
    std::cout << "matrix posSize " << r.X << "," << r.Y << " " << r.Width << "x" << r.Height
              << "; dialog " << d.X << "," << d.Y << " " << d.Width << "x" << d.Height << "\n";
    std::cout << "matrix chain:\n";
    dumpChain(matrix->getPeer());
    const awt::Rectangle f = driver::frameOf(model)->getContainerWindow()->getPosSize();
    std::cout << "frame " << f.X << "," << f.Y << " " << f.Width << "x" << f.Height << "\n";
    std::system("xwininfo -root -tree | grep -v '(has no name): ()  1x1+' | head -60");
    if (std::getenv("EQPLAN_NOTREE"))
    dumpTree(uno::Reference<accessibility::XAccessible>(
                 driver::frameOf(model)->getContainerWindow(), uno::UNO_QUERY_THROW)
                 ->getAccessibleContext(),
             0, 0, 0);
    uno::Reference<util::XCloseable>(model, uno::UNO_QUERY_THROW)->close(true);
}
} // namespace
