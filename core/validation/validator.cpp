// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/validator.h"

#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/validation/questioncheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Parcours {

namespace {

using Issue = Validator::Issue;
using Severity = Validator::Severity;

/** Calls f(condition) for every condition of a restriction, nested sets included. */
template<class F> void forEachCondition(const Restriction &restriction, F &&f)
{
    for (const RestrictionItem &item : restriction.items) {
        if (item.isSet)
            forEachCondition(item.set, f);
        else
            f(item.condition);
    }
}

bool isGraded(ActivityKind kind)
{
    return kind == ActivityKind::Quiz || kind == ActivityKind::Assign;
}

/** The passing grade of a graded activity, 0 when it has none. */
double passingGrade(const Activity &activity)
{
    if (const auto *quiz = activity.settings<QuizSettings>())
        return quiz->gradePass;
    if (const auto *assign = activity.settings<AssignSettings>())
        return assign->gradePass;
    return 0;
}

QString quoted(const QString &name)
{
    return Validator::tr("“%1”").arg(name);
}

class Checker
{
public:
    Checker(const Course &course, const QuestionBank &bank, const CourseStore *store)
        : m_course(course)
        , m_store(store)
    {
        for (int s = 0; s < course.childCount(); ++s) {
            const auto *section = static_cast<const Section *>(course.childAt(s));
            for (int a = 0; a < section->childCount(); ++a) {
                const auto *activity = static_cast<const Activity *>(section->childAt(a));
                m_activities.insert(activity->id(), activity);
                m_sectionOf.insert(activity->id(), section);
            }
        }
        bank.forEach([this](const Node *node) {
            if (node->type() == NodeType::Question) {
                m_questions.insert(node->id(), static_cast<const Question *>(node));
                m_questionOrder.append(static_cast<const Question *>(node));
            }
            if (node->type() == NodeType::QuestionCategory)
                m_categories.insert(node->id());
        });
    }

    QList<Issue> run()
    {
        checkFiles(m_course.id(), m_course.data().files);
        checkEmbedded(m_course.id(), {m_course.data().summary}, m_course.data().files);
        checkCourseCompletion();
        for (int s = 0; s < m_course.childCount(); ++s) {
            const auto *section = static_cast<const Section *>(m_course.childAt(s));
            checkRestriction(section->id(), section->data().restriction);
            checkFiles(section->id(), section->data().files);
            checkEmbedded(section->id(), {section->data().summary}, section->data().files);
            for (int a = 0; a < section->childCount(); ++a)
                checkActivity(*static_cast<const Activity *>(section->childAt(a)));
        }
        for (const Question *question : std::as_const(m_questionOrder))
            checkQuestion(*question);
        checkCycles();
        return m_issues;
    }

private:
    void error(NodeId node, const QString &message)
    {
        m_issues.append({Severity::Error, node, message});
    }
    void warning(NodeId node, const QString &message)
    {
        m_issues.append({Severity::Warning, node, message});
    }

    QString nameOf(NodeId id) const
    {
        if (const Activity *activity = m_activities.value(id))
            return activity->data().name.isEmpty() ? Validator::tr("(unnamed activity)")
                                                   : activity->data().name;
        for (int s = 0; s < m_course.childCount(); ++s) {
            const auto *section = static_cast<const Section *>(m_course.childAt(s));
            if (section->id() == id)
                return section->data().title.isEmpty() ? Validator::tr("Section %1").arg(s)
                                                       : section->data().title;
        }
        return QString();
    }

    void checkFiles(NodeId node, const std::vector<FileRef> &files)
    {
        for (const FileRef &file : files) {
            if (file.sha1.isEmpty() || (m_store && !m_store->hasMedia(file.sha1)))
                error(node,
                    Validator::tr("The file %1 is missing from the project: add the file "
                                  "again.")
                        .arg(quoted(file.name)));
        }
    }

    /** HTML that shows "@@PLUGINFILE@@/name" needs a file of that name among the node's files. */
    void checkEmbedded(NodeId node, const QStringList &texts, const std::vector<FileRef> &files)
    {
        static const QRegularExpression link(QStringLiteral("@@PLUGINFILE@@/([^\"'\\s<>?#]+)"));
        QSet<QString> reported;
        for (const QString &text : texts) {
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString path = QUrl::fromPercentEncoding(it.next().captured(1).toUtf8());
                const QString name = path.section(QLatin1Char('/'), -1);
                const bool known = std::any_of(files.cbegin(), files.cend(),
                    [&name](const FileRef &f) { return f.name == name; });
                if (!known && !reported.contains(name)) {
                    reported.insert(name);
                    warning(node,
                        Validator::tr("The text shows the file %1, which is not among "
                                      "its files: add the file or remove it from the "
                                      "text.")
                            .arg(quoted(name)));
                }
            }
        }
    }

    void checkCourseCompletion()
    {
        const CourseCompletion &completion = m_course.data().completion;
        if (!completion.enabled)
            return;
        for (NodeId id : completion.activities) {
            const Activity *activity = m_activities.value(id);
            if (!activity) {
                error(m_course.id(),
                    Validator::tr("Course completion requires an activity that no longer "
                                  "exists: remove it from the course completion criteria."));
            } else if (activity->data().completion.mode == CompletionMode::None) {
                error(m_course.id(),
                    Validator::tr("Course completion requires %1, which has no completion "
                                  "tracking: enable completion on that activity or remove it "
                                  "from the course completion criteria.")
                        .arg(quoted(nameOf(id))));
            }
        }
    }

    void checkRestriction(NodeId owner, const Restriction &restriction)
    {
        forEachCondition(restriction, [this, owner](const Condition &condition) {
            if (condition.type != ConditionType::Completion
                && condition.type != ConditionType::Grade)
                return;
            const Activity *target = m_activities.value(condition.activity);
            if (!target) {
                error(owner,
                    Validator::tr("An access restriction refers to an activity that no "
                                  "longer exists: remove that condition or choose "
                                  "another activity."));
                return;
            }
            m_edges[owner].append(condition.activity);
            const QString name = quoted(nameOf(condition.activity));
            if (condition.type == ConditionType::Grade) {
                if (!isGraded(target->kind()))
                    error(owner,
                        Validator::tr("An access restriction depends on the grade of %1, "
                                      "which is not graded: use a completion condition "
                                      "instead.")
                            .arg(name));
                return;
            }
            if (target->data().completion.mode == CompletionMode::None) {
                error(owner,
                    Validator::tr("An access restriction requires the completion of %1, "
                                  "which has no completion tracking: enable completion "
                                  "on %1 or change the condition.")
                        .arg(name));
            } else if ((condition.state == CompletionState::Passed
                           || condition.state == CompletionState::Failed)
                && (passingGrade(*target) <= 0 || !target->data().completion.passGrade)) {
                error(owner,
                    Validator::tr("An access restriction requires %1 to be passed or "
                                  "failed, but it has no passing grade in its completion "
                                  "rules: set a passing grade and require it, or ask "
                                  "for plain completion.")
                        .arg(name));
            }
        });
    }

    void checkCompletion(const Activity &activity)
    {
        const Completion &c = activity.data().completion;
        if (c.mode != CompletionMode::Automatic)
            return;
        const NodeId id = activity.id();
        const ActivityKind kind = activity.kind();
        const bool any = c.view || c.receiveGrade || c.passGrade || c.attemptsExhausted
            || c.minAttempts > 0 || c.submit || c.forumPosts > 0 || c.forumDiscussions > 0
            || c.forumReplies > 0 || c.contributeWords;
        if (!any) {
            error(id,
                Validator::tr("Automatic completion is on but no condition is set: choose "
                              "a condition or switch to manual completion."));
            return;
        }
        if (c.view && kind == ActivityKind::Label)
            error(id,
                Validator::tr("A text and media area cannot be viewed on its own, so "
                              "“must view” can never be met: use manual completion."));
        if ((c.receiveGrade || c.passGrade) && !isGraded(kind))
            error(id,
                Validator::tr("This activity is not graded, so a grade condition can never "
                              "be met: remove the grade condition."));
        else if (c.passGrade && passingGrade(activity) <= 0)
            error(id,
                Validator::tr("Completion requires a passing grade but the passing grade is "
                              "0: set a grade to pass in the activity's settings."));
        if (c.attemptsExhausted && (kind != ActivityKind::Quiz || !c.passGrade))
            error(id,
                Validator::tr("“Or all attempts used” only applies to a quiz that requires "
                              "a passing grade: require the passing grade or remove it."));
        if (c.minAttempts > 0 && kind != ActivityKind::Quiz)
            error(id,
                Validator::tr("A minimum number of attempts only applies to quizzes: "
                              "remove it."));
        if (c.submit && kind != ActivityKind::Assign)
            error(id,
                Validator::tr("Only an assignment can be submitted: remove the “must "
                              "submit” condition."));
        if ((c.forumPosts > 0 || c.forumDiscussions > 0 || c.forumReplies > 0)
            && kind != ActivityKind::Forum)
            error(id, Validator::tr("Posting conditions only apply to forums: remove them."));
        if (c.contributeWords) {
            const auto *cloud = activity.settings<WordCloudSettings>();
            if (!cloud)
                error(id,
                    Validator::tr("Only a word cloud can require words: remove the "
                                  "condition."));
            else if (cloud->wordsRequired <= 0)
                error(id,
                    Validator::tr("Completion requires the participant's words but the "
                                  "number of words required is 0: require at least one "
                                  "word."));
        }
    }

    void checkActivity(const Activity &activity)
    {
        const ActivityData &data = activity.data();
        const NodeId id = activity.id();
        if (data.name.trimmed().isEmpty())
            error(id, Validator::tr("The activity has no name: give it one."));
        checkRestriction(id, data.restriction);
        checkCompletion(activity);
        checkFiles(id, data.files);
        QStringList texts = {data.description};
        if (const auto *page = activity.settings<PageSettings>())
            texts.append(page->content);
        else if (const auto *assign = activity.settings<AssignSettings>())
            texts.append(assign->activityInstructions);
        else if (const auto *cloud = activity.settings<WordCloudSettings>())
            texts.append(cloud->instructions);
        checkEmbedded(id, texts, data.files);
        switch (activity.kind()) {
        case ActivityKind::Quiz: {
            const auto &quiz = std::get<QuizSettings>(data.settings);
            if (quiz.slots.empty())
                error(id,
                    Validator::tr("The quiz has no questions: add questions from the "
                                  "question bank."));
            for (size_t i = 0; i < quiz.slots.size(); ++i) {
                const QuizSlot &slot = quiz.slots[i];
                if (slot.random) {
                    // A random slot draws from a category (0: the whole bank).
                    if (slot.category != 0 && !m_categories.contains(slot.category))
                        error(id,
                            Validator::tr("Random question %1 of the quiz draws from a category "
                                          "that no longer exists: choose another category.")
                                .arg(i + 1));
                    continue;
                }
                if (!m_questions.contains(slot.question))
                    error(id,
                        Validator::tr("Question %1 of the quiz no longer exists in the "
                                      "question bank: remove it from the quiz.")
                            .arg(i + 1));
            }
            if (quiz.gradePass > quiz.grade)
                error(id,
                    Validator::tr("The grade to pass (%1) is above the maximum grade (%2): "
                                  "lower it.")
                        .arg(quiz.gradePass)
                        .arg(quiz.grade));
            break;
        }
        case ActivityKind::Resource: {
            const bool hasFile = std::any_of(data.files.cbegin(), data.files.cend(),
                [](const FileRef &f) { return f.area == QLatin1String("content"); });
            if (!hasFile)
                error(id,
                    Validator::tr("The file resource has no file: choose the file to "
                                  "share."));
            break;
        }
        case ActivityKind::Url: {
            const QString text = std::get<UrlSettings>(data.settings).url.trimmed();
            const QUrl url(text, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                error(id,
                    Validator::tr("The address %1 is not a web address: give an address "
                                  "that starts with https:// or http://.")
                        .arg(quoted(text)));
            break;
        }
        case ActivityKind::WordCloud: {
            const auto &cloud = std::get<WordCloudSettings>(data.settings);
            if (cloud.wordsRequired > cloud.wordsMax)
                error(id,
                    Validator::tr("The word cloud requires %1 words but allows only %2: "
                                  "raise the maximum or lower the requirement.")
                        .arg(cloud.wordsRequired)
                        .arg(cloud.wordsMax));
            break;
        }
        default:
            break;
        }
    }

    void checkQuestion(const Question &question)
    {
        const QuestionData &q = question.data();
        const NodeId id = question.id();
        checkFiles(id, q.files);
        checkEmbedded(id, {q.text, q.generalFeedback}, q.files);
        for (const QuestionProblem &problem : Parcours::checkQuestion(q))
            m_issues.append({problem.severity, id, problem.message});
    }

    // ---- Circular restrictions ----
    //
    // A node (section or activity) depends on the activities its restriction names, and an
    // activity also depends on its section (it is only reachable when its section is). A circle
    // in that graph can never be opened by anyone.

    QList<NodeId> dependencies(NodeId node) const
    {
        QList<NodeId> result = m_edges.value(node);
        if (const Section *section = m_sectionOf.value(node))
            result.append(section->id());
        return result;
    }

    void visit(NodeId node)
    {
        m_state.insert(node, 1);
        m_stack.append(node);
        const QList<NodeId> next = dependencies(node);
        for (NodeId target : next) {
            const int state = m_state.value(target, 0);
            if (state == 0) {
                visit(target);
            } else if (state == 1) {
                const qsizetype start = m_stack.lastIndexOf(target);
                reportCycle(m_stack.mid(start));
            }
        }
        m_stack.removeLast();
        m_state.insert(node, 2);
    }

    void reportCycle(const QList<NodeId> &cycle)
    {
        QList<NodeId> key = cycle;
        std::sort(key.begin(), key.end());
        if (m_reportedCycles.contains(key))
            return;
        m_reportedCycles.append(key);
        QStringList names;
        NodeId owner = 0;
        for (NodeId id : cycle) {
            names.append(nameOf(id));
            if (!owner && m_activities.contains(id))
                owner = id;
        }
        names.append(nameOf(cycle.first()));
        error(owner ? owner : cycle.first(),
            Validator::tr("Circular access restrictions: %1. No participant can ever open "
                          "them: remove one of these conditions.")
                .arg(names.join(QStringLiteral(" → "))));
    }

    void checkCycles()
    {
        for (int s = 0; s < m_course.childCount(); ++s) {
            const Node *section = m_course.childAt(s);
            if (!m_state.value(section->id(), 0))
                visit(section->id());
            for (int a = 0; a < section->childCount(); ++a) {
                if (!m_state.value(section->childAt(a)->id(), 0))
                    visit(section->childAt(a)->id());
            }
        }
    }

    const Course &m_course;
    const CourseStore *m_store;
    QHash<NodeId, const Activity *> m_activities;
    QHash<NodeId, const Section *> m_sectionOf;
    QHash<NodeId, const Question *> m_questions;
    QSet<NodeId> m_categories;
    /** The questions in bank order, so that issues come in a stable order. */
    QList<const Question *> m_questionOrder;
    QHash<NodeId, QList<NodeId>> m_edges;
    QHash<NodeId, int> m_state;
    QList<NodeId> m_stack;
    QList<QList<NodeId>> m_reportedCycles;
    QList<Issue> m_issues;
};

} // namespace

QList<Validator::Issue> Validator::validate(const CourseDocument &document)
{
    return validate(*document.course(), *document.questionBank(), document.store());
}

QList<Validator::Issue> Validator::validate(
    const Course &course, const QuestionBank &bank, const CourseStore *store)
{
    return Checker(course, bank, store).run();
}

bool Validator::hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const Issue &issue) { return issue.severity == Severity::Error; });
}

QString Validator::location(const CourseDocument &document, NodeId id)
{
    const Node *node = document.node(id);
    if (!node)
        return QString();
    const auto named = [](const Node *n) {
        const QString name = n->displayName();
        return name.isEmpty() ? tr("#%1").arg(n->row() + 1) : name;
    };
    switch (node->type()) {
    case NodeType::Course:
        return tr("Course");
    case NodeType::Section:
        return node->displayName().isEmpty() ? tr("Section %1").arg(node->row())
                                             : node->displayName();
    case NodeType::Activity:
    case NodeType::Question:
        return tr("%1 › %2").arg(
            node->parent()->type() == NodeType::Section && node->parent()->displayName().isEmpty()
                ? tr("Section %1").arg(node->parent()->row())
                : named(node->parent()),
            named(node));
    case NodeType::QuestionBank:
    case NodeType::QuestionCategory:
        return named(node);
    }
    return QString();
}

} // namespace Parcours
