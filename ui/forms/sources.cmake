# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    forms/restrictioneditor.h
    forms/restrictioneditor.cpp
    forms/restrictionbinder.h
    forms/restrictionbinder.cpp
    forms/completioneditor.h
    forms/completioneditor.cpp
    forms/nodeform.h
    forms/nodeform.cpp
    forms/sectionform.h
    forms/sectionform.cpp
    forms/activityform.h
    forms/activityform.cpp
    forms/formpane.h
    forms/formpane.cpp
    forms/fileseditor.h
    forms/fileseditor.cpp
)
