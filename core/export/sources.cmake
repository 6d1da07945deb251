# SPDX-License-Identifier: GPL-3.0-or-later
find_package(ZLIB REQUIRED)
target_sources(parcours_core PRIVATE
    export/exporter.h
    export/exporter.cpp
    export/xmlbuilder.h
    export/xmlbuilder.cpp
    export/tgzwriter.h
    export/tgzwriter.cpp
    export/cloze.h
    export/cloze.cpp
    export/mbzexporter.h
    export/mbzexporter.cpp
)
target_link_libraries(parcours_core PRIVATE ZLIB::ZLIB)
