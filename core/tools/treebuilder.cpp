// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/treebuilder.h"

#include "core/model/coursedocument.h"

#include <QHash>
#include <QJsonArray>

namespace Parcours {

namespace {

QJsonObject nodeJson(NodeId id, NodeType type, const QJsonObject &data)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("type"), Json::toJson(type));
    object.insert(QStringLiteral("data"), data);
    return object;
}

} // namespace

TreeBuilder::TreeBuilder() = default;

NodeId TreeBuilder::addSection(const SectionData &data)
{
    const NodeId id = m_nextId++;
    m_sections.push_back({id, data, {}});
    return id;
}

NodeId TreeBuilder::addActivity(NodeId section, const ActivityData &data)
{
    for (SectionEntry &entry : m_sections) {
        if (entry.id == section) {
            const NodeId id = m_nextId++;
            entry.activities.push_back({id, data});
            return id;
        }
    }
    Q_ASSERT_X(false, "TreeBuilder::addActivity", "unknown section");
    return 0;
}

NodeId TreeBuilder::addCategory(const QuestionCategoryData &data, NodeId parent)
{
    const NodeId id = m_nextId++;
    m_bank.push_back({id, parent, true, data, {}});
    return id;
}

NodeId TreeBuilder::addQuestion(NodeId category, const QuestionData &data)
{
    const NodeId id = m_nextId++;
    m_bank.push_back({id, category, false, {}, data});
    return id;
}

SectionData *TreeBuilder::section(NodeId id)
{
    for (SectionEntry &entry : m_sections) {
        if (entry.id == id)
            return &entry.data;
    }
    return nullptr;
}

ActivityData *TreeBuilder::activity(NodeId id)
{
    for (SectionEntry &section : m_sections) {
        for (ActivityEntry &entry : section.activities) {
            if (entry.id == id)
                return &entry.data;
        }
    }
    return nullptr;
}

QJsonObject TreeBuilder::snapshot() const
{
    return makeSnapshot(nullptr);
}

QJsonObject TreeBuilder::takeSnapshot()
{
    QJsonObject snapshot = makeSnapshot(&m_sections);
    *this = TreeBuilder();
    return snapshot;
}

QJsonObject TreeBuilder::makeSnapshot(std::vector<SectionEntry> *release) const
{
    QJsonArray sections;
    for (size_t i = 0; i < m_sections.size(); ++i) {
        const SectionEntry &section = m_sections[i];
        QJsonObject sectionJson
            = nodeJson(section.id, NodeType::Section, Json::toObject(section.data));
        QJsonArray activities;
        for (const ActivityEntry &activity : section.activities)
            activities.append(
                nodeJson(activity.id, NodeType::Activity, activityDataToJson(activity.data)));
        if (release) // The activities are in the JSON now: free them before the next section.
            std::vector<ActivityEntry>().swap((*release)[i].activities);
        if (!activities.isEmpty())
            sectionJson.insert(QStringLiteral("children"), activities);
        sections.append(sectionJson);
    }
    QJsonObject course = nodeJson(CourseId, NodeType::Course, Json::toObject(m_course));
    if (!sections.isEmpty())
        course.insert(QStringLiteral("children"), sections);

    // Children are attached bottom-up: an entry's JSON is complete once all later entries (its
    // descendants, which are always added after it) have been attached.
    QHash<NodeId, QJsonArray> children;
    QJsonArray topLevel;
    for (auto it = m_bank.crbegin(); it != m_bank.crend(); ++it) {
        QJsonObject json = it->isCategory
            ? nodeJson(it->id, NodeType::QuestionCategory, Json::toObject(it->category))
            : nodeJson(it->id, NodeType::Question, Json::toObject(it->question));
        const auto found = children.constFind(it->id);
        if (found != children.constEnd()) {
            QJsonArray ordered;
            for (qsizetype i = found->size() - 1; i >= 0; --i)
                ordered.append(found->at(i));
            json.insert(QStringLiteral("children"), ordered);
        }
        if (it->parent == 0)
            topLevel.append(json);
        else
            children[it->parent].append(json);
    }
    QJsonArray categories;
    for (qsizetype i = topLevel.size() - 1; i >= 0; --i)
        categories.append(topLevel.at(i));
    QJsonObject bank = nodeJson(QuestionBankId, NodeType::QuestionBank, QJsonObject());
    if (!categories.isEmpty())
        bank.insert(QStringLiteral("children"), categories);

    QJsonObject object;
    object.insert(QStringLiteral("course"), course);
    object.insert(QStringLiteral("questionBank"), bank);
    return object;
}

bool TreeBuilder::build(std::unique_ptr<Course> *course,
    std::unique_ptr<QuestionBank> *bank,
    QString *errorString) const
{
    return CourseDocument::treeFromSnapshot(snapshot(), course, bank, errorString);
}

bool TreeBuilder::applyTo(CourseDocument *document, QString *errorString) const
{
    return apply(snapshot(), document, errorString);
}

bool TreeBuilder::takeAndApplyTo(CourseDocument *document, QString *errorString)
{
    return apply(takeSnapshot(), document, errorString);
}

bool TreeBuilder::apply(QJsonObject snapshot, CourseDocument *document, QString *errorString)
{
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    {
        // The JSON is dropped as soon as the trees are built, before they are stored.
        const QJsonObject json = std::move(snapshot);
        if (!CourseDocument::treeFromSnapshot(json, &course, &bank, errorString))
            return false;
    }
    return document->resetContent(std::move(course), std::move(bank), errorString);
}

} // namespace Parcours
