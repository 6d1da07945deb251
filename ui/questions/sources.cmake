# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    questions/rowtable.h
    questions/rowtable.cpp
    questions/questionform.h
    questions/questionform.cpp
)
