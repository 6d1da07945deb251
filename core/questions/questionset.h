// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/question.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Parcours {

class CourseDocument;
class Node;
class QuestionCategory;

/**
 * One question read from (or about to be written to) a question file, detached from any
 * document. category is the path of category names below the bank ("Module 1/Quiz"), without
 * Moodle's "$course$/top" prefix. fileData holds the contents of data.files, index for index,
 * when they come from a file (Moodle XML embeds them); their sha1 is filled when they are
 * stored.
 */
struct QuestionEntry
{
    QStringList category;
    QuestionData data;
    std::vector<QByteArray> fileData;
    /** Line of the question in its source file (1-based), 0 when not read from a file. */
    int line = 0;
};

/** A category declared in a question file; info and idNumber come from Moodle XML only. */
struct CategoryEntry
{
    QStringList path;
    /** HTML description. */
    QString info;
    QString idNumber;
};

/** The questions of a question file, in file order, and what a reader or writer left aside. */
struct QuestionSet
{
    std::vector<QuestionEntry> questions;
    /** Categories declared in the file, even empty ones, in order. */
    std::vector<CategoryEntry> categories;
    /** Translated notes on what was ignored or skipped ("line 4: tags are ignored"). */
    QStringList warnings;
};

/** The question file formats. */
enum class QuestionFormat { Gift, MoodleXml, Aiken };

/**
 * Reading and writing question files as a whole, and moving their questions into and out of a
 * document. Errors follow the project contract: false (or nullopt) and a translated message
 * that names the file.
 */
class QuestionFile
{
    Q_DECLARE_TR_FUNCTIONS(QuestionFile)

public:
    /** The format of a file by its extension: .gift/.txt GIFT, .xml Moodle XML, .aiken Aiken. */
    static std::optional<QuestionFormat> formatFromFileName(const QString &fileName);
    /** Reads and parses a whole file. Nothing is returned unless every question parsed. */
    static bool read(const QString &fileName,
        QuestionFormat format,
        QuestionSet *set,
        QString *errorString = nullptr);

    /**
     * Splits a category path as GIFT and Moodle XML write it ("$course$/top/Module 1/Sub" or
     * "Top/Module 1") into names below the bank, dropping the context and "top". "//" in a
     * name stands for a slash, as in Moodle.
     */
    static QStringList splitCategoryPath(const QString &path);
    /** The reverse: "$course$/top/Module 1/Sub". */
    static QString joinCategoryPath(const QStringList &path);

    /**
     * Adds the questions of set to the document as one undo step (one transaction), in the
     * categories they name below base (created when missing, with the info and id number the
     * set declares for them), and stores their embedded files
     * in the media store. Refuses a read-only document. Returns the number of questions added.
     */
    static bool import(CourseDocument *document,
        const QuestionSet &set,
        const QStringList &base,
        int *added = nullptr,
        QString *errorString = nullptr);

    /**
     * The questions of the category at path (all categories when path is empty) and of its
     * sub-categories, with their category paths, and those categories with their info; null
     * when no category has that path.
     */
    static std::optional<QuestionSet> collect(
        const CourseDocument &document, const QStringList &path);
    /** The category at path below the bank, or nullptr. */
    static QuestionCategory *findCategory(const CourseDocument &document, const QStringList &path);
};

} // namespace Parcours
