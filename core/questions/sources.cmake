# SPDX-License-Identifier: GPL-3.0-or-later
# Question files: GIFT, Moodle XML and Aiken.
target_sources(parcours_core PRIVATE
    questions/questionset.h
    questions/questionset.cpp
    questions/gifttext.h
    questions/gifttext.cpp
    questions/giftparser.h
    questions/giftparser.cpp
    questions/giftwriter.h
    questions/giftwriter.cpp
    questions/moodlexml.h
    questions/moodlexmlreader.cpp
    questions/moodlexmlwriter.cpp
    questions/aiken.h
    questions/aiken.cpp
)
