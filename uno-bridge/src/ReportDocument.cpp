#include "eqplan/bridge/Report.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Publish.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "TemporaryDirectory.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>
#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace css;

namespace eqplan::bridge
{
namespace
{
std::string lowerExtension(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

std::string base64(std::string_view bytes)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3)
    {
        const auto byte = [&](std::size_t k)
        { return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0u; };
        const unsigned triple = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out += alphabet[(triple >> 18) & 63];
        out += alphabet[(triple >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(triple >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[triple & 63] : '=';
    }
    return out;
}

// The body of the flat ODF, written element by element.
class Writer
{
public:
    explicit Writer(pugi::xml_node text) : m_text(text) {}

    void heading(const std::string& words, int level, const char* style = nullptr)
    {
        pugi::xml_node h = m_text.append_child("text:h");
        h.append_attribute("text:style-name") =
            style ? style : ("Heading_20_" + std::to_string(level)).c_str();
        h.append_attribute("text:outline-level") = level;
        h.text() = words.c_str();
    }

    void paragraph(const std::string& words, const char* style = "Text_20_body")
    {
        pugi::xml_node p = m_text.append_child("text:p");
        p.append_attribute("text:style-name") = style;
        p.text() = words.c_str();
    }

    // "Label: words", the label in bold.
    void labelled(const std::string& label, const std::string& words)
    {
        pugi::xml_node p = m_text.append_child("text:p");
        p.append_attribute("text:style-name") = "Text_20_body";
        pugi::xml_node span = p.append_child("text:span");
        span.append_attribute("text:style-name") = "Strong";
        span.text() = (label + ": ").c_str();
        p.append_child(pugi::node_pcdata).set_value(words.c_str());
    }

    // A bulleted list of paragraphs.
    void list(const std::vector<std::string>& items)
    {
        pugi::xml_node list = m_text.append_child("text:list");
        list.append_attribute("text:style-name") = "Bullets";
        for (const std::string& item : items)
            listItem(list, item);
    }

    // A list of progress entries: each its heading, with its items as a list under it.
    void entries(const std::vector<ReportEntry>& entries)
    {
        pugi::xml_node list = m_text.append_child("text:list");
        list.append_attribute("text:style-name") = "Bullets";
        for (const ReportEntry& entry : entries)
        {
            const bool headed = !entry.heading.empty();
            pugi::xml_node item = listItem(list, headed                ? entry.heading
                                                 : entry.items.empty() ? ""
                                                                       : entry.items[0]);
            const std::size_t from = headed ? 0 : 1;
            if (entry.items.size() <= from)
                continue;
            pugi::xml_node inner = item.append_child("text:list");
            for (std::size_t i = from; i < entry.items.size(); ++i)
                listItem(inner, entry.items[i]);
        }
    }

    void picture(const Picture& picture, const std::string& name)
    {
        pugi::xml_node p = m_text.append_child("text:p");
        p.append_attribute("text:style-name") = "Text_20_body";
        pugi::xml_node frame = p.append_child("draw:frame");
        frame.append_attribute("draw:name") = name.c_str();
        frame.append_attribute("text:anchor-type") = "as-char";
        // At most 165 mm wide, the width of an A4 page's text.
        const double scale = picture.width > 165 ? 165 / picture.width : 1.0;
        frame.append_attribute("svg:width") =
            (std::to_string(picture.width * scale) + "mm").c_str();
        frame.append_attribute("svg:height") =
            (std::to_string(picture.height * scale) + "mm").c_str();
        pugi::xml_node image = frame.append_child("draw:image");
        image.append_child("office:binary-data").text() = base64(picture.svg).c_str();
        frame.append_child("svg:title").text() = picture.title.c_str();
        frame.append_child("svg:desc").text() = picture.altText.c_str();
    }

private:
    static pugi::xml_node listItem(pugi::xml_node list, const std::string& words)
    {
        pugi::xml_node item = list.append_child("text:list-item");
        pugi::xml_node p = item.append_child("text:p");
        p.append_attribute("text:style-name") = "List_20_Bullet";
        p.text() = words.c_str();
        return item;
    }

    pugi::xml_node m_text;
};

constexpr const char* skeleton = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title/><dc:language>en-GB</dc:language></office:meta>
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties fo:language="en" fo:country="GB" style:font-name="Liberation Sans"
    fo:font-family="'Liberation Sans'"/>
  </style:default-style>
  <style:style style:name="Title" style:display-name="Title" style:family="paragraph"
   style:next-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="4mm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:default-outline-level="1" style:next-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="6mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:default-outline-level="2" style:next-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="6mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"
   style:default-outline-level="3" style:next-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="5mm" fo:margin-bottom="1.5mm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="1.5mm"/>
  </style:style>
  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph"
   style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="1mm"/>
  </style:style>
  <style:style style:name="Strong" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab"
      text:list-tab-stop-position="6mm" fo:text-indent="-5mm" fo:margin-left="6mm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab"
      text:list-tab-stop-position="12mm" fo:text-indent="-5mm" fo:margin-left="12mm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:body><office:text/></office:body>
</office:document>
)";
} // namespace

bool isReportFile(const std::filesystem::path& file)
{
    const std::string extension = lowerExtension(file);
    return extension == ".pdf" || extension == ".odt" || extension == ".docx";
}

std::string reportFlatOdf(const Report& report)
{
    pugi::xml_document document;
    document.load_string(skeleton);
    pugi::xml_node root = document.child("office:document");
    root.child("office:meta").child("dc:title").text() = report.title.c_str();
    Writer out(root.child("office:body").child("office:text"));

    out.heading(report.title, 1, "Title");
    const std::string days = report.period.describe();
    out.labelled("Period", report.periodLabel == days ? days : report.periodLabel + ": " + days);
    if (report.lastUpdated)
        out.labelled("Plan last updated",
                     describe(*report.lastUpdated) +
                         (report.updatedBy.empty() ? "" : " by " + report.updatedBy));
    else
        out.labelled("Plan last updated", "the plan has no Updated line");
    if (!report.planTitle.empty())
        out.labelled("Plan", report.planTitle);

    // The summary: counts, the calendar, the pictures.
    const auto list = [](const std::vector<int>& numbers)
    {
        std::string words;
        for (std::size_t i = 0; i < numbers.size(); ++i)
            words += (i == 0                    ? ""
                      : i + 1 == numbers.size() ? " and "
                                                : ", ") +
                     std::to_string(numbers[i]);
        return words;
    };
    const auto count = [&](const std::vector<int>& numbers, const std::string& what)
    {
        std::string line = std::to_string(numbers.size()) +
                           (numbers.size() == 1 ? " objective " : " objectives ") + what;
        if (!numbers.empty())
            line += " (" + std::string(numbers.size() == 1 ? "objective " : "objectives ") +
                    list(numbers) + ")";
        return line + ".";
    };
    out.heading("Summary", 2);
    out.list({count(report.withProgress, "with progress recorded in this period"),
              count(report.withoutProgress, "without progress recorded in this period"),
              count(report.achieved, "achieved"),
              std::to_string(report.entries) +
                  (report.entries == 1 ? " progress entry" : " progress entries") +
                  " dated in this period."});
    out.heading("Calendar", 3);
    out.list(report.calendar);
    out.heading(report.coverageMatrix.title, 3);
    out.picture(report.coverageMatrix, "Coverage");
    out.heading(report.timeline.title, 3);
    out.picture(report.timeline, "Timeline");

    out.heading("Objectives", 2);
    for (const ReportObjective& objective : report.objectives)
    {
        out.heading("Objective " + std::to_string(objective.number) + ": " + objective.text, 3);
        std::string owners;
        for (std::size_t i = 0; i < objective.owners.size(); ++i)
            owners += (i ? "; " : "") + objective.owners[i];
        out.labelled("Owners", owners.empty() ? "none named" : owners);
        out.labelled("Status", objective.status);
        if (objective.entries.empty())
            out.paragraph("No progress recorded in this period.");
        else
        {
            out.labelled("Progress in this period", "");
            out.entries(objective.entries);
        }
        if (!objective.undated.empty())
        {
            out.labelled("Not dated", "");
            out.entries(objective.undated);
        }
    }
    std::ostringstream text;
    document.save(text, " ", pugi::format_default | pugi::format_no_declaration);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text.str();
}

namespace
{
// Stores the opened report as `target`: PDF as publishing exports it, else in its format.
void storeReport(const uno::Reference<lang::XComponent>& document,
                 const std::filesystem::path& target)
{
    if (lowerExtension(target) == ".pdf")
        exportPdf(document, target, PublishOptions{});
    else
        storeDocument(document, target);
    if (uno::Reference<util::XModifiable> modifiable{document, uno::UNO_QUERY}; modifiable.is())
        modifiable->setModified(false);
}

std::filesystem::path writeFlatOdf(const TemporaryDirectory& folder, const Report& report)
{
    const std::filesystem::path file = folder.path() / "report.fodt";
    std::ofstream out(file, std::ios::binary);
    out << reportFlatOdf(report);
    if (!out.flush())
        throw Error(Error::Kind::NotWritable,
                    keyed("errorCannotWriteReport", "eqplan could not write the report into {0}.",
                          {folder.path().string()}));
    return file;
}

void checkTarget(const std::filesystem::path& target)
{
    if (!isReportFile(target))
        throw Error(Error::Kind::Refused,
                    keyed("errorReportFormat",
                          "cannot write a report to {0}: give a .pdf, .odt or .docx file",
                          {target.string()}));
    checkWritable(target);
}
} // namespace

void writeReport(Office& office, const Report& report, const std::filesystem::path& target)
{
    checkTarget(target);
    const TemporaryDirectory folder;
    const OpenDocument document(office, writeFlatOdf(folder, report), OpenMode::Editable);
    storeReport(document.component(), target);
}

void writeReport(const uno::Reference<frame::XDesktop2>& desktop, const Report& report,
                 const std::filesystem::path& target)
{
    checkTarget(target);
    const TemporaryDirectory folder;
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(writeFlatOdf(folder, report).string()), url);
    beans::PropertyValue arguments[2];
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= true;
    arguments[1].Name = "MacroExecutionMode";
    arguments[1].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    const uno::Reference<lang::XComponent> document = desktop->loadComponentFromURL(
        url, "_blank", 0, uno::Sequence<beans::PropertyValue>(arguments, 2));
    if (!document.is())
        throw Error(Error::Kind::Office, keyed("errorReportNotOpened",
                                               "LibreOffice could not open the report it wrote."));
    try
    {
        storeReport(document, target);
    }
    catch (...)
    {
        uno::Reference<util::XCloseable>(document, uno::UNO_QUERY_THROW)->close(true);
        throw;
    }
    uno::Reference<util::XCloseable>(document, uno::UNO_QUERY_THROW)->close(true);
}
} // namespace eqplan::bridge
