// Reading a document from its flat ODF XML: one UNO call to export, then pugixml. This is how the
// CLI reads over a remote bridge, where each UNO call costs about 0.2 ms.
#pragma once

#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <filesystem>
#include <string>

namespace eqplan::bridge
{
// Writes the document as flat ODF XML (.fodt) to `file`; the document itself is not changed.
// Throws Error.
void exportFlatOdf(const css::uno::Reference<css::lang::XComponent>& document,
                   const std::filesystem::path& file);

// The result of reading flat ODF XML: the grid, or an error in plain words.
struct FlatOdfResult
{
    DocumentGrid grid;
    std::string error; // empty on success

    explicit operator bool() const { return error.empty(); }
};

// Reads flat ODF XML (as LibreOffice writes it) into the same grid that readGrid() reads over
// UNO: body paragraphs, text tables on the grid with spans, list labels computed from the list
// styles, bold at the paragraph's start, style names as UNO reports them. Never throws.
FlatOdfResult readFlatOdf(const std::filesystem::path& file);
FlatOdfResult readFlatOdfString(std::string_view xml);
} // namespace eqplan::bridge
