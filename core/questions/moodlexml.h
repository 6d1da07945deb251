// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questions/questionset.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Parcours {

class CourseStore;
class XmlElement;

/**
 * Reads Moodle's question XML (`<quiz><question type="…">`): categories
 * (`$course$/top/…`), multichoice, truefalse, shortanswer, numerical with units, matching,
 * essay, description, gapselect, ddwtos and cloze, with combined feedback and hints. Files
 * embedded as `<file encoding="base64">` are decoded into QuestionEntry::fileData with a
 * FileRef each (area "questiontext", "generalfeedback", "answer", "answerfeedback",
 * "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback" or "hint"; item is the
 * answer or hint index). Tags and other types are left aside with a warning.
 *
 * Reading is safe (core/import/xmlreader.h: no DTD, no entities, no network). Errors: read()
 * returns false, fills nothing, and errorString() names the line and what is wrong. The whole
 * file is parsed in memory with large text nodes allowed (an embedded image may be tens of MB
 * of base64), and a file over s_maxFileSize bytes is refused with an error before parsing.
 */
class MoodleXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(MoodleXmlReader)

public:
    /** The largest question file read: four times the size of the embedded files it can hold. */
    static constexpr qint64 s_maxFileSize = 512LL * 1024 * 1024;

    bool read(const QByteArray &data, const QString &displayName, QuestionSet *set);
    QString errorString() const { return m_error; }

private:
    bool readQuestion(const XmlElement &element, const QStringList &category, QuestionSet *set);
    bool rich(const XmlElement &element,
        const QString &area,
        int item,
        QString *html,
        QuestionEntry *entry);
    bool fail(int line, const QString &message);

    QString m_error;
};

/**
 * Writes questions as Moodle question XML, one `<question type="category">` before each change
 * of category. Files are embedded in base64, streamed from the media store (or taken from
 * QuestionEntry::fileData when the entry has them), so a large file is never held twice.
 * Questions of an unknown type are skipped and named in skipped().
 */
class MoodleXmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(MoodleXmlWriter)

public:
    /** Writes to device; store may be null when every entry carries its fileData. */
    bool write(const QuestionSet &set, const CourseStore *store, QIODevice *device);
    QString errorString() const { return m_error; }
    QStringList skipped() const { return m_skipped; }

private:
    QString m_error;
    QStringList m_skipped;
};

} // namespace Parcours
