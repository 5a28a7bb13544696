# eqplan_uno_module(target OUTPUT_NAME name OUTPUT_DIRECTORY dir EXPORTS map BOOST_JSON source):
# makes a MODULE library one the office can load into its own process (eqplan_uno.so, the
# extension; eqplan_office.so, the CLI's office reader). The office provides neither Boost.JSON
# nor pugixml, so with EQPLAN_OXT_STATIC_DEPS both go into the module: Debian's libpugixml.a is
# position-independent and is linked in; its libboost_json.a is not, so Boost.JSON is compiled
# from its header-only form (BOOST_JSON: a source that includes <boost/json/src.hpp>).
# --as-needed drops the shared copies that the imported targets still put on the link line; the
# version script (EXPORTS) exports only the UNO entry points.
option(EQPLAN_OXT_STATIC_DEPS "Build Boost.JSON and pugixml into the modules the office loads" ON)

function(eqplan_uno_module target)
    cmake_parse_arguments(arg "" "OUTPUT_NAME;OUTPUT_DIRECTORY;EXPORTS;BOOST_JSON" "" ${ARGN})
    set_target_properties(${target} PROPERTIES
        PREFIX "" OUTPUT_NAME ${arg_OUTPUT_NAME}
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY ${arg_OUTPUT_DIRECTORY})
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
    if(EQPLAN_OXT_STATIC_DEPS)
        find_library(EQPLAN_PUGIXML_ARCHIVE libpugixml.a)
        if(NOT EQPLAN_PUGIXML_ARCHIVE)
            message(FATAL_ERROR "libpugixml.a was not found (Debian: libpugixml-dev); "
                                "configure with -DEQPLAN_OXT_STATIC_DEPS=OFF to link it dynamically")
        endif()
        target_sources(${target} PRIVATE ${arg_BOOST_JSON})
        target_link_libraries(${target} PRIVATE ${EQPLAN_PUGIXML_ARCHIVE})
        target_link_options(${target} PRIVATE "LINKER:--as-needed")
    endif()
    target_link_options(${target} PRIVATE "LINKER:--version-script=${arg_EXPORTS}")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${arg_EXPORTS})
endfunction()
