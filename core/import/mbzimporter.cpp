// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mbzimporter.h"

#include "core/import/mbzreader.h"
#include "core/import/xmlreader.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/treebuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>

namespace Parcours {

namespace {

/** Where kept Moodle ids that clash with NodeIds are moved (see separateOpaqueIds()). */
constexpr qint64 s_keptIdBase = 1000000000;

/** One record of files.xml (directory records are skipped). */
struct FileRecord
{
    qint64 contextId = 0;
    QString component;
    QString area;
    qint64 itemId = 0;
    FileRef ref;
};

/** A question element of questions.xml with what locates it. */
struct RawQuestion
{
    XmlElement element;
    qint64 id = 0;
    qint64 categoryId = 0;
    qint64 parent = 0;
    QString idNumber;
};

struct ActivityRef
{
    NodeId node = 0;
    qint64 cmid = 0;
    QString modName;
    QString availability;
    XmlElement module;
    QString name;
};

struct SectionRef
{
    NodeId node = 0;
    qint64 parentCmId = 0; ///< 4.5+ delegated section: the owning activity's cmid
    QString availability;
    XmlElement section;
};

int toInt(const QString &text, int defaultValue = 0)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : defaultValue;
}

double toDouble(const QString &text, double defaultValue = 0)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : defaultValue;
}

double childDouble(const XmlElement &e, const char *name, double defaultValue = 0)
{
    return toDouble(e.childText(QLatin1String(name)), defaultValue);
}

int childInt(const XmlElement &e, const char *name, int defaultValue = 0)
{
    return static_cast<int>(e.childInt(QLatin1String(name), defaultValue));
}

bool childBool(const XmlElement &e, const char *name, bool defaultValue = false)
{
    return e.childInt(QLatin1String(name), defaultValue ? 1 : 0) != 0;
}

QString childString(const XmlElement &e, const char *name)
{
    const QString text = e.childText(QLatin1String(name));
    return text.isNull() ? QString() : text;
}

/** A display option of a PHP-serialised array: `s:10:"printintro";s:1:"1";` or `…;i:1;`. */
std::optional<bool> phpFlag(const QString &serialised, const QString &key)
{
    const QRegularExpression re(QStringLiteral("\"%1\";(?:i:(\\d+)|s:\\d+:\"(\\d*)\"|b:(\\d))")
                                    .arg(QRegularExpression::escape(key)));
    const QRegularExpressionMatch m = re.match(serialised);
    if (!m.hasMatch())
        return std::nullopt;
    for (int i = 1; i <= 3; ++i) {
        if (!m.captured(i).isNull())
            return toInt(m.captured(i)) != 0;
    }
    return std::nullopt;
}

DisplayMode displayMode(int value, DisplayMode fallback)
{
    return value >= 0 && value <= 6 ? static_cast<DisplayMode>(value) : fallback;
}

std::optional<QuizBehaviour> behaviourFromName(const QString &name)
{
    static const char *const names[] = {"deferredfeedback", "adaptivenopenalty", "adaptive",
        "interactive", "immediatefeedback", "deferredcbm", "immediatecbm"};
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<QuizBehaviour>(i);
    }
    return std::nullopt;
}

ForumType forumTypeFromName(const QString &name)
{
    static const char *const names[] = {"general", "single", "eachuser", "qanda", "blog", "news"};
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<ForumType>(i);
    }
    return ForumType::General;
}

/** Deeper mind map nodes are dropped: the tree is walked recursively, here and in the model. */
constexpr int s_maxMindMapDepth = 64;

/**
 * mod_mindmap's JSON (a vis-network node list) as a tree rooted at its first node. Sets
 * *truncated when nodes deeper than s_maxMindMapDepth were dropped.
 */
MindMapNode mindMapFromJson(const QString &json, bool *truncated)
{
    const QJsonArray nodes = QJsonDocument::fromJson(json.toUtf8()).array();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : nodes) {
        const QJsonObject object = value.toObject();
        byId.insert(object.value(QStringLiteral("id")).toVariant().toString(), object);
    }
    MindMapNode root;
    if (nodes.isEmpty())
        return root;
    QSet<QString> seen;
    std::function<void(MindMapNode *, const QJsonObject &, int)> fill =
        [&](MindMapNode *node, const QJsonObject &object, int depth) {
            const QString id = object.value(QStringLiteral("id")).toVariant().toString();
            seen.insert(id);
            node->label = object.value(QStringLiteral("label")).toString();
            const QString color = object.value(QStringLiteral("color"))
                                      .toObject()
                                      .value(QStringLiteral("background"))
                                      .toString();
            const QString defaultColor
                = depth == 0 ? QStringLiteral("#c45400") : QStringLiteral("#97c1fc");
            node->color = color.compare(defaultColor, Qt::CaseInsensitive) == 0 ? QString() : color;
            const QJsonArray connections = object.value(QStringLiteral("connections")).toArray();
            for (const QJsonValue &c : connections) {
                const QString childId = c.toVariant().toString();
                if (seen.contains(childId) || !byId.contains(childId))
                    continue;
                if (depth + 1 > s_maxMindMapDepth) {
                    *truncated = true;
                    continue;
                }
                seen.insert(childId);
                node->children.emplace_back();
                fill(&node->children.back(), byId.value(childId), depth + 1);
            }
        };
    fill(&root, nodes.first().toObject(), 0);
    return root;
}

/**
 * One import. Order matters: files.xml first (every node takes its files from it), then the
 * course, the sections and the activities in moodle_backup.xml order, which gives them their
 * NodeIds; then the bank. Cross references are resolved last, once every target has its NodeId:
 * quiz slots (bank entries or question ids → Question nodes), restrictions (cm and grade item
 * ids → Activity nodes) and course completion (cm ids). The XML documents stay loaded until then
 * (m_keep), because the pending references are XmlElements of them.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(MbzImporter)

public:
    Importer(MbzReader &reader, CourseDocument *document, ImportReport *report)
        : m_reader(reader)
        , m_doc(document)
        , m_report(report)
        , m_root(reader.rootPath())
    { }

    bool run(const ImportProgress &progress,
        const std::function<bool()> &cancelled,
        QString *errorString);

private:
    std::unique_ptr<XmlDocument> load(const QString &relative, bool required, QString *error);
    QString displayName(const QString &relative) const
    {
        return QStringLiteral("%1: %2").arg(
            QFileInfo(m_reader.archive().fileName()).fileName(), relative);
    }
    bool readFiles(QString *error);
    std::vector<FileRef> filesOf(qint64 contextId,
        const QString &component,
        const QStringList &areas,
        std::optional<qint64> itemId = std::nullopt);
    bool addMedia(FileRef *ref);
    bool readCourse(QString *error);
    bool readSections(QString *error);
    bool readActivity(const MbzActivity &activity, QString *error);
    void readCommon(ActivityData *data, const XmlElement &module, const XmlElement &body);
    bool readQuestions(QString *error);
    void readQuestion(const RawQuestion &raw, NodeId category);
    bool readQuiz(ActivityData *data, const XmlElement &body, double gradePass);
    void resolveRestrictions();
    void resolveDelegated();
    Restriction restrictionFromJson(const QString &json, const QString &owner);
    Restriction legacyRestriction(const XmlElement &element, const QString &owner);
    RestrictionItem conditionFromJson(const QJsonObject &object, const QString &owner);
    void resolveQuizzes();
    bool randomSlot(const XmlElement &instance, QuizSlot *slot);
    void separateOpaqueIds();
    bool keepCourseExtras(const XmlElement &course, const QString &dir, QString *error);
    bool keepDirectoryExtras(
        const QString &dir, const QString &owner, bool course, QJsonObject *kept, QString *error);
    bool keepFolder(const QString &relative, QJsonObject *kept, QString *error);
    void keepElement(const XmlElement &parent,
        const char *name,
        QJsonObject *kept,
        KeptItem::Kind kind,
        const QString &owner,
        const QString &description);
    bool readCompletion(QString *error);

    MbzReader &m_reader;
    CourseDocument *m_doc;
    ImportReport *m_report;
    QString m_root;
    TreeBuilder m_builder;
    std::unique_ptr<XmlDocument> m_questionsDoc;
    std::vector<std::unique_ptr<XmlDocument>> m_keep;

    qint64 m_courseContext = 0;
    QList<FileRecord> m_files;
    QHash<QString, QString> m_mediaDone; // archive hash → store sha1
    QHash<qint64, NodeId> m_sectionNode; // Moodle section id → node
    QList<SectionRef> m_sections;
    QList<ActivityRef> m_activities;
    QHash<qint64, NodeId> m_cmNode;
    QHash<qint64, NodeId> m_gradeItemNode;
    QHash<NodeId, double> m_gradeMax;
    // Questions
    QHash<qint64, NodeId> m_questionNode; // question id → node
    QHash<qint64, NodeId> m_entryNode;    // bank entry id → node
    QHash<qint64, qint64> m_categoryContext;
    QHash<qint64, RawQuestion> m_questionsById;
    QSet<qint64> m_randomQuestions;
    QHash<qint64, NodeId> m_categoryNode; // category id → node (0: the bank's top)
    int m_taggedQuestions = 0;
    QList<std::pair<NodeId, XmlElement>> m_quizzes;
};

/**
 * Loads a file of the extracted backup. A missing optional file gives nullptr with *error left
 * empty; a missing required one, or malformed XML, gives nullptr with a message naming the
 * archive, the file and (for XML) the line.
 */
std::unique_ptr<XmlDocument> Importer::load(const QString &relative, bool required, QString *error)
{
    const QString path = m_root + QLatin1Char('/') + relative;
    if (!QFileInfo::exists(path)) {
        if (required)
            *error = tr("%1 is missing: the backup is incomplete. Make the backup again in "
                        "Moodle.")
                         .arg(displayName(relative));
        return nullptr;
    }
    return XmlDocument::fromFile(path, displayName(relative), error);
}

/** Reads files.xml into m_files; directory records ("." names) are not files. */
bool Importer::readFiles(QString *error)
{
    std::unique_ptr<XmlDocument> doc = load(QStringLiteral("files.xml"), false, error);
    if (!doc)
        return error->isEmpty();
    for (const XmlElement &f : doc->root().children(QLatin1String("file"))) {
        const QString name = childString(f, "filename");
        if (name.isEmpty() || name == QLatin1String("."))
            continue;
        FileRecord record;
        record.contextId = f.childInt(QLatin1String("contextid"));
        record.component = childString(f, "component");
        record.area = childString(f, "filearea");
        record.itemId = f.childInt(QLatin1String("itemid"));
        record.ref.area = record.area;
        record.ref.path = childString(f, "filepath");
        if (record.ref.path.isEmpty())
            record.ref.path = QStringLiteral("/");
        record.ref.name = name;
        record.ref.sha1 = childString(f, "contenthash");
        record.ref.mimeType = childString(f, "mimetype");
        record.ref.size = f.childInt(QLatin1String("filesize"));
        record.ref.author = childString(f, "author");
        record.ref.license = childString(f, "license");
        record.ref.sortOrder = childInt(f, "sortorder");
        m_files.append(record);
    }
    return true;
}

/**
 * Streams the content of a files.xml record into the media store, once per content hash, and
 * points the ref at the stored blob. A backup made without files has records but no content:
 * such a file is reported and left out rather than failing the whole import.
 */
bool Importer::addMedia(FileRef *ref)
{
    const QString hash = ref->sha1;
    if (m_mediaDone.contains(hash)) {
        ref->sha1 = m_mediaDone.value(hash);
        return true;
    }
    const QString path = QStringLiteral("%1/files/%2/%3").arg(m_root, hash.left(2), hash);
    if (hash.size() < 2 || !QFileInfo::exists(path)) {
        m_report->warnings.append(
            tr("The file \"%1\" is not in the backup (made without files?); it was left out.")
                .arg(ref->name));
        return false;
    }
    QString sha1;
    QString error;
    if (!m_doc->store()->addMediaFile(path, &sha1, &error)) {
        m_report->warnings.append(
            tr("The file \"%1\" could not be stored: %2").arg(ref->name, error));
        return false;
    }
    m_mediaDone.insert(hash, sha1);
    ref->sha1 = sha1;
    ref->size = QFileInfo(path).size();
    ++m_report->files;
    return true;
}

/**
 * The files of one owner: Moodle names it by context, component, area and, for some areas, item
 * (the section id for section summaries). FileRef::item keeps Moodle's item; callers turn it into
 * the model's index where the exporter expects one (quiz feedback bands, answers, hints).
 */
std::vector<FileRef> Importer::filesOf(qint64 contextId,
    const QString &component,
    const QStringList &areas,
    std::optional<qint64> itemId)
{
    std::vector<FileRef> result;
    for (const FileRecord &f : std::as_const(m_files)) {
        if (f.contextId != contextId || f.component != component)
            continue;
        if (!areas.isEmpty() && !areas.contains(f.area))
            continue;
        if (itemId && f.itemId != *itemId)
            continue;
        FileRef ref = f.ref;
        ref.item = static_cast<int>(f.itemId);
        if (addMedia(&ref))
            result.push_back(ref);
    }
    return result;
}

bool Importer::readCourse(QString *error)
{
    const MbzInfo &info = m_reader.info();
    CourseData &cd = m_builder.course();
    if (!info.hasCourse) {
        m_report->warnings.append(tr("This is a backup of one %1, not of a course: the course "
                                     "fields come from the backup's description.")
                                      .arg(info.type));
        cd.title = info.originalCourseFullname;
        cd.shortName = info.originalCourseShortname;
        if (!info.originalCourseFormat.isEmpty())
            cd.format = info.originalCourseFormat;
        cd.startDate = info.originalCourseStartDate;
        cd.endDate = info.originalCourseEndDate.value_or(0);
        cd.created = info.backupDate;
        m_courseContext = info.originalCourseContextId;
        return true;
    }
    const QString dir
        = info.courseDirectory.isEmpty() ? QStringLiteral("course") : info.courseDirectory;
    std::unique_ptr<XmlDocument> doc = load(dir + QStringLiteral("/course.xml"), true, error);
    if (!doc)
        return false;
    const XmlElement course = doc->root();
    m_courseContext = course.attribute(QLatin1String("contextid")).toLongLong();
    if (m_courseContext == 0)
        m_courseContext = info.originalCourseContextId;
    cd.title = childString(course, "fullname");
    cd.shortName = childString(course, "shortname");
    cd.summary = childString(course, "summary");
    const QString format = childString(course, "format");
    if (!format.isEmpty())
        cd.format = format;
    cd.startDate = course.childInt(QLatin1String("startdate"));
    cd.endDate = course.childInt(QLatin1String("enddate"));
    cd.language = childString(course, "lang");
    cd.created = course.childInt(QLatin1String("timecreated"));
    cd.completion.enabled = childBool(course, "enablecompletion");
    cd.files = filesOf(m_courseContext, QStringLiteral("course"),
        {QStringLiteral("summary"), QStringLiteral("overviewfiles")});
    for (FileRef &f : cd.files)
        f.item = 0;
    if (!keepCourseExtras(course, dir, error))
        return false;
    if (!childString(course, "idnumber").isEmpty())
        m_report->warnings.append(tr("The course ID number \"%1\" is not kept: a parcours gets "
                                     "its own when it is restored.")
                                      .arg(childString(course, "idnumber")));
    return true;
}

/** The element has something in it: a child element or text (not just empty list wrappers). */
bool hasContent(const XmlElement &root)
{
    for (const XmlElement &child : root.children()) {
        if (!child.children().isEmpty() || !child.text().trimmed().isEmpty())
            return true;
    }
    return false;
}

/**
 * Reads the text of the files under a folder of the extracted backup into *kept, keyed by their
 * path relative to the backup root. Returns false with *error set when one cannot be read.
 */
bool Importer::keepFolder(const QString &relative, QJsonObject *kept, QString *error)
{
    const QString base = m_root + QLatin1Char('/') + relative;
    QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        const QString name = QDir(m_root).relativeFilePath(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(displayName(name), file.errorString());
            return false;
        }
        kept->insert(name, QString::fromUtf8(file.readAll()));
    }
    return true;
}

/**
 * The Moodle data of a course or an activity directory that the model does not edit, kept so
 * that the export writes it back unchanged (docs/moodle-backup-format.md §5–§7): its blocks,
 * and its filter, calendar (course only), comment, competency and completion-default files when
 * they hold something. Role overrides are only reported: their role ids need the site's role
 * mapping. Kept files go to *kept keyed by path from the backup root; what was kept is reported for
 * owner.
 */
bool Importer::keepDirectoryExtras(
    const QString &dir, const QString &owner, bool course, QJsonObject *kept, QString *error)
{
    const QString blocksDir = dir + QStringLiteral("/blocks");
    const QStringList blocks = QDir(m_root + QLatin1Char('/') + blocksDir)
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &block : blocks) {
        if (!keepFolder(blocksDir + QLatin1Char('/') + block, kept, error))
            return false;
        QString name = block.section(QLatin1Char('_'), 0, -2);
        qint64 context = 0;
        QString ignored;
        if (auto doc = load(blocksDir + QLatin1Char('/') + block + QStringLiteral("/block.xml"),
                false, &ignored)) {
            name = childString(doc->root(), "blockname");
            context = doc->root().attribute(QLatin1String("contextid")).toLongLong();
        }
        m_report->kept.append({KeptItem::Kind::Block, owner,
            course ? tr("Block \"%1\" of the course").arg(name)
                   : tr("Block \"%1\" of \"%2\"").arg(name, owner)});
        // A block's files (an HTML block's images) are not kept: the export numbers files anew
        // and the block's kept inforef.xml names the old numbers.
        const auto files = std::count_if(m_files.cbegin(), m_files.cend(),
            [context](const FileRecord &f) { return context > 0 && f.contextId == context; });
        if (files > 0)
            m_report->warnings.append(tr("The block \"%1\" is kept without its %n file(s); add "
                                         "them to the block again in Moodle.",
                nullptr, static_cast<int>(files))
                                          .arg(name));
    }
    struct KeptFile
    {
        const char *file;
        KeptItem::Kind kind;
    };
    static const KeptFile files[] = {{"filters.xml", KeptItem::Kind::Filters},
        {"calendar.xml", KeptItem::Kind::CalendarEvents},
        {"comments.xml", KeptItem::Kind::Comments},
        {"competencies.xml", KeptItem::Kind::Competencies},
        {"completiondefaults.xml", KeptItem::Kind::Other}};
    for (const KeptFile &f : files) {
        // An activity's events repeat its dates (opens, closes, due…), which the model edits:
        // kept, they would restore stale dates.
        if (!course && f.kind == KeptItem::Kind::CalendarEvents)
            continue;
        const QString relative = dir + QLatin1Char('/') + QLatin1String(f.file);
        QString ignored;
        std::unique_ptr<XmlDocument> doc = load(relative, false, &ignored);
        if (!doc || !hasContent(doc->root()))
            continue;
        QFile file(m_root + QLatin1Char('/') + relative);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(displayName(relative), file.errorString());
            return false;
        }
        kept->insert(relative, QString::fromUtf8(file.readAll()));
        const XmlElement root = doc->root();
        QString description;
        switch (f.kind) {
        case KeptItem::Kind::Filters:
            description = course ? tr("Filter settings of the course")
                                 : tr("Filter settings of \"%1\"").arg(owner);
            break;
        case KeptItem::Kind::CalendarEvents: {
            const int n = static_cast<int>(root.children(QLatin1String("event")).size());
            description = course ? tr("%n calendar event(s) of the course", nullptr, n)
                                 : tr("%n calendar event(s) of \"%1\"", nullptr, n).arg(owner);
            break;
        }
        case KeptItem::Kind::Comments:
            description
                = course ? tr("Comments of the course") : tr("Comments of \"%1\"").arg(owner);
            break;
        case KeptItem::Kind::Competencies:
            description = course ? tr("Competencies of the course")
                                 : tr("Competencies of \"%1\"").arg(owner);
            break;
        default:
            description = tr("Default completion settings of the course's activities");
        }
        m_report->kept.append({f.kind, owner, description});
    }
    QString ignored;
    if (auto roles = load(dir + QStringLiteral("/roles.xml"), false, &ignored)) {
        if (!roles->root().path(QLatin1String("role_overrides")).children().isEmpty()) {
            const QString description = course
                ? tr("Role overrides of the course (left out: add them again in Moodle)")
                : tr("Role overrides of \"%1\" (left out: add them again in Moodle)").arg(owner);
            m_report->kept.append({KeptItem::Kind::Roles, owner, description, false});
            m_report->warnings.append(description);
        }
    }
    return true;
}

/** A list element of course.xml or module.xml kept as raw XML under key when it has content. */
void Importer::keepElement(const XmlElement &parent,
    const char *name,
    QJsonObject *kept,
    KeptItem::Kind kind,
    const QString &owner,
    const QString &description)
{
    const XmlElement element = parent.child(QLatin1String(name));
    if (!element || element.children().isEmpty())
        return;
    kept->insert(QLatin1String(name), element.toXml());
    m_report->kept.append({kind, owner, description});
}

/** The names of the `<tags><tag><rawname>` of a course.xml or module.xml. */
QStringList tagNames(const XmlElement &parent)
{
    QStringList tags;
    for (const XmlElement &tag : parent.path(QLatin1String("tags")).children(QLatin1String("tag")))
        tags.append(childString(tag, "rawname"));
    return tags;
}

/**
 * Course-level Moodle data the model does not edit: kept in the course's extra JSON
 * ("keptFiles": blocks, filters, events…; "courseXml": tags, custom fields and format options of
 * course.xml as raw XML), written back unchanged by the exporter. The gradebook set-up and the
 * groups are only reported.
 */
bool Importer::keepCourseExtras(const XmlElement &course, const QString &dir, QString *error)
{
    CourseData &cd = m_builder.course();
    const QString owner = cd.title;
    QJsonObject keptFiles;
    if (!keepDirectoryExtras(dir, owner, true, &keptFiles, error))
        return false;
    QJsonObject courseXml;
    keepElement(course, "tags", &courseXml, KeptItem::Kind::Tags, owner,
        tr("Tags of the course: %1").arg(tagNames(course).join(QLatin1String(", "))));
    keepElement(course, "customfields", &courseXml, KeptItem::Kind::Other, owner,
        tr("Custom fields of the course"));
    // The options every export writes (MbzExporter) are not worth keeping: a parcours made here
    // and one read back from its export must be the same.
    QStringList options;
    for (const XmlElement &o : course.path(QLatin1String("courseformatoptions")).children())
        options.append(childString(o, "name") + QLatin1Char('=') + childString(o, "value"));
    options.sort();
    if (options
        != QStringList {QStringLiteral("coursedisplay=0"), QStringLiteral("hiddensections=1")})
        keepElement(course, "courseformatoptions", &courseXml, KeptItem::Kind::FormatOptions, owner,
            tr("Options of the course format \"%1\"").arg(cd.format));
    if (!keptFiles.isEmpty())
        cd.extra.insert(QStringLiteral("keptFiles"), keptFiles);
    if (!courseXml.isEmpty())
        cd.extra.insert(QStringLiteral("courseXml"), courseXml);

    QString ignored;
    if (auto gradebook = load(QStringLiteral("gradebook.xml"), false, &ignored)) {
        const XmlElement root = gradebook->root();
        int items = 0;
        for (const XmlElement &item :
            root.path(QLatin1String("grade_items")).children(QLatin1String("grade_item"))) {
            const QString type = childString(item, "itemtype");
            if (type != QLatin1String("course") && type != QLatin1String("mod"))
                ++items;
        }
        const int categories = static_cast<int>(root.path(QLatin1String("grade_categories"))
                                                    .children(QLatin1String("grade_category"))
                                                    .size());
        if (items > 0 || categories > 1) {
            const QString description
                = tr("Gradebook set-up of the course (%1 categories, %2 other grade items; left "
                     "out: the export writes one course total)")
                      .arg(qMax(0, categories - 1))
                      .arg(items);
            m_report->kept.append({KeptItem::Kind::Gradebook, owner, description, false});
            m_report->warnings.append(description);
        }
    }
    if (auto groups = load(QStringLiteral("groups.xml"), false, &ignored)) {
        const int n = static_cast<int>(groups->root().children(QLatin1String("group")).size());
        if (n > 0) {
            const QString description = tr(
                "%n group(s) of the course (left out: create them again in Moodle)", nullptr, n);
            m_report->kept.append({KeptItem::Kind::Other, owner, description, false});
            m_report->warnings.append(description);
        }
    }
    return true;
}

/**
 * Sections in moodle_backup.xml order, which is their order in the course. Section 0 is marked
 * with extra {"number": 0} so that the exporter writes it back as the general section instead of
 * adding one.
 */
bool Importer::readSections(QString *error)
{
    for (const MbzSection &s : m_reader.info().sections) {
        if (!s.included || !s.present)
            continue;
        std::unique_ptr<XmlDocument> doc
            = load(s.directory + QStringLiteral("/section.xml"), true, error);
        if (!doc)
            return false;
        const XmlElement section = doc->root();
        SectionData data;
        data.title = childString(section, "name");
        data.summary = childString(section, "summary");
        data.visible = childBool(section, "visible", true);
        const int number = childInt(section, "number", -1);
        if (number == 0)
            data.extra.insert(QStringLiteral("number"), 0);
        // 4.5 subsections: the section stays delegated to its activity (resolveDelegated()).
        if (s.parentCmId)
            data.extra.insert(QStringLiteral("delegatedBy"), s.moduleName);
        QString formatOptions;
        for (const XmlElement &o : section.children(QLatin1String("course_format_options")))
            formatOptions += o.toXml();
        if (!formatOptions.isEmpty()) {
            data.extra.insert(QStringLiteral("sectionXml"),
                QJsonObject {{QStringLiteral("course_format_options"), formatOptions}});
            m_report->kept.append({KeptItem::Kind::FormatOptions, data.title,
                tr("Course format options of the section \"%1\"").arg(data.title)});
        }
        const qint64 id = section.attribute(QLatin1String("id")).toLongLong();
        data.files
            = filesOf(m_courseContext, QStringLiteral("course"), {QStringLiteral("section")}, id);
        for (FileRef &f : data.files)
            f.item = 0;
        const NodeId node = m_builder.addSection(data);
        m_sectionNode.insert(s.sectionId, node);
        m_sectionNode.insert(id, node);
        SectionRef ref;
        ref.node = node;
        ref.parentCmId = s.parentCmId.value_or(0);
        ref.availability = section.childText(QLatin1String("availabilityjson"));
        ref.section = section;
        m_sections.append(ref);
        m_keep.push_back(std::move(doc));
        ++m_report->sections;
    }
    return true;
}

/**
 * The fields every activity has, from module.xml and the module's own element. Automatic
 * completion rules are spread over both files, and the module's rules (completionsubmit,
 * completionposts, …) only exist in the kinds that have them, so absent ones read as off.
 */
void Importer::readCommon(ActivityData *data, const XmlElement &module, const XmlElement &body)
{
    data->name = childString(body, "name");
    data->description = childString(body, "intro");
    data->showDescription = childBool(module, "showdescription");
    data->visible = childBool(module, "visible", true);
    data->idNumber = childString(module, "idnumber");
    Completion &c = data->completion;
    const int mode = childInt(module, "completion");
    c.mode = mode >= 0 && mode <= 2 ? static_cast<CompletionMode>(mode) : CompletionMode::None;
    c.expected = module.childInt(QLatin1String("completionexpected"));
    if (c.mode == CompletionMode::Automatic) {
        c.view = childBool(module, "completionview");
        c.receiveGrade = !module.childText(QLatin1String("completiongradeitemnumber")).isEmpty();
        c.passGrade = childBool(module, "completionpassgrade") || childBool(body, "completionpass");
        c.attemptsExhausted = childBool(body, "completionattemptsexhausted");
        c.minAttempts = childInt(body, "completionminattempts");
        c.submit = childBool(body, "completionsubmit");
        c.forumPosts = childInt(body, "completionposts");
        c.forumDiscussions = childInt(body, "completiondiscussions");
        c.forumReplies = childInt(body, "completionreplies");
        c.contributeWords = childBool(body, "completionwords");
    }
}

/**
 * One activity: module.xml, <modname>.xml and grades.xml of its directory. A modelled kind gets
 * its settings; any other module becomes opaque with every file of its directory, as text, so
 * that the exporter writes it back byte for byte.
 */
bool Importer::readActivity(const MbzActivity &activity, QString *error)
{
    const QString dir = activity.directory;
    std::unique_ptr<XmlDocument> moduleDoc = load(dir + QStringLiteral("/module.xml"), true, error);
    if (!moduleDoc)
        return false;
    const QString modName = activity.moduleName;
    std::unique_ptr<XmlDocument> mainDoc
        = load(dir + QLatin1Char('/') + modName + QStringLiteral(".xml"), true, error);
    if (!mainDoc)
        return false;
    const XmlElement module = moduleDoc->root();
    const XmlElement wrapper = mainDoc->root();
    const XmlElement body = wrapper.child(QLatin1String(modName.toLatin1().constData()));
    const qint64 contextId = wrapper.attribute(QLatin1String("contextid")).toLongLong();
    const NodeId section = m_sectionNode.value(activity.sectionId);
    if (!section) {
        m_report->warnings.append(
            tr("The activity \"%1\" is in a section that is not in the backup; it was left out.")
                .arg(activity.title));
        return true;
    }
    // Grade item of the activity (itemnumber 0), for grade conditions and passing grades.
    qint64 gradeItemId = 0;
    double gradePass = 0;
    double gradeMax = 0;
    std::unique_ptr<XmlDocument> gradesDoc
        = load(dir + QStringLiteral("/grades.xml"), false, error);
    if (!error->isEmpty())
        return false;
    if (gradesDoc) {
        for (const XmlElement &item : gradesDoc->root()
                                          .path(QLatin1String("grade_items"))
                                          .children(QLatin1String("grade_item"))) {
            if (item.childInt(QLatin1String("itemnumber")) != 0)
                continue;
            gradeItemId = item.attribute(QLatin1String("id")).toLongLong();
            gradePass = childDouble(item, "gradepass");
            gradeMax = childDouble(item, "grademax");
            break;
        }
    }

    ActivityData data;
    readCommon(&data, module, body);
    if (data.name.isEmpty())
        data.name = activity.title;
    const QString component = QStringLiteral("mod_") + modName;
    const QString kindModule
        = modName == QLatin1String("collabwordcloud") ? QStringLiteral("wordcloud") : modName;
    const std::optional<ActivityKind> kind = kindFromModuleName(kindModule);
    bool ok = true;
    if (!kind || *kind == ActivityKind::Opaque) {
        OpaqueSettings opaque;
        opaque.moduleName = modName;
        const QString base = m_root + QLatin1Char('/') + dir;
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read %1: %2")
                             .arg(displayName(dir + QLatin1Char('/') + it.fileName()),
                                 file.errorString());
                return false;
            }
            opaque.xmlFiles.insert(
                QDir(base).relativeFilePath(path), QString::fromUtf8(file.readAll()));
        }
        data.files = filesOf(contextId, component, {});
        data.settings = opaque;
        m_report->opaque.append(QStringLiteral("%1: %2").arg(modName, data.name));
        m_report->kept.append({KeptItem::Kind::Activity, data.name,
            tr("Activity \"%1\" (module %2), with its settings and files")
                .arg(data.name, modName)});
    } else {
        data.files = filesOf(contextId, component, {});
        for (FileRef &f : data.files) {
            if (f.area == QLatin1String("intro") || f.area == QLatin1String("content"))
                f.item = 0;
        }
        switch (*kind) {
        case ActivityKind::Page: {
            PageSettings s;
            s.content = childString(body, "content");
            s.display = displayMode(childInt(body, "display", 5), DisplayMode::Open);
            const QString options = childString(body, "displayoptions");
            s.printIntro = phpFlag(options, QStringLiteral("printintro")).value_or(false);
            s.printLastModified
                = phpFlag(options, QStringLiteral("printlastmodified")).value_or(true);
            data.settings = s;
            break;
        }
        case ActivityKind::Label:
            data.settings = LabelSettings {};
            if (data.name.isEmpty())
                data.name = activity.title;
            break;
        case ActivityKind::Url: {
            UrlSettings s;
            s.url = childString(body, "externalurl");
            s.display = displayMode(childInt(body, "display"), DisplayMode::Automatic);
            data.settings = s;
            break;
        }
        case ActivityKind::Resource: {
            ResourceSettings s;
            s.display = displayMode(childInt(body, "display"), DisplayMode::Automatic);
            const QString options = childString(body, "displayoptions");
            s.showSize = phpFlag(options, QStringLiteral("showsize")).value_or(false);
            s.showType = phpFlag(options, QStringLiteral("showtype")).value_or(false);
            data.settings = s;
            break;
        }
        case ActivityKind::Folder: {
            FolderSettings s;
            s.inlineOnCoursePage = childInt(body, "display") == 1;
            s.showExpanded = childBool(body, "showexpanded", true);
            s.showDownloadButton = childBool(body, "showdownloadfolder", true);
            s.forceDownload = childBool(body, "forcedownload", true);
            data.settings = s;
            break;
        }
        case ActivityKind::Forum: {
            ForumSettings s;
            s.type = forumTypeFromName(childString(body, "type"));
            s.subscription = childInt(body, "forcesubscribe");
            s.maxAttachments = childInt(body, "maxattachments", 9);
            s.dueDate = body.childInt(QLatin1String("duedate"));
            s.cutoffDate = body.childInt(QLatin1String("cutoffdate"));
            data.settings = s;
            break;
        }
        case ActivityKind::Assign: {
            AssignSettings s;
            s.activityInstructions = childString(body, "activity");
            s.allowSubmissionsFrom = body.childInt(QLatin1String("allowsubmissionsfromdate"));
            s.dueDate = body.childInt(QLatin1String("duedate"));
            s.cutoffDate = body.childInt(QLatin1String("cutoffdate"));
            s.gradingDueDate = body.childInt(QLatin1String("gradingduedate"));
            s.maxGrade = childDouble(body, "grade", 100);
            s.gradePass = gradePass;
            s.requireStatement = childBool(body, "requiresubmissionstatement");
            QHash<QString, QString> config;
            for (const XmlElement &c : body.path(QLatin1String("plugin_configs"))
                                           .children(QLatin1String("plugin_config"))) {
                config.insert(childString(c, "plugin") + QLatin1Char('/') + childString(c, "name"),
                    childString(c, "value"));
            }
            s.onlineText = toInt(config.value(QStringLiteral("onlinetext/enabled"))) != 0;
            s.fileSubmissions = toInt(config.value(QStringLiteral("file/enabled"))) != 0;
            s.maxFiles = toInt(config.value(QStringLiteral("file/maxfilesubmissions")), 1);
            if (toInt(config.value(QStringLiteral("onlinetext/wordlimitenabled"))) != 0)
                s.wordLimit = toInt(config.value(QStringLiteral("onlinetext/wordlimit")));
            data.settings = s;
            break;
        }
        case ActivityKind::Quiz:
            data.settings = QuizSettings {};
            ok = readQuiz(&data, body, gradePass);
            break;
        case ActivityKind::WordCloud: {
            WordCloudSettings s;
            s.instructions = childString(body, "instructions");
            s.wordsMax = childInt(body, "wordsallowed", 3);
            s.wordsRequired = childInt(body, "wordsrequired", 1);
            s.timeOpen = body.childInt(QLatin1String("timestart"));
            s.timeClose = body.childInt(QLatin1String("timeend"));
            const int groupMode = childInt(module, "groupmode");
            s.groupMode = groupMode >= 0 && groupMode <= 2 ? static_cast<GroupMode>(groupMode)
                                                           : GroupMode::NoGroups;
            const QString wordsElement = modName + QStringLiteral("_words");
            for (const XmlElement &w : body.children(QLatin1String(wordsElement.toLatin1()))) {
                if (w.childInt(QLatin1String("userid")) == 0)
                    s.seedWords.append(childString(w, "word"));
            }
            // The exporter repeats the seed words in the instructions; do not repeat them twice.
            if (!s.seedWords.isEmpty()) {
                const QString paragraph
                    = QStringLiteral("<p>%1</p>")
                          .arg(QCoreApplication::translate("MbzExporter", "Seed words: %1")
                                   .arg(s.seedWords.join(QLatin1String(", ")).toHtmlEscaped()));
                if (s.instructions.endsWith(paragraph))
                    s.instructions.chop(paragraph.size());
            }
            data.settings = s;
            break;
        }
        case ActivityKind::MindMap: {
            MindMapSettings s;
            s.editable = childBool(body, "editable", true);
            s.locking = childBool(body, "locking", true);
            s.mode = childInt(body, "mindmapmode", 1) == 2 ? MindMapMode::Individual
                                                           : MindMapMode::Collaborative;
            bool truncated = false;
            s.root = mindMapFromJson(childString(body, "mindmapdata"), &truncated);
            if (truncated)
                m_report->warnings.append(tr("The mind map \"%1\" is more than %2 levels deep; "
                                             "the deeper nodes were left out.")
                                              .arg(data.name)
                                              .arg(s_maxMindMapDepth));
            data.settings = s;
            break;
        }
        case ActivityKind::CompletionMarker:
            data.settings = CompletionMarkerSettings {};
            break;
        case ActivityKind::Opaque:
            break;
        }
        m_report->editable.append(
            QStringLiteral("%1: %2").arg(activityKindName(data.kind()), data.name));
        ++m_report->activitiesByKind[data.kind()];
    }
    if (!ok)
        return false;
    // What the model does not edit is kept for the export: module.xml's tags, and for a
    // modelled kind the blocks, filters, events… of its directory (an opaque one keeps them all).
    QJsonObject moduleXml;
    keepElement(module, "tags", &moduleXml, KeptItem::Kind::Tags, data.name,
        tr("Tags of \"%1\": %2").arg(data.name, tagNames(module).join(QLatin1String(", "))));
    if (!moduleXml.isEmpty())
        data.extra.insert(QStringLiteral("moduleXml"), moduleXml);
    if (data.kind() != ActivityKind::Opaque) {
        QJsonObject kept;
        if (!keepDirectoryExtras(dir, data.name, false, &kept, error))
            return false;
        QJsonObject relative;
        for (auto it = kept.constBegin(); it != kept.constEnd(); ++it)
            relative.insert(it.key().mid(dir.size() + 1), it.value());
        if (!relative.isEmpty())
            data.extra.insert(QStringLiteral("keptFiles"), relative);
    }
    QStringList otherComponents;
    for (const FileRecord &f : std::as_const(m_files)) {
        if (f.contextId == contextId && f.component != component
            && f.component != QLatin1String("question")
            && !f.component.startsWith(QLatin1String("qtype_"))
            && !otherComponents.contains(f.component))
            otherComponents.append(f.component);
    }
    if (!otherComponents.isEmpty())
        m_report->warnings.append(tr("The files of \"%1\" that belong to %2 were left out.")
                                      .arg(data.name, otherComponents.join(QLatin1String(", "))));
    const NodeId node = m_builder.addActivity(section, data);
    m_cmNode.insert(activity.moduleId, node);
    if (gradeItemId > 0)
        m_gradeItemNode.insert(gradeItemId, node);
    if (gradeMax > 0)
        m_gradeMax.insert(node, gradeMax);
    if (data.kind() == ActivityKind::Quiz)
        m_quizzes.append({node, body});
    ActivityRef ref;
    ref.node = node;
    ref.cmid = activity.moduleId;
    ref.modName = modName;
    ref.availability = module.childText(QLatin1String("availability"));
    ref.module = module;
    ref.name = data.name;
    m_activities.append(ref);
    m_keep.push_back(std::move(moduleDoc));
    m_keep.push_back(std::move(mainDoc));
    ++m_report->activities;
    return true;
}

/** Quiz fields; slots are resolved once the bank is read (resolveQuizzes in run()). */
bool Importer::readQuiz(ActivityData *data, const XmlElement &body, double gradePass)
{
    QuizSettings q;
    q.timeOpen = body.childInt(QLatin1String("timeopen"));
    q.timeClose = body.childInt(QLatin1String("timeclose"));
    q.timeLimit = childInt(body, "timelimit");
    q.behaviour = behaviourFromName(childString(body, "preferredbehaviour"))
                      .value_or(QuizBehaviour::DeferredFeedback);
    q.attempts = childInt(body, "attempts_number");
    const int method = childInt(body, "grademethod", 1);
    q.gradeMethod
        = method >= 1 && method <= 4 ? static_cast<GradeMethod>(method - 1) : GradeMethod::Highest;
    q.decimalPoints = childInt(body, "decimalpoints", 2);
    q.review.attempt = childInt(body, "reviewattempt", q.review.attempt);
    q.review.correctness = childInt(body, "reviewcorrectness", q.review.correctness);
    q.review.maxMarks = childInt(body, "reviewmaxmarks", q.review.maxMarks);
    q.review.marks = childInt(body, "reviewmarks", q.review.marks);
    q.review.specificFeedback = childInt(body, "reviewspecificfeedback", q.review.specificFeedback);
    q.review.generalFeedback = childInt(body, "reviewgeneralfeedback", q.review.generalFeedback);
    q.review.rightAnswer = childInt(body, "reviewrightanswer", q.review.rightAnswer);
    q.review.overallFeedback = childInt(body, "reviewoverallfeedback", q.review.overallFeedback);
    q.questionsPerPage = childInt(body, "questionsperpage", 1);
    q.navigation = childString(body, "navmethod") == QLatin1String("seq")
        ? QuizNavigation::Sequential
        : QuizNavigation::Free;
    q.shuffleAnswers = childBool(body, "shuffleanswers", true);
    q.grade = childDouble(body, "grade", 10);
    q.gradePass = gradePass;
    for (const XmlElement &s :
        body.path(QLatin1String("sections")).children(QLatin1String("section"))) {
        QuizSection section;
        section.firstSlot = qMax(0, childInt(s, "firstslot", 1) - 1);
        section.heading = childString(s, "heading");
        section.shuffle = childBool(s, "shufflequestions");
        q.sections.push_back(section);
    }
    // One untitled, unshuffled section from the first slot is what a quiz without sections has.
    if (q.sections.size() == 1 && q.sections.front().firstSlot == 0
        && q.sections.front().heading.isEmpty() && !q.sections.front().shuffle)
        q.sections.clear();
    // Feedback files name their band by row id; the model by index.
    QHash<qint64, int> bandOfRow;
    for (const XmlElement &f :
        body.path(QLatin1String("feedbacks")).children(QLatin1String("feedback"))) {
        FeedbackBand band;
        band.text = childString(f, "feedbacktext");
        band.minPercent = q.grade > 0 ? childDouble(f, "mingrade") * 100.0 / q.grade : 0;
        bandOfRow.insert(
            f.attribute(QLatin1String("id")).toLongLong(), static_cast<int>(q.feedback.size()));
        q.feedback.push_back(band);
    }
    for (FileRef &f : data->files) {
        if (f.area == QLatin1String("feedback"))
            f.item = bandOfRow.value(f.item, 0);
    }
    data->settings = q;
    return true;
}

/**
 * One child of an availability tree: a nested set (no "type") or a condition. Completion and
 * grade conditions name Moodle ids, mapped to NodeIds here; one whose target is not in the backup
 * (or "cm": -1, "previous activity") is kept as raw JSON, which the exporter writes back as is.
 */
RestrictionItem Importer::conditionFromJson(const QJsonObject &object, const QString &owner)
{
    RestrictionItem item;
    if (!object.contains(QStringLiteral("type"))) {
        item.isSet = true;
        item.set.op = RestrictionOp::All;
        const QString op = object.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("|"))
            item.set.op = RestrictionOp::Any;
        else if (op == QLatin1String("!&"))
            item.set.op = RestrictionOp::NotAll;
        else if (op == QLatin1String("!|"))
            item.set.op = RestrictionOp::NotAny;
        for (const QJsonValue &child : object.value(QStringLiteral("c")).toArray())
            item.set.items.push_back(conditionFromJson(child.toObject(), owner));
        return item;
    }
    Condition &c = item.condition;
    const QString type = object.value(QStringLiteral("type")).toString();
    auto keepRaw = [&](const QString &why) {
        c = Condition {};
        c.type = ConditionType::Other;
        c.raw = object;
        if (!why.isEmpty())
            m_report->warnings.append(why);
    };
    if (type == QLatin1String("completion")) {
        const qint64 cm = object.value(QStringLiteral("cm")).toInteger();
        c.type = ConditionType::Completion;
        c.activity = m_cmNode.value(cm);
        const int e = object.value(QStringLiteral("e")).toInt(1);
        c.state = e >= 0 && e <= 3 ? static_cast<CompletionState>(e) : CompletionState::Complete;
        if (!c.activity)
            keepRaw(cm == -1 ? QString()
                             : tr("The restriction of \"%1\" waits for an activity that is not "
                                  "in the backup; the condition was kept as it is.")
                                   .arg(owner));
    } else if (type == QLatin1String("grade")) {
        const qint64 id = object.value(QStringLiteral("id")).toInteger();
        c.type = ConditionType::Grade;
        c.activity = m_gradeItemNode.value(id);
        if (object.contains(QStringLiteral("min")))
            c.minPercent = object.value(QStringLiteral("min")).toDouble();
        if (object.contains(QStringLiteral("max")))
            c.maxPercent = object.value(QStringLiteral("max")).toDouble();
        if (!c.activity)
            keepRaw(tr("The restriction of \"%1\" asks for a grade that is not an activity of "
                       "the backup; the condition was kept as it is.")
                        .arg(owner));
    } else if (type == QLatin1String("date")) {
        c.type = ConditionType::Date;
        c.direction = object.value(QStringLiteral("d")).toString() == QLatin1String("<")
            ? DateDirection::Until
            : DateDirection::From;
        c.time = object.value(QStringLiteral("t")).toInteger();
    } else {
        keepRaw(QString());
    }
    return item;
}

/**
 * Moodle's availability JSON (2.7+). Visibility flags sit on the root only: showc per item for
 * "&" and "!|" roots, show for the whole set otherwise (values.h, Restriction).
 */
Restriction Importer::restrictionFromJson(const QString &json, const QString &owner)
{
    Restriction r;
    if (json.trimmed().isEmpty())
        return r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        m_report->warnings.append(
            tr("The restriction of \"%1\" is not valid JSON (%2); it was left out.")
                .arg(owner, parseError.errorString()));
        return r;
    }
    const QJsonObject root = doc.object();
    RestrictionItem top
        = conditionFromJson(QJsonObject {{QStringLiteral("op"), root.value(QStringLiteral("op"))},
                                {QStringLiteral("c"), root.value(QStringLiteral("c"))}},
            owner);
    r = top.set;
    if (root.contains(QStringLiteral("show")))
        r.hidden = !root.value(QStringLiteral("show")).toBool(true);
    const QJsonArray showc = root.value(QStringLiteral("showc")).toArray();
    for (qsizetype i = 0; i < showc.size() && i < static_cast<qsizetype>(r.items.size()); ++i)
        r.items[static_cast<size_t>(i)].hidden = !showc.at(i).toBool(true);
    return r;
}

/** Moodle 2.6 availability fields (module.xml and section.xml), before the JSON of 2.7. */
Restriction Importer::legacyRestriction(const XmlElement &element, const QString &owner)
{
    Restriction r;
    const bool hidden = element.child(QLatin1String("showavailability"))
        && !childBool(element, "showavailability");
    auto add = [&](const Condition &c) {
        RestrictionItem item;
        item.condition = c;
        item.hidden = hidden;
        r.items.push_back(item);
    };
    if (const qint64 from = element.childInt(QLatin1String("availablefrom")); from > 0) {
        Condition c;
        c.type = ConditionType::Date;
        c.direction = DateDirection::From;
        c.time = from;
        add(c);
    }
    if (const qint64 until = element.childInt(QLatin1String("availableuntil")); until > 0) {
        Condition c;
        c.type = ConditionType::Date;
        c.direction = DateDirection::Until;
        c.time = until;
        add(c);
    }
    const XmlElement info = element.child(QLatin1String("availability_info"));
    for (const XmlElement &a : info.children(QLatin1String("availability"))) {
        Condition c;
        const qint64 cm = a.childInt(QLatin1String("sourcecmid"));
        const qint64 gradeItem = a.childInt(QLatin1String("gradeitemid"));
        if (cm > 0) {
            c.type = ConditionType::Completion;
            c.activity = m_cmNode.value(cm);
            const int required = childInt(a, "requiredcompletion", 1);
            c.state = required >= 0 && required <= 3 ? static_cast<CompletionState>(required)
                                                     : CompletionState::Complete;
        } else if (gradeItem > 0) {
            c.type = ConditionType::Grade;
            c.activity = m_gradeItemNode.value(gradeItem);
            const QString min = a.childText(QLatin1String("grademin"));
            const QString max = a.childText(QLatin1String("grademax"));
            if (!min.isEmpty())
                c.minPercent = toDouble(min);
            if (!max.isEmpty())
                c.maxPercent = toDouble(max);
        } else {
            continue;
        }
        if (!c.activity) {
            m_report->warnings.append(tr("A condition of \"%1\" refers to an activity that is "
                                         "not in the backup; it was left out.")
                                          .arg(owner));
            continue;
        }
        add(c);
    }
    if (!info.children(QLatin1String("availability_field")).isEmpty())
        m_report->warnings.append(tr("The user profile conditions of \"%1\" (Moodle 2.6) were "
                                     "left out; add them again in Moodle.")
                                      .arg(owner));
    return r;
}

void Importer::resolveRestrictions()
{
    for (const ActivityRef &a : std::as_const(m_activities)) {
        ActivityData *data = m_builder.activity(a.node);
        if (!a.availability.isEmpty())
            data->restriction = restrictionFromJson(a.availability, a.name);
        else
            data->restriction = legacyRestriction(a.module, a.name);
    }
    for (const SectionRef &s : std::as_const(m_sections)) {
        SectionData *data = m_builder.section(s.node);
        if (!s.availability.isEmpty())
            data->restriction = restrictionFromJson(s.availability, data->title);
        else
            data->restriction = legacyRestriction(s.section, data->title);
    }
}

/**
 * Moodle 4.5 subsections (mod_subsection): the subsection activity stays opaque and its
 * delegated section an ordinary section of the model that names its owner in extra
 * ({"delegatedBy": "subsection", "parentActivity": NodeId}), so that the exporter writes the pair
 * back as Moodle wrote it. A delegated section whose owner is not in the backup becomes an
 * ordinary section.
 */
void Importer::resolveDelegated()
{
    for (const SectionRef &s : std::as_const(m_sections)) {
        if (!s.parentCmId)
            continue;
        SectionData *data = m_builder.section(s.node);
        const NodeId owner = m_cmNode.value(s.parentCmId);
        const ActivityData *activity = owner ? m_builder.activity(owner) : nullptr;
        const QString module = data->extra.value(QStringLiteral("delegatedBy")).toString();
        if (!activity) {
            data->extra.remove(QStringLiteral("delegatedBy"));
            m_report->warnings.append(tr("The section \"%1\" belongs to a %2 activity that is not "
                                         "in the backup; it was imported as an ordinary section.")
                                          .arg(data->title, module));
            continue;
        }
        data->extra.insert(QStringLiteral("parentActivity"), owner);
        m_report->kept.append({KeptItem::Kind::Subsection, activity->name,
            tr("Subsection \"%1\" and its section (Moodle 4.5 and later)").arg(activity->name)});
    }
}

/**
 * One question of the bank (the latest version of a 4.x entry, or a 3.x question), with its
 * qtype payload (docs/moodle-backup-format.md §10.3), hints and files. A qtype the model does not
 * know keeps its plugin element as raw XML for the exporter.
 */
void Importer::readQuestion(const RawQuestion &raw, NodeId category)
{
    const XmlElement q = raw.element;
    QuestionData d;
    const QString qtype = childString(q, "qtype");
    d.name = childString(q, "name");
    d.text = childString(q, "questiontext");
    d.defaultMark = childDouble(q, "defaultmark", 1);
    d.generalFeedback = childString(q, "generalfeedback");
    d.penalty = childDouble(q, "penalty", d.penalty);
    d.idNumber = raw.idNumber;
    d.stamp = childString(q, "stamp");
    d.versionStamp = childString(q, "version");
    const XmlElement plugin
        = q.child(QLatin1String(QStringLiteral("plugin_qtype_%1_question").arg(qtype).toLatin1()));
    const XmlElement options = plugin.child(QLatin1String(qtype.toLatin1()));
    QList<qint64> answerIds;
    auto readAnswers = [&]() {
        for (const XmlElement &a :
            plugin.path(QLatin1String("answers")).children(QLatin1String("answer"))) {
            Answer answer;
            answer.text = childString(a, "answertext");
            answer.fraction = childDouble(a, "fraction");
            answer.feedback = childString(a, "feedback");
            answerIds.append(a.attribute(QLatin1String("id")).toLongLong());
            d.answers.push_back(answer);
        }
    };
    auto readCombined = [&](const XmlElement &e) {
        d.feedback.correct = childString(e, "correctfeedback");
        d.feedback.partiallyCorrect = childString(e, "partiallycorrectfeedback");
        d.feedback.incorrect = childString(e, "incorrectfeedback");
        d.feedback.showNumCorrect = childBool(e, "shownumcorrect");
    };
    const std::optional<QuestionType> type = questionTypeFromName(qtype);
    d.type = type.value_or(QuestionType::Other);
    switch (d.type) {
    case QuestionType::MultiChoice:
        readAnswers();
        d.single = childBool(options, "single", true);
        d.shuffle = childBool(options, "shuffleanswers", true);
        d.numbering = childString(options, "answernumbering");
        if (d.numbering.isEmpty())
            d.numbering = QStringLiteral("abc");
        d.showStandardInstruction = childBool(options, "showstandardinstruction");
        readCombined(options);
        if (const int layout = childInt(options, "layout"); layout != 0)
            d.extra.insert(QStringLiteral("layout"), layout);
        break;
    case QuestionType::TrueFalse: {
        readAnswers();
        const qint64 trueId = options.childInt(QLatin1String("trueanswer"));
        const qint64 falseId = options.childInt(QLatin1String("falseanswer"));
        std::vector<Answer> ordered(2);
        for (qsizetype i = 0; i < answerIds.size(); ++i) {
            if (answerIds[i] == trueId)
                ordered[0] = d.answers[static_cast<size_t>(i)];
            else if (answerIds[i] == falseId)
                ordered[1] = d.answers[static_cast<size_t>(i)];
        }
        if (ordered[0].text.isEmpty())
            ordered[0].text = QStringLiteral("True");
        if (ordered[1].text.isEmpty())
            ordered[1].text = QStringLiteral("False");
        d.answers = ordered;
        answerIds = {trueId, falseId};
        d.showStandardInstruction = childBool(options, "showstandardinstruction");
        break;
    }
    case QuestionType::ShortAnswer:
        readAnswers();
        d.caseSensitive = childBool(options, "usecase");
        break;
    case QuestionType::Numerical: {
        readAnswers();
        QHash<qint64, double> tolerance;
        for (const XmlElement &r : plugin.path(QLatin1String("numerical_records"))
                                       .children(QLatin1String("numerical_record")))
            tolerance.insert(r.childInt(QLatin1String("answer")), childDouble(r, "tolerance"));
        for (qsizetype i = 0; i < answerIds.size(); ++i)
            d.answers[static_cast<size_t>(i)].tolerance = tolerance.value(answerIds[i]);
        for (const XmlElement &u :
            plugin.path(QLatin1String("numerical_units")).children(QLatin1String("numerical_unit")))
            d.units.push_back({childString(u, "unit"), childDouble(u, "multiplier", 1)});
        break;
    }
    case QuestionType::Match: {
        const XmlElement match = plugin.child(QLatin1String("matchoptions"));
        d.shuffle = childBool(match, "shuffleanswers", true);
        readCombined(match);
        for (const XmlElement &m :
            plugin.path(QLatin1String("matches")).children(QLatin1String("match")))
            d.pairs.push_back({childString(m, "questiontext"), childString(m, "answertext")});
        break;
    }
    case QuestionType::Essay: {
        EssayOptions &e = d.essay;
        e.responseFormat = childString(options, "responseformat");
        if (e.responseFormat.isEmpty())
            e.responseFormat = QStringLiteral("editor");
        e.responseRequired = childBool(options, "responserequired", true);
        e.responseFieldLines = childInt(options, "responsefieldlines", 15);
        e.minWords = childInt(options, "minwordlimit");
        e.maxWords = childInt(options, "maxwordlimit");
        e.attachments = childInt(options, "attachments");
        e.attachmentsRequired = childInt(options, "attachmentsrequired");
        e.graderInfo = childString(options, "graderinfo");
        e.responseTemplate = childString(options, "responsetemplate");
        d.penalty = 0;
        break;
    }
    case QuestionType::Description:
        // Moodle ignores the penalty of questions that are not retried; so does the exporter.
        d.penalty = 0;
        break;
    case QuestionType::GapSelect:
    case QuestionType::DdWtoS: {
        const QList<XmlElement> answers
            = plugin.path(QLatin1String("answers")).children(QLatin1String("answer"));
        readAnswers();
        for (qsizetype i = 0; i < answers.size(); ++i) {
            Answer &answer = d.answers[static_cast<size_t>(i)];
            const QString feedback = answer.feedback;
            answer.feedback.clear();
            if (d.type == QuestionType::GapSelect) {
                answer.group = toInt(feedback, 1);
            } else {
                const QRegularExpressionMatch group = QRegularExpression(
                    QStringLiteral("\"draggroup\";(?:s:\\d+:\"(\\d+)\"|i:(\\d+))"))
                                                          .match(feedback);
                if (group.hasMatch())
                    answer.group = toInt(
                        group.captured(1).isEmpty() ? group.captured(2) : group.captured(1), 1);
                answer.infinite = phpFlag(feedback, QStringLiteral("infinite")).value_or(false);
            }
        }
        d.shuffle = childBool(options, "shuffleanswers", true);
        readCombined(options);
        break;
    }
    case QuestionType::MultiAnswer:
        break; // the text is rebuilt by the caller
    case QuestionType::Other:
        d.otherType = qtype;
        d.rawXml = plugin.toXml();
        break;
    }
    for (const XmlElement &h :
        q.path(QLatin1String("question_hints")).children(QLatin1String("question_hint"))) {
        d.hints.push_back(
            {childString(h, "hint"), childBool(h, "shownumcorrect"), childBool(h, "clearwrong")});
    }
    // Files: itemid is the question id, or the answer / hint id for those areas.
    QList<qint64> hintIds;
    for (const XmlElement &h :
        q.path(QLatin1String("question_hints")).children(QLatin1String("question_hint")))
        hintIds.append(h.attribute(QLatin1String("id")).toLongLong());
    const qint64 context = m_categoryContext.value(raw.categoryId);
    for (const FileRecord &f : std::as_const(m_files)) {
        if (f.contextId != context || f.component != QLatin1String("question"))
            continue;
        int item = -1;
        if (f.area == QLatin1String("answer") || f.area == QLatin1String("answerfeedback"))
            item = static_cast<int>(answerIds.indexOf(f.itemId));
        else if (f.area == QLatin1String("hint"))
            item = static_cast<int>(hintIds.indexOf(f.itemId));
        else if (f.itemId == raw.id)
            item = 0;
        if (item < 0)
            continue;
        FileRef ref = f.ref;
        ref.item = item;
        if (addMedia(&ref))
            d.files.push_back(ref);
    }
    if (d.type == QuestionType::MultiAnswer) {
        // The parent's text has {#1}, {#2} … where the sub-questions' codes go.
        const QStringList sequence
            = childString(plugin.child(QLatin1String("multianswer")), "sequence")
                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            const RawQuestion sub = m_questionsById.value(sequence[i].trimmed().toLongLong());
            if (!sub.element) {
                m_report->warnings.append(
                    tr("Part %1 of the cloze question \"%2\" is missing from the backup.")
                        .arg(i + 1)
                        .arg(d.name));
                continue;
            }
            d.text.replace(
                QStringLiteral("{#%1}").arg(i + 1), childString(sub.element, "questiontext"));
        }
    }
    // Tags (random slots may draw by tag), kept as Moodle wrote them.
    if (const XmlElement tags = q.child(QLatin1String("tags"));
        tags && !tags.children().isEmpty()) {
        d.extra.insert(
            QStringLiteral("questionXml"), QJsonObject {{QStringLiteral("tags"), tags.toXml()}});
        ++m_taggedQuestions;
    }
    if (d.type == QuestionType::Other)
        m_report->kept.append({KeptItem::Kind::Question, d.name,
            tr("Question \"%1\" of type %2, as Moodle wrote it").arg(d.name, qtype)});
    else
        ++m_report->questionsByType[d.type];
    const NodeId node = m_builder.addQuestion(category, d);
    m_questionNode.insert(raw.id, node);
    ++m_report->questions;
}

/**
 * questions.xml in either format: 4.x categories hold bank entries with versions, 3.x ones hold
 * questions. The format is told by the elements present, not by the backup's version (§14).
 * Random questions (3.x) are not bank questions; cloze sub-questions are part of their parent.
 */
bool Importer::readQuestions(QString *error)
{
    m_questionsDoc = load(QStringLiteral("questions.xml"), false, error);
    if (!m_questionsDoc)
        return error->isEmpty();
    struct Category
    {
        qint64 id = 0;
        qint64 parent = 0;
        QuestionCategoryData data;
        QList<RawQuestion> questions;
        bool top = false;
    };
    QList<Category> categories;
    for (const XmlElement &c :
        m_questionsDoc->root().children(QLatin1String("question_category"))) {
        Category category;
        category.id = c.attribute(QLatin1String("id")).toLongLong();
        category.parent = c.childInt(QLatin1String("parent"));
        category.data.name = childString(c, "name");
        category.data.info = childString(c, "info");
        category.data.stamp = childString(c, "stamp");
        category.data.idNumber = childString(c, "idnumber");
        category.top = category.parent == 0 && category.data.name == QLatin1String("top");
        m_categoryContext.insert(category.id, c.childInt(QLatin1String("contextid")));
        auto collect = [&](const XmlElement &q, const QString &idNumber) {
            RawQuestion raw;
            raw.element = q;
            raw.id = q.attribute(QLatin1String("id")).toLongLong();
            raw.categoryId = category.id;
            raw.parent = q.childInt(QLatin1String("parent"));
            raw.idNumber = idNumber;
            m_questionsById.insert(raw.id, raw);
            if (childString(q, "qtype") == QLatin1String("random")) {
                m_randomQuestions.insert(raw.id);
                return;
            }
            // Cloze sub-questions are part of their parent's text.
            if (raw.parent != 0 && raw.parent != raw.id)
                return;
            category.questions.append(raw);
        };
        const XmlElement entries = c.child(QLatin1String("question_bank_entries"));
        if (entries) {
            for (const XmlElement &entry : entries.children(QLatin1String("question_bank_entry"))) {
                const qint64 entryId = entry.attribute(QLatin1String("id")).toLongLong();
                // The latest version is the question; older ones map to the same node.
                XmlElement latest;
                qint64 latestVersion = -1;
                QList<qint64> versionIds;
                for (const XmlElement &v : entry.path(QLatin1String("question_version"))
                                               .children(QLatin1String("question_versions"))) {
                    const XmlElement q = v.path(QLatin1String("questions/question"));
                    if (!q)
                        continue;
                    versionIds.append(q.attribute(QLatin1String("id")).toLongLong());
                    const qint64 version = v.childInt(QLatin1String("version"));
                    if (version >= latestVersion) {
                        latestVersion = version;
                        latest = q;
                    }
                }
                if (!latest)
                    continue;
                const qsizetype before = category.questions.size();
                collect(latest, childString(entry, "idnumber"));
                if (category.questions.size() > before) {
                    // Noted as the negated question id, resolved once the question is added.
                    m_entryNode.insert(entryId, -category.questions.last().id);
                }
                for (qint64 id : std::as_const(versionIds)) {
                    if (id != latest.attribute(QLatin1String("id")).toLongLong())
                        m_questionNode.insert(
                            id, -latest.attribute(QLatin1String("id")).toLongLong());
                }
            }
        } else {
            for (const XmlElement &q :
                c.path(QLatin1String("questions")).children(QLatin1String("question")))
                collect(q, childString(q, "idnumber"));
        }
        categories.append(category);
    }
    // Add categories parents first; a "top" category is the bank itself unless it holds questions.
    QHash<qint64, NodeId> &categoryNode = m_categoryNode;
    QSet<qint64> visiting;
    std::function<NodeId(qsizetype)> add = [&](qsizetype index) -> NodeId {
        Category &c = categories[index];
        if (categoryNode.contains(c.id))
            return categoryNode.value(c.id);
        if (c.top && c.questions.isEmpty()) {
            categoryNode.insert(c.id, 0);
            return 0;
        }
        visiting.insert(c.id);
        NodeId parent = 0;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (categories[i].id == c.parent && c.parent != 0 && !visiting.contains(c.parent)) {
                parent = add(i);
                break;
            }
        }
        const NodeId node = m_builder.addCategory(c.data, parent);
        categoryNode.insert(c.id, node);
        ++m_report->categories;
        return node;
    };
    for (qsizetype i = 0; i < categories.size(); ++i)
        add(i);
    for (const Category &c : std::as_const(categories)) {
        NodeId node = categoryNode.value(c.id);
        if (node == 0 && !c.questions.isEmpty())
            node = m_builder.addCategory(c.data, 0);
        for (const RawQuestion &raw : c.questions)
            readQuestion(raw, node);
    }
    if (m_taggedQuestions > 0)
        m_report->kept.append({KeptItem::Kind::Tags, tr("Question bank"),
            tr("Tags of %n question(s) of the bank", nullptr, m_taggedQuestions)});
    // Entries and older versions were noted with the negated question id.
    for (auto it = m_entryNode.begin(); it != m_entryNode.end(); ++it)
        it.value() = it.value() < 0 ? m_questionNode.value(-it.value()) : it.value();
    for (auto it = m_questionNode.begin(); it != m_questionNode.end(); ++it) {
        if (it.value() < 0)
            it.value() = m_questionNode.value(-it.value());
    }
    return true;
}

/**
 * A random slot, if the instance is one: a 4.x question_set_reference (its filter condition in
 * the legacy 4.0–4.2 form or the 4.3+ one) or a 3.x slot naming a "random" question, whose
 * category and question text ("1": with sub-categories) say where to draw from. Returns false
 * when the instance is not random. A category not in the backup leaves slot->category 0.
 */
bool Importer::randomSlot(const XmlElement &instance, QuizSlot *slot)
{
    qint64 category = -1;
    if (const XmlElement set = instance.child(QLatin1String("question_set_reference"))) {
        const QJsonObject filter
            = QJsonDocument::fromJson(childString(set, "filtercondition").toUtf8()).object();
        if (filter.contains(QStringLiteral("filter"))) {
            const QJsonObject f = filter.value(QStringLiteral("filter")).toObject();
            const QJsonObject c = f.value(QStringLiteral("category")).toObject();
            category = c.value(QStringLiteral("values")).toArray().at(0).toVariant().toLongLong();
            slot->includeSubcategories = c.value(QStringLiteral("filteroptions"))
                                             .toObject()
                                             .value(QStringLiteral("includesubcategories"))
                                             .toVariant()
                                             .toBool();
            for (const QJsonValue &t : f.value(QStringLiteral("qtagids"))
                                           .toObject()
                                           .value(QStringLiteral("values"))
                                           .toArray())
                slot->tags.append(t.toVariant().toString());
        } else {
            category = filter.value(QStringLiteral("questioncategoryid")).toVariant().toLongLong();
            slot->includeSubcategories
                = filter.value(QStringLiteral("includingsubcategories")).toVariant().toInt() != 0;
            for (const QJsonValue &t : filter.value(QStringLiteral("tags")).toArray())
                slot->tags.append(t.toString());
        }
    } else {
        const qint64 id = instance.childInt(QLatin1String("questionid"));
        if (!m_randomQuestions.contains(id))
            return false;
        const RawQuestion raw = m_questionsById.value(id);
        category = raw.categoryId;
        slot->includeSubcategories
            = childString(raw.element, "questiontext").trimmed() == QLatin1String("1");
        if (const XmlElement c = instance.child(QLatin1String("questioncategoryid"));
            c && c.text().toLongLong() > 0) {
            category = c.text().toLongLong();
            slot->includeSubcategories = childBool(instance, "includingsubcategories");
        }
        for (const XmlElement &t :
            instance.path(QLatin1String("tags")).children(QLatin1String("tag")))
            slot->tags.append(
                QStringLiteral("%1,%2").arg(childString(t, "tagid"), childString(t, "tagname")));
    }
    slot->random = true;
    slot->question = 0;
    slot->category = m_categoryNode.value(category, 0);
    if (!m_categoryNode.contains(category))
        m_report->warnings.append(tr("A random question draws from a question category that is "
                                     "not in the backup; it now draws from the whole bank."));
    return true;
}

/**
 * Quiz slots, once the bank is read: 4.x slots name a bank entry, 3.x slots a question id.
 * Random slots (question_set_reference, qtype random) name a category (randomSlot()).
 */
void Importer::resolveQuizzes()
{
    for (const auto &[node, body] : std::as_const(m_quizzes)) {
        ActivityData *data = m_builder.activity(node);
        auto *quiz = std::get_if<QuizSettings>(&data->settings);
        if (!quiz)
            continue;
        QList<XmlElement> instances = body.path(QLatin1String("question_instances"))
                                          .children(QLatin1String("question_instance"));
        std::stable_sort(
            instances.begin(), instances.end(), [](const XmlElement &l, const XmlElement &r) {
                return l.childInt(QLatin1String("slot")) < r.childInt(QLatin1String("slot"));
            });
        qint64 lastPage = -1;
        int skipped = 0;
        int pinned = 0;
        for (const XmlElement &instance : std::as_const(instances)) {
            QuizSlot slot;
            if (!randomSlot(instance, &slot)) {
                if (const XmlElement ref = instance.child(QLatin1String("question_reference"))) {
                    slot.question
                        = m_entryNode.value(ref.childInt(QLatin1String("questionbankentryid")));
                    // The bank keeps the latest version of a question only.
                    const XmlElement version = ref.child(QLatin1String("version"));
                    if (slot.question && version && !version.isNullValue()
                        && !version.text().trimmed().isEmpty())
                        ++pinned;
                } else
                    slot.question
                        = m_questionNode.value(instance.childInt(QLatin1String("questionid")));
            }
            const qint64 page = instance.childInt(QLatin1String("page"));
            if (!slot.question && !slot.random) {
                ++skipped;
                lastPage = page;
                continue;
            }
            if (slot.random)
                ++m_report->randomSlots;
            slot.mark = childDouble(instance, "maxmark", 1);
            slot.newPage = quiz->slots.empty() || page != lastPage;
            slot.requirePrevious = childBool(instance, "requireprevious");
            lastPage = page;
            quiz->slots.push_back(slot);
        }
        if (pinned > 0)
            m_report->warnings.append(tr("The quiz \"%1\" used a set version of %n question(s); "
                                         "it now uses their latest version.",
                nullptr, pinned)
                                          .arg(data->name));
        if (skipped > 0)
            m_report->warnings.append(tr("The quiz \"%1\" has %n question(s) missing from the "
                                         "backup; they were left out. Add them again in Moodle.",
                nullptr, skipped)
                                          .arg(data->name));
    }
}

/**
 * The exporter gives a modelled activity its NodeId as Moodle id, and an opaque one the id its
 * XML names. When an imported NodeId equals a kept id, the kept one moves out of the way (the
 * restore maps every id anyway), so that the parcours exports without an id clash.
 */
void Importer::separateOpaqueIds()
{
    QSet<qint64> modelled;
    for (const ActivityRef &a : std::as_const(m_activities)) {
        if (m_builder.activity(a.node)->kind() != ActivityKind::Opaque)
            modelled.insert(a.node);
    }
    static const QRegularExpression moduleId(
        QStringLiteral("(<activity\\b[^>]*\\bmoduleid=\")(\\d+)(\")"));
    for (const ActivityRef &a : std::as_const(m_activities)) {
        ActivityData *data = m_builder.activity(a.node);
        auto *opaque = std::get_if<OpaqueSettings>(&data->settings);
        if (!opaque || !modelled.contains(a.cmid))
            continue;
        QString &xml = opaque->xmlFiles[a.modName + QStringLiteral(".xml")];
        const QRegularExpressionMatch m = moduleId.match(xml);
        if (!m.hasMatch())
            continue;
        qint64 cmid = s_keptIdBase + a.cmid;
        while (modelled.contains(cmid))
            ++cmid;
        xml.replace(m.capturedStart(2), m.capturedLength(2), QString::number(cmid));
    }
}

/**
 * Course completion criteria (completion.xml, §12.1). The grade criterion is an absolute course
 * grade in Moodle and a percent in the model, so it is divided by the course total of
 * gradebook.xml.
 */
bool Importer::readCompletion(QString *error)
{
    std::unique_ptr<XmlDocument> doc = load(QStringLiteral("completion.xml"), false, error);
    if (!doc)
        return error->isEmpty();
    CourseCompletion &cc = m_builder.course().completion;
    double courseTotal = 0;
    if (std::unique_ptr<XmlDocument> gradebook
        = load(QStringLiteral("gradebook.xml"), false, error)) {
        for (const XmlElement &item : gradebook->root()
                                          .path(QLatin1String("grade_items"))
                                          .children(QLatin1String("grade_item"))) {
            if (childString(item, "itemtype") == QLatin1String("course"))
                courseTotal = childDouble(item, "grademax");
        }
    }
    error->clear();
    for (const XmlElement &c : doc->root().children(QLatin1String("course_completion_criteria"))) {
        switch (childInt(c, "criteriatype")) {
        case 1:
            cc.selfCompletion = true;
            break;
        case 2:
            cc.date = c.childInt(QLatin1String("timeend"));
            break;
        case 4: {
            const NodeId node = m_cmNode.value(c.childInt(QLatin1String("moduleinstance")));
            if (node)
                cc.activities.push_back(node);
            else
                m_report->warnings.append(tr("The course completion requires an activity that "
                                             "is not in the backup; that rule was left out."));
            break;
        }
        case 5:
            cc.enrolmentDays = static_cast<int>(c.childInt(QLatin1String("enrolperiod")) / 86400);
            break;
        case 6:
            if (courseTotal > 0)
                cc.gradePercent = childDouble(c, "gradepass") * 100.0 / courseTotal;
            break;
        default:
            m_report->warnings.append(tr("A course completion rule of type %1 (other courses, "
                                         "roles, …) was left out.")
                                          .arg(childInt(c, "criteriatype")));
        }
    }
    for (const XmlElement &a :
        doc->root().children(QLatin1String("course_completion_aggr_methd"))) {
        const Aggregation method
            = childInt(a, "method", 1) == 2 ? Aggregation::Any : Aggregation::All;
        const QString type = a.childText(QLatin1String("criteriatype"));
        if (type.isEmpty())
            cc.overall = method;
        else if (toInt(type) == 4)
            cc.activityAggregation = method;
    }
    return true;
}

bool Importer::run(
    const ImportProgress &progress, const std::function<bool()> &cancelled, QString *error)
{
    const MbzInfo &info = m_reader.info();
    const qint64 total = info.activities.size() + 3;
    qint64 done = 0;
    auto step = [&]() {
        ++done;
        if (progress)
            progress(done, total);
        return !cancelled();
    };
    if (!readFiles(error) || !readCourse(error) || !readSections(error))
        return false;
    // A backup of one activity or section has no course.xml and maybe no section: the
    // activities go to a section of their own, in a course named after the original one.
    for (const MbzActivity &activity : info.activities) {
        if (!activity.included || m_sectionNode.contains(activity.sectionId))
            continue;
        SectionData data;
        data.title = tr("Imported activities");
        m_sectionNode.insert(activity.sectionId, m_builder.addSection(data));
        ++m_report->sections;
    }
    if (!step())
        return false;
    for (const MbzActivity &activity : info.activities) {
        if (!activity.included)
            continue;
        if (!activity.present) {
            m_report->warnings.append(
                tr("The activity \"%1\" is listed but missing from the backup; it was left out.")
                    .arg(activity.title));
        } else if (activity.moduleName == QLatin1String("qbank")) {
            // Moodle 5 keeps the course's questions in a qbank activity: they go to the bank.
        } else if (!readActivity(activity, error)) {
            return false;
        }
        if (!step())
            return false;
    }
    if (!readQuestions(error) || !step())
        return false;
    resolveQuizzes();
    resolveRestrictions();
    resolveDelegated();
    separateOpaqueIds();
    if (!readCompletion(error) || !step())
        return false;
    if (cancelled())
        return false;
    return m_builder.applyTo(m_doc, error);
}

} // namespace

MbzImporter::MbzImporter(const QString &fileName, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_limits(limits)
{ }

bool MbzImporter::import(CourseDocument *document, QString *errorString)
{
    m_report = {};
    m_errorString.clear();
    MbzReader reader(m_fileName, m_limits);
    QString error;
    bool cancelledFlag = false;
    auto cancelled = [this, &cancelledFlag]() {
        cancelledFlag = m_cancel && m_cancel->load();
        return cancelledFlag;
    };
    bool ok = reader.open(&error);
    if (ok) {
        Importer importer(reader, document, &m_report);
        ok = importer.run(m_progress, cancelled, &error);
    }
    if (!ok) {
        if (cancelledFlag)
            error = tr("The import of %1 was cancelled.").arg(m_fileName);
        else if (error.isEmpty())
            error = tr("Cannot import %1.").arg(m_fileName);
        m_errorString = error;
        if (errorString)
            *errorString = error;
        return false;
    }
    return true;
}

} // namespace Parcours
