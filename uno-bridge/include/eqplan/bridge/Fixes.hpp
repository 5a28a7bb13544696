// Applying a check's fix to a document: the edits core planned, written through UNO as one undo
// step.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace eqplan::bridge
{
// Applies every edit of `fix` as one undo step titled after the fix. `grid` is the grid the fix
// was planned on: its locations name cells and paragraphs as they were then. With Track Changes
// on, LibreOffice records the changes. Throws Error, having changed nothing, if the document is
// read-only or no longer has what an edit names; an edit LibreOffice refuses half-way is undone.
void applyFix(const css::uno::Reference<css::lang::XComponent>& document, const DocumentGrid& grid,
              const Fix& fix);
} // namespace eqplan::bridge
