// The neutral grid as JSON: what `eqplan inspect --dump-grid` prints, so that the ways of reading a
// document can be compared on every fixture, and what the in-office reader hands the CLI in one
// call (uno-bridge/office/OfficeReader.cpp).
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Schema.hpp"

#include <boost/json/value.hpp>

#include <string_view>

namespace eqplan
{
// The grid as a JSON object: {"title", "tables": [{"name", "rows", "columns", "before",
// "cells": [{"name", "row", "column", "rowSpan", "columnSpan", "paragraphs"}],
// "repeatedHeaderRows"?}], "after"}, each paragraph {"text", "listLabel", "bold", "style",
// "outlineLevel"}.
boost::json::value toJson(const DocumentGrid& grid);

// The grid from that JSON text, exactly as toJson wrote it; never throws. Members toJson does not
// write are ignored; text that is not valid UTF-8 is taken as it is. The error names the JSON
// path: "grid: /tables/0/cells/3/row: expected an integer".
Loaded<DocumentGrid> gridFromJson(std::string_view json);

// The grid from that JSON already parsed, as gridFromJson reads its text once parsed.
Loaded<DocumentGrid> gridFromParsed(const boost::json::value& json);
} // namespace eqplan
