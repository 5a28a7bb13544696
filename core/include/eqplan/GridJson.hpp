// The neutral grid as JSON: what `eqplan inspect --dump-grid` prints, so that the two ways of
// reading a document (cell by cell over UNO, flat ODF XML) can be compared on every fixture.
#pragma once

#include "eqplan/Grid.hpp"

#include <boost/json/value.hpp>

namespace eqplan
{
boost::json::value toJson(const DocumentGrid& grid);
} // namespace eqplan
