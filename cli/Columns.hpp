// `eqplan columns`: what each column of the plan's tables was taken for, and the user's word on
// a column recognition did not understand (or took for something else), kept in the document.
#pragma once

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan columns`: list the columns as read; assign one to a field, or clear that.
void addColumns(CommandLine& cli);
} // namespace eqplan::cli
