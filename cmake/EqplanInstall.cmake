# eqplan installed like software: `cmake --install` and the .deb CPack builds from it.
#
# Under the prefix: bin/eqplan, lib/eqplan/eqplan_office.so, share/eqplan/schemas/ (the rules
# beside each target). Here: the extension, unpacked as a *bundled* extension in the office's own
# share/extensions/, which every user's LibreOffice registers at its next start (no unopkg, no
# licence question). LibreOffice looks for bundled extensions only there, so this path does not
# follow the prefix.

# The office's share/extensions, from the LibreOffice found for the build (Debian:
# /usr/lib/libreoffice/share/extensions).
get_filename_component(_eqplan_default_extensions_dir "${LibreOfficeSDK_PROGRAM_DIR}/../share/extensions"
                       ABSOLUTE)
set(EQPLAN_LIBREOFFICE_EXTENSIONS_DIR "${_eqplan_default_extensions_dir}" CACHE PATH
    "LibreOffice's folder of bundled extensions, where eqplan's extension is installed unpacked")

# The unpacked .oxt: the staging folder extension/CMakeLists.txt zips into build/eqplan.oxt.
install(DIRECTORY ${PROJECT_BINARY_DIR}/extension/oxt/
        DESTINATION ${EQPLAN_LIBREOFFICE_EXTENSIONS_DIR}/eqplan
        USE_SOURCE_PERMISSIONS
        COMPONENT extension)
# LibreOffice syncs its users' bundled extensions when share/extensions is newer than their
# last sync; Debian's libreoffice-common does this touch by a dpkg trigger for the .deb.
install(CODE "file(TOUCH_NOCREATE \"\$ENV{DESTDIR}${EQPLAN_LIBREOFFICE_EXTENSIONS_DIR}\")"
        COMPONENT extension)

# The .deb: `cpack -G DEB` in the build folder (or `cmake --build build --target package`).
set(CPACK_PACKAGE_NAME eqplan)
set(CPACK_PACKAGE_VENDOR "eqplan contributors")
set(CPACK_PACKAGE_CONTACT "eqplan contributors <eqplan@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Equality Action Plans in LibreOffice Writer: sidebar deck and command-line tool")
set(CPACK_PACKAGE_DESCRIPTION
    "eqplan reads a school's Equality Action Plan (a table in a .docx or .odt) through\n\
LibreOffice, writes dated progress, checks it and publishes accessible PDFs. The package\n\
installs the eqplan command and the Writer sidebar deck for every user of the machine.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_FILE_NAME "eqplan_${PROJECT_VERSION}_amd64")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
# The office it runs in; the shared libraries the CLI and the office reader link to are found by
# dpkg-shlibdeps (the extension carries Boost.JSON and pugixml inside).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libreoffice-writer (>= 4:7.4)")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The package without debug information (a RelWithDebInfo build's is ten times the code).
set(CPACK_STRIP_FILES ON)
include(CPack)
