// The flat ODF reader on small hand-written documents. What each test expects is what
// LibreOffice 7.4 reports over UNO for the same XML (checked with `eqplan inspect --dump-grid
// --reader uno` on .fodt files), unless a comment says otherwise.
#include "eqplan/odf/FlatOdf.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

using namespace eqplan;
using eqplan::odf::FlatOdfResult;
using eqplan::odf::readFlatOdf;
using eqplan::odf::readFlatOdfString;

namespace
{
const char* const bullet = "\xE2\x80\xA2";

std::string flatOdf(std::string_view body, std::string_view styles = {},
                    std::string_view automatic = {}, std::string_view meta = {})
{
    std::string out =
        R"~(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">)~";
    out += "<office:meta>" + std::string(meta) + "</office:meta>";
    out += "<office:styles>" + std::string(styles) + "</office:styles>";
    out += "<office:automatic-styles>" + std::string(automatic) + "</office:automatic-styles>";
    out += "<office:body><office:text>" + std::string(body) + "</office:text></office:body>";
    return out + "</office:document>";
}

DocumentGrid read(std::string_view body, std::string_view styles = {},
                  std::string_view automatic = {}, std::string_view meta = {})
{
    const FlatOdfResult result = readFlatOdfString(flatOdf(body, styles, automatic, meta));
    EXPECT_TRUE(result) << result.error;
    return result.grid;
}

// The body paragraphs of a document without tables.
std::vector<Paragraph> paragraphs(std::string_view body, std::string_view styles = {},
                                  std::string_view automatic = {})
{
    return read(body, styles, automatic).after;
}

std::string text(std::string_view paragraphXml)
{
    return paragraphs(paragraphXml).at(0).text;
}

std::vector<std::string> texts(const std::vector<Paragraph>& list)
{
    std::vector<std::string> out;
    for (const Paragraph& p : list)
        out.push_back(p.text);
    return out;
}

std::vector<std::string> labels(const std::vector<Paragraph>& list)
{
    std::vector<std::string> out;
    for (const Paragraph& p : list)
        out.push_back(p.listLabel);
    return out;
}

std::vector<std::string> labels(std::string_view body, std::string_view styles = {},
                                std::string_view automatic = {})
{
    return labels(paragraphs(body, styles, automatic));
}

std::vector<std::string> names(const Table& table)
{
    std::vector<std::string> out;
    for (const Cell& cell : table.cells)
        out.push_back(cell.name);
    return out;
}

// A list style of the given levels.
std::string numberStyle(const char* name, const std::string& levels)
{
    return std::string("<text:list-style style:name=\"") + name + "\">" + levels +
           "</text:list-style>";
}

// A numbered level of a list style: <text:list-level-style-number text:level=... ATTRIBUTES/>.
std::string level(int number, const std::string& attributes)
{
    return "<text:list-level-style-number text:level=\"" + std::to_string(number) + "\" " +
           attributes + "/>";
}

// A style of `family`; with `weight`, its fo:font-weight.
std::string style(const std::string& name, const std::string& attributes = "",
                  const char* weight = nullptr, const char* family = "paragraph")
{
    std::string out = "<style:style style:name=\"" + name + "\" style:family=\"" + family + "\" " +
                      attributes + ">";
    if (weight)
        out += std::string("<style:text-properties fo:font-weight=\"") + weight + "\"/>";
    return out + "</style:style>";
}

// "1.", "a)", "(1.a.i)".
const std::string decimal = numberStyle(
    "Num", level(1, "style:num-format=\"1\" style:num-suffix=\".\"") +
               level(2, "style:num-format=\"a\" style:num-suffix=\")\"") +
               level(3, "style:num-format=\"i\" style:num-prefix=\"(\" style:num-suffix=\")\" "
                        "text:display-levels=\"3\""));

std::string items(std::initializer_list<const char*> texts)
{
    std::string out;
    for (const char* t : texts)
        out += std::string("<text:list-item><text:p>") + t + "</text:p></text:list-item>";
    return out;
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Paragraph text: what UNO's getString() gives

TEST(FlatOdfText, WhiteSpaceCollapsesAsInLibreOfficeImport)
{
    EXPECT_EQ(text("<text:p>  lead   spaces<text:s text:c=\"3\"/>x</text:p>"), "lead spaces   x");
    EXPECT_EQ(text("<text:p>z <text:span> a</text:span> b</text:p>"), "z a b");
    EXPECT_EQ(text("<text:p>line\n  break\tand tab</text:p>"), "line break and tab");
    EXPECT_EQ(text("<text:p>a <text:span>b</text:span> <text:span>c</text:span></text:p>"),
              "a b c");
}

TEST(FlatOdfText, SpacesTabsAndLineBreaks)
{
    EXPECT_EQ(text("<text:p>x<text:s/>y<text:s text:c=\"2\"/>z</text:p>"), "x y  z");
    EXPECT_EQ(text("<text:p>x<text:s/> y</text:p>"), "x  y");
    EXPECT_EQ(text("<text:p>x<text:tab/> y</text:p>"), "x\t y");
    EXPECT_EQ(text("<text:p>x<text:line-break/> y</text:p>"), "x\n y");
    EXPECT_EQ(text("<text:p><text:s/>lead</text:p>"), " lead");
}

TEST(FlatOdfText, SpansLinksAndFieldsGiveTheirText)
{
    EXPECT_EQ(
        text("<text:p>a <text:span text:style-name=\"T1\">b <text:span>c</text:span></text:span>"
             " <text:a xlink:type=\"simple\" xlink:href=\"http://x/\">link</text:a></text:p>"),
        "a b c link");
    // A field shows its content as it stands, and white space after it is kept.
    EXPECT_EQ(text("<text:p>page <text:page-number>1</text:page-number> seq "
                   "<text:sequence text:name=\"Table\">1</text:sequence><text:title/> y</text:p>"),
              "page 1 seq 1 y");
    EXPECT_EQ(text("<text:p>m <text:meta>inside</text:meta> r <text:ruby><text:ruby-base>base"
                   "</text:ruby-base><text:ruby-text>rt</text:ruby-text></text:ruby></text:p>"),
              "m inside r base");
}

TEST(FlatOdfText, MarksAndPageBreaksAddNothing)
{
    EXPECT_EQ(text("<text:p><text:bookmark text:name=\"_GoBack\"/>a<text:soft-page-break/>b "
                   "<text:bookmark-start text:name=\"x\"/>c<text:bookmark-end text:name=\"x\"/>"
                   "<text:reference-mark text:name=\"r\"/> <text:toc-mark text:string-value=\"t\"/>"
                   "d</text:p>"),
              "ab c d");
}

TEST(FlatOdfText, CommentsFootnoteBodiesAndFramesAreNotBodyText)
{
    EXPECT_EQ(text("<text:p>note<text:note text:id=\"n1\" text:note-class=\"footnote\">"
                   "<text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote"
                   "</text:p></text:note-body></text:note> end<office:annotation><dc:creator>me"
                   "</dc:creator><text:p>comment</text:p></office:annotation>.</text:p>"),
              "note1 end.");
    const std::vector<Paragraph> body = paragraphs(
        "<text:p>frame<draw:frame draw:name=\"F1\" text:anchor-type=\"as-char\"><draw:text-box>"
        "<text:p>in frame</text:p></draw:text-box></draw:frame>after</text:p>");
    EXPECT_EQ(texts(body), std::vector<std::string>{"frameafter"});
}

// Pending tracked changes are read as accepting them would leave the text. Used to read a
// deletion written inline as text.
TEST(FlatOdfText, ADeletionWrittenInlineIsLeftOut)
{
    const std::vector<Paragraph> body = paragraphs(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:p>kept <text:change-start text:change-id=\"c1\"/>deleted <text:span>too</text:span>"
        "<text:change-end text:change-id=\"c1\"/> end</text:p><text:p>after</text:p>");
    EXPECT_EQ(texts(body), (std::vector<std::string>{"kept end", "after"}));
    EXPECT_TRUE(body.at(0).tracked);
    EXPECT_FALSE(body.at(1).tracked);
}

TEST(FlatOdfText, ADeletionKeptInItsRegionIsMarkedAndAnInsertionRead)
{
    const std::vector<Paragraph> body = paragraphs(
        "<text:tracked-changes><text:changed-region text:id=\"d\"><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        "<text:p>gone</text:p></text:deletion></text:changed-region>"
        "<text:changed-region text:id=\"i\"><text:insertion><office:change-info>"
        "<dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:p>Updated <text:change text:change-id=\"d\"/><text:change-start "
        "text:change-id=\"i\"/>6-12-2026<text:change-end text:change-id=\"i\"/> D Sydes</text:p>");
    EXPECT_EQ(texts(body), std::vector<std::string>{"Updated 6-12-2026 D Sydes"});
    EXPECT_TRUE(body.at(0).tracked);
}

// Accepting a deletion over a paragraph break joins the two paragraphs; the UNO reader reads
// them joined too. A paragraph deleted whole, break and all, joins the next and takes its style.
TEST(FlatOdfText, ADeletionOverAParagraphBreakJoinsTheParagraphs)
{
    const std::vector<Paragraph> body = paragraphs(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:p>one <text:change-start text:change-id=\"c1\"/>x</text:p>"
        "<text:p>y<text:change-end text:change-id=\"c1\"/>two</text:p>");
    EXPECT_EQ(texts(body), (std::vector<std::string>{"one two"}));
    EXPECT_TRUE(body.at(0).tracked);

    const std::vector<Paragraph> whole = paragraphs(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:p>first</text:p>"
        "<text:p><text:change-start text:change-id=\"c1\"/>gone</text:p>"
        "<text:h text:outline-level=\"2\"><text:change-end text:change-id=\"c1\"/>kept</text:h>"
        "<text:p>last</text:p>");
    EXPECT_EQ(texts(whole), (std::vector<std::string>{"first", "kept", "last"}));
    EXPECT_EQ(whole.at(1).outlineLevel, 2);
    EXPECT_TRUE(whole.at(1).tracked);
    EXPECT_FALSE(whole.at(2).tracked);
}

TEST(FlatOdfText, TitleComesFromTheMetadata)
{
    EXPECT_EQ(read("<text:p/>", {}, {}, "<dc:title>Equality Plan &amp; Aims</dc:title>").title,
              "Equality Plan & Aims");
    EXPECT_EQ(read("<text:p/>").title, "");
}

// ---------------------------------------------------------------------------------------------
// Body structure

namespace
{
// A table of one column and one cell holding `content` (XML).
std::string oneCellTable(const char* name, const std::string& content)
{
    return std::string("<table:table table:name=\"") + name +
           "\"><table:table-column/><table:table-row><table:table-cell>" + content +
           "</table:table-cell></table:table-row></table:table>";
}
} // namespace

TEST(FlatOdfBody, ParagraphsGoBeforeEachTableAndAfterTheLast)
{
    const DocumentGrid grid =
        read("<text:p>Title</text:p><text:h text:style-name=\"Heading\" text:outline-level=\"1\">"
             "Section</text:h>" +
                 oneCellTable("Plan", "<text:p>a</text:p>") +
                 oneCellTable("Next", "<text:p>b</text:p>") + "<text:p>after</text:p><text:p/>",
             "<style:style style:name=\"Heading\" style:family=\"paragraph\"/>");
    ASSERT_EQ(grid.tables.size(), 2u);
    EXPECT_EQ(grid.tables[0].name, "Plan");
    EXPECT_EQ(texts(grid.tables[0].before), (std::vector<std::string>{"Title", "Section"}));
    EXPECT_TRUE(grid.tables[1].before.empty());
    EXPECT_EQ(texts(grid.after), (std::vector<std::string>{"after", ""}));
}

TEST(FlatOdfBody, SectionsIndexesAndListsAreRunThrough)
{
    const DocumentGrid grid = read(
        "<text:section text:name=\"S\"><text:p>in section</text:p>" +
        oneCellTable("InSection", "<text:p>c</text:p>") +
        "</text:section><text:table-of-content text:name=\"TOC\"><text:table-of-content-source/>"
        "<text:index-body><text:index-title><text:p>Contents</text:p></text:index-title>"
        "<text:p>Entry<text:tab/>1</text:p></text:index-body></text:table-of-content>"
        "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>");
    ASSERT_EQ(grid.tables.size(), 1u);
    EXPECT_EQ(texts(grid.tables[0].before), std::vector<std::string>{"in section"});
    EXPECT_EQ(texts(grid.after), (std::vector<std::string>{"Contents", "Entry\t1"}));
}

TEST(FlatOdfBody, NestedTablesAreSkippedInCells)
{
    const DocumentGrid grid = read(oneCellTable(
        "Outer", "<text:p>before</text:p>" + oneCellTable("Inner", "<text:p>inner</text:p>") +
                     "<text:p>after</text:p>"));
    ASSERT_EQ(grid.tables.size(), 1u);
    ASSERT_EQ(grid.tables[0].cells.size(), 1u);
    EXPECT_EQ(texts(grid.tables[0].cells[0].paragraphs),
              (std::vector<std::string>{"before", "after"}));
}

// ---------------------------------------------------------------------------------------------
// Tables: the grid, spans and Writer's cell names

namespace
{
std::string cell(const char* content, const char* attributes = "")
{
    return std::string("<table:table-cell ") + attributes + "><text:p>" + content +
           "</text:p></table:table-cell>";
}
const char* const covered = "<table:covered-table-cell/>";

Table table(const std::string& columnsAndRows)
{
    const DocumentGrid grid =
        read("<table:table table:name=\"T\">" + columnsAndRows + "</table:table>");
    EXPECT_EQ(grid.tables.size(), 1u);
    return grid.tables.empty() ? Table{} : grid.tables[0];
}
} // namespace

TEST(FlatOdfTable, SpansMakeOneCellAndCoveredCellsAreNone)
{
    const Table t = table("<table:table-column table:number-columns-repeated=\"3\"/>"
                          "<table:table-row>" +
                          cell("h1") + cell("h23", "table:number-columns-spanned=\"2\"") + covered +
                          "</table:table-row>"
                          "<table:table-row>" +
                          cell("big", "table:number-rows-spanned=\"2\"") + cell("b") + cell("c") +
                          "</table:table-row>"
                          "<table:table-row>" +
                          covered + cell("e") + cell("f") + "</table:table-row>");
    EXPECT_EQ(t.rows, 3);
    EXPECT_EQ(t.columns, 3);
    ASSERT_EQ(t.cells.size(), 7u);
    EXPECT_EQ(t.cells[1].name, "B1");
    EXPECT_EQ(t.cells[1].columnSpan, 2);
    EXPECT_EQ(t.cells[2].name, "A2");
    EXPECT_EQ(t.cells[2].rowSpan, 2);
    EXPECT_EQ(t.at(2, 0), &t.cells[2]);
}

TEST(FlatOdfTable, CellNamesCountVerticallyMergedBoxesButNotHorizontalOnes)
{
    // The seed plan's commentary row: the first two cells merged down from the row above, the
    // commentary spanning three columns. Writer names it C3, not A3.
    const Table seed = table(
        "<table:table-column table:number-columns-repeated=\"5\"/>"
        "<table:table-row>" +
        cell("A1") + cell("B1") + cell("C1") + cell("D1") + cell("E1") +
        "</table:table-row><table:table-row>" + cell("A2", "table:number-rows-spanned=\"2\"") +
        cell("B2", "table:number-rows-spanned=\"2\"") + cell("C2") + cell("D2") + cell("E2") +
        "</table:table-row><table:table-row>" + covered + covered +
        cell("commentary", "table:number-columns-spanned=\"3\"") + covered + covered +
        "</table:table-row>");
    EXPECT_EQ(names(seed), (std::vector<std::string>{"A1", "B1", "C1", "D1", "E1", "A2", "B2", "C2",
                                                     "D2", "E2", "C3"}));
    EXPECT_EQ(seed.cells.back().column, 2);
    EXPECT_EQ(seed.cells.back().columnSpan, 3);

    // A 2×2 merge leaves one covered box below it, as wide as the merged cell. No row has an
    // edge between its two columns, so Writer (and the grid) has no column boundary there.
    const Table square =
        table("<table:table-column table:number-columns-repeated=\"3\"/>"
              "<table:table-row>" +
              cell("big", "table:number-rows-spanned=\"2\" table:number-columns-spanned=\"2\"") +
              covered + cell("c4") + "</table:table-row><table:table-row>" + covered + covered +
              cell("c5") + "</table:table-row>");
    EXPECT_EQ(names(square), (std::vector<std::string>{"A1", "B1", "B2"}));
    EXPECT_EQ(square.columns, 2);
    EXPECT_EQ(square.cells[2].column, 1);
}

TEST(FlatOdfTable, ColumnLettersGoOnPastZAsWritersDo)
{
    std::string row;
    for (int i = 0; i < 54; ++i)
        row += cell("x");
    const Table t = table("<table:table-column table:number-columns-repeated=\"54\"/>"
                          "<table:table-row>" +
                          row + "</table:table-row>");
    ASSERT_EQ(t.cells.size(), 54u);
    EXPECT_EQ(t.cells[25].name, "Z1");
    EXPECT_EQ(t.cells[26].name, "a1");
    EXPECT_EQ(t.cells[51].name, "z1");
    EXPECT_EQ(t.cells[52].name, "AA1");
    EXPECT_EQ(t.cells[53].name, "AB1");
}

TEST(FlatOdfTable, RepeatedColumnsAndCellsButRowsOnceAsWriterReadsThem)
{
    // Writer 7.4 reads a repeated row once (and LibreOffice never writes one in a text table).
    const Table t = table("<table:table-column table:number-columns-repeated=\"2\"/>"
                          "<table:table-column/>"
                          "<table:table-row table:number-rows-repeated=\"2\">"
                          "<table:table-cell table:number-columns-repeated=\"3\"><text:p>r</text:p>"
                          "</table:table-cell></table:table-row>");
    EXPECT_EQ(t.rows, 1);
    EXPECT_EQ(t.columns, 3);
    EXPECT_EQ(names(t), (std::vector<std::string>{"A1", "B1", "C1"}));
}

TEST(FlatOdfTable, RowsAreFittedToTheColumnsAsWriterDoes)
{
    // Writer makes a table as wide as its columns: a short row gets one empty cell for the rest,
    // a long row loses its last cells, a span ends at the last column.
    const Table t =
        table("<table:table-column table:number-columns-repeated=\"3\"/>"
              "<table:table-row>" +
              cell("a") +
              "</table:table-row>"
              "<table:table-row><table:table-cell table:number-columns-repeated=\"4\">"
              "<text:p>b</text:p></table:table-cell></table:table-row><table:table-row>" +
              cell("c", "table:number-columns-spanned=\"9\"") + "</table:table-row>");
    EXPECT_EQ(names(t), (std::vector<std::string>{"A1", "B1", "A2", "B2", "C2", "A3"}));
    EXPECT_EQ(t.columns, 3);
    EXPECT_EQ(t.cells[1].columnSpan, 2);
    EXPECT_EQ(texts(t.cells[1].paragraphs), std::vector<std::string>{""});
    EXPECT_EQ(t.cells[5].columnSpan, 3);
    // Without table:table-column there is one column; an empty cell has an empty paragraph.
    const Table bare =
        table("<table:table-row><table:table-cell/>" + cell("dropped") + "</table:table-row>");
    EXPECT_EQ(names(bare), std::vector<std::string>{"A1"});
    EXPECT_EQ(texts(bare.cells[0].paragraphs), std::vector<std::string>{""});
}

TEST(FlatOdfTable, HeaderRowsAndRowContainersAreRowsInOrder)
{
    // Writer's import skips a table:table-row-group; LibreOffice never writes one.
    const Table t =
        table("<table:table-columns><table:table-column/></table:table-columns>"
              "<table:table-header-rows><table:table-row>" +
              cell("head") +
              "</table:table-row></table:table-header-rows><text:soft-page-break/>"
              "<table:table-rows><table:table-row>" +
              cell("one") + "</table:table-row></table:table-rows><table:table-row>" + cell("two") +
              "</table:table-row><table:table-row-group><table:table-row>" + cell("grouped") +
              "</table:table-row></table:table-row-group>");
    EXPECT_EQ(t.rows, 3);
    EXPECT_EQ(names(t), (std::vector<std::string>{"A1", "A2", "A3"}));
    EXPECT_EQ(t.cells[2].paragraphs.at(0).text, "two");
}

TEST(FlatOdfTable, ABodyEndingWithATableGetsAnEmptyParagraph)
{
    const DocumentGrid grid = read("<table:table table:name=\"T\"><table:table-column/>"
                                   "<table:table-row>" +
                                   cell("x") +
                                   "</table:table-row>"
                                   "</table:table><text:sequence-decls/>");
    ASSERT_EQ(grid.after.size(), 1u);
    EXPECT_EQ(grid.after[0].text, "");
    EXPECT_EQ(grid.after[0].style, "Standard");
}

TEST(FlatOdfTable, ColumnsCloserThanTheUnoReadersToleranceAreOne)
{
    // Column B is 0.015in of a 10in table: 15/10000 of the width, under the UNO reader's 20, so
    // the UNO reader sees two columns; the cells keep their places on that grid.
    const auto column = [](const char* name, const char* width)
    {
        return std::string("<style:style style:name=\"") + name +
               "\" style:family=\"table-column\"><style:table-column-properties "
               "style:column-width=\"" +
               width + "\"/></style:style>";
    };
    const std::string automatic =
        column("T.A", "4in") + column("T.B", "0.015in") + column("T.C", "5.985in");
    const DocumentGrid grid =
        read("<table:table table:name=\"T\"><table:table-column table:style-name=\"T.A\"/>"
             "<table:table-column table:style-name=\"T.B\"/><table:table-column "
             "table:style-name=\"T.C\"/>"
             "<table:table-row>" +
                 cell("wide", "table:number-columns-spanned=\"2\"") + covered + cell("x") +
                 "</table:table-row><table:table-row>" + cell("narrow") +
                 cell("y", "table:number-columns-spanned=\"2\"") + covered +
                 "</table:table-row></table:table>",
             {}, automatic);
    ASSERT_EQ(grid.tables.size(), 1u);
    const Table& t = grid.tables[0];
    EXPECT_EQ(t.columns, 2);
    ASSERT_EQ(t.cells.size(), 4u);
    EXPECT_EQ(t.cells[0].columnSpan, 1);
    EXPECT_EQ(t.cells[1].column, 1);
    EXPECT_EQ(t.cells[3].column, 1);
}

// ---------------------------------------------------------------------------------------------
// List labels: what ListLabelString gives, with the UNO reader's "•" for an empty one

TEST(FlatOdfList, NumbersCountFromTheLevelsStartValue)
{
    EXPECT_EQ(
        labels("<text:list text:style-name=\"Num\">" + items({"a", "b", "c"}) + "</text:list>",
               decimal),
        (std::vector<std::string>{"1.", "2.", "3."}));
    const std::string fromFive = numberStyle(
        "Five", level(1, "style:num-format=\"1\" style:num-suffix=\")\" text:start-value=\"5\""));
    EXPECT_EQ(labels("<text:list text:style-name=\"Five\">" + items({"a", "b"}) + "</text:list>",
                     fromFive),
              (std::vector<std::string>{"5)", "6)"}));
}

TEST(FlatOdfList, StartValueOnAnItemRestarts)
{
    EXPECT_EQ(labels("<text:list text:style-name=\"Num\">" + items({"a"}) +
                         "<text:list-item text:start-value=\"10\"><text:p>b</text:p>"
                         "</text:list-item>" +
                         items({"c"}) + "</text:list>",
                     decimal),
              (std::vector<std::string>{"1.", "10.", "11."}));
}

TEST(FlatOdfList, ContinueNumberingAndContinueListJoinEarlierLists)
{
    const std::vector<std::string> got = labels(
        "<text:list xml:id=\"listA\" text:style-name=\"Num\">" + items({"a1", "a2"}) +
            "</text:list>"
            "<text:p>between</text:p>"
            "<text:list text:style-name=\"Num\" text:continue-numbering=\"true\">" +
            items({"a3"}) + "</text:list><text:list xml:id=\"listB\" text:style-name=\"Num\">" +
            items({"b1"}) +
            "</text:list><text:list text:style-name=\"Num\" text:continue-list=\"listA\">" +
            items({"a4"}) + "</text:list><text:list text:style-name=\"Num\">" + items({"new"}) +
            "</text:list>",
        decimal);
    EXPECT_EQ(got, (std::vector<std::string>{"1.", "2.", "", "3.", "1.", "4.", "1."}));
}

TEST(FlatOdfList, ContinuingAListNotYetSeenStartsANewOne)
{
    // What LibreOffice writes for Word's lists restarted per cell (w:num with startOverride).
    const std::string body =
        "<text:list text:continue-list=\"list123\" text:style-name=\"Num\">"
        "<text:list-item text:start-value=\"1\"><text:p>a</text:p></text:list-item>" +
        items({"b"}) + "</text:list>";
    EXPECT_EQ(labels(body + body, decimal), (std::vector<std::string>{"1.", "2.", "1.", "2."}));
}

TEST(FlatOdfList, DeeperLevelsStartAgainUnderEachItem)
{
    const std::string body =
        "<text:list text:style-name=\"Num\"><text:list-item><text:p>1</text:p><text:list>" +
        items({"1a", "1b"}) +
        "</text:list></text:list-item><text:list-item><text:p>2</text:p>"
        "<text:list><text:list-item><text:p>2a</text:p><text:list>" +
        items({"2a-i", "2a-ii"}) +
        "</text:list></text:list-item></text:list></text:list-item></text:list>";
    EXPECT_EQ(labels(body, decimal),
              (std::vector<std::string>{"1.", "a)", "b)", "2.", "a)", "(2.a.i)", "(2.a.ii)"}));
}

TEST(FlatOdfList, ListHeadersAndLaterParagraphsOfAnItemAreNotNumbered)
{
    const std::string body =
        "<text:list text:style-name=\"Num\"><text:list-header><text:p>header</text:p>"
        "</text:list-header><text:list-item><text:p>one</text:p><text:p>more of one</text:p>"
        "</text:list-item><text:list-item><text:p>two</text:p><text:list>" +
        items({"two a"}) +
        "</text:list><text:p>after the sub-list</text:p></text:list-item></text:list>";
    EXPECT_EQ(labels(body, decimal), (std::vector<std::string>{"", "1.", "", "2.", "a)", ""}));
}

TEST(FlatOdfList, ASecondSubListOfOneItemStartsAgain)
{
    const std::string body = "<text:list text:style-name=\"Num\"><text:list-item><text:p>1</text:p>"
                             "<text:list>" +
                             items({"a", "b"}) + "</text:list><text:list>" + items({"again"}) +
                             "</text:list></text:list-item></text:list>";
    EXPECT_EQ(labels(body, decimal), (std::vector<std::string>{"1.", "a)", "b)", "a)"}));
}

TEST(FlatOdfList, ASkippedLevelCountsAsItsFirstNumber)
{
    const std::string twoLevels = numberStyle(
        "Two",
        level(1, "style:num-format=\"1\" style:num-suffix=\".\"") +
            level(2, "style:num-format=\"1\" style:num-suffix=\".\" text:display-levels=\"2\""));
    const std::string body = "<text:list text:style-name=\"Two\"><text:list-item><text:list>" +
                             items({"deep"}) + "</text:list></text:list-item>" + items({"top"}) +
                             "</text:list>";
    EXPECT_EQ(labels(body, twoLevels), (std::vector<std::string>{"1.1.", "2."}));
}

TEST(FlatOdfList, LibreOfficesListFormatAndLevelsWithoutNumbers)
{
    const std::string styles = numberStyle(
        "LF",
        level(1,
              R"~(loext:num-list-format="Part %1% -" style:num-prefix="Part " style:num-suffix=" -"
                     style:num-format="I")~") +
            level(
                2,
                R"~(loext:num-list-format="%1%.%2%." style:num-suffix="." style:num-format="")~") +
            level(3,
                  R"~(loext:num-list-format="%1%.%2%.%3%." style:num-suffix="."
                     style:num-format="1")~") +
            level(4,
                  R"~(loext:num-list-format="Step%4%:" style:num-prefix="Step" style:num-suffix=":"
                         style:num-format="")~") +
            level(5, R"~(loext:num-list-format="%5%" style:num-format="")~"));
    const std::string body =
        "<text:list text:style-name=\"LF\"><text:list-item><text:p>one</text:p><text:list>"
        "<text:list-item><text:p>none</text:p><text:list><text:list-item><text:p>third</text:p>"
        "<text:list><text:list-item><text:p>step</text:p><text:list>" +
        items({"empty"}) +
        "</text:list></text:list-item></text:list></text:list-item></text:list></text:list-item>"
        "</text:list></text:list-item></text:list>";
    // A level without a number shows its prefix and suffix; an upper one takes its separator
    // with it ("1.1.", not "1..1."); with neither, the UNO reader shows a bullet.
    EXPECT_EQ(labels(body, styles),
              (std::vector<std::string>{"Part I -", ".", "I.1.", "Step:", bullet}));
}

TEST(FlatOdfList, BulletsShowABulletWhateverTheirCharacter)
{
    const std::string styles = numberStyle(
        "Bul", R"~(<text:list-level-style-bullet text:level="1" text:bullet-char="-"/>)~");
    EXPECT_EQ(
        labels("<text:list text:style-name=\"Bul\">" + items({"a", "b"}) + "</text:list>", styles),
        (std::vector<std::string>{bullet, bullet}));
    // A list whose style is missing gets LibreOffice's default: bullets.
    EXPECT_EQ(labels("<text:list>" + items({"a"}) + "</text:list>"),
              std::vector<std::string>{bullet});
}

TEST(FlatOdfList, LettersRomanAndZeroPaddedNumbers)
{
    const std::string styles = numberStyle(
        "F",
        level(1, R"~(style:num-format="a" style:num-letter-sync="true" style:num-suffix=")")~") +
            level(2, R"~(style:num-format="A" style:num-suffix=")")~") +
            level(3, R"~(style:num-format="I" style:num-suffix=".")~") +
            level(4, R"~(style:num-format="01, 02, 03, ..." style:num-suffix=".")~"));
    // Two items from `start` on, then (but for the last level) a third holding the next level.
    const auto from = [](const char* start)
    {
        return std::string("<text:list-item text:start-value=\"") + start +
               "\"><text:p>x</text:p></text:list-item>" + items({"y"});
    };
    const std::string body =
        "<text:list text:style-name=\"F\">" + from("27") +
        "<text:list-item><text:p>z</text:p><text:list>" + from("27") +
        "<text:list-item><text:p>z</text:p><text:list>" + from("3999") +
        "<text:list-item><text:p>z</text:p><text:list>" + from("7") +
        "</text:list></text:list-item></text:list></text:list-item></text:list></text:list-item>"
        "</text:list>";
    EXPECT_EQ(labels(body, styles),
              (std::vector<std::string>{"aa)", "bb)", "cc)", "AA)", "AB)", "AC)", "MMMCMXCIX.",
                                        "MMMM.", "MMMMI.", "07.", "08."}));
}

TEST(FlatOdfList, ListsInCellsCountInDocumentOrder)
{
    const DocumentGrid grid = read(
        "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"2\"/>"
        "<table:table-row><table:table-cell><text:list xml:id=\"L\" text:style-name=\"Num\">" +
            items({"a", "b"}) +
            "</text:list></table:table-cell><table:table-cell>"
            "<text:list text:continue-numbering=\"true\" text:style-name=\"Num\">" +
            items({"c"}) +
            "</text:list></table:table-cell></table:table-row></table:table>"
            "<text:list text:continue-list=\"L\" text:style-name=\"Num\">" +
            items({"d"}) + "</text:list>",
        decimal);
    ASSERT_EQ(grid.tables.size(), 1u);
    EXPECT_EQ(labels(grid.tables[0].cells[0].paragraphs), (std::vector<std::string>{"1.", "2."}));
    EXPECT_EQ(labels(grid.tables[0].cells[1].paragraphs), std::vector<std::string>{"3."});
    EXPECT_EQ(labels(grid.after), std::vector<std::string>{"4."});
}

// ---------------------------------------------------------------------------------------------
// Headings and the outline style

namespace
{
// Heading N on outline level N (numbered "1.", "1.1.", not at all); "Word Heading" as Word's
// headings come to LibreOffice: an outline level, but explicitly no list style.
const std::string outlineStyles =
    style("Standard") +
    style("Heading_20_1", R"~(style:display-name="Heading 1" style:default-outline-level="1")~") +
    style("Heading_20_2", R"~(style:display-name="Heading 2" style:default-outline-level="2")~") +
    style("Heading_20_3", R"~(style:display-name="Heading 3" style:default-outline-level="3")~") +
    style("Word_20_Heading", R"~(style:display-name="Word Heading" style:default-outline-level="1"
                                 style:list-style-name="")~") +
    R"~(<text:outline-style style:name="Outline">
         <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>
         <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."
                                   text:display-levels="2"/>
         <text:outline-level-style text:level="3" style:num-format=""/>
        </text:outline-style>)~";
} // namespace

TEST(FlatOdfOutline, HeadingsAreNumberedByTheOutlineStyle)
{
    const std::vector<Paragraph> body = paragraphs(
        R"~(<text:h text:style-name="Heading_20_1" text:outline-level="1">One</text:h>
           <text:p text:style-name="Heading_20_2">p in Heading 2</text:p>
           <text:h text:style-name="P1" text:outline-level="2">Two</text:h>
           <text:h text:style-name="Heading_20_3" text:outline-level="3">Three</text:h>
           <text:h text:style-name="Heading_20_1" text:outline-level="1"
                   text:is-list-header="true">Header</text:h>
           <text:h text:style-name="Heading_20_1" text:outline-level="1"
                   text:restart-numbering="true" text:start-value="7">Seven</text:h>
           <text:h text:style-name="Heading_20_1" text:outline-level="1">Eight</text:h>
           <text:p text:style-name="Standard">body</text:p>)~",
        outlineStyles, style("P1", R"~(style:parent-style-name="Heading_20_2")~"));
    // A level without a number shows the UNO reader's bullet.
    EXPECT_EQ(labels(body),
              (std::vector<std::string>{"1.", "1.1.", "1.2.", bullet, "", "7.", "8.", ""}));
    EXPECT_EQ(body[1].outlineLevel, 0); // a text:p has none, whatever its style says
    EXPECT_EQ(body[2].outlineLevel, 2);
    EXPECT_EQ(body[2].style, "Heading 2");
}

TEST(FlatOdfOutline, HeadingsWithoutAListStyleAreNotNumbered)
{
    // Word's headings come to LibreOffice with style:list-style-name="": in the outline, not
    // numbered. So does an automatic style that names a list style.
    const std::vector<Paragraph> body = paragraphs(
        R"~(<text:h text:style-name="Word_20_Heading" text:outline-level="1">Word</text:h>
           <text:h text:style-name="P1" text:outline-level="1">Auto</text:h>
           <text:h text:style-name="Heading_20_1" text:outline-level="1">Numbered</text:h>)~",
        outlineStyles,
        style("P1", R"~(style:parent-style-name="Heading_20_1" style:list-style-name="")~"));
    EXPECT_EQ(labels(body), (std::vector<std::string>{"", "", "1."}));
    EXPECT_EQ(body[0].outlineLevel, 1);
}

TEST(FlatOdfOutline, AHeadingOfAStyleOutsideTheOutlineIsNumberedAtItsLevel)
{
    const std::vector<Paragraph> body = paragraphs(
        R"~(<text:h text:style-name="Heading_20_1" text:outline-level="1">One</text:h>
           <text:h text:style-name="Standard" text:outline-level="2">Standard at 2</text:h>)~",
        outlineStyles);
    EXPECT_EQ(labels(body), (std::vector<std::string>{"1.", "1.1."}));
    EXPECT_EQ(body[1].style, "Standard");
}

// ---------------------------------------------------------------------------------------------
// Paragraph style names as UNO reports them

TEST(FlatOdfStyle, NamesAreProgrammaticNames)
{
    const std::vector<Paragraph> body = paragraphs(
        R"~(<text:p text:style-name="Heading_20_1">a</text:p>
           <text:p text:style-name="P1">b</text:p>
           <text:p>c</text:p>
           <text:p text:style-name="P2">d</text:p>
           <text:p text:style-name="Plain_5f_Name">e</text:p>
           <text:p text:style-name="Standard">f</text:p>)~",
        style("Standard") + style("Heading_20_1", R"~(style:display-name="Heading 1")~") +
            style("Table_20_Contents", R"~(style:display-name="Table Contents")~") +
            style("Plain_5f_Name"),
        style("P1", R"~(style:parent-style-name="Table_20_Contents")~") + style("P2"));
    // A name without a display name is taken as it stands, as LibreOffice's import does.
    EXPECT_EQ(body[0].style, "Heading 1");
    EXPECT_EQ(body[1].style, "Table Contents");
    EXPECT_EQ(body[2].style, "Standard");
    EXPECT_EQ(body[3].style, "Standard");
    EXPECT_EQ(body[4].style, "Plain_5f_Name");
    EXPECT_EQ(body[5].style, "Standard");
}

// ---------------------------------------------------------------------------------------------
// Bold: the weight at the paragraph's start

namespace
{
// Bold paragraph styles (directly, through a parent, by number) and character styles.
const std::string boldStyles =
    R"~(<style:default-style style:family="paragraph">
         <style:text-properties fo:font-size="11pt"/>
        </style:default-style>)~" +
    style("Standard") + style("Strong", R"~(style:parent-style-name="Standard")~", "bold") +
    style("Stronger", R"~(style:parent-style-name="Strong")~") + style("W600", "", "600") +
    style("W650", "", "650") + style("W700", "", "700") +
    style("Strong_20_Emphasis", R"~(style:display-name="Strong Emphasis")~", "bold", "text") +
    style("Child_20_Emphasis", R"~(style:parent-style-name="Strong_20_Emphasis")~", nullptr,
          "text");
const std::string boldAutomatic = style("P1", R"~(style:parent-style-name="Standard")~", "bold") +
                                  style("P2", R"~(style:parent-style-name="Stronger")~") +
                                  style("T1", "", "bold", "text") +
                                  style("T2", "", "normal", "text");

std::vector<bool> bold(std::string_view body, std::string_view styles = boldStyles)
{
    std::vector<bool> out;
    for (const Paragraph& p : paragraphs(body, styles, boldAutomatic))
        out.push_back(p.bold);
    return out;
}
} // namespace

TEST(FlatOdfBold, ASpanAtTheStartDecides)
{
    EXPECT_EQ(bold(
                  R"~(<text:p><text:span text:style-name="T1">As of Dec 2018:</text:span></text:p>
                <text:p><text:span text:style-name="T1">bold</text:span> then not</text:p>
                <text:p>not <text:span text:style-name="T1">then bold</text:span></text:p>
                <text:p text:style-name="P1"><text:span text:style-name="T2">normal</text:span>
                  in bold</text:p>
                <text:p><text:bookmark text:name="b"/><text:span text:style-name="T1"><text:s/>March
                  </text:span></text:p>)~"),
              (std::vector<bool>{true, true, false, false, true}));
}

TEST(FlatOdfBold, ParagraphStylesTheirParentsAndCharacterStyles)
{
    EXPECT_EQ(bold(R"~(<text:p text:style-name="P1">automatic</text:p>
                      <text:p text:style-name="P1"/>
                      <text:p text:style-name="Strong">common</text:p>
                      <text:p text:style-name="P2">automatic, parent of parent</text:p>
                      <text:p><text:span text:style-name="Strong_20_Emphasis">character</text:span>
                      </text:p>
                      <text:p><text:span text:style-name="Child_20_Emphasis">its child</text:span>
                      </text:p>
                      <text:p>plain</text:p>)~"),
              (std::vector<bool>{true, true, true, true, true, true, false}));
}

TEST(FlatOdfBold, DefaultStyleAndNumericWeights)
{
    EXPECT_EQ(
        bold(R"~(<text:p text:style-name="W600">a</text:p><text:p text:style-name="W650">b</text:p>
                      <text:p text:style-name="W700">c</text:p>)~"),
        (std::vector<bool>{false, true, true}));
    EXPECT_EQ(bold("<text:p>x</text:p>",
                   R"~(<style:default-style style:family="paragraph">
                   <style:text-properties fo:font-weight="bold"/>
                 </style:default-style>)~"),
              std::vector<bool>{true});
}

// ---------------------------------------------------------------------------------------------
// Errors: a result, never an exception

TEST(FlatOdfError, MalformedXmlIsAnError)
{
    const FlatOdfResult result = readFlatOdfString("<office:document><office:body>");
    EXPECT_FALSE(result);
    EXPECT_EQ(result.error.rfind("The flat ODF XML is not well-formed: ", 0), 0u) << result.error;
    EXPECT_FALSE(readFlatOdfString(""));
    EXPECT_FALSE(readFlatOdfString(std::string("\0\xff\xfe<", 4)));
}

TEST(FlatOdfError, ASpreadsheetIsNotATextDocument)
{
    std::string spreadsheet = flatOdf("");
    const auto replace = [&spreadsheet](const std::string& from, const std::string& to)
    { spreadsheet.replace(spreadsheet.find(from), from.size(), to); };
    replace("<office:text>", "<office:spreadsheet>");
    replace("</office:text>", "</office:spreadsheet>");
    const FlatOdfResult result = readFlatOdfString(spreadsheet);
    EXPECT_FALSE(result);
    EXPECT_EQ(result.error, "This is not a text document.");
}

TEST(FlatOdfError, OtherXmlIsNotFlatOdf)
{
    EXPECT_EQ(readFlatOdfString("<html><body/></html>").error,
              "This is not flat ODF: the document element is <html>, not <office:document>.");
    // Keyed, with the element as its argument, for the deck's catalogue.
    const FlatOdfResult html = readFlatOdfString("<html><body/></html>");
    EXPECT_EQ(html.words.key, "odfNotFlat");
    EXPECT_EQ(html.words.arguments, std::vector<std::string>{"html"});
    EXPECT_EQ(html.words.english, html.error);
    EXPECT_EQ(readFlatOdfString("<office:document xmlns:office=\"urn:other\"/>").error,
              "This is not flat ODF as LibreOffice writes it: the prefix \"office\" is not bound "
              "to the ODF office namespace.");
}

TEST(FlatOdfError, HugeTablesAreBoundedOrRefused)
{
    // A few bytes cannot ask for billions of cells: like Writer, the reader ignores a repeat
    // count over 256.
    const DocumentGrid wide = read("<table:table table:name=\"Wide\"><table:table-column "
                                   "table:number-columns-repeated=\"2000000000\"/><table:table-row>"
                                   "<table:table-cell table:number-columns-repeated=\"2000000000\">"
                                   "<text:p>x</text:p></table:table-cell></table:table-row>"
                                   "</table:table>");
    ASSERT_EQ(wide.tables.size(), 1u);
    EXPECT_EQ(wide.tables[0].columns, 1);
    EXPECT_EQ(names(wide.tables[0]), std::vector<std::string>{"A1"});

    std::string rows;
    for (int i = 0; i <= 65536; ++i)
        rows += "<table:table-row><table:table-cell/></table:table-row>";
    const FlatOdfResult result = readFlatOdfString(flatOdf(
        "<table:table table:name=\"Long\"><table:table-column/>" + rows + "</table:table>"));
    EXPECT_FALSE(result);
    EXPECT_EQ(result.error, "Table \"Long\" has more than 65536 rows.");
    EXPECT_EQ(result.words.key, "odfTooManyRows");
    EXPECT_EQ(result.words.english, result.error);
}

TEST(FlatOdfError, DeepNestingIsAnErrorNotACrash)
{
    const auto nested = [](const std::string& open, const std::string& close, int depth)
    {
        std::string out;
        for (int i = 0; i < depth; ++i)
            out += open;
        out += "<text:p>x</text:p>";
        for (int i = 0; i < depth; ++i)
            out += close;
        return out;
    };
    for (const std::string& body :
         {nested("<text:section>", "</text:section>", 100000),
          nested("<text:list><text:list-item>", "</text:list-item></text:list>", 100000),
          "<text:p>" + nested("<text:span>", "</text:span>", 100000) + "</text:p>"})
    {
        const FlatOdfResult result = readFlatOdfString(flatOdf(body));
        EXPECT_FALSE(result);
        EXPECT_EQ(result.error, "The document nests its content more than 500 levels deep.");
    }
    // As deep as real documents go is fine.
    EXPECT_TRUE(readFlatOdfString(flatOdf(nested("<text:section>", "</text:section>", 50))));
}

TEST(FlatOdfError, FilesAreReadLikeStrings)
{
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "eqplan-flat-odf-test.fodt";
    std::ofstream(file) << flatOdf("<text:p>from a file</text:p>");
    const FlatOdfResult result = readFlatOdf(file);
    std::filesystem::remove(file);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(texts(result.grid.after), std::vector<std::string>{"from a file"});

    const FlatOdfResult missing = readFlatOdf("/nonexistent/eqplan/plan.fodt");
    EXPECT_FALSE(missing);
    EXPECT_EQ(missing.error.rfind("Cannot read /nonexistent/eqplan/plan.fodt: ", 0), 0u)
        << missing.error;
}
