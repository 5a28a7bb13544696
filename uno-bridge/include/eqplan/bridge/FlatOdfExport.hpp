// The one UNO call of reading through flat ODF XML: LibreOffice writes the document as .fodt.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <filesystem>

namespace eqplan::bridge
{
// Writes the document as flat ODF XML (.fodt) to `file`; the document itself is not changed.
// Throws Error.
void exportFlatOdf(const css::uno::Reference<css::lang::XComponent>& document,
                   const std::filesystem::path& file);
} // namespace eqplan::bridge
