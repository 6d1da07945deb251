# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    storage/coursestore.h
    storage/coursestore.cpp
    storage/mediadevice.h
    storage/mediadevice.cpp
    storage/schema.h
    storage/schema.cpp
)
