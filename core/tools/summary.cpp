// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/summary.h"

#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QLocale>
#include <QMetaEnum>

namespace Parcours {

int CourseSummary::activityCount() const
{
    int n = 0;
    for (int count : activities)
        n += count;
    return n;
}

int CourseSummary::questionCount() const
{
    int n = 0;
    for (int count : questions)
        n += count;
    return n;
}

CourseSummary CourseSummary::of(const CourseDocument &document)
{
    CourseSummary summary;
    const QMetaEnum kinds = QMetaEnum::fromType<ActivityKind>();
    for (int i = 0; i < kinds.keyCount(); ++i)
        summary.activities.insert(static_cast<ActivityKind>(kinds.value(i)), 0);
    const Course *course = document.course();
    summary.title = course->data().title;
    summary.sections = course->childCount();
    course->forEach([&summary](const Node *node) {
        if (node->type() == NodeType::Section) {
            if (!static_cast<const Section *>(node)->data().restriction.isEmpty())
                ++summary.restrictions;
        } else if (node->type() == NodeType::Activity) {
            const auto *activity = static_cast<const Activity *>(node);
            ++summary.activities[activity->kind()];
            if (!activity->data().restriction.isEmpty())
                ++summary.restrictions;
        }
    });
    document.questionBank()->forEach([&summary](const Node *node) {
        if (node->type() == NodeType::Question)
            ++summary.questions[qtypeName(static_cast<const Question *>(node)->data().type)];
        else if (node->type() == NodeType::QuestionCategory)
            ++summary.categories;
    });
    document.store()->mediaTotals(&summary.mediaCount, &summary.mediaBytes);
    return summary;
}

QJsonObject CourseSummary::toJson() const
{
    QJsonObject activityCounts;
    for (auto it = activities.cbegin(); it != activities.cend(); ++it)
        activityCounts.insert(moduleName(it.key()), it.value());
    QJsonObject questionCounts;
    for (auto it = questions.cbegin(); it != questions.cend(); ++it)
        questionCounts.insert(it.key(), it.value());
    QJsonObject media;
    media.insert(QStringLiteral("count"), mediaCount);
    media.insert(QStringLiteral("bytes"), mediaBytes);
    QJsonObject json;
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("sections"), sections);
    json.insert(QStringLiteral("activities"), activityCounts);
    json.insert(QStringLiteral("questions"), questionCounts);
    json.insert(QStringLiteral("categories"), categories);
    json.insert(QStringLiteral("restrictions"), restrictions);
    json.insert(QStringLiteral("media"), media);
    return json;
}

QString CourseSummary::toText() const
{
    const QLocale locale;
    QStringList kindCounts;
    for (auto it = activities.cbegin(); it != activities.cend(); ++it) {
        if (it.value() > 0)
            kindCounts.append(tr("%1: %2").arg(activityKindName(it.key())).arg(it.value()));
    }
    QStringList typeCounts;
    for (auto it = questions.cbegin(); it != questions.cend(); ++it)
        typeCounts.append(tr("%1: %2").arg(it.key()).arg(it.value()));
    QString text;
    text += tr("Title: %1").arg(title) + QLatin1Char('\n');
    text += tr("Sections: %1").arg(sections) + QLatin1Char('\n');
    text += tr("Activities: %1").arg(activityCount());
    if (!kindCounts.isEmpty())
        text += QStringLiteral(" (%1)").arg(kindCounts.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    text += tr("Questions: %1").arg(questionCount());
    if (!typeCounts.isEmpty())
        text += QStringLiteral(" (%1)").arg(typeCounts.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    text += tr("Question categories: %1").arg(categories) + QLatin1Char('\n');
    text += tr("Sections and activities with an access restriction: %1").arg(restrictions)
        + QLatin1Char('\n');
    text += tr("Media: %n file(s), %1", nullptr, static_cast<int>(mediaCount))
                .arg(locale.formattedDataSize(mediaBytes))
        + QLatin1Char('\n');
    return text;
}

} // namespace Parcours
