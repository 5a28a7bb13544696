// Applying a check's fix to a document: the edits core planned, written through UNO. The
// operations (Operations.hpp: fixFinding, changeOwners) make it one undo step.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace eqplan::bridge
{
// Applies every edit of `fix`; opens no undo step of its own (call it through an operation).
// `grid` is the grid the fix was planned on: its locations name cells and paragraphs as they
// were then. With Track Changes on, LibreOffice records the changes. Throws Error, having changed
// nothing, if the document is read-only or no longer has what an edit names; an edit LibreOffice
// refuses half-way leaves the rest to the operation's undo step to take back.
void applyFix(const css::uno::Reference<css::lang::XComponent>& document, const DocumentGrid& grid,
              const Fix& fix);
} // namespace eqplan::bridge
