# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    commands/command.h
    commands/command.cpp
    commands/setnodefield.h
    commands/nodecommands.h
    commands/nodecommands.cpp
    commands/filecommands.h
    commands/filecommands.cpp
)
