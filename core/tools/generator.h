// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Parcours {

class CourseDocument;

/** What the generator makes. */
struct GeneratorOptions
{
    int sections = 5;
    int activitiesPerSection = 10;
    /** Questions in the bank, spread over one quiz per section. */
    int questions = 20;
    /** File resources, each holding mediaSize bytes of distinct pseudo-random content. */
    int mediaFiles = 0;
    qint64 mediaSize = 0;
    quint64 seed = 1;
};

/**
 * Makes a synthetic parcours for benchmarks and tests: pages and text areas with about 2 KB of
 * HTML, one quiz per section holding the questions (every modelled question type, each valid),
 * file resources for the media, completion rules, a restriction per section and course
 * completion. The result passes the validator and is the same for the same options and seed.
 *
 * Media are streamed into the project file in chunks made by a pseudo-random generator, so that
 * a large media size never sits in memory.
 */
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    /** Checks the options; returns false with a translated message when they cannot be met. */
    static bool checkOptions(const GeneratorOptions &options, QString *errorString = nullptr);
    /** Replaces the document's content with a generated parcours. */
    static bool generate(
        CourseDocument *document, const GeneratorOptions &options, QString *errorString = nullptr);
};

} // namespace Parcours
