// eqplan's own data kept in the document — the owner register, the history of changes, the
// columns the user assigned — as user-defined document properties (File ▸ Properties ▸ Custom
// Properties), which LibreOffice keeps in .odt (meta.xml) and .docx (docProps/custom.xml) alike.
#pragma once

#include "eqplan/History.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::bridge
{
// The names eqplan stores its data under.
inline constexpr std::string_view ownersProperty = "EqplanOwners";
inline constexpr std::string_view historyProperty = "EqplanHistory";
// The columns the user assigned to fields (ColumnAssignments.hpp; the flat ODF reader names it
// too, as every reader fills DocumentGrid::columnAssignments).
inline constexpr std::string_view columnsProperty = "EqplanColumns";

// The text of user-defined property `name`, or nothing if the document has none. Never throws.
std::optional<std::string> readDocumentData(const css::uno::Reference<css::lang::XComponent>& document,
                                            std::string_view name);

// Sets user-defined property `name` to `value` (UTF-8), adding it if needed, as an undoable step:
// inside an open undo context it is part of that step, else a step of its own. Throws Error if
// the document is read-only.
void writeDocumentData(const css::uno::Reference<css::lang::XComponent>& document,
                       std::string_view name, const std::string& value);

// Appends `entry` to the document's history; part of the open undo step, if any (see UndoStep).
// Gives the history as written, oldest first (as readHistory would read it back). Throws Error if
// the document is read-only.
std::vector<HistoryEntry> recordHistory(const css::uno::Reference<css::lang::XComponent>& document,
                                        const HistoryEntry& entry);

// The document's history, oldest first; empty if it has none. A history that cannot be read gives
// nothing, with why in `error` if given. Never throws.
std::vector<HistoryEntry> readHistory(const css::uno::Reference<css::lang::XComponent>& document,
                                      std::string* error = nullptr);
} // namespace eqplan::bridge
