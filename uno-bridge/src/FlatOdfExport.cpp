#include "eqplan/odf/FlatOdf.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <osl/file.hxx>

using namespace css;

namespace eqplan::bridge
{
void exportFlatOdf(const uno::Reference<lang::XComponent>& document,
                   const std::filesystem::path& file)
{
    uno::Reference<frame::XStorable> storable(document, uno::UNO_QUERY);
    if (!storable.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorCannotExport", "This document cannot be exported."));
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(file.string()), url);
    beans::PropertyValue filter;
    filter.Name = "FilterName";
    filter.Value <<= rtl::OUString("OpenDocument Text Flat XML");
    beans::PropertyValue overwrite;
    overwrite.Name = "Overwrite";
    overwrite.Value <<= true;
    const beans::PropertyValue list[] = {filter, overwrite};
    try
    {
        // storeToURL writes a copy: the document keeps its own location and modified state.
        storable->storeToURL(url, uno::Sequence<beans::PropertyValue>(list, 2));
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    keyed("errorExportFailed", "LibreOffice could not export the document ({0}).",
                          {toUtf8(e.Message)}));
    }
}
} // namespace eqplan::bridge
