// What every command does alike with its options: text that goes into a plan checked the one way
// core checks it, and the options every command takes (`--`, `--timings`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::cli
{
// True when `text`, given with `option`, may be written into a plan; else says on standard error
// which character is refused, where, and what to do instead (the command then exits with
// ExitUsage, nothing changed).
bool acceptText(std::string_view option, std::string_view text);

// The index of "--" in `arguments` (what follows it is FILE, never an option), or its size.
std::size_t endOfOptions(const std::vector<std::string>& arguments);

// Takes every "--timings" before "--" out of `arguments`; true if there was one. The commands
// that time no steps of their own then report the whole run.
bool takeTimings(std::vector<std::string>& arguments);

// Takes every `flag` before "--" out of `arguments`; true if there was one. For the options every
// command takes alike (--break-lock), whose commands never see them.
bool takeFlag(std::vector<std::string>& arguments, std::string_view flag);

// Takes every "`option` VALUE" (and "`option`=VALUE") before "--" out of `arguments` and gives
// the last VALUE; `missing` is set when one has no value.
std::optional<std::string> takeValue(std::vector<std::string>& arguments, std::string_view option,
                                     bool& missing);
} // namespace eqplan::cli
