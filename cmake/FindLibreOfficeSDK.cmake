# Finds the LibreOffice SDK and generates the C++ UNO headers with cppumaker at build time.
#
# Provides the imported target LibreOffice::SDK (include directories of the SDK and of the
# generated headers, the UNO compile definitions, the URE libraries) and the variables
# LibreOfficeSDK_PROGRAM_DIR (where soffice and fundamentalrc live) and LibreOfficeSDK_SOFFICE.

set(_eqplan_lo_hints ${LIBREOFFICE_SDK_DIR} $ENV{OO_SDK_HOME} /usr/lib/libreoffice/sdk
                     /opt/libreoffice/sdk)
find_path(LibreOfficeSDK_DIR NAMES bin/cppumaker include/sal/types.h HINTS ${_eqplan_lo_hints})
find_program(LibreOfficeSDK_CPPUMAKER cppumaker HINTS ${LibreOfficeSDK_DIR}/bin NO_DEFAULT_PATH)
find_path(LibreOfficeSDK_PROGRAM_DIR NAMES types.rdb
          HINTS ${LIBREOFFICE_PROGRAM_DIR} ${LibreOfficeSDK_DIR}/../program /usr/lib/libreoffice/program)
find_program(LibreOfficeSDK_SOFFICE soffice HINTS ${LibreOfficeSDK_PROGRAM_DIR} NO_DEFAULT_PATH)
foreach(_lib cppuhelpergcc3 cppu sal salhelpergcc3)
    find_library(LibreOfficeSDK_${_lib}_LIBRARY NAMES uno_${_lib}
                 HINTS ${LibreOfficeSDK_DIR}/lib ${LibreOfficeSDK_PROGRAM_DIR})
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK
    REQUIRED_VARS LibreOfficeSDK_DIR LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_PROGRAM_DIR
                  LibreOfficeSDK_SOFFICE LibreOfficeSDK_cppuhelpergcc3_LIBRARY
                  LibreOfficeSDK_cppu_LIBRARY LibreOfficeSDK_sal_LIBRARY
    FAIL_MESSAGE "The LibreOffice SDK was not found. On Debian 12 install it with:\n  apt-get install libreoffice-writer libreoffice-dev\n(or run ./dev test, which installs what is missing). Set LIBREOFFICE_SDK_DIR if it lives elsewhere.")

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::SDK)
    # cppumaker wants an absolute output path; the headers are build outputs, never committed.
    set(_eqplan_uno_headers ${CMAKE_BINARY_DIR}/uno-headers)
    set(_eqplan_rdbs ${LibreOfficeSDK_PROGRAM_DIR}/types.rdb ${LibreOfficeSDK_PROGRAM_DIR}/types/offapi.rdb)
    add_custom_command(
        OUTPUT ${_eqplan_uno_headers}/stamp
        COMMAND ${CMAKE_COMMAND} -E remove_directory ${_eqplan_uno_headers}/com
        COMMAND ${LibreOfficeSDK_CPPUMAKER} -Gc -O${_eqplan_uno_headers} ${_eqplan_rdbs}
        COMMAND ${CMAKE_COMMAND} -E touch ${_eqplan_uno_headers}/stamp
        DEPENDS ${_eqplan_rdbs}
        COMMENT "Generating C++ UNO headers with cppumaker"
        VERBATIM)
    add_custom_target(eqplan_uno_headers DEPENDS ${_eqplan_uno_headers}/stamp)

    file(MAKE_DIRECTORY ${_eqplan_uno_headers})
    add_library(eqplan_libreoffice_sdk INTERFACE)
    add_library(LibreOffice::SDK ALIAS eqplan_libreoffice_sdk)
    # SYSTEM: the SDK's and the generated headers' own warnings are not ours to fix.
    target_include_directories(eqplan_libreoffice_sdk SYSTEM INTERFACE ${LibreOfficeSDK_DIR}/include
                                                                       ${_eqplan_uno_headers})
    target_compile_definitions(eqplan_libreoffice_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
    target_link_libraries(eqplan_libreoffice_sdk INTERFACE ${LibreOfficeSDK_cppuhelpergcc3_LIBRARY}
                          ${LibreOfficeSDK_cppu_LIBRARY} ${LibreOfficeSDK_sal_LIBRARY})
    # The URE libraries need LibreOffice's private ones (libreglo, libunoidllo...) at link and run time.
    target_link_options(eqplan_libreoffice_sdk INTERFACE
                        "LINKER:-rpath-link,${LibreOfficeSDK_PROGRAM_DIR}"
                        "LINKER:-rpath,${LibreOfficeSDK_PROGRAM_DIR}")
    add_dependencies(eqplan_libreoffice_sdk eqplan_uno_headers)
endif()
