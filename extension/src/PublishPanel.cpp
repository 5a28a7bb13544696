#include "PublishPanel.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <filesystem>

using namespace css;

namespace eqplan::sidebar
{
PublishPanel::PublishPanel(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame,
                           const uno::Reference<awt::XWindow>& parent,
                           const uno::Reference<css::ui::XSidebar>& sidebar,
                           const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "PublishPanel")
{
}

std::vector<Panel::Slot> PublishPanel::slots() const
{
    const bool plan = session().hasPlan();
    return {
        {"intro", 0, true},       {"targetLabel", 0, plan}, {"target", 24, plan},
        {"check", 28, plan},      {"problems", 90, plan},   {"force", 0, plan},
        {"atAGlance", 0, plan},   {"publish", 28, plan},    {"status", 0, plan && !m_status.empty()},
        {"reportIntro", 0, plan}, {"reportPeriod", 24, plan}, {"report", 28, plan},
        {"reportStatus", 0, plan && !m_reportStatus.empty()},
    };
}

void PublishPanel::planChanged()
{
    setText("targetLabel", ui::publishTargetLabel);
    setText("check", ui::checkBeforePublishing);
    setText("publish", ui::publishButton);
    if (uno::Reference<awt::XCheckBox> force{control("force"), uno::UNO_QUERY}; force.is())
        force->setLabel(bridge::fromUtf8(ui::publishForce.str()));
    if (uno::Reference<awt::XCheckBox> glance{control("atAGlance"), uno::UNO_QUERY}; glance.is())
        glance->setLabel(bridge::fromUtf8(ui::atAGlanceLabel.str()));
    setText("reportIntro", ui::reportIntro);
    setText("report", ui::reportButton);
    if (uno::Reference<awt::XListBox> period{control("reportPeriod"), uno::UNO_QUERY};
        period.is() && period->getItemCount() == 0)
    {
        setItems("reportPeriod", {ui::reportSinceReview, ui::reportThisYear});
        selectItem("reportPeriod", 0);
    }
    setText("intro", session().hasPlan() ? ui::publishIntro : ui::noPlanToPublish);
    // A PDF beside the document, named after it, unless the user chose another place.
    if (textOf("target").empty())
    {
        const std::string document = session().documentPath();
        const std::string path =
            document.empty() ? document
                             : std::filesystem::path(document).replace_extension(".pdf").string();
        setText("target", path);
        // The field shows the end of a long path: the file's name.
        if (uno::Reference<awt::XTextComponent> field{control("target"), uno::UNO_QUERY};
            field.is())
        {
            const auto end = static_cast<sal_Int32>(field->getText().getLength());
            field->setSelection(awt::Selection(end, end));
        }
    }
    layout();
}

void PublishPanel::onAction(const std::string& control)
{
    if (control == "check")
        check();
    else if (control == "publish")
        publish();
    else if (control == "report")
        report();
}

void PublishPanel::report()
{
    try
    {
        const std::string plan = session().documentPath();
        if (plan.empty())
            throw bridge::Error(bridge::Error::Kind::Refused, ui::reportNeedsSavedPlan);
        const std::filesystem::path target =
            std::filesystem::path(plan).parent_path() /
            (std::filesystem::path(plan).stem().string() + " progress report.odt");
        uno::Reference<awt::XListBox> period(control("reportPeriod"), uno::UNO_QUERY);
        const bool academicYear = period.is() && period->getSelectedItemPos() == 1;
        std::string why;
        const std::size_t entries = session().writeReport(target.string(), academicYear, why);
        if (entries == 0)
            m_reportStatus = ui::format(ui::reportNothing, {why});
        else
        {
            m_reportStatus = ui::format(entries == 1 ? ui::reportWrittenOne : ui::reportWritten,
                                        {target.string(), std::to_string(entries)});
            // Open for staff to read and edit before it goes to governors.
            rtl::OUString url;
            osl::FileBase::getFileURLFromSystemPath(bridge::fromUtf8(target.string()), url);
            frame::Desktop::create(context())->loadComponentFromURL(
                url, "_blank", 0, uno::Sequence<beans::PropertyValue>());
        }
    }
    catch (const std::exception& e)
    {
        m_reportStatus = ui::said(e);
    }
    catch (const uno::Exception& e)
    {
        m_reportStatus = bridge::toUtf8(e.Message);
    }
    setText("reportStatus", m_reportStatus);
    layout();
}

void PublishPanel::check()
{
    try
    {
        const std::vector<std::string> problems = session().publishingProblems();
        if (problems.empty())
            setText("problems", ui::readyToPublish);
        else
        {
            std::vector<std::string> lines{
                ui::format(ui::toResolve, {std::to_string(problems.size())})};
            for (const std::string& problem : problems)
                lines.push_back("• " + problem);
            setText("problems", joined(lines, "\n"));
        }
        m_status.clear();
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
    }
    setText("status", m_status);
    layout();
}

void PublishPanel::publish()
{
    const std::string target(text::trim(textOf("target")));
    uno::Reference<awt::XCheckBox> forceBox(control("force"), uno::UNO_QUERY);
    const bool force = forceBox.is() && forceBox->getState() == 1;
    uno::Reference<awt::XCheckBox> glanceBox(control("atAGlance"), uno::UNO_QUERY);
    const bool atAGlance = glanceBox.is() && glanceBox->getState() == 1;
    try
    {
        if (target.empty() || target.front() != '/')
            throw bridge::Error(bridge::Error::Kind::Refused, ui::publishFullPath);
        const PlanSession::Published result = session().publish(target, force, atAGlance);
        std::vector<std::string> lines;
        if (!result.published)
        {
            lines.push_back(ui::notPublished);
            for (const std::string& problem : result.problems)
                lines.push_back("• " + problem);
            setText("problems", joined(lines, "\n"));
            m_status = ui::notPublished;
        }
        else
        {
            lines.push_back(
                ui::format(ui::publishedAs, {target, std::to_string(result.outlineEntries)}));
            if (!result.problems.empty())
            {
                lines.push_back(ui::publishedDespite);
                for (const std::string& problem : result.problems)
                    lines.push_back("• " + problem);
            }
            m_status = joined(lines, "\n");
        }
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
    }
    setText("status", m_status);
    layout();
}
} // namespace eqplan::sidebar
