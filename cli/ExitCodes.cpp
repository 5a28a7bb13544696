#include "ExitCodes.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/uno/Exception.hpp>

namespace eqplan::cli
{
Failure failureOf(const std::exception_ptr& thrown)
{
    try
    {
        std::rethrow_exception(thrown);
    }
    catch (const bridge::Error& e)
    {
        return {exitFor(e.kind()), e.what()};
    }
    catch (const css::uno::Exception& e)
    {
        return {ExitOffice, "LibreOffice failed: " + bridge::toUtf8(e.Message)};
    }
    catch (const std::exception& e)
    {
        return {ExitOffice, e.what()};
    }
    catch (...)
    {
        return {ExitOffice, "eqplan failed for a reason it cannot say."};
    }
}
} // namespace eqplan::cli
