// The CLI's exit codes, its contract with scripts (README's table), and the one place that
// decides which code a failure gives.
#pragma once

#include "eqplan/Result.hpp"
#include "eqplan/bridge/Error.hpp"

#include <exception>
#include <string>

namespace eqplan::cli
{
// Exit codes, the CLI's contract.
enum Exit : int
{
    ExitRead = 0,
    ExitUsage = 2,
    ExitNotReadable = 3, // FILE not readable, or OUT, a folder or the disk not writable
    ExitNoPlan = 4,      // no plan table found, or the plan cannot take the change
    ExitOffice = 5,
    ExitRefused = 6, // export-pdf: the pre-publication check found things to resolve first
    ExitInUse = 7,   // FILE is locked: another eqplan run, a LibreOffice user, or a stale lock
};

// The exit code of a bridge error of `kind`.
constexpr Exit exitFor(bridge::Error::Kind kind)
{
    switch (kind)
    {
    case bridge::Error::Kind::NotReadable:
    case bridge::Error::Kind::NotWritable:
    case bridge::Error::Kind::Stale:
        return ExitNotReadable;
    case bridge::Error::Kind::Refused:
        return ExitNoPlan;
    case bridge::Error::Kind::InUse:
        return ExitInUse;
    case bridge::Error::Kind::Office:
        break;
    }
    return ExitOffice;
}

// The exit code of core's refusal `status` (planning a change): what the user gave is a usage
// error; a plan that cannot take the change is as the bridge's Refused.
constexpr Exit exitFor(ResultStatus status)
{
    switch (status)
    {
    case ResultStatus::Ok:
        return ExitRead;
    case ResultStatus::NothingToWrite:
    case ResultStatus::BadText:
    case ResultStatus::UnknownName:
        return ExitUsage;
    case ResultStatus::NoColumn:
    case ResultStatus::Refused:
        return exitFor(bridge::Error::Kind::Refused);
    case ResultStatus::Stale:
        return exitFor(bridge::Error::Kind::Stale);
    }
    return ExitOffice;
}

// What a command that failed says, and the code it exits with.
struct Failure
{
    Exit exit = ExitOffice;
    std::string message;
};

// The failure `thrown` is: a bridge::Error's message with its kind's code; "LibreOffice failed:
// ..." and ExitOffice for a UNO exception; any other exception's message and ExitOffice.
Failure failureOf(const std::exception_ptr& thrown);
} // namespace eqplan::cli
