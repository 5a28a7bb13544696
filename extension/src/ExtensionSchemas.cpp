#include "ExtensionSchemas.hpp"

#include "eqplan/bridge/Strings.hpp"

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
            return loadSchemas(bridge::toUtf8(path));
        }
        catch (const uno::Exception& e)
        {
            result.error = bridge::toUtf8(e.Message);
            return result;
        }
    }();
    return loaded;
}
} // namespace eqplan::sidebar
