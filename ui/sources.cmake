# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    mainwindow.h
    mainwindow.cpp
    taskrunner.h
    taskrunner.cpp
    exportdialog.h
    exportdialog.cpp
    coursesettingsdialog.h
    coursesettingsdialog.cpp
    reportview.h
    reportview.cpp
    filedialog.h
    filedialog.cpp
    messagebox.h
    messagebox.cpp
    preferences.h
    preferences.cpp
    preferencesdialog.h
    preferencesdialog.cpp
    recentfiles.h
    recentfiles.cpp
    snapshots.h
    snapshots.cpp
    snapshotsdialog.h
    snapshotsdialog.cpp
    importsummary.h
    importsummary.cpp
)
include(forms/sources.cmake OPTIONAL)
include(richtext/sources.cmake OPTIONAL)
include(quiz/sources.cmake OPTIONAL)
include(questions/sources.cmake OPTIONAL)
