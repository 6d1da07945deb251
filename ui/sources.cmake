# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    mainwindow.h
    mainwindow.cpp
)
