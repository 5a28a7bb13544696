// Words the bridge says to a person (an error, an undo step's title) with a key and arguments:
// core's Message (eqplan/Message.hpp), the one type every layer words messages with, named in the
// bridge's namespace for its callers.
#pragma once

#include "eqplan/Message.hpp"

namespace eqplan::bridge
{
using eqplan::filledIn;
using eqplan::keyed;
using eqplan::Message;
using eqplan::plain;
using eqplan::worded;
using eqplan::Wording;
} // namespace eqplan::bridge
