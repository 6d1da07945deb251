# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parcours_core PRIVATE
    tools/treebuilder.h
    tools/treebuilder.cpp
    tools/generator.h
    tools/generator.cpp
    tools/sample.h
    tools/sample.cpp
    tools/summary.h
    tools/summary.cpp
)

# The bundled sample parcours, as data: its description and its media, embedded at :/sample.
set(parcours_sample_files
    sample.json
    media/accueil-maternelle.png
    media/coin-calme.png
    media/emploi-du-temps.png
    media/grille-observation.pdf
)
list(TRANSFORM parcours_sample_files PREPEND ${PROJECT_SOURCE_DIR}/resources/sample/)
qt_add_resources(parcours_core "parcours_sample"
    PREFIX "/sample"
    BASE ${PROJECT_SOURCE_DIR}/resources/sample
    FILES ${parcours_sample_files})
