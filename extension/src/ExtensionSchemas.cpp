#include "ExtensionSchemas.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

using namespace css;

namespace eqplan::sidebar
{
const Loaded<Schemas>& extensionSchemas(const uno::Reference<uno::XComponentContext>& context)
{
    static const Loaded<Schemas> loaded = [&]
    {
        Loaded<Schemas> result;
        try
        {
            const rtl::OUString root =
                deployment::PackageInformationProvider::get(context)->getPackageLocation(
                    "org.eqplan.extension");
            rtl::OUString path;
            if (root.isEmpty() || osl::FileBase::getSystemPathFromFileURL(
                                      root + "/schemas", path) != osl::FileBase::E_None)
            {
                result.error = "the extension's schemas were not found";
                return result;
            }
            return loadSchemas(OUStringToOString(path, RTL_TEXTENCODING_UTF8).getStr());
        }
        catch (const uno::Exception& e)
        {
            result.error = OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr();
            return result;
        }
    }();
    return loaded;
}
} // namespace eqplan::sidebar
