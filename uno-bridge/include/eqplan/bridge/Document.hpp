// What the sidebar does with a document in Writer that changes nothing in it: where the view
// cursor is, moving it, the user's name. In-process (the extension) or remote (tests) alike.
// (Inserting a new plan is an operation: insertNewPlan in Operations.hpp.)
#pragma once

#include "eqplan/Navigation.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace eqplan::bridge
{
// Where the view cursor is, if it is in a text table. Never throws.
std::optional<CellName> cursorCell(const css::uno::Reference<css::frame::XController>& controller);

// The cell the whole selection is in (the cursor, or text selected inside one cell); nothing when
// it is outside text tables or spans several cells (cells selected as a block, several ranges, a
// frame). What an edit made now would change, for a refresh that reads only the cells edited.
// Never throws.
std::optional<CellName>
selectionCell(const css::uno::Reference<css::frame::XController>& controller);

// Moves the view cursor to the start of a cell and scrolls it into view; false if the table or
// the cell does not exist. Moving the cursor does not modify the document.
bool showCell(const css::uno::Reference<css::frame::XController>& controller,
              const std::string& table, const std::string& cell);

// The user's name as Tools ▸ Options ▸ LibreOffice ▸ User Data gives it ("Dana Sydes"), or the
// initials if only they are set; empty if neither is.
std::string userName(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace eqplan::bridge
