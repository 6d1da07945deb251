// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mbzreader.h"

#include "core/import/xmlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Parcours {

namespace {

const QLatin1String s_backupXml("moodle_backup.xml");

// convert_helper::detect_moodle2_format(): the XML declaration (case-insensitive since 4.5),
// <moodle_backup> and <information>, all within the first 200 bytes.
bool looksLikeMoodle2(const QByteArray &data)
{
    const QByteArray head = data.left(200);
    return head.toLower().contains(R"(<?xml version="1.0" encoding="utf-8"?>)")
        && head.contains("<moodle_backup>") && head.contains("<information>");
}

bool isTrue(const QString &value)
{
    return value.trimmed() == QLatin1String("1");
}

} // namespace

MbzReader::MbzReader(const QString &fileName, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_limits(limits)
    , m_archive(std::make_unique<ArchiveReader>(fileName, limits))
{ }

MbzReader::~MbzReader() = default;

QString MbzReader::rootPath() const
{
    return m_archive->extractedPath();
}

bool MbzReader::fail(const QString &message, QString *errorString)
{
    // Drop the extracted files now: a refused backup leaves nothing behind.
    m_archive = std::make_unique<ArchiveReader>(m_fileName, m_limits);
    m_info = MbzInfo();
    m_error = message;
    if (errorString)
        *errorString = message;
    return false;
}

bool MbzReader::open(QString *errorString)
{
    m_info = MbzInfo();
    m_error.clear();
    QString error;
    if (!m_archive->extract(&error))
        return fail(error, errorString);

    const QString shownFile = QDir::toNativeSeparators(m_fileName);
    const QDir root(m_archive->extractedPath());
    QFile file(root.filePath(s_backupXml));
    if (!file.exists()) {
        if (QFileInfo::exists(root.filePath(QStringLiteral("moodle.xml"))))
            return fail(tr("%1 is a Moodle 1.9 backup, which cannot be imported. Restore it in "
                           "Moodle 2 or later, back the course up again and import that file.")
                            .arg(shownFile),
                errorString);
        return fail(tr("%1 is not a Moodle backup: it has no moodle_backup.xml. Choose a .mbz "
                       "file made by Moodle's backup.")
                        .arg(shownFile),
            errorString);
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read moodle_backup.xml from %1: %2.").arg(shownFile, file.errorString()),
            errorString);
    const QByteArray data = file.readAll();
    file.close();

    MbzInfo info;
    if (!parseBackupXml(data, QStringLiteral("%1: %2").arg(shownFile, s_backupXml), &info, &error))
        return fail(error, errorString);
    for (MbzActivity &activity : info.activities)
        activity.present = QFileInfo(root.filePath(activity.directory)).isDir();
    for (MbzSection &section : info.sections)
        section.present = QFileInfo(root.filePath(section.directory)).isDir();
    m_info = std::move(info);
    return true;
}

bool MbzReader::parseBackupXml(
    const QByteArray &data, const QString &displayName, MbzInfo *info, QString *errorString)
{
    const auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    const QString notMoodle2
        = tr("%1 is not in the format of Moodle 2 or later backups (it must start with an XML "
             "declaration, <moodle_backup> and <information>). Choose a .mbz file made by "
             "Moodle's backup.")
              .arg(displayName);
    if (!looksLikeMoodle2(data))
        return fail(notMoodle2);
    QString error;
    const std::unique_ptr<XmlDocument> doc = XmlDocument::fromData(data, displayName, &error);
    if (!doc)
        return fail(error);
    const XmlElement root = doc->root();
    const XmlElement information = root.child(QLatin1String("information"));
    if (root.name() != QLatin1String("moodle_backup") || !information)
        return fail(notMoodle2);

    MbzInfo result;
    result.name = information.childText(QLatin1String("name"));
    result.moodleVersion = information.childText(QLatin1String("moodle_version"));
    result.moodleRelease = information.childText(QLatin1String("moodle_release"));
    result.backupVersion = information.childInt(QLatin1String("backup_version"));
    result.backupRelease = information.childText(QLatin1String("backup_release"));
    result.backupDate = information.childInt(QLatin1String("backup_date"));
    result.includeFiles = isTrue(information.childText(QLatin1String("include_files")));
    result.originalWwwroot = information.childText(QLatin1String("original_wwwroot"));
    result.originalSiteIdentifierHash
        = information.childText(QLatin1String("original_site_identifier_hash"));
    result.originalCourseId = information.childInt(QLatin1String("original_course_id"));
    result.originalCourseFormat = information.childText(QLatin1String("original_course_format"));
    result.originalCourseFullname
        = information.childText(QLatin1String("original_course_fullname"));
    result.originalCourseShortname
        = information.childText(QLatin1String("original_course_shortname"));
    result.originalCourseStartDate
        = information.childInt(QLatin1String("original_course_startdate"));
    bool hasEndDate = false;
    const qint64 endDate
        = information.childInt(QLatin1String("original_course_enddate"), 0, &hasEndDate);
    if (hasEndDate)
        result.originalCourseEndDate = endDate;
    result.originalCourseContextId
        = information.childInt(QLatin1String("original_course_contextid"));
    result.originalSystemContextId
        = information.childInt(QLatin1String("original_system_contextid"));

    const XmlElement detail = information.path(QLatin1String("details/detail"));
    result.backupId = detail.attribute(QLatin1String("backup_id"));
    result.type = detail.childText(QLatin1String("type"));
    result.format = detail.childText(QLatin1String("format"));
    result.mode = int(detail.childInt(QLatin1String("mode")));
    if (result.format != QLatin1String("moodle2"))
        return fail(tr("%1 declares the backup format “%2”; only Moodle 2 and later backups "
                       "(“moodle2”) can be imported.")
                        .arg(displayName, result.format));
    const QStringList types {
        QStringLiteral("course"), QStringLiteral("section"), QStringLiteral("activity")};
    if (!types.contains(result.type))
        return fail(tr("%1 declares the backup type “%2”; only course, section and activity "
                       "backups can be imported.")
                        .arg(displayName, result.type));

    // Settings say which activities and sections were left out of the backup.
    QHash<QString, bool> included;
    const QList<XmlElement> settings
        = information.child(QLatin1String("settings")).children(QLatin1String("setting"));
    for (const XmlElement &setting : settings) {
        const QString name = setting.childText(QLatin1String("name"));
        if (name.endsWith(QLatin1String("_included")))
            included.insert(name.chopped(int(qstrlen("_included"))),
                isTrue(setting.childText(QLatin1String("value"))));
    }

    // A directory is followed later to read files: check it like an archive entry name.
    const auto checkDirectory = [&](const XmlElement &element, QString *directory) {
        const XmlElement node = element.child(QLatin1String("directory"));
        QString reason;
        if (!ArchiveReader::normalisePath(node.text().toUtf8(), directory, &reason)
            || directory->isEmpty()) {
            if (reason.isEmpty())
                reason = tr("is empty");
            return fail(tr("%1, line %2: the folder “%3” %4. The backup may be damaged or made "
                           "to harm your computer; nothing was imported.")
                            .arg(displayName, QString::number(node ? node.line() : element.line()),
                                node.text(), reason));
        }
        return true;
    };
    const auto baseName
        = [](const QString &directory) { return directory.section(QLatin1Char('/'), -1); };

    const XmlElement contents = information.child(QLatin1String("contents"));
    const QList<XmlElement> activities
        = contents.child(QLatin1String("activities")).children(QLatin1String("activity"));
    for (const XmlElement &element : activities) {
        MbzActivity activity;
        activity.moduleId = element.childInt(QLatin1String("moduleid"));
        activity.sectionId = element.childInt(QLatin1String("sectionid"));
        activity.moduleName = element.childText(QLatin1String("modulename"));
        activity.title = element.childText(QLatin1String("title"));
        activity.inSubsection = isTrue(element.childText(QLatin1String("insubsection")));
        if (!checkDirectory(element, &activity.directory))
            return false;
        activity.included = included.value(baseName(activity.directory), true);
        result.activities.append(activity);
    }
    const QList<XmlElement> sections
        = contents.child(QLatin1String("sections")).children(QLatin1String("section"));
    for (const XmlElement &element : sections) {
        MbzSection section;
        section.sectionId = element.childInt(QLatin1String("sectionid"));
        section.title = element.childText(QLatin1String("title"));
        bool delegated = false;
        const qint64 parent = element.childInt(QLatin1String("parentcmid"), 0, &delegated);
        if (delegated)
            section.parentCmId = parent;
        section.moduleName = element.childText(QLatin1String("modname"));
        if (!checkDirectory(element, &section.directory))
            return false;
        section.included = included.value(baseName(section.directory), true);
        result.sections.append(section);
    }
    const XmlElement course = contents.child(QLatin1String("course"));
    if (course) {
        result.hasCourse = true;
        result.courseId = course.childInt(QLatin1String("courseid"));
        result.courseTitle = course.childText(QLatin1String("title"));
        if (!checkDirectory(course, &result.courseDirectory))
            return false;
    }
    if (result.type == QLatin1String("course") && !result.hasCourse)
        return fail(tr("%1 is a course backup without its <course> entry in <contents>. The "
                       "backup is damaged; make it again in Moodle.")
                        .arg(displayName));
    *info = std::move(result);
    return true;
}

} // namespace Parcours
