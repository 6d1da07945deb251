# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile settings, applied per target through parcours_warnings (no directory scope).
add_library(parcours_warnings INTERFACE)
target_compile_options(parcours_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)
if(PARCOURS_WERROR)
    target_compile_options(parcours_warnings INTERFACE -Werror)
endif()
target_compile_definitions(parcours_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(PARCOURS_ENABLE_ASAN)
    target_compile_options(parcours_warnings INTERFACE -fsanitize=address -fno-omit-frame-pointer)
    target_link_options(parcours_warnings INTERFACE -fsanitize=address)
endif()
if(PARCOURS_ENABLE_UBSAN)
    target_compile_options(parcours_warnings INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
    target_link_options(parcours_warnings INTERFACE -fsanitize=undefined)
endif()
