// Reads a Writer document's body paragraphs and text tables into core's neutral grid, cell by cell
// over UNO. The same code runs in-process (the extension) and remote (the CLI, tests).
#pragma once

#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace eqplan::bridge
{
class Office;

// Throws Error (Kind::NotReadable) when the component is not a text document.
DocumentGrid readGrid(const css::uno::Reference<css::lang::XComponent>& document);

// The paragraphs of cell `cell` ("B2") of the table named `table` (Table::name), read as readGrid
// reads them: what refreshing after an edit in one cell would re-read. Throws Error
// (Kind::Stale) when the document has no such table or cell (it changed since it was read).
std::vector<Paragraph> readCell(const css::uno::Reference<css::lang::XComponent>& document,
                                const std::string& table, const std::string& cell);

// One text table as far as the shape of the document's tables goes: its name and rows.
struct TableShape
{
    std::string name;
    int rows = 0;

    friend bool operator==(const TableShape&, const TableShape&) = default;
};

// Every text table of a document (nested ones too) in the document's own order, with its rows:
// what an edit inside a cell leaves as it is and adding or removing a table or a row changes.
// Cheap: no cell is looked at (Writer names a table's cells one by one, each name costing a walk
// over the table's rows, so getCellNames grows with the square of the table). Throws Error
// (Kind::NotReadable) when the component is not a text document.
std::vector<TableShape> readTablesShape(const css::uno::Reference<css::lang::XComponent>& document);

// How many cells Writer keeps in grid row `row` of the table named `table`, those covered by a
// cell merged down from above included: what adding or removing a column, or splitting or
// merging cells in the row, changes. Throws Error (Kind::Stale) when there is no such table or
// row (the document changed since it was read).
int rowCellCount(const css::uno::Reference<css::lang::XComponent>& document,
                 const std::string& table, int row);

// How to read a document.
enum class ReadMethod
{
    Uno,     // cell by cell over UNO: cheap in-process, a call per property over a remote bridge
    FlatOdf, // one UNO call exports flat ODF XML to a temporary file, then pugixml reads it
    InOffice // readGrid run inside the office by eqplan's office reader (eqplan_office.so), the
             // grid handed back as JSON in one call; FlatOdf where the office cannot load it
};

// The name `eqplan inspect --reader` gives a method: "uno", "odf", "office".
const char* readerName(ReadMethod method);

// Reads the grid by Uno or FlatOdf; both give the same grid. InOffice needs the office (the
// overload below): here it is a programming error (std::invalid_argument). Throws Error.
DocumentGrid readDocument(const css::uno::Reference<css::lang::XComponent>& document,
                          ReadMethod method);

// A grid, and the reader that read it.
struct DocumentRead
{
    DocumentGrid grid;
    ReadMethod method = ReadMethod::InOffice; // InOffice, or FlatOdf where InOffice fell back
};

// Reads the grid of a document open in `office` by `method`. InOffice uses the office's office
// reader (Office::officeReader, loaded there on first use) and falls back to FlatOdf when the
// office cannot load it; every method gives the same grid. Throws Error: Kind::Office when
// LibreOffice fails or stops during the read.
DocumentRead readDocument(Office& office,
                          const css::uno::Reference<css::lang::XComponent>& document,
                          ReadMethod method);
} // namespace eqplan::bridge
