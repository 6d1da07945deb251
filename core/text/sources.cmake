# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    text/restrictiontext.h
    text/restrictiontext.cpp
    text/htmlclean.h
    text/htmlclean.cpp
)
