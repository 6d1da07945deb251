// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/mbzexporter.h"

#include "core/export/cloze.h"
#include "core/export/tgzwriter.h"
#include "core/export/xmlbuilder.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

namespace Parcours {

namespace {

constexpr qint64 s_contextBase = 1000000;
constexpr qint64 s_systemContext = 1;
constexpr qint64 s_defaultTime = 1356998400;

struct Versions
{
    qint64 moodle;
    const char *release;
    qint64 backup;
    const char *backupRelease;
};

Versions versionsOf(MoodleTarget target)
{
    switch (target) {
    case MoodleTarget::Moodle41:
        return {2022112800, "4.1 (Build: 20221128)", 2022112800, "4.1"};
    case MoodleTarget::Moodle45:
        return {2024100700, "4.5 (Build: 20241007)", 2024100700, "4.5"};
    case MoodleTarget::Moodle50:
        return {2025041400, "5.0 (Build: 20250414)", 2025041400, "5.0"};
    }
    return {2022112800, "4.1", 2022112800, "4.1"};
}

struct FileRecord
{
    qint64 id = 0;
    FileRef ref;
    qint64 contextId = 0;
    QString component;
    QString area;
    qint64 itemId = 0;
};

struct SectionInfo
{
    const Section *node = nullptr;
    qint64 id = 0;
    int number = 0;
    /** 4.5+ delegated section (subsection): index of its owner in m_activities, else -1. */
    int owner = -1;
    QList<int> activities;
    QList<qint64> files;
};

struct ActivityInfo
{
    const Activity *node = nullptr;
    int section = 0;
    QString modName;
    qint64 cmid = 0;
    qint64 instanceId = 0;
    qint64 contextId = 0;
    bool gradeItem = false;
    /** Id of the grade item in grades.xml (the cmid, or the kept id of an opaque activity). */
    qint64 gradeItemId = 0;
    double gradeMax = 0;
    double gradePass = 0;
    /** Opaque activity: the files of its directory as Moodle wrote them. */
    const OpaqueSettings *opaque = nullptr;
    QList<qint64> files;
    QList<qint64> feedbackIds;
    QString directory() const { return QStringLiteral("activities/%1_%2").arg(modName).arg(cmid); }
};

struct CategoryInfo
{
    const QuestionCategory *node = nullptr;
    qint64 id = 0;
    qint64 parent = 0;
    QString name;
    QString info;
    QString stamp;
    QString idNumber;
    int sortOrder = 999;
    QList<const Question *> questions;
};

QString opName(RestrictionOp op)
{
    switch (op) {
    case RestrictionOp::All:
        return QStringLiteral("&");
    case RestrictionOp::Any:
        return QStringLiteral("|");
    case RestrictionOp::NotAll:
        return QStringLiteral("!&");
    case RestrictionOp::NotAny:
        return QStringLiteral("!|");
    }
    return QStringLiteral("&");
}

QString jsonNumber(double value)
{
    return QString::number(value, 'g', 15);
}

QString phpString(const QString &value)
{
    return QStringLiteral("s:%1:\"%2\";").arg(value.toUtf8().size()).arg(value);
}

QString behaviourName(QuizBehaviour behaviour)
{
    static const char *const names[] = {"deferredfeedback", "adaptivenopenalty", "adaptive",
        "interactive", "immediatefeedback", "deferredcbm", "immediatecbm"};
    return QLatin1String(names[static_cast<int>(behaviour)]);
}

QString forumTypeName(ForumType type)
{
    static const char *const names[] = {"general", "single", "eachuser", "qanda", "blog", "news"};
    return QLatin1String(names[static_cast<int>(type)]);
}

/** The words as collabwordcloud stores them after its own normalisation. */
QStringList normalisedSeedWords(const QStringList &words)
{
    QStringList out;
    for (const QString &word : words) {
        QString w = word.trimmed();
        QString lowered;
        for (QChar c : w)
            lowered.append(c.unicode() < 128 ? c.toLower() : c);
        lowered.remove(QLatin1Char('\\'));
        lowered.remove(QLatin1Char('"'));
        if (lowered.isEmpty() || lowered.size() > 30 || out.contains(lowered))
            continue;
        out.append(lowered);
    }
    return out;
}

/** Everything the archive needs, computed once from the document; then written file by file. */
/**
 * The kept Moodle files of a course or activity (extra "keptFiles": path → text), without any
 * path that could leave its directory or replace a file the model owns.
 */
QMap<QString, QByteArray> keptFiles(const QJsonObject &extra, const QStringList &owned)
{
    QMap<QString, QByteArray> files;
    const QJsonObject kept = extra.value(QStringLiteral("keptFiles")).toObject();
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        const QString &path = it.key();
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
            || path.split(QLatin1Char('/')).contains(QStringLiteral("..")) || owned.contains(path)
            || !it.value().isString())
            continue;
        files.insert(path, it.value().toString().toUtf8());
    }
    return files;
}

/** A kept raw XML element (extra group → name), or empty. Only an element of that name is used. */
QByteArray keptElement(const QJsonObject &extra, const char *group, const char *name)
{
    const QString xml = extra.value(QLatin1String(group))
                            .toObject()
                            .value(QLatin1String(name))
                            .toString()
                            .trimmed();
    const QString open = QLatin1Char('<') + QLatin1String(name);
    if (!xml.startsWith(open) || !xml.endsWith(QLatin1Char('>')))
        return {};
    QXmlStreamReader check(xml);
    while (!check.atEnd())
        check.readNext();
    return check.hasError() ? QByteArray() : xml.toUtf8();
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(MbzExporter)

public:
    Builder(const CourseDocument &document, MbzExporter::Options options, ExportReport *report)
        : m_doc(document)
        , m_options(options)
        , m_report(report)
        , m_versions(versionsOf(options.target))
    { }

    void plan();
    void validate();
    void build(QMap<QByteArray, QByteArray> *files);
    /** Distinct media (sha1 → size) to store under files/. */
    const std::map<QString, qint64> &media() const { return m_media; }
    qint64 time() const { return m_time; }
    /**
     * Restore shifts every date by (chosen start − original start); a parcours without start
     * date uses its creation time so that the offset stays small and defined.
     */
    qint64 startDate() const
    {
        const qint64 start = m_doc.course()->data().startDate;
        return start > 0 ? start : m_time;
    }

private:
    bool atLeast45() const { return m_options.target != MoodleTarget::Moodle41; }
    bool is50() const { return m_options.target == MoodleTarget::Moodle50; }
    qint64 newId() { return ++m_lastId; }
    QString stamp(const QString &kept, const QString &seed) const;
    qint64 addFile(const FileRef &ref,
        qint64 contextId,
        const QString &component,
        const QString &area,
        qint64 itemId);
    QString availability(const Restriction &restriction) const;
    QString conditionJson(const RestrictionItem &item) const;
    QString treeJson(const Restriction &restriction, bool root) const;
    void planQuestions();
    /** The exported id of a category node (0: the top category); 0 when it is not exported. */
    qint64 categoryId(NodeId category) const;
    QString randomFilter(const QuizSlot &slot) const;
    static void readOpaqueIds(ActivityInfo *info);
    void planFiles();
    void checkRestriction(const Restriction &restriction, NodeId owner, const QString &ownerName);

    QByteArray moodleBackup();
    QByteArray courseXml();
    QByteArray sectionXml(const SectionInfo &section);
    QByteArray inforef(const QList<qint64> &files,
        const QList<qint64> &gradeItems,
        bool categories,
        const QList<qint64> &roles = {});
    QByteArray moduleXml(const ActivityInfo &activity);
    QByteArray activityXml(const ActivityInfo &activity);
    QByteArray gradesXml(const ActivityInfo &activity);
    QByteArray questionsXml();
    QByteArray filesXml();
    QByteArray completionXml();
    QByteArray gradebookXml();
    double courseTotal() const;
    void writeActivityBody(XmlBuilder &x, const ActivityInfo &activity);
    void writeQuiz(XmlBuilder &x, const ActivityInfo &activity, const QuizSettings &quiz);
    void writeQuestion(XmlBuilder &x,
        const QuestionData &data,
        qint64 questionId,
        qint64 parentId,
        const QList<qint64> &subQuestions);
    void writeEntry(XmlBuilder &x,
        qint64 categoryId,
        qint64 entryId,
        const QString &idNumber,
        const QuestionData &data,
        qint64 questionId,
        qint64 parentId,
        const QList<qint64> &subQuestions);
    void writeAnswers(XmlBuilder &x, const QuestionData &data, qint64 questionId, int answerFormat);
    void writeCombinedFeedback(XmlBuilder &x, const CombinedFeedback &feedback);

    static QByteArray emptyFile(const char *root, std::initializer_list<const char *> lists = {});

    const CourseDocument &m_doc;
    MbzExporter::Options m_options;
    ExportReport *m_report;
    Versions m_versions;
    qint64 m_time = s_defaultTime;
    qint64 m_lastId = 0;
    qint64 m_courseId = 1;
    qint64 m_courseContext = 0;
    qint64 m_gradeCategoryId = 0;
    qint64 m_courseGradeItemId = 0;
    QList<SectionInfo> m_sections;
    QList<ActivityInfo> m_activities;
    QHash<NodeId, int> m_activityIndex;
    // Question bank
    qint64 m_bankContext = 0;
    int m_bankContextLevel = 50;
    qint64 m_bankInstance = 0;
    int m_qbankActivity = -1;
    QList<CategoryInfo> m_categories;
    QHash<NodeId, qint64> m_entryOfQuestion;
    QHash<NodeId, ClozeQuestion> m_cloze;
    QHash<NodeId, QList<qint64>> m_clozeIds;
    QHash<NodeId, QList<qint64>> m_answerIds;
    QHash<NodeId, QList<qint64>> m_hintIds;
    qint64 m_nextAnswerId = 0;
    qint64 m_nextRowId = 0;
    // Files
    QList<FileRecord> m_files;
    QList<qint64> m_courseFiles;
    std::map<QString, qint64> m_media;
};

QString Builder::stamp(const QString &kept, const QString &seed) const
{
    if (!kept.isEmpty())
        return kept;
    const QByteArray hash = QCryptographicHash::hash(
        (m_doc.course()->data().shortName + QLatin1Char(':') + seed).toUtf8(),
        QCryptographicHash::Sha1);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(alphabet[static_cast<unsigned char>(hash.at(i)) % 62]));
    const QString date
        = QDateTime::fromSecsSinceEpoch(m_time, Qt::UTC).toString(QStringLiteral("yyMMddHHmmss"));
    return QStringLiteral("parcours+%1+%2").arg(date, suffix);
}

void Builder::plan()
{
    const Course *course = m_doc.course();
    const CourseData &cd = course->data();
    m_time = cd.created > 0 ? cd.created : (cd.startDate > 0 ? cd.startDate : s_defaultTime);
    m_lastId = 0;
    course->forEach([this](const Node *n) { m_lastId = qMax(m_lastId, n->id()); });
    m_doc.questionBank()->forEach([this](const Node *n) { m_lastId = qMax(m_lastId, n->id()); });
    m_courseId = course->id() > 0 ? course->id() : newId();
    m_courseContext = s_contextBase + m_courseId;

    // Moodle always has a section 0; the first section of the parcours is it only when it was
    // imported as such.
    bool firstIsGeneral = false;
    if (course->childCount() > 0) {
        const auto *first = static_cast<const Section *>(course->childAt(0));
        firstIsGeneral = first->data().extra.value(QStringLiteral("number")).toInt(-1) == 0;
    }
    if (!firstIsGeneral) {
        SectionInfo general;
        general.id = newId();
        general.number = 0;
        m_sections.append(general);
    }
    for (int s = 0; s < course->childCount(); ++s) {
        const Node *child = course->childAt(s);
        if (child->type() != NodeType::Section)
            continue;
        SectionInfo info;
        info.node = static_cast<const Section *>(child);
        info.id = child->id();
        info.number = m_sections.size();
        m_sections.append(info);
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        const Section *section = m_sections[s].node;
        if (!section)
            continue;
        for (int a = 0; a < section->childCount(); ++a) {
            const Node *child = section->childAt(a);
            if (child->type() != NodeType::Activity)
                continue;
            const auto *activity = static_cast<const Activity *>(child);
            ActivityInfo info;
            info.node = activity;
            info.section = s;
            info.cmid = activity->id();
            info.instanceId = activity->id();
            info.contextId = s_contextBase + activity->id();
            switch (activity->kind()) {
            case ActivityKind::WordCloud:
                info.modName = m_options.wordCloud == WordCloudPlugin::CollabWordCloud
                    ? QStringLiteral("collabwordcloud")
                    : QStringLiteral("wordcloud");
                break;
            case ActivityKind::Opaque:
                info.opaque = activity->settings<OpaqueSettings>();
                info.modName = info.opaque->moduleName;
                readOpaqueIds(&info);
                break;
            default:
                info.modName = moduleName(activity->kind());
            }
            if (const auto *quiz = activity->settings<QuizSettings>()) {
                info.gradeItem = true;
                info.gradeMax = quiz->grade;
                info.gradePass = quiz->gradePass;
            } else if (const auto *assign = activity->settings<AssignSettings>()) {
                info.gradeItem = assign->maxGrade > 0;
                info.gradeMax = assign->maxGrade;
                info.gradePass = assign->gradePass;
            }
            if (!info.opaque)
                info.gradeItemId = info.cmid;
            m_activityIndex.insert(activity->id(), m_activities.size());
            m_sections[s].activities.append(m_activities.size());
            m_activities.append(info);
        }
    }
    // A Moodle 4.5 subsection keeps its section delegated to it (MbzImporter resolveDelegated).
    for (int s = 0; s < m_sections.size(); ++s) {
        const QJsonObject extra
            = m_sections[s].node ? m_sections[s].node->data().extra : QJsonObject();
        if (extra.value(QStringLiteral("delegatedBy")).toString() != QLatin1String("subsection"))
            continue;
        const int owner
            = m_activityIndex.value(extra.value(QStringLiteral("parentActivity")).toInteger(), -1);
        if (owner >= 0 && m_activities[owner].modName == QLatin1String("subsection")
            && m_activities[owner].section != s)
            m_sections[s].owner = owner;
    }
    m_gradeCategoryId = newId();
    m_courseGradeItemId = newId();
    planQuestions();
    planFiles();
}

/**
 * An opaque activity keeps the ids of the backup it came from: its XML names them, so the
 * directory, module.xml and files.xml must use the same cmid, instance and context.
 */
void Builder::readOpaqueIds(ActivityInfo *info)
{
    const QString main = info->opaque->xmlFiles.value(info->modName + QStringLiteral(".xml"));
    QXmlStreamReader reader(main);
    if (reader.readNextStartElement() && reader.name() == QLatin1String("activity")) {
        const QXmlStreamAttributes attributes = reader.attributes();
        const qint64 cmid = attributes.value(QLatin1String("moduleid")).toLongLong();
        if (cmid > 0) {
            info->cmid = cmid;
            info->instanceId = attributes.value(QLatin1String("id")).toLongLong();
            info->contextId = attributes.value(QLatin1String("contextid")).toLongLong();
        }
    }
    QXmlStreamReader grades(info->opaque->xmlFiles.value(QStringLiteral("grades.xml")));
    while (grades.readNextStartElement() || !grades.atEnd()) {
        if (grades.isStartElement() && grades.name() == QLatin1String("grade_item")) {
            info->gradeItem = true;
            info->gradeItemId = grades.attributes().value(QLatin1String("id")).toLongLong();
            break;
        }
        if (grades.hasError())
            break;
    }
}

void Builder::planQuestions()
{
    const QuestionBank *bank = m_doc.questionBank();
    bool hasQuestions = false;
    // Categories are written even without questions, so that an imported bank comes back whole.
    bank->forEach([&hasQuestions](const Node *n) {
        if (n->type() == NodeType::Question || n->type() == NodeType::QuestionCategory)
            hasQuestions = true;
    });
    // A random slot needs the bank's categories even when it holds no question yet.
    m_doc.course()->forEach([&hasQuestions](const Node *n) {
        if (const auto *quiz = n->type() == NodeType::Activity
                ? static_cast<const Activity *>(n)->settings<QuizSettings>()
                : nullptr) {
            hasQuestions = hasQuestions
                || std::any_of(quiz->slots.cbegin(), quiz->slots.cend(),
                    [](const QuizSlot &slot) { return slot.random; });
        }
    });
    if (!hasQuestions)
        return;
    if (is50()) {
        // Moodle 5 keeps questions only in module contexts: a qbank activity in section 0 holds
        // the parcours' bank, so the restore does not move (and warn about) course categories.
        ActivityInfo info;
        info.section = 0;
        info.modName = QStringLiteral("qbank");
        info.cmid = newId();
        info.instanceId = info.cmid;
        info.contextId = s_contextBase + info.cmid;
        m_qbankActivity = m_activities.size();
        m_sections[0].activities.prepend(m_activities.size());
        m_activities.append(info);
        m_bankContext = info.contextId;
        m_bankContextLevel = 70;
        m_bankInstance = info.cmid;
    } else {
        m_bankContext = m_courseContext;
        m_bankContextLevel = 50;
        m_bankInstance = m_courseId;
    }
    CategoryInfo top;
    top.id = newId();
    top.name = QStringLiteral("top");
    top.sortOrder = 0;
    top.stamp = stamp(QString(), QStringLiteral("top"));
    m_categories.append(top);

    std::function<void(const Node *, qint64)> walk = [&](const Node *parent, qint64 parentId) {
        // Index, not pointer: appending categories reallocates the list.
        qsizetype loose = -1;
        for (int i = 0; i < parent->childCount(); ++i) {
            const Node *child = parent->childAt(i);
            if (child->type() == NodeType::QuestionCategory) {
                const auto *cat = static_cast<const QuestionCategory *>(child);
                CategoryInfo info;
                info.node = cat;
                info.id = cat->id();
                info.parent = parentId;
                info.name = cat->data().name;
                info.info = cat->data().info;
                info.idNumber = cat->data().idNumber;
                info.stamp = stamp(cat->data().stamp, QString::number(cat->id()));
                m_categories.append(info);
                walk(cat, cat->id());
            } else if (child->type() == NodeType::Question) {
                if (parent->type() == NodeType::QuestionCategory) {
                    for (CategoryInfo &c : m_categories) {
                        if (c.id == parentId)
                            c.questions.append(static_cast<const Question *>(child));
                    }
                } else {
                    if (loose < 0) {
                        CategoryInfo info;
                        info.id = newId();
                        info.parent = parentId;
                        info.name = tr("Default for %1").arg(m_doc.course()->data().shortName);
                        info.stamp = stamp(QString(), QStringLiteral("default"));
                        m_categories.append(info);
                        loose = m_categories.size() - 1;
                    }
                    m_categories[loose].questions.append(static_cast<const Question *>(child));
                }
            }
        }
    };
    walk(bank, top.id);

    for (const CategoryInfo &cat : m_categories) {
        for (const Question *q : cat.questions) {
            m_entryOfQuestion.insert(q->id(), q->id());
            const QuestionData &d = q->data();
            if (d.type == QuestionType::MultiAnswer) {
                ClozeQuestion cloze = parseCloze(d.text);
                QList<qint64> ids;
                for (qsizetype i = 0; i < cloze.parts.size(); ++i)
                    ids.append(newId());
                m_clozeIds.insert(q->id(), ids);
                m_cloze.insert(q->id(), cloze);
            }
        }
    }
}

qint64 Builder::categoryId(NodeId category) const
{
    if (m_categories.isEmpty())
        return 0;
    if (category == 0)
        return m_categories.constFirst().id;
    for (const CategoryInfo &c : m_categories) {
        if (c.node && c.node->id() == category)
            return c.id;
    }
    return 0;
}

/**
 * The filter condition of a random slot (docs/moodle-backup-format.md §9): 4.1 and 4.2 restore
 * only the legacy form {"questioncategoryid", "includingsubcategories", "tags"}; 4.3+ write the
 * "filter" form and convert the legacy one on restore.
 */
QString Builder::randomFilter(const QuizSlot &slot) const
{
    const qint64 category = categoryId(slot.category);
    QJsonObject filter;
    // Tags are named by id only in the 4.3+ form; the legacy one, which 4.3+ converts, keeps
    // their names, so a tagged slot is written in it for every target.
    if (!atLeast45() || !slot.tags.isEmpty()) {
        filter.insert(QStringLiteral("questioncategoryid"), QString::number(category));
        filter.insert(QStringLiteral("includingsubcategories"), slot.includeSubcategories ? 1 : 0);
        if (!slot.tags.isEmpty())
            filter.insert(QStringLiteral("tags"), QJsonArray::fromStringList(slot.tags));
        return QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
    }
    QJsonObject categoryFilter {{QStringLiteral("jointype"), 1},
        {QStringLiteral("values"), QJsonArray {category}},
        {QStringLiteral("filteroptions"),
            QJsonObject {{QStringLiteral("includesubcategories"), slot.includeSubcategories}}}};
    const QJsonObject filters {{QStringLiteral("category"), categoryFilter}};
    filter.insert(QStringLiteral("filter"), filters);
    filter.insert(QStringLiteral("cat"), QStringLiteral("%1,%2").arg(category).arg(m_bankContext));
    filter.insert(QStringLiteral("tabname"), QStringLiteral("questions"));
    filter.insert(QStringLiteral("qpage"), 0);
    filter.insert(QStringLiteral("qperpage"), 100);
    filter.insert(QStringLiteral("jointype"), 2);
    return QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
}

qint64 Builder::addFile(const FileRef &ref,
    qint64 contextId,
    const QString &component,
    const QString &area,
    qint64 itemId)
{
    FileRecord record;
    record.id = m_files.size() + 1;
    record.ref = ref;
    record.contextId = contextId;
    record.component = component;
    record.area = area;
    record.itemId = itemId;
    m_files.append(record);
    m_media.emplace(ref.sha1, ref.size);
    return record.id;
}

void Builder::planFiles()
{
    for (const FileRef &f : m_doc.course()->data().files)
        m_courseFiles.append(addFile(f, m_courseContext, QStringLiteral("course"), f.area, 0));
    for (SectionInfo &s : m_sections) {
        if (!s.node)
            continue;
        for (const FileRef &f : s.node->data().files)
            s.files.append(addFile(
                f, m_courseContext, QStringLiteral("course"), QStringLiteral("section"), s.id));
    }
    for (ActivityInfo &a : m_activities) {
        if (!a.node)
            continue;
        if (const auto *quiz = a.node->settings<QuizSettings>()) {
            for (size_t i = 0; i < quiz->feedback.size(); ++i)
                a.feedbackIds.append(++m_nextRowId);
        }
        const QString component = QStringLiteral("mod_") + a.modName;
        for (const FileRef &f : a.node->data().files) {
            qint64 item = f.item;
            if (f.area == QLatin1String("feedback") && f.item >= 0 && f.item < a.feedbackIds.size())
                item = a.feedbackIds.at(f.item);
            a.files.append(addFile(f, a.contextId, component, f.area, item));
        }
    }
    // Question rows get their ids here so that answer and hint files can name them.
    for (const CategoryInfo &cat : m_categories) {
        for (const Question *q : cat.questions) {
            const QuestionData &d = q->data();
            QList<qint64> answers;
            for (size_t i = 0; i < d.answers.size(); ++i)
                answers.append(++m_nextAnswerId);
            if (d.type == QuestionType::TrueFalse && d.answers.size() < 2) {
                while (answers.size() < 2)
                    answers.append(++m_nextAnswerId);
            }
            m_answerIds.insert(q->id(), answers);
            QList<qint64> hints;
            for (size_t i = 0; i < d.hints.size(); ++i)
                hints.append(++m_nextRowId);
            m_hintIds.insert(q->id(), hints);
            for (const FileRef &f : d.files) {
                qint64 item = q->id();
                QString component = QStringLiteral("question");
                if (f.area == QLatin1String("answer") || f.area == QLatin1String("answerfeedback"))
                    item = f.item >= 0 && f.item < answers.size() ? answers.at(f.item) : 0;
                else if (f.area == QLatin1String("hint"))
                    item = f.item >= 0 && f.item < hints.size() ? hints.at(f.item) : 0;
                addFile(f, m_bankContext, component, f.area, item);
            }
        }
    }
}

// ---- Validation ----------------------------------------------------------------------------

void Builder::checkRestriction(
    const Restriction &restriction, NodeId owner, const QString &ownerName)
{
    for (const RestrictionItem &item : restriction.items) {
        if (item.isSet) {
            checkRestriction(item.set, owner, ownerName);
            continue;
        }
        const Condition &c = item.condition;
        if (c.type == ConditionType::Completion || c.type == ConditionType::Grade) {
            const int index = m_activityIndex.value(c.activity, -1);
            if (index < 0) {
                m_report->error(tr("The restriction of \"%1\" refers to an activity that is not "
                                   "in the parcours any more. Edit or remove that condition.")
                                    .arg(ownerName),
                    owner);
            } else if (c.type == ConditionType::Grade && !m_activities[index].gradeItem) {
                m_report->error(tr("The restriction of \"%1\" asks for a grade in \"%2\", which "
                                   "is not graded. Choose a quiz or a graded assignment.")
                                    .arg(ownerName, m_activities[index].node->data().name),
                    owner);
            } else if (c.type == ConditionType::Completion
                && m_activities[index].node->data().completion.mode == CompletionMode::None) {
                m_report->error(tr("The restriction of \"%1\" waits for the completion of \"%2\", "
                                   "which has no completion tracking. Turn completion on for "
                                   "\"%2\".")
                                    .arg(ownerName, m_activities[index].node->data().name),
                    owner);
            }
        } else if (c.type == ConditionType::Other
            && c.raw.value(QStringLiteral("type")).isUndefined()) {
            m_report->error(
                tr("The restriction of \"%1\" holds a condition without a type.").arg(ownerName),
                owner);
        }
    }
}

void Builder::validate()
{
    const CourseData &cd = m_doc.course()->data();
    if (cd.title.trimmed().isEmpty())
        m_report->error(tr("The parcours has no title. Give it one in the course settings."));
    if (cd.shortName.trimmed().isEmpty())
        m_report->error(
            tr("The parcours has no short name. Give it one in the course settings; Moodle "
               "needs it to restore the course."));
    QSet<QString> plugins;
    for (const ActivityInfo &a : m_activities) {
        if (!a.node)
            continue;
        const ActivityData &d = a.node->data();
        const NodeId id = a.node->id();
        if (d.name.trimmed().isEmpty())
            m_report->error(tr("An activity of the section \"%1\" has no name.")
                                .arg(m_sections[a.section].node->data().title),
                id);
        checkRestriction(d.restriction, id, d.name);
        if (d.completion.passGrade && a.gradePass <= 0) {
            m_report->error(tr("\"%1\" is completed with a passing grade but has no passing "
                               "grade. Set one in its settings.")
                                .arg(d.name),
                id);
        }
        if ((d.completion.receiveGrade || d.completion.passGrade) && !a.gradeItem) {
            m_report->error(
                tr("\"%1\" is completed by receiving a grade but is not graded.").arg(d.name), id);
        }
        if (!atLeast45() && a.modName == QLatin1String("subsection")) {
            m_report->warn(tr("The subsection \"%1\" needs Moodle 4.5 or later: Moodle 4.1 "
                              "leaves it out and restores its section as an ordinary one.")
                               .arg(d.name),
                id);
        }
        if (const auto *quiz = a.node->settings<QuizSettings>()) {
            if (quiz->slots.empty())
                m_report->warn(tr("The quiz \"%1\" has no question.").arg(d.name), id);
            for (const QuizSlot &slot : quiz->slots) {
                if (slot.random) {
                    if (slot.category != 0 && categoryId(slot.category) == 0)
                        m_report->error(tr("A random question of the quiz \"%1\" draws from "
                                           "a question category that is not in the bank any "
                                           "more. Choose another category.")
                                            .arg(d.name),
                            id);
                } else if (!m_entryOfQuestion.contains(slot.question)) {
                    m_report->error(tr("The quiz \"%1\" uses a question that is not in the "
                                       "question bank any more. Remove that slot.")
                                        .arg(d.name),
                        id);
                }
            }
        }
        if (a.opaque) {
            if (a.opaque->moduleName.isEmpty()
                || !a.opaque->xmlFiles.contains(a.opaque->moduleName + QStringLiteral(".xml"))) {
                m_report->error(tr("The kept Moodle activity \"%1\" has lost its %2.xml file; it "
                                   "cannot be exported. Remove it or import it again.")
                                    .arg(d.name, a.opaque->moduleName),
                    id);
            } else {
                plugins.insert(QStringLiteral("mod_") + a.opaque->moduleName);
            }
        }
        if (const auto *cloud = a.node->settings<WordCloudSettings>()) {
            plugins.insert(QStringLiteral("mod_") + a.modName);
            if (!cloud->seedWords.isEmpty()) {
                m_report->warn(tr("The seed words of the word cloud \"%1\" are user data in the "
                                  "plugin: they survive this restore but not the "
                                  "parcours→session copy. They are repeated in the instructions.")
                                   .arg(d.name),
                    id);
            }
            if (!cloud->seedWords.isEmpty() && cloud->groupMode != GroupMode::NoGroups) {
                m_report->warn(tr("The word cloud \"%1\" works in groups: its seed words belong "
                                  "to no group, so no group sees them.")
                                   .arg(d.name),
                    id);
            }
            if (cloud->wordsMax < 1 || cloud->wordsMax > 10 || cloud->wordsRequired < 0
                || cloud->wordsRequired > cloud->wordsMax) {
                m_report->error(tr("The word cloud \"%1\" must allow 1 to 10 words and require "
                                   "no more than it allows.")
                                    .arg(d.name),
                    id);
            }
        }
        if (const auto *map = a.node->settings<MindMapSettings>()) {
            plugins.insert(QStringLiteral("mod_mindmap"));
            if (map->mode == MindMapMode::Individual && !map->root.children.empty()) {
                m_report->warn(tr("The mind map \"%1\" is individual: each participant starts "
                                  "from an empty map, so its prepared nodes are not shown.")
                                   .arg(d.name),
                    id);
            }
        }
        if (a.node->kind() == ActivityKind::Resource) {
            bool hasContent = false;
            for (const FileRef &f : d.files)
                hasContent = hasContent || f.area == QLatin1String("content");
            if (!hasContent)
                m_report->error(tr("The file resource \"%1\" has no file. Add one or remove the "
                                   "activity.")
                                    .arg(d.name),
                    id);
        }
        if (const auto *url = a.node->settings<UrlSettings>()) {
            if (url->url.trimmed().isEmpty())
                m_report->error(
                    tr("The link \"%1\" has no address. Enter one in its settings.").arg(d.name),
                    id);
        }
        if (a.node->kind() == ActivityKind::CompletionMarker)
            plugins.insert(QStringLiteral("mod_completionmarker"));
    }
    for (const SectionInfo &s : m_sections) {
        if (s.node)
            checkRestriction(s.node->data().restriction, s.node->id(), s.node->data().title);
    }
    QSet<qint64> cmids;
    QSet<qint64> contexts {m_courseContext};
    for (const ActivityInfo &a : m_activities) {
        if (cmids.contains(a.cmid) || contexts.contains(a.contextId)) {
            m_report->error(tr("The kept Moodle activity \"%1\" has the same Moodle id as another "
                               "activity. Import it again to give it new ids.")
                                .arg(a.node ? a.node->data().name : a.modName),
                a.node ? a.node->id() : 0);
        }
        cmids.insert(a.cmid);
        contexts.insert(a.contextId);
    }
    for (NodeId id : cd.completion.activities) {
        const int index = m_activityIndex.value(id, -1);
        if (index < 0) {
            m_report->error(tr("The course completion requires an activity that is not in the "
                               "parcours any more. Update the course completion settings."));
        } else if (m_activities[index].node->data().completion.mode == CompletionMode::None) {
            m_report->error(tr("The course completion requires \"%1\", which has no completion "
                               "tracking. Turn completion on for it.")
                                .arg(m_activities[index].node->data().name),
                id);
        }
    }
    for (const CategoryInfo &cat : m_categories) {
        for (const Question *q : cat.questions) {
            const QuestionData &d = q->data();
            if (d.type == QuestionType::Other && (d.otherType.isEmpty() || d.rawXml.isEmpty()))
                m_report->error(tr("The question \"%1\" has an unknown type and no Moodle data; "
                                   "it cannot be exported.")
                                    .arg(d.name),
                    q->id());
            if (d.type == QuestionType::MultiAnswer && m_cloze.value(q->id()).parts.isEmpty())
                m_report->error(tr("The cloze question \"%1\" has no embedded answer "
                                   "({1:SHORTANSWER:=…}).")
                                    .arg(d.name),
                    q->id());
        }
    }
    const CourseStore *store = m_doc.store();
    for (const FileRecord &f : m_files) {
        const qint64 size = store ? store->mediaSize(f.ref.sha1) : -1;
        if (size < 0) {
            m_report->error(
                tr("The file \"%1\" is missing from the project. Add it again.").arg(f.ref.name));
        }
    }
    for (auto &[sha1, size] : m_media)
        size = store ? store->mediaSize(sha1) : -1;
    if (!plugins.isEmpty()) {
        QStringList list(plugins.begin(), plugins.end());
        list.sort();
        m_report->warn(
            tr("The platform needs the plugins %1.").arg(list.join(QLatin1String(", "))));
    }
}

// ---- Availability ---------------------------------------------------------------------------

QString Builder::conditionJson(const RestrictionItem &item) const
{
    if (item.isSet)
        return treeJson(item.set, false);
    const Condition &c = item.condition;
    switch (c.type) {
    case ConditionType::Completion:
        return QStringLiteral("{\"type\":\"completion\",\"cm\":%1,\"e\":%2}")
            .arg(m_activities.value(m_activityIndex.value(c.activity, -1)).cmid)
            .arg(static_cast<int>(c.state));
    case ConditionType::Date:
        return QStringLiteral("{\"type\":\"date\",\"d\":\"%1\",\"t\":%2}")
            .arg(c.direction == DateDirection::From ? QStringLiteral(">=") : QStringLiteral("<"))
            .arg(c.time);
    case ConditionType::Grade: {
        QString json
            = QStringLiteral("{\"type\":\"grade\",\"id\":%1")
                  .arg(m_activities.value(m_activityIndex.value(c.activity, -1)).gradeItemId);
        if (c.minPercent)
            json += QStringLiteral(",\"min\":") + jsonNumber(*c.minPercent);
        if (c.maxPercent)
            json += QStringLiteral(",\"max\":") + jsonNumber(*c.maxPercent);
        return json + QLatin1Char('}');
    }
    case ConditionType::Other:
        return QString::fromUtf8(QJsonDocument(c.raw).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString Builder::treeJson(const Restriction &r, bool root) const
{
    QStringList children;
    for (const RestrictionItem &item : r.items)
        children.append(conditionJson(item));
    QString json = QStringLiteral("{\"op\":\"%1\",\"c\":[%2]")
                       .arg(opName(r.op), children.join(QLatin1Char(',')));
    if (root) {
        if (r.op == RestrictionOp::All || r.op == RestrictionOp::NotAny) {
            QStringList showc;
            for (const RestrictionItem &item : r.items)
                showc.append(item.hidden ? QStringLiteral("false") : QStringLiteral("true"));
            json += QStringLiteral(",\"showc\":[%1]").arg(showc.join(QLatin1Char(',')));
        } else {
            json += QStringLiteral(",\"show\":%1")
                        .arg(r.hidden ? QStringLiteral("false") : QStringLiteral("true"));
        }
    }
    return json + QLatin1Char('}');
}

QString Builder::availability(const Restriction &restriction) const
{
    if (restriction.isEmpty())
        return XmlBuilder::nullValue();
    return treeJson(restriction, true);
}

// ---- Files ----------------------------------------------------------------------------------

QByteArray Builder::emptyFile(const char *root, std::initializer_list<const char *> lists)
{
    XmlBuilder x;
    x.start(root);
    for (const char *list : lists)
        x.empty(list);
    x.end();
    return x.bytes();
}

QByteArray Builder::moodleBackup()
{
    const CourseData &cd = m_doc.course()->data();
    XmlBuilder x;
    x.start("moodle_backup");
    x.start("information");
    QString fileName = QStringLiteral("backup-moodle2-course-%1.mbz").arg(m_courseId);
    x.text("name", fileName);
    x.number("moodle_version", m_versions.moodle);
    x.text("moodle_release", QLatin1String(m_versions.release));
    x.number("backup_version", m_versions.backup);
    x.text("backup_release", QLatin1String(m_versions.backupRelease));
    x.number("backup_date", m_time);
    x.number("mnet_remoteusers", 0);
    x.number("include_files", 1);
    x.number("include_file_references_to_external_content", 0);
    x.text("original_wwwroot", QStringLiteral("https://parcours-studio.invalid"));
    x.text("original_site_identifier_hash",
        QString::fromLatin1(
            QCryptographicHash::hash("Parcours Studio export", QCryptographicHash::Md5).toHex()));
    x.number("original_course_id", m_courseId);
    x.text("original_course_format", cd.format);
    x.text("original_course_fullname", cd.title);
    x.text("original_course_shortname", cd.shortName);
    x.number("original_course_startdate", startDate());
    x.number("original_course_enddate", cd.endDate);
    x.number("original_course_contextid", m_courseContext);
    x.number("original_system_contextid", s_systemContext);
    x.start("details");
    x.start("detail");
    x.attribute("backup_id",
        QString::fromLatin1(QCryptographicHash::hash(
            (cd.shortName + QString::number(m_time)).toUtf8(), QCryptographicHash::Md5)
                                .toHex()));
    x.text("type", QStringLiteral("course"));
    x.text("format", QStringLiteral("moodle2"));
    x.number("interactive", 1);
    x.number("mode", 10);
    x.number("execution", 1);
    x.number("executiontime", 0);
    x.end();
    x.end();
    x.start("contents");
    x.start("activities");
    for (const SectionInfo &s : m_sections) {
        for (int index : s.activities) {
            const ActivityInfo &a = m_activities[index];
            x.start("activity");
            x.number("moduleid", a.cmid);
            x.number("sectionid", s.id);
            x.text("modulename", a.modName);
            x.text("title", a.node ? a.node->data().name : tr("Question bank"));
            x.text("directory", a.directory());
            if (atLeast45())
                x.text("insubsection", s.owner >= 0 ? QStringLiteral("1") : QString());
            x.end();
        }
    }
    x.end();
    x.start("sections");
    for (const SectionInfo &s : m_sections) {
        x.start("section");
        x.number("sectionid", s.id);
        const QString title = s.node ? s.node->data().title : QString();
        x.text("title", title.trimmed().isEmpty() ? QString::number(s.number) : title);
        x.text("directory", QStringLiteral("sections/section_%1").arg(s.id));
        if (atLeast45()) {
            x.text("parentcmid",
                s.owner >= 0 ? QString::number(m_activities[s.owner].cmid) : QString());
            x.text("modname", s.owner >= 0 ? QStringLiteral("subsection") : QString());
        }
        x.end();
    }
    x.end();
    x.start("course");
    x.number("courseid", m_courseId);
    x.text("title", cd.shortName);
    x.text("directory", QStringLiteral("course"));
    x.end();
    x.end(); // contents
    x.start("settings");
    auto root = [&x](const char *name, const QString &value) {
        x.start("setting");
        x.text("level", QStringLiteral("root"));
        x.text("name", QLatin1String(name));
        x.text("value", value);
        x.end();
    };
    root("filename", fileName);
    root("imscc11", QStringLiteral("0"));
    root("users", QStringLiteral("0"));
    root("anonymize", QStringLiteral("0"));
    root("role_assignments", QStringLiteral("0"));
    root("activities", QStringLiteral("1"));
    // Blocks are restored when the setting is on; only kept blocks are ever written.
    bool blocks = false;
    const QStringList courseOwned {
        QStringLiteral("course/course.xml"), QStringLiteral("course/inforef.xml")};
    for (const QString &path : keptFiles(cd.extra, courseOwned).keys())
        blocks = blocks || path.startsWith(QLatin1String("course/blocks/"));
    for (const ActivityInfo &a : m_activities) {
        if (!a.node)
            continue;
        const QMap<QString, QByteArray> kept
            = a.opaque ? QMap<QString, QByteArray>() : keptFiles(a.node->data().extra, {});
        for (const QString &path : kept.keys())
            blocks = blocks || path.startsWith(QLatin1String("blocks/"));
        if (a.opaque) {
            for (const QString &path : a.opaque->xmlFiles.keys())
                blocks = blocks || path.startsWith(QLatin1String("blocks/"));
        }
    }
    root("blocks", blocks ? QStringLiteral("1") : QStringLiteral("0"));
    root("files", QStringLiteral("1"));
    root("filters", QStringLiteral("1"));
    root("comments", QStringLiteral("1"));
    root("badges", QStringLiteral("0"));
    root("calendarevents", QStringLiteral("1"));
    root("userscompletion", QStringLiteral("0"));
    root("logs", QStringLiteral("0"));
    root("grade_histories", QStringLiteral("0"));
    root("questionbank", QStringLiteral("1"));
    root("groups", QStringLiteral("1"));
    root("competencies", QStringLiteral("1"));
    root("customfield", QStringLiteral("1"));
    root("contentbankcontent", QStringLiteral("1"));
    if (atLeast45())
        root("xapistate", QStringLiteral("1"));
    root("legacyfiles", QStringLiteral("1"));
    for (const SectionInfo &s : m_sections) {
        const QString key = QStringLiteral("section_%1").arg(s.id);
        for (const char *suffix : {"_included", "_userinfo"}) {
            x.start("setting");
            x.text("level", QStringLiteral("section"));
            x.text("section", key);
            x.text("name", key + QLatin1String(suffix));
            x.text("value",
                QLatin1String(suffix) == QLatin1String("_included") ? QStringLiteral("1")
                                                                    : QStringLiteral("0"));
            x.end();
        }
    }
    for (const SectionInfo &s : m_sections) {
        for (int index : s.activities) {
            const ActivityInfo &a = m_activities[index];
            const QString key = QStringLiteral("%1_%2").arg(a.modName).arg(a.cmid);
            for (const char *suffix : {"_included", "_userinfo"}) {
                x.start("setting");
                x.text("level", QStringLiteral("activity"));
                x.text("activity", key);
                x.text("name", key + QLatin1String(suffix));
                x.text("value",
                    QLatin1String(suffix) == QLatin1String("_included") ? QStringLiteral("1")
                                                                        : QStringLiteral("0"));
                x.end();
            }
        }
    }
    x.end(); // settings
    x.end(); // information
    x.end();
    return x.bytes();
}

QByteArray Builder::courseXml()
{
    const CourseData &cd = m_doc.course()->data();
    bool completion = cd.completion.enabled;
    for (const ActivityInfo &a : m_activities) {
        if (a.node && a.node->data().completion.mode != CompletionMode::None)
            completion = true;
    }
    XmlBuilder x;
    x.start("course");
    x.attribute("id", m_courseId);
    x.attribute("contextid", m_courseContext);
    x.text("shortname", cd.shortName);
    x.text("fullname", cd.title);
    x.text("idnumber", QString());
    x.text("summary", cd.summary);
    x.number("summaryformat", 1);
    x.text("format", cd.format);
    x.number("showgrades", 1);
    x.number("newsitems", 0);
    x.number("startdate", startDate());
    x.number("enddate", cd.endDate);
    x.number("marker", 0);
    x.number("maxbytes", 0);
    x.number("legacyfiles", 0);
    x.number("showreports", 0);
    x.number("visible", 1);
    x.number("groupmode", 0);
    x.number("groupmodeforce", 0);
    x.number("defaultgroupingid", 0);
    x.text("lang", cd.language);
    x.text("theme", QString());
    x.number("timecreated", m_time);
    x.number("timemodified", m_time);
    x.number("requested", 0);
    x.number("showactivitydates", 0);
    x.number("showcompletionconditions", 1);
    if (atLeast45())
        x.null("pdfexportfont");
    x.number("enablecompletion", completion ? 1 : 0);
    x.number("completionnotify", 0);
    x.start("category");
    x.attribute("id", 1);
    x.text("name", QStringLiteral("Parcours"));
    x.null("description");
    x.end();
    // Tags, custom fields and format options read from a backup are written back as they were.
    for (const char *name : {"tags", "customfields"}) {
        const QByteArray kept = keptElement(cd.extra, "courseXml", name);
        if (kept.isEmpty())
            x.empty(name);
        else
            x.raw(kept);
    }
    const QByteArray formatOptions = keptElement(cd.extra, "courseXml", "courseformatoptions");
    if (!formatOptions.isEmpty()) {
        x.raw(formatOptions);
    } else {
        x.start("courseformatoptions");
        for (const auto &[name, value] :
            {std::pair {"hiddensections", "1"}, {"coursedisplay", "0"}}) {
            x.start("courseformatoption");
            x.text("format", cd.format);
            x.number("sectionid", 0);
            x.text("name", QLatin1String(name));
            x.text("value", QLatin1String(value));
            x.end();
        }
        x.end();
    }
    x.end();
    return x.bytes();
}

QByteArray Builder::sectionXml(const SectionInfo &s)
{
    XmlBuilder x;
    x.start("section");
    x.attribute("id", s.id);
    x.number("number", s.number);
    const SectionData data = s.node ? s.node->data() : SectionData {};
    if (data.title.isEmpty())
        x.null("name");
    else
        x.text("name", data.title);
    x.text("summary", data.summary);
    x.number("summaryformat", 1);
    QStringList sequence;
    for (int index : s.activities)
        sequence.append(QString::number(m_activities[index].cmid));
    x.text("sequence", sequence.join(QLatin1Char(',')));
    x.number("visible", data.visible ? 1 : 0);
    x.text("availabilityjson", availability(data.restriction));
    if (atLeast45() && s.owner >= 0) {
        x.text("component", QStringLiteral("mod_subsection"));
        x.number("itemid", m_activities[s.owner].instanceId);
    } else if (atLeast45()) {
        x.null("component");
        x.null("itemid");
    }
    x.number("timemodified", m_time);
    // Format options read from a backup (several elements of the same name, kept as one text).
    const QString options = data.extra.value(QStringLiteral("sectionXml"))
                                .toObject()
                                .value(QStringLiteral("course_format_options"))
                                .toString();
    if (options.trimmed().startsWith(QLatin1String("<course_format_options"))) {
        QXmlStreamReader check(QStringLiteral("<r>%1</r>").arg(options));
        while (!check.atEnd())
            check.readNext();
        if (!check.hasError())
            x.raw(options.toUtf8());
    }
    x.end();
    return x.bytes();
}

QByteArray Builder::inforef(const QList<qint64> &files,
    const QList<qint64> &gradeItems,
    bool categories,
    const QList<qint64> &roles)
{
    XmlBuilder x;
    x.start("inforef");
    auto list = [&x](const char *wrapper, const char *item, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        x.start(wrapper);
        for (qint64 id : ids) {
            x.start(item);
            x.number("id", id);
            x.end();
        }
        x.end();
    };
    list("roleref", "role", roles);
    list("fileref", "file", files);
    list("grade_itemref", "grade_item", gradeItems);
    if (categories) {
        QList<qint64> ids;
        for (const CategoryInfo &c : m_categories)
            ids.append(c.id);
        list("question_categoryref", "question_category", ids);
    }
    x.end();
    return x.bytes();
}

QByteArray Builder::moduleXml(const ActivityInfo &a)
{
    qint64 version = m_versions.moodle;
    if (a.modName == QLatin1String("collabwordcloud"))
        version = 2023040700;
    else if (a.modName == QLatin1String("wordcloud"))
        version = 2021042302;
    else if (a.modName == QLatin1String("mindmap"))
        version = 2024111800;
    else if (a.modName == QLatin1String("completionmarker"))
        version = 2019121200;
    const ActivityData data = a.node ? a.node->data() : ActivityData {};
    const Completion &c = data.completion;
    int groupMode = 0;
    if (const auto *cloud = a.node ? a.node->settings<WordCloudSettings>() : nullptr)
        groupMode = static_cast<int>(cloud->groupMode);
    XmlBuilder x;
    x.start("module");
    x.attribute("id", a.cmid);
    x.attribute("version", version);
    x.text("modulename", a.modName);
    x.number("sectionid", m_sections[a.section].id);
    x.number("sectionnumber", m_sections[a.section].number);
    x.text("idnumber", data.idNumber);
    x.number("added", m_time);
    x.number("score", 0);
    x.number("indent", 0);
    x.number("visible", data.visible ? 1 : 0);
    x.number("visibleoncoursepage", 1);
    x.number("visibleold", data.visible ? 1 : 0);
    x.number("groupmode", groupMode);
    x.number("groupingid", 0);
    x.number("completion", static_cast<int>(c.mode));
    const bool automatic = c.mode == CompletionMode::Automatic;
    if (automatic && (c.receiveGrade || c.passGrade) && a.gradeItem)
        x.number("completiongradeitemnumber", 0);
    else
        x.null("completiongradeitemnumber");
    x.number("completionpassgrade", automatic && c.passGrade ? 1 : 0);
    x.number("completionview", automatic && c.view ? 1 : 0);
    x.number("completionexpected", c.expected);
    x.text("availability", availability(data.restriction));
    x.number("showdescription", data.showDescription ? 1 : 0);
    x.number("downloadcontent", 1);
    x.null("lang");
    const QByteArray tags
        = a.node ? keptElement(a.node->data().extra, "moduleXml", "tags") : QByteArray();
    if (tags.isEmpty())
        x.empty("tags");
    else
        x.raw(tags);
    x.end();
    return x.bytes();
}

QByteArray Builder::gradesXml(const ActivityInfo &a)
{
    XmlBuilder x;
    x.start("activity_gradebook");
    x.start("grade_items");
    if (a.gradeItem) {
        x.start("grade_item");
        x.attribute("id", a.gradeItemId);
        x.number("categoryid", m_gradeCategoryId);
        x.text("itemname", a.node->data().name);
        x.text("itemtype", QStringLiteral("mod"));
        x.text("itemmodule", a.modName);
        x.number("iteminstance", a.instanceId);
        x.number("itemnumber", 0);
        x.null("iteminfo");
        x.text("idnumber", QString());
        x.null("calculation");
        x.number("gradetype", 1);
        x.decimal("grademax", a.gradeMax, 5);
        x.decimal("grademin", 0, 5);
        x.null("scaleid");
        x.null("outcomeid");
        x.decimal("gradepass", a.gradePass, 5);
        x.decimal("multfactor", 1, 5);
        x.decimal("plusfactor", 0, 5);
        x.decimal("aggregationcoef", 0, 5);
        x.decimal("aggregationcoef2", 1, 5);
        x.number("weightoverride", 0);
        x.number("sortorder", 2 + m_activityIndex.value(a.node->id()));
        x.number("display", 0);
        x.null("decimals");
        x.number("hidden", 0);
        x.number("locked", 0);
        x.number("locktime", 0);
        x.number("needsupdate", 0);
        x.number("timecreated", m_time);
        x.number("timemodified", m_time);
        x.empty("grade_grades");
        x.end();
    }
    x.end();
    x.empty("grade_letters");
    x.end();
    return x.bytes();
}

double Builder::courseTotal() const
{
    double total = 0;
    for (const ActivityInfo &a : m_activities) {
        if (a.gradeItem)
            total += a.gradeMax;
    }
    return total > 0 ? total : 100;
}

QByteArray Builder::gradebookXml()
{
    const double total = courseTotal();
    XmlBuilder x;
    x.start("gradebook");
    x.empty("attributes");
    x.start("grade_categories");
    x.start("grade_category");
    x.attribute("id", m_gradeCategoryId);
    x.null("parent");
    x.number("depth", 1);
    x.text("path", QStringLiteral("/%1/").arg(m_gradeCategoryId));
    x.text("fullname", QStringLiteral("?"));
    x.number("aggregation", 13);
    x.number("keephigh", 0);
    x.number("droplow", 0);
    x.number("aggregateonlygraded", 1);
    x.number("aggregateoutcomes", 0);
    x.number("timecreated", m_time);
    x.number("timemodified", m_time);
    x.number("hidden", 0);
    x.end();
    x.end();
    x.start("grade_items");
    x.start("grade_item");
    x.attribute("id", m_courseGradeItemId);
    x.null("categoryid");
    x.null("itemname");
    x.text("itemtype", QStringLiteral("course"));
    x.null("itemmodule");
    x.number("iteminstance", m_gradeCategoryId);
    x.null("itemnumber");
    x.null("iteminfo");
    x.null("idnumber");
    x.null("calculation");
    x.number("gradetype", 1);
    x.decimal("grademax", total, 5);
    x.decimal("grademin", 0, 5);
    x.null("scaleid");
    x.null("outcomeid");
    x.decimal("gradepass", 0, 5);
    x.decimal("multfactor", 1, 5);
    x.decimal("plusfactor", 0, 5);
    x.decimal("aggregationcoef", 0, 5);
    x.decimal("aggregationcoef2", 0, 5);
    x.number("weightoverride", 0);
    x.number("sortorder", 1);
    x.number("display", 0);
    x.null("decimals");
    x.number("hidden", 0);
    x.number("locked", 0);
    x.number("locktime", 0);
    x.number("needsupdate", 0);
    x.number("timecreated", m_time);
    x.number("timemodified", m_time);
    x.empty("grade_grades");
    x.end();
    x.end();
    x.empty("grade_letters");
    x.start("grade_settings");
    x.start("grade_setting");
    x.attribute("id", QString());
    x.text("name", QStringLiteral("minmaxtouse"));
    x.text("value", QStringLiteral("1"));
    x.end();
    x.end();
    x.end();
    return x.bytes();
}

QByteArray Builder::activityXml(const ActivityInfo &a)
{
    XmlBuilder x;
    x.start("activity");
    x.attribute("id", a.instanceId);
    x.attribute("moduleid", a.cmid);
    x.attribute("modulename", a.modName);
    x.attribute("contextid", a.contextId);
    writeActivityBody(x, a);
    x.end();
    return x.bytes();
}

void Builder::writeActivityBody(XmlBuilder &x, const ActivityInfo &a)
{
    const QByteArray element = a.modName.toLatin1();
    x.start(element.constData());
    x.attribute("id", a.instanceId);
    if (!a.node) { // the Moodle 5 question bank
        x.text("name", tr("Question bank"));
        x.number("timecreated", m_time);
        x.number("timemodified", m_time);
        x.text("intro", QString());
        x.number("introformat", 1);
        x.text("type", QStringLiteral("standard"));
        x.end();
        return;
    }
    const ActivityData &d = a.node->data();
    const Completion &c = d.completion;
    const bool automatic = c.mode == CompletionMode::Automatic;
    auto intro = [&]() {
        x.text("name", d.name);
        x.text("intro", d.description);
        x.number("introformat", 1);
    };
    std::visit(
        [&](const auto &s) {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, PageSettings>) {
                intro();
                x.text("content", s.content);
                x.number("contentformat", 1);
                x.number("legacyfiles", 0);
                x.null("legacyfileslast");
                x.number("display", static_cast<int>(s.display));
                x.text("displayoptions",
                    QStringLiteral("a:2:{s:10:\"printintro\";s:1:\"%1\";s:17:"
                                   "\"printlastmodified\";s:1:\"%2\";}")
                        .arg(s.printIntro ? 1 : 0)
                        .arg(s.printLastModified ? 1 : 0));
                x.number("revision", 1);
                x.number("timemodified", m_time);
            } else if constexpr (std::is_same_v<T, LabelSettings>) {
                intro();
                x.number("timemodified", m_time);
            } else if constexpr (std::is_same_v<T, UrlSettings>) {
                intro();
                x.text("externalurl", s.url);
                x.number("display", static_cast<int>(s.display));
                x.text("displayoptions", QStringLiteral("a:1:{s:10:\"printintro\";i:1;}"));
                x.text("parameters", QStringLiteral("a:0:{}"));
                x.number("timemodified", m_time);
            } else if constexpr (std::is_same_v<T, ResourceSettings>) {
                intro();
                x.number("tobemigrated", 0);
                x.number("legacyfiles", 0);
                x.null("legacyfileslast");
                x.number("display", static_cast<int>(s.display));
                x.text("displayoptions",
                    QStringLiteral("a:3:{s:10:\"printintro\";i:1;s:8:\"showsize\";i:%1;"
                                   "s:8:\"showtype\";i:%2;}")
                        .arg(s.showSize ? 1 : 0)
                        .arg(s.showType ? 1 : 0));
                x.number("filterfiles", 0);
                x.number("revision", 1);
                x.number("timemodified", m_time);
            } else if constexpr (std::is_same_v<T, FolderSettings>) {
                intro();
                x.number("revision", 1);
                x.number("timemodified", m_time);
                x.number("display", s.inlineOnCoursePage ? 1 : 0);
                x.number("showexpanded", s.showExpanded ? 1 : 0);
                x.number("showdownloadfolder", s.showDownloadButton ? 1 : 0);
                x.number("forcedownload", s.forceDownload ? 1 : 0);
            } else if constexpr (std::is_same_v<T, ForumSettings>) {
                x.text("type", forumTypeName(s.type));
                intro();
                x.number("duedate", s.dueDate);
                x.number("cutoffdate", s.cutoffDate);
                x.number("assessed", 0);
                x.number("assesstimestart", 0);
                x.number("assesstimefinish", 0);
                x.number("scale", 0);
                x.number("maxbytes", 0);
                x.number("maxattachments", s.maxAttachments);
                x.number("forcesubscribe", s.subscription);
                x.number("trackingtype", 1);
                x.number("rsstype", 0);
                x.number("rssarticles", 0);
                x.number("timemodified", m_time);
                x.number("warnafter", 0);
                x.number("blockafter", 0);
                x.number("blockperiod", 0);
                x.number("completiondiscussions", automatic ? c.forumDiscussions : 0);
                x.number("completionreplies", automatic ? c.forumReplies : 0);
                x.number("completionposts", automatic ? c.forumPosts : 0);
                x.number("displaywordcount", 0);
                x.number("lockdiscussionafter", 0);
                x.number("grade_forum", 0);
                for (const char *list : {"discussions", "subscriptions", "digests", "readposts",
                         "trackedprefs", "poststags", "grades"})
                    x.empty(list);
            } else if constexpr (std::is_same_v<T, AssignSettings>) {
                intro();
                x.number("alwaysshowdescription", 1);
                x.number("submissiondrafts", 0);
                x.number("sendnotifications", 0);
                x.number("sendlatenotifications", 0);
                x.number("sendstudentnotifications", 1);
                x.number("duedate", s.dueDate);
                x.number("cutoffdate", s.cutoffDate);
                x.number("gradingduedate", s.gradingDueDate);
                x.number("allowsubmissionsfromdate", s.allowSubmissionsFrom);
                x.number("grade", qRound64(s.maxGrade));
                x.number("timemodified", m_time);
                x.number("completionsubmit", automatic && c.submit ? 1 : 0);
                x.number("requiresubmissionstatement", s.requireStatement ? 1 : 0);
                x.number("teamsubmission", 0);
                x.number("requireallteammemberssubmit", 0);
                x.number("teamsubmissiongroupingid", 0);
                x.number("blindmarking", 0);
                x.number("hidegrader", 0);
                x.number("revealidentities", 0);
                x.text("attemptreopenmethod", QStringLiteral("none"));
                x.number("maxattempts", -1);
                x.number("markingworkflow", 0);
                x.number("markingallocation", 0);
                x.number("preventsubmissionnotingroup", 0);
                x.text("activity", s.activityInstructions);
                x.number("activityformat", 1);
                x.number("timelimit", 0);
                x.number("submissionattachments", 0);
                x.empty("userflags");
                x.empty("submissions");
                x.empty("grades");
                x.start("plugin_configs");
                const QList<std::tuple<const char *, const char *, const char *, QString>> configs
                    = {{"onlinetext", "assignsubmission", "enabled",
                           s.onlineText ? QStringLiteral("1") : QStringLiteral("0")},
                        {"onlinetext", "assignsubmission", "wordlimit",
                            QString::number(s.wordLimit)},
                        {"onlinetext", "assignsubmission", "wordlimitenabled",
                            s.wordLimit > 0 ? QStringLiteral("1") : QStringLiteral("0")},
                        {"file", "assignsubmission", "enabled",
                            s.fileSubmissions ? QStringLiteral("1") : QStringLiteral("0")},
                        {"file", "assignsubmission", "maxfilesubmissions",
                            QString::number(s.maxFiles)},
                        {"file", "assignsubmission", "maxsubmissionsizebytes", QStringLiteral("0")},
                        {"comments", "assignfeedback", "enabled", QStringLiteral("1")}};
                for (const auto &[plugin, subtype, name, value] : configs) {
                    x.start("plugin_config");
                    x.attribute("id", ++m_nextRowId);
                    x.text("plugin", QLatin1String(plugin));
                    x.text("subtype", QLatin1String(subtype));
                    x.text("name", QLatin1String(name));
                    x.text("value", value);
                    x.end();
                }
                x.end();
                x.empty("overrides");
            } else if constexpr (std::is_same_v<T, QuizSettings>) {
                writeQuiz(x, a, s);
            } else if constexpr (std::is_same_v<T, WordCloudSettings>) {
                const QStringList words = normalisedSeedWords(s.seedWords);
                QString instructions = s.instructions;
                if (!words.isEmpty()) {
                    instructions
                        += QStringLiteral("<p>%1</p>")
                               .arg(tr("Seed words: %1")
                                        .arg(words.join(QLatin1String(", ")).toHtmlEscaped()));
                }
                intro();
                x.text("instructions", instructions);
                x.number("wordsallowed", s.wordsMax);
                x.number("wordsrequired", s.wordsRequired);
                x.number("timestart", s.timeOpen);
                x.number("timeend", s.timeClose);
                x.number("completionwords", automatic && c.contributeWords ? 1 : 0);
                x.number("timecreated", m_time);
                x.number("timemodified", m_time);
                const QByteArray wordsElement = (a.modName + QStringLiteral("_words")).toLatin1();
                qint64 wordId = 0;
                for (const QString &word : words) {
                    x.start(wordsElement.constData());
                    x.attribute("id", ++wordId);
                    x.number("wcid", a.instanceId);
                    x.number("groupid", 0);
                    x.number("userid", 0);
                    x.text("word", word);
                    x.number("timecreated", m_time);
                    x.number("timemodified", m_time);
                    x.end();
                }
            } else if constexpr (std::is_same_v<T, MindMapSettings>) {
                intro();
                x.number("userid", 0);
                x.number("editable", s.editable ? 1 : 0);
                x.text("mindmapdata", mindMapJson(s.root));
                x.number("timecreated", m_time);
                x.number("timemodified", m_time);
                x.number("locking", s.locking ? 1 : 0);
                x.number("mindmapmode", s.mode == MindMapMode::Collaborative ? 1 : 2);
            } else if constexpr (std::is_same_v<T, CompletionMarkerSettings>) {
                intro();
                x.number("timemodified", m_time);
            } else if constexpr (std::is_same_v<T, OpaqueSettings>) {
                // Written verbatim elsewhere.
            }
        },
        d.settings);
    x.end();
}

void Builder::writeQuiz(XmlBuilder &x, const ActivityInfo &a, const QuizSettings &q)
{
    const ActivityData &d = a.node->data();
    const Completion &c = d.completion;
    const bool automatic = c.mode == CompletionMode::Automatic;
    x.text("name", d.name);
    x.text("intro", d.description);
    x.number("introformat", 1);
    x.number("timeopen", q.timeOpen);
    x.number("timeclose", q.timeClose);
    x.number("timelimit", q.timeLimit);
    x.text("overduehandling", QStringLiteral("autosubmit"));
    x.number("graceperiod", 0);
    x.text("preferredbehaviour", behaviourName(q.behaviour));
    x.number("canredoquestions", 0);
    x.number("attempts_number", q.attempts);
    x.number("attemptonlast", 0);
    x.number("grademethod", static_cast<int>(q.gradeMethod) + 1);
    x.number("decimalpoints", q.decimalPoints);
    x.number("questiondecimalpoints", -1);
    x.number("reviewattempt", q.review.attempt);
    x.number("reviewcorrectness", q.review.correctness);
    if (atLeast45())
        x.number("reviewmaxmarks", q.review.maxMarks);
    x.number("reviewmarks", q.review.marks);
    x.number("reviewspecificfeedback", q.review.specificFeedback);
    x.number("reviewgeneralfeedback", q.review.generalFeedback);
    x.number("reviewrightanswer", q.review.rightAnswer);
    x.number("reviewoverallfeedback", q.review.overallFeedback);
    x.number("questionsperpage", q.questionsPerPage);
    x.text("navmethod",
        q.navigation == QuizNavigation::Free ? QStringLiteral("free") : QStringLiteral("seq"));
    x.number("shuffleanswers", q.shuffleAnswers ? 1 : 0);
    x.decimal("sumgrades", q.sumOfMarks(), 5);
    x.decimal("grade", q.grade, 5);
    x.number("timecreated", m_time);
    x.number("timemodified", m_time);
    x.text("password", QString());
    x.text("subnet", QString());
    x.text("browsersecurity", QStringLiteral("-"));
    x.number("delay1", 0);
    x.number("delay2", 0);
    x.number("showuserpicture", 0);
    x.number("showblocks", 0);
    x.number("completionattemptsexhausted", automatic && c.attemptsExhausted ? 1 : 0);
    x.number("completionminattempts", automatic ? c.minAttempts : 0);
    x.number("allowofflineattempts", 0);
    x.empty("subplugin_quizaccess_seb_quiz");
    if (atLeast45())
        x.empty("quiz_grade_items");
    x.start("question_instances");
    int page = 0;
    for (size_t i = 0; i < q.slots.size(); ++i) {
        const QuizSlot &slot = q.slots[i];
        if (i == 0 || slot.newPage)
            ++page;
        const qint64 rowId = ++m_nextRowId;
        x.start("question_instance");
        x.attribute("id", rowId);
        x.number("quizid", a.instanceId);
        x.number("slot", static_cast<qint64>(i + 1));
        x.number("page", page);
        if (atLeast45())
            x.null("displaynumber");
        x.number("requireprevious", slot.requirePrevious && i > 0 ? 1 : 0);
        x.decimal("maxmark", slot.mark, 7);
        if (atLeast45())
            x.null("quizgradeitemid");
        if (slot.random) {
            x.start("question_set_reference");
            x.attribute("id", rowId);
            x.number("usingcontextid", a.contextId);
            x.text("component", QStringLiteral("mod_quiz"));
            x.text("questionarea", QStringLiteral("slot"));
            x.number("questionscontextid", m_bankContext);
            x.text("filtercondition", randomFilter(slot));
            x.end();
        } else {
            x.start("question_reference");
            x.attribute("id", rowId);
            x.number("usingcontextid", a.contextId);
            x.text("component", QStringLiteral("mod_quiz"));
            x.text("questionarea", QStringLiteral("slot"));
            x.number("questionbankentryid", m_entryOfQuestion.value(slot.question));
            x.null("version");
            x.end();
        }
        x.end();
    }
    x.end();
    x.start("sections");
    std::vector<QuizSection> sections = q.sections;
    std::sort(sections.begin(), sections.end(),
        [](const QuizSection &l, const QuizSection &r) { return l.firstSlot < r.firstSlot; });
    if (sections.empty() || sections.front().firstSlot != 0)
        sections.insert(sections.begin(), QuizSection {});
    int lastFirst = -1;
    for (const QuizSection &section : sections) {
        if (section.firstSlot == lastFirst
            || (section.firstSlot > 0 && section.firstSlot >= static_cast<int>(q.slots.size())))
            continue;
        lastFirst = section.firstSlot;
        x.start("section");
        x.attribute("id", ++m_nextRowId);
        x.number("firstslot", section.firstSlot + 1);
        x.text("heading", section.heading);
        x.number("shufflequestions", section.shuffle ? 1 : 0);
        x.end();
    }
    x.end();
    x.start("feedbacks");
    std::vector<std::pair<FeedbackBand, qint64>> bands;
    for (size_t i = 0; i < q.feedback.size(); ++i)
        bands.emplace_back(q.feedback[i], a.feedbackIds.value(static_cast<qsizetype>(i)));
    std::stable_sort(bands.begin(), bands.end(),
        [](const auto &l, const auto &r) { return l.first.minPercent > r.first.minPercent; });
    double upper = q.grade + 1;
    for (const auto &[band, id] : bands) {
        const double lower = band.minPercent * q.grade / 100.0;
        x.start("feedback");
        x.attribute("id", id);
        x.text("feedbacktext", band.text);
        x.number("feedbacktextformat", 1);
        x.decimal("mingrade", lower, 5);
        x.decimal("maxgrade", upper, 5);
        x.end();
        upper = lower;
    }
    x.end();
    x.empty("overrides");
    x.empty("grades");
    x.empty("attempts");
}

// ---- Questions ------------------------------------------------------------------------------

void Builder::writeCombinedFeedback(XmlBuilder &x, const CombinedFeedback &f)
{
    x.text("correctfeedback", f.correct);
    x.number("correctfeedbackformat", 1);
    x.text("partiallycorrectfeedback", f.partiallyCorrect);
    x.number("partiallycorrectfeedbackformat", 1);
    x.text("incorrectfeedback", f.incorrect);
    x.number("incorrectfeedbackformat", 1);
}

void Builder::writeAnswers(XmlBuilder &x, const QuestionData &d, qint64 questionId, int format)
{
    const QList<qint64> ids = m_answerIds.value(questionId);
    x.start("answers");
    for (size_t i = 0; i < d.answers.size(); ++i) {
        const Answer &answer = d.answers[i];
        x.start("answer");
        x.attribute("id", ids.value(static_cast<qsizetype>(i)));
        x.text("answertext", answer.text);
        x.number("answerformat", format);
        x.decimal("fraction", answer.fraction, 7);
        if (d.type == QuestionType::DdWtoS) {
            const QString group = QString::number(answer.group);
            x.text("feedback",
                QStringLiteral("O:8:\"stdClass\":2:{s:9:\"draggroup\";%1s:8:"
                               "\"infinite\";b:%2;}")
                    .arg(phpString(group))
                    .arg(answer.infinite ? 1 : 0));
            x.number("feedbackformat", 0);
        } else if (d.type == QuestionType::GapSelect) {
            x.text("feedback", QString::number(answer.group));
            x.number("feedbackformat", 0);
        } else {
            x.text("feedback", answer.feedback);
            x.number("feedbackformat", 1);
        }
        x.end();
    }
    x.end();
}

void Builder::writeQuestion(XmlBuilder &x,
    const QuestionData &d,
    qint64 questionId,
    qint64 parentId,
    const QList<qint64> &subQuestions)
{
    const bool description = d.type == QuestionType::Description;
    const QString qtype = d.type == QuestionType::Other ? d.otherType : qtypeName(d.type);
    x.start("question");
    x.attribute("id", questionId);
    x.number("parent", parentId);
    x.text("name", d.name);
    x.text("questiontext", d.text);
    x.number("questiontextformat", parentId ? 0 : 1);
    x.text("generalfeedback", d.generalFeedback);
    x.number("generalfeedbackformat", 1);
    double mark = description ? 0 : d.defaultMark;
    x.decimal("defaultmark", mark, 7);
    x.decimal(
        "penalty", description || d.type == QuestionType::Essay || parentId ? 0 : d.penalty, 7);
    x.text("qtype", qtype);
    x.number("length", description ? 0 : 1);
    x.text("stamp", stamp(parentId ? QString() : d.stamp, QStringLiteral("q%1").arg(questionId)));
    x.number("timecreated", m_time);
    x.number("timemodified", m_time);
    x.number("createdby", 2);
    x.number("modifiedby", 2);
    const QByteArray plugin = QStringLiteral("plugin_qtype_%1_question").arg(qtype).toLatin1();
    switch (d.type) {
    case QuestionType::MultiChoice:
        x.start(plugin.constData());
        writeAnswers(x, d, questionId, parentId ? 0 : 1);
        x.start("multichoice");
        x.attribute("id", ++m_nextRowId);
        x.number("layout", d.extra.value(QStringLiteral("layout")).toInt(0));
        x.number("single", d.single ? 1 : 0);
        x.number("shuffleanswers", d.shuffle ? 1 : 0);
        writeCombinedFeedback(x, d.feedback);
        x.text("answernumbering", d.numbering);
        x.number("shownumcorrect", d.feedback.showNumCorrect ? 1 : 0);
        x.number("showstandardinstruction", d.showStandardInstruction ? 1 : 0);
        x.end();
        x.end();
        break;
    case QuestionType::TrueFalse: {
        QuestionData tf = d;
        tf.answers.resize(2);
        tf.answers[0].text = QStringLiteral("True");
        tf.answers[1].text = QStringLiteral("False");
        const QList<qint64> ids = m_answerIds.value(questionId);
        x.start(plugin.constData());
        writeAnswers(x, tf, questionId, 0);
        x.start("truefalse");
        x.attribute("id", ++m_nextRowId);
        x.number("trueanswer", ids.value(0));
        x.number("falseanswer", ids.value(1));
        x.number("showstandardinstruction", d.showStandardInstruction ? 1 : 0);
        x.end();
        x.end();
        break;
    }
    case QuestionType::ShortAnswer:
        x.start(plugin.constData());
        writeAnswers(x, d, questionId, 0);
        x.start("shortanswer");
        x.attribute("id", ++m_nextRowId);
        x.number("usecase", d.caseSensitive ? 1 : 0);
        x.end();
        x.end();
        break;
    case QuestionType::Numerical: {
        const QList<qint64> ids = m_answerIds.value(questionId);
        x.start(plugin.constData());
        writeAnswers(x, d, questionId, 0);
        x.start("numerical_units");
        for (const NumericalUnit &unit : d.units) {
            x.start("numerical_unit");
            x.attribute("id", ++m_nextRowId);
            x.text("multiplier", QString::number(unit.multiplier, 'g', 15));
            x.text("unit", unit.unit);
            x.end();
        }
        x.end();
        x.start("numerical_options");
        x.start("numerical_option");
        x.attribute("id", ++m_nextRowId);
        x.number("showunits", d.units.empty() ? 3 : 0);
        x.number("unitsleft", 0);
        x.number("unitgradingtype", 0);
        x.decimal("unitpenalty", 0.1, 7);
        x.end();
        x.end();
        x.start("numerical_records");
        for (size_t i = 0; i < d.answers.size(); ++i) {
            x.start("numerical_record");
            x.attribute("id", ++m_nextRowId);
            x.number("answer", ids.value(static_cast<qsizetype>(i)));
            x.text("tolerance", QString::number(d.answers[i].tolerance, 'g', 15));
            x.end();
        }
        x.end();
        x.end();
        break;
    }
    case QuestionType::Match:
        x.start(plugin.constData());
        x.start("matchoptions");
        x.attribute("id", ++m_nextRowId);
        x.number("shuffleanswers", d.shuffle ? 1 : 0);
        writeCombinedFeedback(x, d.feedback);
        x.number("shownumcorrect", d.feedback.showNumCorrect ? 1 : 0);
        x.end();
        x.start("matches");
        for (const MatchPair &pair : d.pairs) {
            x.start("match");
            x.attribute("id", ++m_nextRowId);
            x.text("questiontext", pair.question);
            x.number("questiontextformat", 1);
            x.text("answertext", pair.answer);
            x.end();
        }
        x.end();
        x.end();
        break;
    case QuestionType::Essay: {
        const EssayOptions &e = d.essay;
        x.start(plugin.constData());
        x.start("essay");
        x.attribute("id", ++m_nextRowId);
        x.text("responseformat", e.responseFormat);
        x.number("responserequired", e.responseRequired ? 1 : 0);
        x.number("responsefieldlines", e.responseFieldLines);
        x.number("minwordlimit", e.minWords);
        x.number("maxwordlimit", e.maxWords);
        x.number("attachments", e.attachments);
        x.number("attachmentsrequired", e.attachmentsRequired);
        x.text("graderinfo", e.graderInfo);
        x.number("graderinfoformat", 1);
        x.text("responsetemplate", e.responseTemplate);
        x.number("responsetemplateformat", 1);
        x.text("filetypeslist", QString());
        x.number("maxbytes", 0);
        x.end();
        x.end();
        break;
    }
    case QuestionType::Description:
        break;
    case QuestionType::GapSelect:
    case QuestionType::DdWtoS:
        x.start(plugin.constData());
        writeAnswers(x, d, questionId, 1);
        x.start(qtype.toLatin1().constData());
        x.attribute("id", ++m_nextRowId);
        x.number("shuffleanswers", d.shuffle ? 1 : 0);
        writeCombinedFeedback(x, d.feedback);
        x.number("shownumcorrect", d.feedback.showNumCorrect ? 1 : 0);
        x.end();
        x.end();
        break;
    case QuestionType::MultiAnswer: {
        QStringList sequence;
        for (qint64 id : subQuestions)
            sequence.append(QString::number(id));
        x.start(plugin.constData());
        x.empty("answers");
        x.start("multianswer");
        x.attribute("id", ++m_nextRowId);
        x.number("question", questionId);
        x.text("sequence", sequence.join(QLatin1Char(',')));
        x.end();
        x.end();
        break;
    }
    case QuestionType::Other:
        x.raw(d.rawXml.toUtf8());
        break;
    }
    x.start("plugin_qbank_comment_question");
    x.empty("comments");
    x.end();
    x.start("plugin_qbank_customfields_question");
    x.empty("customfields");
    x.end();
    x.start("question_hints");
    const QList<qint64> hintIds = m_hintIds.value(questionId);
    for (size_t i = 0; i < d.hints.size(); ++i) {
        const Hint &hint = d.hints[i];
        x.start("question_hint");
        x.attribute("id", hintIds.value(static_cast<qsizetype>(i)));
        x.text("hint", hint.text);
        x.number("hintformat", 1);
        x.number("shownumcorrect", hint.showNumCorrect ? 1 : 0);
        x.number("clearwrong", hint.clearWrong ? 1 : 0);
        x.null("options");
        x.end();
    }
    x.end();
    const QByteArray tags = parentId ? QByteArray() : keptElement(d.extra, "questionXml", "tags");
    if (tags.isEmpty())
        x.empty("tags");
    else
        x.raw(tags);
    x.end();
}

void Builder::writeEntry(XmlBuilder &x,
    qint64 categoryId,
    qint64 entryId,
    const QString &idNumber,
    const QuestionData &data,
    qint64 questionId,
    qint64 parentId,
    const QList<qint64> &subQuestions)
{
    x.start("question_bank_entry");
    x.attribute("id", entryId);
    x.number("questioncategoryid", categoryId);
    if (idNumber.isEmpty())
        x.null("idnumber");
    else
        x.text("idnumber", idNumber);
    x.number("ownerid", 2);
    x.start("question_version");
    x.start("question_versions");
    x.attribute("id", entryId);
    x.number("version", 1);
    x.text("status", QStringLiteral("ready"));
    x.start("questions");
    writeQuestion(x, data, questionId, parentId, subQuestions);
    x.end();
    x.end();
    x.end();
    x.end();
}

QByteArray Builder::questionsXml()
{
    XmlBuilder x;
    x.start("question_categories");
    for (const CategoryInfo &cat : m_categories) {
        x.start("question_category");
        x.attribute("id", cat.id);
        x.text("name", cat.name);
        x.number("contextid", m_bankContext);
        x.number("contextlevel", m_bankContextLevel);
        x.number("contextinstanceid", m_bankInstance);
        x.text("info", cat.info);
        x.number("infoformat", 1);
        x.text("stamp", cat.stamp);
        x.number("parent", cat.parent);
        x.number("sortorder", cat.sortOrder);
        if (cat.idNumber.isEmpty())
            x.null("idnumber");
        else
            x.text("idnumber", cat.idNumber);
        x.start("question_bank_entries");
        for (const Question *q : cat.questions) {
            const QuestionData &d = q->data();
            if (d.type == QuestionType::MultiAnswer) {
                const ClozeQuestion cloze = m_cloze.value(q->id());
                const QList<qint64> ids = m_clozeIds.value(q->id());
                QuestionData parent = d;
                parent.text = cloze.text;
                double total = 0;
                for (const ClozePart &part : cloze.parts)
                    total += part.mark;
                parent.defaultMark = total;
                writeEntry(x, cat.id, q->id(), d.idNumber, parent, q->id(), 0, ids);
                for (qsizetype i = 0; i < cloze.parts.size(); ++i) {
                    const ClozePart &part = cloze.parts[i];
                    QuestionData sub;
                    sub.type = part.type;
                    sub.name = d.name;
                    sub.text = part.code;
                    sub.defaultMark = part.mark;
                    sub.penalty = 0;
                    sub.answers = part.answers;
                    sub.single = part.single;
                    sub.shuffle = part.shuffle;
                    sub.caseSensitive = part.caseSensitive;
                    sub.numbering = QStringLiteral("0");
                    sub.extra.insert(QStringLiteral("layout"), part.layout);
                    QList<qint64> answerIds;
                    for (size_t k = 0; k < sub.answers.size(); ++k)
                        answerIds.append(++m_nextAnswerId);
                    m_answerIds.insert(ids[i], answerIds);
                    writeEntry(x, cat.id, ids[i], QString(), sub, ids[i], q->id(), {});
                }
            } else {
                writeEntry(x, cat.id, q->id(), d.idNumber, d, q->id(), 0, {});
            }
        }
        x.end();
        x.end();
    }
    x.end();
    return x.bytes();
}

QByteArray Builder::filesXml()
{
    XmlBuilder x;
    x.start("files");
    for (const FileRecord &f : m_files) {
        x.start("file");
        x.attribute("id", f.id);
        x.text("contenthash", f.ref.sha1);
        x.number("contextid", f.contextId);
        x.text("component", f.component);
        x.text("filearea", f.area);
        x.number("itemid", f.itemId);
        // Moodle's file paths start and end with '/'.
        QString filePath = f.ref.path;
        if (!filePath.startsWith(QLatin1Char('/')))
            filePath.prepend(QLatin1Char('/'));
        if (!filePath.endsWith(QLatin1Char('/')))
            filePath.append(QLatin1Char('/'));
        x.text("filepath", filePath);
        x.text("filename", f.ref.name);
        x.null("userid");
        x.number("filesize", m_media.count(f.ref.sha1) ? m_media.at(f.ref.sha1) : f.ref.size);
        x.text("mimetype",
            f.ref.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : f.ref.mimeType);
        x.number("status", 0);
        x.number("timecreated", m_time);
        x.number("timemodified", m_time);
        x.text("source", f.ref.name);
        if (f.ref.author.isEmpty())
            x.null("author");
        else
            x.text("author", f.ref.author);
        if (f.ref.license.isEmpty())
            x.null("license");
        else
            x.text("license", f.ref.license);
        x.number("sortorder", f.ref.sortOrder);
        x.null("repositorytype");
        x.null("repositoryid");
        x.null("reference");
        x.end();
    }
    x.end();
    return x.bytes();
}

QByteArray Builder::completionXml()
{
    const CourseCompletion &cc = m_doc.course()->data().completion;
    XmlBuilder x;
    x.start("course_completion");
    if (cc.enabled) {
        qint64 id = 0;
        auto criterion = [&](int type, const QString &module, std::optional<qint64> cmid,
                             std::optional<qint64> enrolPeriod, std::optional<qint64> timeEnd,
                             std::optional<double> gradePass) {
            x.start("course_completion_criteria");
            x.attribute("id", ++id);
            x.number("course", m_courseId);
            x.number("criteriatype", type);
            if (module.isEmpty())
                x.null("module");
            else
                x.text("module", module);
            x.optionalNumber("moduleinstance", cmid);
            x.null("courseinstanceshortname");
            x.optionalNumber("enrolperiod", enrolPeriod);
            x.optionalNumber("timeend", timeEnd);
            if (gradePass)
                x.decimal("gradepass", *gradePass, 5);
            else
                x.null("gradepass");
            x.null("role");
            x.null("roleshortname");
            x.empty("course_completion_crit_completions");
            x.end();
        };
        QList<int> types;
        if (cc.selfCompletion) {
            criterion(1, QString(), {}, {}, {}, {});
            types.append(1);
        }
        if (cc.date > 0) {
            criterion(2, QString(), {}, {}, cc.date, {});
            types.append(2);
        }
        for (NodeId activity : cc.activities) {
            const int index = m_activityIndex.value(activity, -1);
            if (index < 0)
                continue;
            criterion(4, m_activities[index].modName, m_activities[index].cmid, {}, {}, {});
            if (!types.contains(4))
                types.append(4);
        }
        if (cc.enrolmentDays > 0) {
            criterion(5, QString(), {}, qint64(cc.enrolmentDays) * 86400, {}, {});
            types.append(5);
        }
        if (cc.gradePercent) {
            // Moodle compares the course total with an absolute grade: the model's percent of
            // the natural total (the sum of the graded activities, as in gradebook.xml).
            criterion(6, QString(), {}, {}, {}, *cc.gradePercent * courseTotal() / 100.0);
            types.append(6);
        }
        if (!types.isEmpty()) {
            qint64 aggrId = 0;
            auto aggregation = [&](std::optional<qint64> type, Aggregation method) {
                x.start("course_completion_aggr_methd");
                x.attribute("id", ++aggrId);
                x.number("course", m_courseId);
                x.optionalNumber("criteriatype", type);
                x.number("method", method == Aggregation::All ? 1 : 2);
                x.null("value");
                x.end();
            };
            if (types.contains(4))
                aggregation(4, cc.activityAggregation);
            aggregation({}, cc.overall);
        }
    }
    x.end();
    return x.bytes();
}

void Builder::build(QMap<QByteArray, QByteArray> *files)
{
    auto put = [files](const QString &path, const QByteArray &content) {
        files->insert(path.toLatin1(), content);
    };
    const bool xapi = atLeast45();
    put(QStringLiteral("moodle_backup.xml"), moodleBackup());
    put(QStringLiteral("files.xml"), filesXml());
    put(QStringLiteral("questions.xml"), questionsXml());
    put(QStringLiteral("completion.xml"), completionXml());
    put(QStringLiteral("gradebook.xml"), gradebookXml());
    put(QStringLiteral("roles.xml"), emptyFile("roles_definition"));
    if (atLeast45()) {
        XmlBuilder groups;
        groups.start("groups");
        groups.empty("groupcustomfields");
        groups.start("groupings");
        groups.empty("groupingcustomfields");
        groups.end();
        groups.end();
        put(QStringLiteral("groups.xml"), groups.bytes());
    } else {
        put(QStringLiteral("groups.xml"), emptyFile("groups", {"groupings"}));
    }
    put(QStringLiteral("scales.xml"), emptyFile("scales_definition"));
    put(QStringLiteral("outcomes.xml"), emptyFile("outcomes_definition"));
    put(QStringLiteral("badges.xml"), emptyFile("badges"));
    put(QStringLiteral("grade_history.xml"), emptyFile("grade_history", {"grade_grades"}));
    const QByteArray roles = emptyFile("roles", {"role_overrides", "role_assignments"});
    const QByteArray filters = emptyFile("filters", {"filter_actives", "filter_configs"});
    const QByteArray comments = emptyFile("comments");
    const QByteArray calendar = emptyFile("events");
    put(QStringLiteral("course/course.xml"), courseXml());
    put(QStringLiteral("course/inforef.xml"),
        inforef(m_courseFiles, {}, !m_categories.isEmpty() && !is50()));
    put(QStringLiteral("course/roles.xml"), roles);
    put(QStringLiteral("course/filters.xml"), filters);
    put(QStringLiteral("course/comments.xml"), comments);
    put(QStringLiteral("course/calendar.xml"), calendar);
    put(QStringLiteral("course/enrolments.xml"), emptyFile("enrolments", {"enrols"}));
    put(QStringLiteral("course/completiondefaults.xml"), emptyFile("course_completion_defaults"));
    put(QStringLiteral("course/contentbank.xml"), emptyFile("contents"));
    put(QStringLiteral("course/competencies.xml"),
        emptyFile("course_competencies", {"competencies", "user_competencies"}));
    // Blocks, filters, events… of the course read from a backup replace the empty files.
    {
        const QMap<QString, QByteArray> kept = keptFiles(m_doc.course()->data().extra,
            {QStringLiteral("course/course.xml"), QStringLiteral("course/inforef.xml")});
        for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("course/")))
                put(it.key(), it.value());
        }
    }
    for (const SectionInfo &s : m_sections) {
        const QString dir = QStringLiteral("sections/section_%1/").arg(s.id);
        put(dir + QStringLiteral("section.xml"), sectionXml(s));
        put(dir + QStringLiteral("inforef.xml"), inforef(s.files, {}, false));
    }
    for (const ActivityInfo &a : m_activities) {
        const QString dir = a.directory() + QLatin1Char('/');
        QMap<QString, QByteArray> own;
        own.insert(QStringLiteral("module.xml"), moduleXml(a));
        if (a.opaque) {
            // The model owns module.xml (completion, restriction) and the file list.
            for (auto it = a.opaque->xmlFiles.cbegin(); it != a.opaque->xmlFiles.cend(); ++it) {
                if (it.key() != QLatin1String("module.xml")
                    && it.key() != QLatin1String("inforef.xml"))
                    own.insert(it.key(), it.value().toUtf8());
            }
            own.insert(QStringLiteral("inforef.xml"),
                inforef(a.files, a.gradeItem ? QList<qint64> {a.gradeItemId} : QList<qint64> {},
                    false));
        } else {
            own.insert(a.modName + QStringLiteral(".xml"), activityXml(a));
            const bool bank = a.node == nullptr;
            QList<qint64> gradeItems;
            if (a.gradeItem)
                gradeItems.append(a.gradeItemId);
            const bool quiz = a.node && a.node->kind() == ActivityKind::Quiz;
            own.insert(QStringLiteral("inforef.xml"), inforef(a.files, gradeItems, bank || quiz));
            own.insert(QStringLiteral("grades.xml"), gradesXml(a));
            // Blocks, filters, events… of the activity read from a backup.
            if (a.node) {
                const QMap<QString, QByteArray> kept = keptFiles(a.node->data().extra,
                    {QStringLiteral("module.xml"), QStringLiteral("inforef.xml"),
                        QStringLiteral("grades.xml"), a.modName + QStringLiteral(".xml")});
                for (auto it = kept.cbegin(); it != kept.cend(); ++it)
                    own.insert(it.key(), it.value());
            }
        }
        for (const auto &[name, content] : {std::pair {"inforef.xml", inforef(a.files, {}, false)},
                 {"grades.xml", gradesXml(a)}, {"roles.xml", roles}, {"filters.xml", filters},
                 {"comments.xml", comments}, {"calendar.xml", calendar},
                 {"grade_history.xml", emptyFile("grade_history", {"grade_grades"})},
                 {"competencies.xml", emptyFile("course_module_competencies", {"competencies"})},
                 {"completion.xml", emptyFile("completions", {"completionviews"})}}) {
            if (!own.contains(QLatin1String(name)))
                own.insert(QLatin1String(name), content);
        }
        if (xapi && !own.contains(QStringLiteral("xapistate.xml")))
            own.insert(QStringLiteral("xapistate.xml"), emptyFile("states"));
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            put(dir + it.key(), it.value());
    }
}

} // namespace

MbzExporter::MbzExporter()
    : m_options()
{ }

MbzExporter::MbzExporter(Options options)
    : m_options(options)
{ }

QString MbzExporter::name() const
{
    return tr("Moodle backup for %1").arg(targetName(m_options.target));
}

QString MbzExporter::fileFilter() const
{
    return tr("Moodle backup (*.mbz)");
}

std::optional<MoodleTarget> MbzExporter::targetFromString(const QString &text)
{
    if (text == QLatin1String("4.1"))
        return MoodleTarget::Moodle41;
    if (text == QLatin1String("4.5"))
        return MoodleTarget::Moodle45;
    if (text == QLatin1String("5.0"))
        return MoodleTarget::Moodle50;
    return std::nullopt;
}

QString MbzExporter::targetName(MoodleTarget target)
{
    return QLatin1String(versionsOf(target).backupRelease);
}

std::optional<WordCloudPlugin> MbzExporter::wordCloudFromString(const QString &text)
{
    if (text == QLatin1String("collabwordcloud"))
        return WordCloudPlugin::CollabWordCloud;
    if (text == QLatin1String("wordcloud"))
        return WordCloudPlugin::WordCloud;
    return std::nullopt;
}

ExportReport MbzExporter::validate(const CourseDocument &document) const
{
    ExportReport report;
    Builder builder(document, m_options, &report);
    builder.plan();
    builder.validate();
    return report;
}

QMap<QByteArray, QByteArray> MbzExporter::xmlFiles(const CourseDocument &document)
{
    m_report = {};
    Builder builder(document, m_options, &m_report);
    builder.plan();
    builder.validate();
    QMap<QByteArray, QByteArray> files;
    if (!m_report.hasErrors())
        builder.build(&files);
    return files;
}

bool MbzExporter::write(const CourseDocument &document, QIODevice *device, const QString &fileName)
{
    m_report = {};
    m_errorString.clear();
    Builder builder(document, m_options, &m_report);
    builder.plan();
    builder.validate();
    if (m_report.hasErrors()) {
        QStringList errors;
        for (const Issue &issue : std::as_const(m_report.issues)) {
            if (issue.severity == Issue::Severity::Error)
                errors.append(QStringLiteral("- ") + issue.message);
        }
        m_errorString
            = tr("The parcours cannot be exported to %1 for Moodle %2:\n%3")
                  .arg(fileName, targetName(m_options.target), errors.join(QLatin1Char('\n')));
        return false;
    }
    QMap<QByteArray, QByteArray> files;
    builder.build(&files);
    const qint64 mtime = builder.time();

    // Media paths sort with the XML files; .ARCHIVE_INDEX comes first and lists every entry.
    std::map<QByteArray, QString> mediaPaths;
    for (const auto &entry : builder.media()) {
        const QString &sha1 = entry.first;
        mediaPaths.emplace(QStringLiteral("files/%1/%2").arg(sha1.left(2), sha1).toLatin1(), sha1);
    }
    std::map<QByteArray, qint64> sizes;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        sizes.emplace(it.key(), it.value().size());
    for (const auto &[path, sha1] : mediaPaths)
        sizes.emplace(path, builder.media().at(sha1));
    QByteArray index
        = "Moodle archive file index. Count: " + QByteArray::number(qint64(sizes.size())) + '\n';
    qint64 total = 0;
    for (const auto &[path, size] : sizes) {
        index += path + '\t' + 'f' + '\t' + QByteArray::number(size) + '\t'
            + QByteArray::number(mtime) + '\n';
        total += size;
    }

    TgzWriter tar(device, fileName);
    qint64 done = 0;
    auto cancelled = [this, &fileName]() {
        if (!isCancelled())
            return false;
        m_errorString = tr("The export to %1 was cancelled.").arg(fileName);
        return true;
    };
    if (!tar.addFile(".ARCHIVE_INDEX", index, mtime)) {
        m_errorString = tar.errorString();
        return false;
    }
    const CourseStore *store = document.store();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (const auto &[path, size] : sizes) {
        if (cancelled())
            return false;
        auto xml = files.constFind(path);
        if (xml != files.cend()) {
            if (!tar.addFile(path, xml.value(), mtime)) {
                m_errorString = tar.errorString();
                return false;
            }
        } else {
            const QString sha1 = mediaPaths.at(path);
            QString error;
            std::unique_ptr<QIODevice> media = store ? store->openMedia(sha1, &error) : nullptr;
            if (!media) {
                m_errorString = tr("Could not read a file of the project while writing %1: %2")
                                    .arg(fileName, error);
                return false;
            }
            if (!tar.beginFile(path, size, mtime)) {
                m_errorString = tar.errorString();
                return false;
            }
            qint64 remaining = size;
            while (remaining > 0) {
                const qint64 n = media->read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
                if (n <= 0) {
                    m_errorString = tr("Could not read a file of the project while writing %1: "
                                       "%2")
                                        .arg(fileName, media->errorString());
                    return false;
                }
                if (!tar.writeData(buffer.constData(), n)) {
                    m_errorString = tar.errorString();
                    return false;
                }
                remaining -= n;
                done += n;
                if (m_progress)
                    m_progress(done, total);
                if (cancelled())
                    return false;
            }
            if (!tar.endFile(size)) {
                m_errorString = tar.errorString();
                return false;
            }
            continue;
        }
        done += size;
        if (m_progress)
            m_progress(done, total);
    }
    if (!tar.finish()) {
        m_errorString = tar.errorString();
        return false;
    }
    return true;
}

} // namespace Parcours
