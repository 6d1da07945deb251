# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_ui PRIVATE
    richtext/htmlmedia.h
    richtext/htmlmedia.cpp
    richtext/linkdialog.h
    richtext/linkdialog.cpp
    richtext/tabledialog.h
    richtext/tabledialog.cpp
    richtext/htmleditor.h
    richtext/htmleditor.cpp
)
