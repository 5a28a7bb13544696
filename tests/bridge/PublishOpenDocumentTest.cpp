// Publishing a document that is open in the office, as the sidebar's Publish panel does: the
// check reads the open document without changing it, and publishing works on a copy of it, so
// the open document keeps its comment, its text and its modified state.
#include "eqplan/Checks.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Publish.hpp"
#include "InOffice.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <gtest/gtest.h>

#include <chrono>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace
{
namespace fs = std::filesystem;
using namespace css;
using namespace eqplan;

// The text of a PDF as pdftotext gives it.
std::string pdfText(const fs::path& pdf)
{
    std::string out;
    if (FILE* pipe = ::popen(("pdftotext -raw '" + pdf.string() + "' - 2>/dev/null").c_str(), "r"))
    {
        std::array<char, 4096> buffer;
        for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
            out.append(buffer.data(), n);
        ::pclose(pipe);
    }
    return out;
}

// The office and the folder of tests/support/InOffice.hpp, with the plan with a comment in it.
class PublishOpenDocument : public eqplan::test::InOffice<>
{
protected:
    void SetUp() override
    {
        InOffice::SetUp();
        fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "publish-comment.odt", m_folder / "plan.odt");
    }
};

TEST_F(PublishOpenDocument, ChecksAndPublishesACopyLeavingTheDocumentAsItWas)
{
    Loaded<Schemas> schemas = loadSchemas();
    ASSERT_TRUE(schemas) << schemas.error;
    bridge::OpenDocument document(*s_office, m_folder / "plan.odt", bridge::OpenMode::Editable);
    const uno::Reference<lang::XComponent>& component = document.component();
    const rtl::OUString before =
        uno::Reference<text::XTextDocument>(component, uno::UNO_QUERY_THROW)
            ->getText()
            ->getString();

    const DocumentGrid grid = bridge::readDocument(component, bridge::ReadMethod::FlatOdf);
    const ReadResult read = readPlan(grid, *schemas.value);
    ASSERT_TRUE(read) << read.message;
    // A day when the 2018–2021 plan was current: the checks' calendar rules find no error.
    const std::chrono::year_month_day current = std::chrono::year{2021} / 6 / 1;
    const DocumentFacts facts = bridge::documentFacts(component, read.plan);
    ASSERT_EQ(facts.comments.size(), 1u);
    EXPECT_EQ(facts.comments[0].author, "B Head");
    EXPECT_EQ(facts.comments[0].place,
              (DocumentPlace{DocumentPlace::Region::Cell, "Table1", "B4"}));
    const std::vector<bridge::PublishProblem> problems = bridge::publishingProblems(
        runChecks(CheckInput{grid, read.plan, *schemas.value, current, nullptr, nullptr, &facts}),
        {"Objective 3 has no owner."});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].kind, "publish.comment");
    EXPECT_EQ(problems[1].kind, "check");
    EXPECT_EQ(problems[1].message, "Objective 3 has no owner.");

    bridge::PublishOptions options;
    options.extraBlocking = {"Objective 3 has no owner."};
    options.today = current;
    const fs::path pdf = m_folder / "plan.pdf";
    bridge::PublishResult result =
        bridge::publishPdf(s_office->desktop(), component, pdf, *schemas.value, options);
    EXPECT_EQ(result.status, bridge::PublishResult::Status::Refused);
    EXPECT_EQ(result.problems.size(), 2u);
    EXPECT_FALSE(fs::exists(pdf));

    options.force = true;
    options.ownerNames = {{"SLT", "Senior Leadership Team"}};
    result = bridge::publishPdf(s_office->desktop(), component, pdf, *schemas.value, options);
    ASSERT_EQ(result.status, bridge::PublishResult::Status::Published);
    EXPECT_EQ(result.outlineEntries, 3);
    const std::string text = pdfText(pdf);
    EXPECT_EQ(text.find("Pelican"), std::string::npos) << "the comment was published";
    EXPECT_NE(text.find("SLT \u2013 Senior Leadership Team: objective 2"), std::string::npos)
        << "the key does not name SLT:\n"
        << text;

    // The open document still has its comment, its text, and nothing to save.
    const ReadResult after =
        readPlan(bridge::readDocument(component, bridge::ReadMethod::FlatOdf), *schemas.value);
    ASSERT_TRUE(after);
    EXPECT_EQ(bridge::documentFacts(component, after.plan).comments.size(), 1u);
    EXPECT_EQ(uno::Reference<text::XTextDocument>(component, uno::UNO_QUERY_THROW)
                  ->getText()
                  ->getString(),
              before);
    EXPECT_FALSE(uno::Reference<util::XModifiable>(component, uno::UNO_QUERY_THROW)->isModified());
}
} // namespace
