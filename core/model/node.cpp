// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/node.h"

#include "core/model/activity.h"
#include "core/model/course.h"
#include "core/model/question.h"
#include "core/model/questionbank.h"
#include "core/model/section.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Parcours {

Node::~Node() = default;

int Node::indexOf(const Node *child) const
{
    return child && child->m_parent == this ? child->m_row : -1;
}

void Node::renumberFrom(int row)
{
    for (size_t i = static_cast<size_t>(row); i < m_children.size(); ++i)
        m_children[i]->m_row = static_cast<int>(i);
}

bool Node::canContain(NodeType childType) const
{
    switch (m_type) {
    case NodeType::Course:
        return childType == NodeType::Section;
    case NodeType::Section:
        return childType == NodeType::Activity;
    case NodeType::QuestionBank:
        return childType == NodeType::QuestionCategory;
    case NodeType::QuestionCategory:
        return childType == NodeType::QuestionCategory || childType == NodeType::Question;
    case NodeType::Activity:
    case NodeType::Question:
        return false;
    }
    return false;
}

std::unique_ptr<Node> Node::cloneDeep() const
{
    std::unique_ptr<Node> copy = cloneShallow();
    for (int i = 0; i < childCount(); ++i)
        copy->insertChild(i, childAt(i)->cloneDeep());
    return copy;
}

std::unique_ptr<Node> Node::create(NodeType type, NodeId id)
{
    switch (type) {
    case NodeType::Course:
        return std::make_unique<Course>(id);
    case NodeType::Section:
        return std::make_unique<Section>(id);
    case NodeType::Activity:
        return std::make_unique<Activity>(id);
    case NodeType::QuestionBank:
        return std::make_unique<QuestionBank>(id);
    case NodeType::QuestionCategory:
        return std::make_unique<QuestionCategory>(id);
    case NodeType::Question:
        return std::make_unique<Question>(id);
    }
    return nullptr;
}

void Node::insertChild(int row, std::unique_ptr<Node> child)
{
    Q_ASSERT(child && !child->m_parent && canContain(child->type()));
    Q_ASSERT(row >= 0 && row <= childCount());
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
    renumberFrom(row);
}

std::unique_ptr<Node> Node::takeChild(int row)
{
    Q_ASSERT(row >= 0 && row < childCount());
    std::unique_ptr<Node> child = std::move(m_children[static_cast<size_t>(row)]);
    m_children.erase(m_children.begin() + row);
    renumberFrom(row);
    child->m_parent = nullptr;
    child->m_row = -1;
    return child;
}

template<class N> static std::unique_ptr<Node> shallowCopy(const N &node)
{
    auto copy = std::make_unique<N>(node.id());
    copy->dataFromJson(node.dataToJson());
    return copy;
}

std::unique_ptr<Node> Course::cloneShallow() const
{
    return shallowCopy(*this);
}

std::unique_ptr<Node> Section::cloneShallow() const
{
    return shallowCopy(*this);
}

QString Section::displayName() const
{
    return hasDefaultName() ? defaultName() : m_data.title;
}

int Section::number() const
{
    const Node *course = parent();
    if (!course || course->type() != NodeType::Course)
        return -1;
    const auto *first = static_cast<const Section *>(course->childAt(0));
    const bool firstIsGeneral = first->data().extra.value(QStringLiteral("number")).toInt(-1) == 0;
    return firstIsGeneral ? row() : row() + 1;
}

QString Section::defaultName() const
{
    const int n = number();
    if (n == 0)
        return QCoreApplication::translate("Parcours::Section", "General");
    const Node *course = parent();
    const CourseData *data = course && course->type() == NodeType::Course
        ? &static_cast<const Course *>(course)->data()
        : nullptr;
    const QString format = data ? data->format : QString();
    if (format == QLatin1String("topics") || format == QLatin1String("magistere_topics"))
        return QCoreApplication::translate("Parcours::Section", "Topic %1").arg(n);
    if (format == QLatin1String("weeks")) {
        if (data->startDate <= 0)
            return QCoreApplication::translate("Parcours::Section", "Week %1").arg(n);
        // format_weeks: weeks from the start date (plus two hours against daylight saving
        // changes), shown from the first to the last day.
        constexpr qint64 day = 24 * 60 * 60;
        const qint64 start = data->startDate + 2 * 60 * 60 + 7 * day * (n - 1);
        const QLocale locale;
        const QString pattern = QStringLiteral("d MMMM");
        return QCoreApplication::translate("Parcours::Section", "%1 - %2")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(start).date(), pattern),
                locale.toString(QDateTime::fromSecsSinceEpoch(start + 6 * day).date(), pattern));
    }
    return QCoreApplication::translate("Parcours::Section", "Section %1").arg(n);
}

std::unique_ptr<Node> Activity::cloneShallow() const
{
    auto copy = std::make_unique<Activity>(id());
    copy->m_data = m_data;
    return copy;
}

std::unique_ptr<Node> Question::cloneShallow() const
{
    return shallowCopy(*this);
}

std::unique_ptr<Node> QuestionCategory::cloneShallow() const
{
    return shallowCopy(*this);
}

std::unique_ptr<Node> QuestionBank::cloneShallow() const
{
    return std::make_unique<QuestionBank>(id());
}

QString QuestionBank::displayName() const
{
    return QStringLiteral("Question bank");
}

// ---- Activity ----

ActivitySettings defaultSettings(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Page:
        return PageSettings {};
    case ActivityKind::Label:
        return LabelSettings {};
    case ActivityKind::Url:
        return UrlSettings {};
    case ActivityKind::Resource:
        return ResourceSettings {};
    case ActivityKind::Folder:
        return FolderSettings {};
    case ActivityKind::Forum:
        return ForumSettings {};
    case ActivityKind::Assign:
        return AssignSettings {};
    case ActivityKind::Quiz:
        return QuizSettings {};
    case ActivityKind::WordCloud:
        return WordCloudSettings {};
    case ActivityKind::MindMap:
        return MindMapSettings {};
    case ActivityKind::CompletionMarker:
        return CompletionMarkerSettings {};
    case ActivityKind::Opaque:
        return OpaqueSettings {};
    }
    return PageSettings {};
}

static const char *const s_moduleNames[] = {"page", "label", "url", "resource", "folder", "forum",
    "assign", "quiz", "wordcloud", "mindmap", "completionmarker", "opaque"};

QString moduleName(ActivityKind kind)
{
    return QLatin1String(s_moduleNames[static_cast<int>(kind)]);
}

std::optional<ActivityKind> kindFromModuleName(const QString &name)
{
    for (int i = 0; i < static_cast<int>(std::size(s_moduleNames)); ++i) {
        if (name == QLatin1String(s_moduleNames[i]))
            return static_cast<ActivityKind>(i);
    }
    return std::nullopt;
}

QJsonObject activityDataToJson(const ActivityData &data)
{
    QJsonObject object;
    ActivityData::reflectCommon(data, [&object](const char *key, const auto &field) {
        object.insert(QLatin1String(key), Json::toJson(field));
    });
    object.insert(QStringLiteral("kind"), Json::toJson(data.kind()));
    std::visit(
        [&object](const auto &s) { object.insert(QStringLiteral("settings"), Json::toJson(s)); },
        data.settings);
    return object;
}

QJsonObject Activity::dataToJson() const
{
    return activityDataToJson(m_data);
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Page:
        return QCoreApplication::translate("ActivityKind", "Page");
    case ActivityKind::Label:
        return QCoreApplication::translate("ActivityKind", "Text and media area");
    case ActivityKind::Url:
        return QCoreApplication::translate("ActivityKind", "URL");
    case ActivityKind::Resource:
        return QCoreApplication::translate("ActivityKind", "File");
    case ActivityKind::Folder:
        return QCoreApplication::translate("ActivityKind", "Folder");
    case ActivityKind::Forum:
        return QCoreApplication::translate("ActivityKind", "Forum");
    case ActivityKind::Assign:
        return QCoreApplication::translate("ActivityKind", "Assignment");
    case ActivityKind::Quiz:
        return QCoreApplication::translate("ActivityKind", "Quiz");
    case ActivityKind::WordCloud:
        return QCoreApplication::translate("ActivityKind", "Word cloud");
    case ActivityKind::MindMap:
        return QCoreApplication::translate("ActivityKind", "Mind map");
    case ActivityKind::CompletionMarker:
        return QCoreApplication::translate("ActivityKind", "Completion marker");
    case ActivityKind::Opaque:
        break;
    }
    return QCoreApplication::translate("ActivityKind", "Other activity");
}

void Activity::dataFromJson(const QJsonObject &json)
{
    m_data = ActivityData {};
    ActivityData::reflectCommon(m_data, [&json](const char *key, auto &field) {
        const auto it = json.constFind(QLatin1String(key));
        if (it != json.constEnd())
            Json::fromJson(*it, field);
    });
    ActivityKind kind = ActivityKind::Page;
    Json::fromJson(json.value(QStringLiteral("kind")), kind);
    m_data.settings = defaultSettings(kind);
    std::visit([&json](auto &s) { Json::fromJson(json.value(QStringLiteral("settings")), s); },
        m_data.settings);
}

// ---- Questions ----

static const char *const s_qtypeNames[] = {"multichoice", "truefalse", "shortanswer", "numerical",
    "match", "essay", "description", "gapselect", "ddwtos", "multianswer", "other"};

QString qtypeName(QuestionType type)
{
    return QLatin1String(s_qtypeNames[static_cast<int>(type)]);
}

std::optional<QuestionType> questionTypeFromName(const QString &qtype)
{
    for (int i = 0; i < static_cast<int>(std::size(s_qtypeNames)) - 1; ++i) {
        if (qtype == QLatin1String(s_qtypeNames[i]))
            return static_cast<QuestionType>(i);
    }
    return std::nullopt;
}

} // namespace Parcours
