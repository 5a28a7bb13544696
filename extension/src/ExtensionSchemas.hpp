// The schemas packaged with the extension, found through the office's package information.
#pragma once

#include "eqplan/Schema.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace eqplan::sidebar
{
// Loaded once per process from the installed extension's schemas/ folder; a failure is kept in
// the result's error (never thrown), so every caller reports it its own way.
const Loaded<Schemas>&
extensionSchemas(const css::uno::Reference<css::uno::XComponentContext>& context);
} // namespace eqplan::sidebar
