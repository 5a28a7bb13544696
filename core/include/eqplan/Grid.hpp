// A document's tables as a neutral grid: what the bridge reads out of a document and what core
// recognises a plan in. No UNO here; the bridge fills it, tests build it by hand.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace eqplan
{
// One paragraph of a cell or of the body, as the document shows it.
struct Paragraph
{
    std::string text;      // the paragraph's text, UTF-8, without its list label
    std::string listLabel; // the label a real list paragraph shows ("1.", "•"); empty if none
    bool bold = false;     // the paragraph is bold throughout (or starts bold, for headings)
    std::string style;     // paragraph style name as the document names it ("Title", "Heading 1")
    int outlineLevel = 0;  // 1.. for headings, 0 for body text
    // A pending tracked change touches it: `text` is what accepting every change would leave
    // (deleted text left out, inserted text in, a paragraph whose break is deleted joined to the
    // next).
    bool tracked = false;

    bool empty() const; // no visible text and no list label

    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

// One cell on the grid; a merged cell is one Cell spanning several grid positions.
struct Cell
{
    std::string name;                  // the document's own name for the cell ("B2"); may be empty
    int row = 0;                       // grid row of the top-left corner
    int column = 0;                    // grid column of the top-left corner
    int rowSpan = 1;                   // rows covered (vertical merge)
    int columnSpan = 1;                // columns covered (horizontal merge)
    std::vector<Paragraph> paragraphs; // the cell's paragraphs in order
    std::string shading;               // its background colour, "#rrggbb"; empty if none

    std::string text() const; // paragraphs joined with '\n'
    bool empty() const;       // every paragraph is empty

    friend bool operator==(const Cell&, const Cell&) = default;
};

// One text table of the document.
struct Table
{
    std::string name;        // the document's name for the table ("Table1")
    int rows = 0;            // grid rows
    int columns = 0;         // grid columns
    std::vector<Cell> cells; // cells by their top-left corner, row-major
    std::vector<Paragraph>
        before; // body paragraphs between the previous table (or the start) and this one
    std::optional<int> repeatedHeaderRows; // rows repeated atop each page; unset if not read

    const Cell* at(int row, int column) const; // the cell covering a grid position, or nullptr

    friend bool operator==(const Table&, const Table&) = default;
};

// Everything core needs to know of a document.
struct DocumentGrid
{
    std::string title;            // the document's Title property, may be empty
    std::vector<Table> tables;    // text tables in document order (nested tables are not included)
    std::vector<Paragraph> after; // body paragraphs after the last table
    // The paragraphs of the page headers, then of the page footers, of the page styles the body
    // uses (their first-page and left-page variants too), each text once: where a plan may say
    // when it was reviewed ("Reviewed: Sept 2024").
    std::vector<Paragraph> pageHeaders;
    std::vector<Paragraph> pageFooters;
    // The columns the user assigned to fields, as the document keeps them (JSON of
    // ColumnAssignments.hpp, in the EqplanColumns document property); empty if it keeps none.
    std::string columnAssignments;

    friend bool operator==(const DocumentGrid&, const DocumentGrid&) = default;
};
} // namespace eqplan
