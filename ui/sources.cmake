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
)
include(forms/sources.cmake OPTIONAL)
include(richtext/sources.cmake OPTIONAL)
include(quiz/sources.cmake OPTIONAL)
include(questions/sources.cmake OPTIONAL)
