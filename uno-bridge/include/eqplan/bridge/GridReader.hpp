// Reads a Writer document's body paragraphs and text tables into core's neutral grid, cell by cell
// over UNO. The same code runs in-process (the extension) and remote (the CLI, tests).
#pragma once

#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace eqplan::bridge
{
// Throws Error (Kind::NotReadable) when the component is not a text document.
DocumentGrid readGrid(const css::uno::Reference<css::lang::XComponent>& document);

// The paragraphs of cell `cell` ("B2") of the table named `table` (Table::name), read as readGrid
// reads them: what refreshing after an edit in one cell would re-read. Throws Error
// (Kind::NotReadable) when the document has no such table or cell.
std::vector<Paragraph> readCell(const css::uno::Reference<css::lang::XComponent>& document,
                                const std::string& table, const std::string& cell);

// How to read a document.
enum class ReadMethod
{
    Uno,    // cell by cell over UNO: cheap in-process, a call per property over a remote bridge
    FlatOdf // one UNO call exports flat ODF XML to a temporary file, then pugixml reads it
};

// Reads the grid by either method; both give the same grid. Throws Error.
DocumentGrid readDocument(const css::uno::Reference<css::lang::XComponent>& document,
                          ReadMethod method);
} // namespace eqplan::bridge
