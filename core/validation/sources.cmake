# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    validation/validator.h
    validation/validator.cpp
    validation/questioncheck.h
    validation/questioncheck.cpp
)
