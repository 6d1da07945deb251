// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Parcours {

class CourseDocument;

/**
 * The sample parcours bundled with the application: « Consolider une posture d'enseignant
 * sécurisant à l'école maternelle », a tutored m@gistère parcours in French.
 *
 * It is data, not code: resources/sample/sample.json describes it in the
 * CourseDocument::snapshot() format, and its files are in resources/sample/media/. A file
 * reference in the JSON names its file and leaves "sha1" empty; building the sample copies each
 * file into the project's media store and fills in its SHA-1, size and MIME type.
 */
class Sample
{
    Q_DECLARE_TR_FUNCTIONS(Sample)

public:
    /** Replaces the document's content with the sample, in one transaction. */
    static bool build(CourseDocument *document, QString *errorString = nullptr);
    /** The description as bundled (file references without their SHA-1). */
    static QJsonObject description(QString *errorString = nullptr);
};

} // namespace Parcours
