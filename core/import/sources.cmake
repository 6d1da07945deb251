# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    import/archivereader.h
    import/archivereader.cpp
    import/xmlreader.h
    import/xmlreader.cpp
    import/mbzreader.h
    import/mbzreader.cpp
    import/mbzimporter.h
    import/mbzimporter.cpp
)
