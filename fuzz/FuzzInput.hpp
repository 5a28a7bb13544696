// What the fuzz targets make of their input bytes: paragraphs and whole document grids in a
// small text format (make_corpus.py writes the seeds in it), and the schemas from the source tree.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Schema.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace eqplan::fuzz
{
// The input as text (any bytes; not necessarily UTF-8).
inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Paragraphs separated by '\n' (or '\v' inside a grid cell). A paragraph starting with '\x05' is
// bold; one starting with '\x06' is a real list paragraph labelled "1.", "2."... in order.
std::vector<Paragraph> paragraphsFromText(std::string_view text, char separator = '\n');

// A document grid from the grid text format:
//   '\f' separates tables; in a table, '\n' ends a row and '\t' separates cells; lines before
//   the first line with a '\t' are the body paragraphs before the table, and a last section
//   without tabs is the body after the last table. A cell starting with '\x02' + digit spans
//   that many columns, '\x03' + digit that many rows; '\v' separates a cell's paragraphs.
// Cells are placed as Writer would: row-major into the first free grid position, spans clamped
// to the grid and to cells already placed, every grid position covered by exactly one cell.
DocumentGrid gridFromText(std::string_view text);

// The schemas of the source tree, loaded once; aborts if they cannot be read.
const Schemas& sourceSchemas();
} // namespace eqplan::fuzz
