// Boost.JSON compiled into eqplan_office.so (its header-only form), so that the office needs no
// libboost_json: Debian's libboost_json.a is not position-independent and cannot go into a module.
#include <boost/json/src.hpp>
