// Owners as the plan writes them: where each owner is in an owners paragraph, and renaming one
// owner everywhere in the plan. No UNO here: renaming gives edits the bridge applies.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// One owner as written in a paragraph, with its place (byte offsets).
struct OwnerPiece
{
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The owners of one paragraph in order (split as splitOwners splits a cell), with their places;
// empty if the paragraph names none or they cannot be placed.
std::vector<OwnerPiece> ownerPieces(std::string_view paragraph);

// The edits that write `to` wherever the plan names the owner `from` (compared by ownerKey, so
// "Pastoral staff" also renames "Pastoral Staff"); a cell merged over several objectives is
// edited once. Empty when the plan never names `from`.
std::vector<Edit> renameOwnerEdits(const Plan& plan, std::string_view from, std::string_view to);

// Sets who `code` is in the register (matched by ownerKey), adding it if it is not there.
void registerOwner(OwnerRegister& owners, std::string_view code, std::string_view name);

// Removes `code` (matched by ownerKey) from the register; false if it was not there.
bool unregisterOwner(OwnerRegister& owners, std::string_view code);

// Renames the register's entry for `from` (matched by ownerKey), if it has one, to `to`.
void renameInRegister(OwnerRegister& owners, std::string_view from, std::string_view to);
} // namespace eqplan
