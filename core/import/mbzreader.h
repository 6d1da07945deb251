// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/archivereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Parcours {

/** One `<contents><activities><activity>` of moodle_backup.xml. */
struct MbzActivity
{
    qint64 moduleId = 0;  ///< the course module id on the source site (cmid)
    qint64 sectionId = 0; ///< the source section id; matches MbzSection::sectionId
    QString moduleName;   ///< "quiz", "page", or a plugin's name
    QString title;
    QString directory;         ///< normalised, relative to the backup root: "activities/quiz_12"
    bool inSubsection = false; ///< 4.5+: inside a delegated (subsection) section
    bool included = true;      ///< the `<name>_included` setting (absent means included)
    bool present = false;      ///< the directory exists in the archive
};

/** One `<contents><sections><section>` of moodle_backup.xml. */
struct MbzSection
{
    qint64 sectionId = 0;
    QString title;
    QString directory;                ///< normalised: "sections/section_11"
    std::optional<qint64> parentCmId; ///< 4.5+ delegated section: the owning activity's cmid
    QString moduleName;               ///< 4.5+ delegated section: the owner's module name
    bool included = true;
    bool present = false;
};

/**
 * What moodle_backup.xml says about a backup: its `<information>` fields, the first
 * `<details><detail>`, and the `<contents>` lists in document order (which is restore order).
 * Strings keep Moodle's text; numbers that are missing or `$@NULL@$` stay 0 / empty.
 */
struct MbzInfo
{
    QString name;          ///< the archive's name when Moodle wrote it
    QString moodleVersion; ///< "2022112810.04" (kept as text: it has a fractional part)
    QString moodleRelease; ///< "4.1.10+ (Build: 20240516)"
    qint64 backupVersion = 0;
    QString backupRelease; ///< "4.1"
    qint64 backupDate = 0; ///< Unix time
    bool includeFiles = false;
    QString originalWwwroot;
    QString originalSiteIdentifierHash;
    qint64 originalCourseId = 0;
    QString originalCourseFormat; ///< missing before 2.9
    QString originalCourseFullname;
    QString originalCourseShortname;
    qint64 originalCourseStartDate = 0;
    std::optional<qint64> originalCourseEndDate; ///< missing in old backups
    qint64 originalCourseContextId = 0;
    qint64 originalSystemContextId = 0;

    QString backupId; ///< the `backup_id` attribute of `<detail>`
    QString type;     ///< "course", "section" or "activity"
    QString format;   ///< always "moodle2"
    int mode = 0;     ///< 10 general, 20 import, 70 async…

    QList<MbzActivity> activities;
    QList<MbzSection> sections;
    bool hasCourse = false; ///< `<contents><course>` present (mandatory for type "course")
    qint64 courseId = 0;
    QString courseTitle;
    QString courseDirectory;
};

/**
 * Opens a Moodle 2.x–5.x backup (.mbz): extracts it with ArchiveReader into a private folder,
 * checks that moodle_backup.xml is there and is in Moodle's "moodle2" format (the same test as
 * Moodle's convert_helper::detect_moodle2_format()), and reads it into an MbzInfo.
 *
 * The extracted files stay available under rootPath() while the reader lives, for the importer
 * to read; the folder is removed on destruction, and at once when open() fails. Every
 * `<directory>` value is checked like an archive entry name, so following them cannot leave
 * the folder.
 */
class MbzReader
{
    Q_DECLARE_TR_FUNCTIONS(MbzReader)

public:
    explicit MbzReader(const QString &fileName, const ArchiveLimits &limits = {});
    ~MbzReader();
    MbzReader(const MbzReader &) = delete;
    MbzReader &operator=(const MbzReader &) = delete;

    /** Extracts and validates; false with errorString() set when refused. */
    bool open(QString *errorString = nullptr);

    const MbzInfo &info() const { return m_info; }
    /** The folder holding the extracted backup, or empty when not open. */
    QString rootPath() const;
    const ArchiveReader &archive() const { return *m_archive; }
    QString errorString() const { return m_error; }

    /**
     * Parses the text of a moodle_backup.xml. displayName names it in messages. Does not check
     * that the directories exist (see MbzActivity::present, set by open()).
     */
    static bool parseBackupXml(const QByteArray &data,
        const QString &displayName,
        MbzInfo *info,
        QString *errorString = nullptr);

private:
    bool fail(const QString &message, QString *errorString);

    QString m_fileName;
    ArchiveLimits m_limits;
    std::unique_ptr<ArchiveReader> m_archive;
    MbzInfo m_info;
    QString m_error;
};

} // namespace Parcours
