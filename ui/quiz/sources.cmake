# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    quiz/questiontypeinfo.h
    quiz/questiontypeinfo.cpp
    quiz/questionbankview.h
    quiz/questionbankview.cpp
    quiz/quizeditor.h
    quiz/quizeditor.cpp
)
