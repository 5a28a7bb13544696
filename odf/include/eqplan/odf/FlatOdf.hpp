// Reading a document from its flat ODF XML with pugixml, without UNO: the second half of how the
// CLI reads over a remote bridge, where each UNO call costs about 0.2 ms (FlatOdfExport.hpp is
// the first: one UNO call to export).
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Message.hpp"

#include <filesystem>
#include <string>

namespace eqplan::odf
{
// The result of reading flat ODF XML: the grid, or an error in plain words.
struct FlatOdfResult
{
    DocumentGrid grid;
    std::string error;  // empty on success
    Message words = {}; // `error` with its key and arguments, for a catalogue

    explicit operator bool() const { return error.empty(); }
};

// Reads flat ODF XML (as LibreOffice writes it) into the same grid that readGrid() reads over
// UNO: body paragraphs, text tables on the grid with spans, list labels computed from the list
// styles, bold at the paragraph's start, style names as UNO reports them. Never throws.
FlatOdfResult readFlatOdf(const std::filesystem::path& file);
FlatOdfResult readFlatOdfString(std::string_view xml);
} // namespace eqplan::odf
