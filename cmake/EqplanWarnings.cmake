# eqplan_warnings(target): the project's warning set, as errors unless EQPLAN_WERROR is off.
function(eqplan_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion)
    if(EQPLAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
