// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/activity.h"
#include "core/model/course.h"
#include "core/model/question.h"
#include "core/model/questionbank.h"
#include "core/model/section.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Parcours {

class CourseDocument;

/**
 * Assembles a whole parcours from value structs, for builders that make one from scratch (the
 * generator, tests). Ids are handed out in order from 1 (the course) and 2 (the question bank), so
 * that callers can refer to a node (restriction, quiz slot, course completion) as soon as it is
 * added. The result is the CourseDocument::snapshot() JSON, turned into a tree with
 * CourseDocument::treeFromSnapshot(); nodes never need friend access.
 */
class TreeBuilder
{
public:
    TreeBuilder();

    static constexpr NodeId CourseId = 1;
    static constexpr NodeId QuestionBankId = 2;

    void setCourse(const CourseData &data) { m_course = data; }
    CourseData &course() { return m_course; }

    /** Appends a section; returns its id. */
    NodeId addSection(const SectionData &data);
    /** Appends an activity to a section added before; returns its id. */
    NodeId addActivity(NodeId section, const ActivityData &data);
    /** Appends a category, at the top of the bank (parent 0) or in a category; returns its id. */
    NodeId addCategory(const QuestionCategoryData &data, NodeId parent = 0);
    /** Appends a question to a category added before; returns its id. */
    NodeId addQuestion(NodeId category, const QuestionData &data);

    /** Data of a node added before, to adjust it once later ids are known. */
    SectionData *section(NodeId id);
    ActivityData *activity(NodeId id);

    /** The whole parcours in the CourseDocument::snapshot() format. */
    QJsonObject snapshot() const;
    /**
     * The same, emptying the builder as it goes so that the parcours is never held twice (large
     * generated parcours). The builder is empty afterwards.
     */
    QJsonObject takeSnapshot();
    /** Builds the trees (see CourseDocument::treeFromSnapshot). */
    bool build(std::unique_ptr<Course> *course,
        std::unique_ptr<QuestionBank> *bank,
        QString *errorString = nullptr) const;
    /** Replaces the document's content with the built trees, in one transaction. */
    bool applyTo(CourseDocument *document, QString *errorString = nullptr) const;
    /** Same, emptying the builder first (see takeSnapshot()). */
    bool takeAndApplyTo(CourseDocument *document, QString *errorString = nullptr);

private:
    struct ActivityEntry
    {
        NodeId id;
        ActivityData data;
    };
    struct SectionEntry
    {
        NodeId id;
        SectionData data;
        std::vector<ActivityEntry> activities;
    };
    struct BankEntry
    {
        NodeId id;
        NodeId parent;
        bool isCategory;
        QuestionCategoryData category;
        QuestionData question;
    };
    /** The snapshot; with release (the builder's own sections), frees each section once written. */
    QJsonObject makeSnapshot(std::vector<SectionEntry> *release) const;
    static bool apply(QJsonObject snapshot, CourseDocument *document, QString *errorString);

    NodeId m_nextId = QuestionBankId + 1;
    CourseData m_course;
    std::vector<SectionEntry> m_sections;
    std::vector<BankEntry> m_bank;
};

} // namespace Parcours
