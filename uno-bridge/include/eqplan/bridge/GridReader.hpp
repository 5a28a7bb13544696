// Reads a Writer document's body paragraphs and text tables into core's neutral grid, cell by cell
// over UNO. The same code runs in-process (the extension) and remote (the CLI, tests).
#pragma once

#include "eqplan/Grid.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace eqplan::bridge
{
// Throws Error (Kind::NotReadable) when the component is not a text document.
DocumentGrid readGrid(const css::uno::Reference<css::lang::XComponent>& document);
} // namespace eqplan::bridge
