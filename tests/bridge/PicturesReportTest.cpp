// The pictures and the report through a private LibreOffice started by the test, as the deck
// would call them: an SVG picture loaded as a graphic, pictures added to a document with their
// alternative text, and the report written through the office's desktop.
#include "InOffice.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Report.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Pictures.hpp"
#include "eqplan/bridge/Report.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/text/XTextGraphicObjectsSupplier.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;

class PicturesInOffice : public test::InOffice<>
{
protected:
    void SetUp() override
    {
        InOffice::SetUp();
        if (HasFatalFailure())
            return;
        Loaded<Schemas> schemas = loadSchemas();
        ASSERT_TRUE(schemas) << schemas.error;
        m_schemas = *schemas.value;
    }

    // The plan of a fixture, read in the office.
    Plan planOf(const std::string& fixture)
    {
        const fs::path copy = m_folder / fixture;
        fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, copy);
        const bridge::OpenDocument document(*s_office, copy);
        const ReadResult read = readPlan(bridge::readGrid(document.component()), m_schemas);
        EXPECT_TRUE(read) << read.message;
        return read.plan;
    }

    Schemas m_schemas;
};

constexpr std::chrono::year_month_day today2024{std::chrono::year(2024), std::chrono::June,
                                                std::chrono::day(1)};
} // namespace

TEST_F(PicturesInOffice, GraphicOfLoadsTheSvgAsAVectorPictureOfItsSize)
{
    const Picture picture =
        coverageMatrix(coverageOf(planOf("layout-inline-dated.odt"), m_schemas.checks));
    const uno::Reference<graphic::XGraphic> graphic =
        bridge::graphicOf(s_office->context(), picture);
    ASSERT_TRUE(graphic.is());
    uno::Reference<beans::XPropertySet> properties(graphic, uno::UNO_QUERY_THROW);
    rtl::OUString mime;
    properties->getPropertyValue("MimeType") >>= mime;
    EXPECT_EQ(bridge::toUtf8(mime), "image/svg+xml");
    awt::Size size;
    properties->getPropertyValue("Size100thMM") >>= size;
    EXPECT_NEAR(size.Width, picture.width * 100, 100);
    EXPECT_NEAR(size.Height, picture.height * 100, 100);
}

TEST_F(PicturesInOffice, AtAGlanceAddsBothPicturesTitledAndDescribed)
{
    const Plan plan = planOf("layout-inline-dated.docx");
    const fs::path file = m_folder / "glance.odt";
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "layout-inline-dated.odt", file);
    const bridge::OpenDocument document(*s_office, file, bridge::OpenMode::Editable);
    bridge::appendAtAGlance(document.component(), plan, m_schemas.checks, today2024, 1);
    const uno::Reference<container::XIndexAccess> graphics(
        uno::Reference<css::text::XTextGraphicObjectsSupplier>(document.component(),
                                                               uno::UNO_QUERY_THROW)
            ->getGraphicObjects(),
        uno::UNO_QUERY_THROW);
    ASSERT_EQ(graphics->getCount(), 2);
    const Picture timeline = reviewTimeline(plan, today2024);
    uno::Reference<beans::XPropertySet> second(graphics->getByIndex(1), uno::UNO_QUERY_THROW);
    rtl::OUString title, description;
    second->getPropertyValue("Title") >>= title;
    second->getPropertyValue("Description") >>= description;
    EXPECT_EQ(bridge::toUtf8(title), "Review timeline");
    EXPECT_EQ(bridge::toUtf8(description), timeline.altText);
}

TEST_F(PicturesInOffice, WriteReportThroughTheDesktopGivesTheDocumentTheCliWrites)
{
    const Plan plan = planOf("layout-inline-dated.odt");
    const PeriodChoice year = thisAcademicYear(today2024);
    const Report report = buildReport(plan, nullptr, m_schemas, year.period, year.label, today2024);
    ASSERT_EQ(report.entries, 5u);
    const fs::path viaDesktop = m_folder / "desktop.odt";
    const fs::path viaOffice = m_folder / "office.odt";
    bridge::writeReport(s_office->desktop(), report, viaDesktop);
    bridge::writeReport(*s_office, report, viaOffice);
    ASSERT_TRUE(fs::exists(viaDesktop));
    ASSERT_TRUE(fs::exists(viaOffice));
    // Both are whole .odt packages of about the same size (their dates differ).
    const auto size = [](const fs::path& p) { return static_cast<double>(fs::file_size(p)); };
    EXPECT_NEAR(size(viaDesktop) / size(viaOffice), 1.0, 0.05);
    // The report's document is the flat ODF eqplan wrote: its title and its period's words.
    const std::string flat = bridge::reportFlatOdf(report);
    EXPECT_NE(flat.find("<dc:title>Equality Objectives 2023\u20132027: progress report, "
                        "2023\u201324</dc:title>"),
              std::string::npos);
    EXPECT_NE(flat.find("this academic year (2023\u201324): 1 September 2023 to 31 August 2024"),
              std::string::npos);
    EXPECT_THROW(bridge::writeReport(*s_office, report, m_folder / "report.txt"), bridge::Error);
}
