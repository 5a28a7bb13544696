// What core works out for a change to a plan, or why it cannot: one result type with a status
// (shaped like pugixml's xml_parse_result), so that a caller decides by the status, never by
// guessing from the words, and says the words as they are.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace eqplan
{
// Why there is no value, as a caller acts on it (the CLI maps each to its exit code in
// cli/ExitCodes.hpp).
enum class ResultStatus
{
    Ok,
    NothingToWrite, // nothing was given to write: no item, no value, no objective text
    BadText,        // a piece of text the plan cannot take: an empty item, a line break
    UnknownName,    // a field or status eqplan does not know, or one it writes another way
    NoColumn,       // the plan has no column (or commentary row) to write into
    Refused,        // the plan's shape cannot take the change: merged cells, nothing to model on
    Stale,          // the plan does not match the document given with it: read it again
};

// A value, or the status and plain words (for the user, a whole sentence) of why there is none.
template <class T>
struct Result
{
    ResultStatus status = ResultStatus::Ok;
    std::optional<T> value; // set exactly when status is Ok
    std::string error;      // empty when status is Ok

    // A result holding `v`.
    static Result ok(T v) { return Result{ResultStatus::Ok, std::move(v), {}}; }
    // A result without a value: `why` (not Ok) in `words`.
    static Result failed(ResultStatus why, std::string words)
    {
        return Result{why, std::nullopt, std::move(words)};
    }

    // True when there is a value.
    explicit operator bool() const { return status == ResultStatus::Ok && value.has_value(); }
    // The value; only where there is one.
    const T& operator*() const { return *value; }
    // A member of the value; only where there is one.
    const T* operator->() const { return &*value; }
};

// The status's name in code ("NoColumn"), for test output and logs.
constexpr const char* statusName(ResultStatus status)
{
    switch (status)
    {
    case ResultStatus::Ok:
        return "Ok";
    case ResultStatus::NothingToWrite:
        return "NothingToWrite";
    case ResultStatus::BadText:
        return "BadText";
    case ResultStatus::UnknownName:
        return "UnknownName";
    case ResultStatus::NoColumn:
        return "NoColumn";
    case ResultStatus::Refused:
        return "Refused";
    case ResultStatus::Stale:
        return "Stale";
    }
    return "?";
}
} // namespace eqplan
