// What the sidebar does to a document in Writer: where the view cursor is, moving it, inserting
// a new plan. In-process (the extension) or remote (tests) alike.
#pragma once

#include "eqplan/Schema.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace eqplan::bridge
{
// The text table and cell the view cursor is in.
struct CursorCell
{
    std::string table; // the table's name ("Table1")
    std::string cell;  // the cell's name ("B4")

    friend auto operator<=>(const CursorCell&, const CursorCell&) = default;
};

// Where the view cursor is, if it is in a text table. Never throws.
std::optional<CursorCell>
cursorCell(const css::uno::Reference<css::frame::XController>& controller);

// The cell the whole selection is in (the cursor, or text selected inside one cell); nothing when
// it is outside text tables or spans several cells (cells selected as a block, several ranges, a
// frame). What an edit made now would change, for a refresh that reads only the cells edited.
// Never throws.
std::optional<CursorCell>
selectionCell(const css::uno::Reference<css::frame::XController>& controller);

// Moves the view cursor to the start of a cell and scrolls it into view; false if the table or
// the cell does not exist. Moving the cursor does not modify the document.
bool showCell(const css::uno::Reference<css::frame::XController>& controller,
              const std::string& table, const std::string& cell);

// The user's name as Tools ▸ Options ▸ LibreOffice ▸ User Data gives it ("Dana Sydes"), or the
// initials if only they are set; empty if neither is.
std::string userName(const css::uno::Reference<css::uno::XComponentContext>& context);

// Inserts the canonical plan at the end of the document — a title, the Updated line, the
// header row of schemas/layouts.json's canonical columns and one empty objective row — as one
// undo step. Throws Error if the document is read-only or not a text document.
void insertNewPlan(const css::uno::Reference<css::lang::XComponent>& document, const Layout& layout,
                   const std::string& updatedBy, std::chrono::year_month_day today);
} // namespace eqplan::bridge
