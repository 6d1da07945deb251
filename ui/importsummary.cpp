// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importsummary.h"

#include "core/model/coursedocument.h"
#include "core/model/question.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

/**
 * The sections and activities of the course by name, to point a report row at its item. A name
 * that several items share (two « Forum », untitled sections) points at none: selecting the
 * wrong item would be worse than selecting nothing.
 */
QHash<QString, NodeId> nodesByName(const CourseDocument &document)
{
    QHash<QString, NodeId> ids;
    QSet<QString> shared;
    const auto add = [&](const Node *node) {
        const QString name = node->displayName();
        if (shared.contains(name))
            return;
        if (ids.contains(name)) {
            ids.remove(name);
            shared.insert(name);
            return;
        }
        ids.insert(name, node->id());
    };
    const Course *course = document.course();
    for (int s = 0; s < course->childCount(); ++s) {
        const Node *section = course->childAt(s);
        add(section);
        for (int a = 0; a < section->childCount(); ++a)
            add(section->childAt(a));
    }
    return ids;
}

} // namespace

QString ImportSummary::questionTypeName(const QString &qtype)
{
    // Moodle's own French names (language pack), through the translation.
    if (qtype == "multichoice"_L1)
        return tr("Multiple choice");
    if (qtype == "truefalse"_L1)
        return tr("True/False");
    if (qtype == "shortanswer"_L1)
        return tr("Short answer");
    if (qtype == "numerical"_L1)
        return tr("Numerical");
    if (qtype == "match"_L1)
        return tr("Matching");
    if (qtype == "essay"_L1)
        return tr("Essay");
    if (qtype == "description"_L1)
        return tr("Description");
    if (qtype == "gapselect"_L1)
        return tr("Select missing words");
    if (qtype == "ddwtos"_L1)
        return tr("Drag and drop into text");
    if (qtype == "multianswer"_L1)
        return tr("Embedded answers (Cloze)");
    return qtype;
}

QString ImportSummary::text(
    const QString &backupName, const ImportReport &report, const CourseDocument &document)
{
    Q_UNUSED(document)
    QStringList lines;
    lines << tr("Imported from %1.").arg(backupName);

    QStringList kinds;
    int editableActivities = 0;
    for (auto it = report.activitiesByKind.cbegin(); it != report.activitiesByKind.cend(); ++it) {
        if (it.value() == 0)
            continue;
        editableActivities += it.value();
        kinds << tr("%1 (%2)").arg(activityKindName(it.key())).arg(it.value());
    }
    QStringList types;
    int editableQuestions = 0;
    for (auto it = report.questionsByType.cbegin(); it != report.questionsByType.cend(); ++it) {
        if (it.value() == 0)
            continue;
        editableQuestions += it.value();
        types << tr("%1 (%2)").arg(questionTypeName(qtypeName(it.key()))).arg(it.value());
    }
    lines << tr("Editable: %n section(s)", nullptr, report.sections) + u"; "_s
            + tr("%n activity(ies)", nullptr, editableActivities)
            + (kinds.isEmpty() ? QString() : tr(": %1").arg(kinds.join(u", "_s))) + u"; "_s
            + tr("%n question(s)", nullptr, editableQuestions)
            + (types.isEmpty() ? QString() : tr(": %1").arg(types.join(u", "_s))) + u"; "_s
            + tr("%n file(s)", nullptr, report.files) + u"."_s;

    const int kept = static_cast<int>(std::count_if(report.kept.cbegin(), report.kept.cend(),
        [](const KeptItem &item) { return item.keptOnExport; }));
    if (kept > 0) {
        const int activities = report.keptCount(KeptItem::Kind::Activity);
        const int questions = report.keptCount(KeptItem::Kind::Question);
        lines << tr("Kept as Moodle wrote them and exported unchanged, not editable: %n item(s)",
                     nullptr, kept)
                + (activities + questions > 0
                        ? tr(" (%1 and %2)")
                              .arg(tr("%n activity(ies)", nullptr, activities),
                                  tr("%n question(s)", nullptr, questions))
                        : QString())
                + tr(", listed below.");
    } else {
        lines << tr("Everything is editable.");
    }
    if (!report.warnings.isEmpty()) {
        lines << tr("%n remark(s) on what was left out or changed, below.", nullptr,
            static_cast<int>(report.warnings.size()));
    }
    return lines.join(u'\n');
}

ExportReport ImportSummary::rows(const ImportReport &report, const CourseDocument &document)
{
    ExportReport rows;
    const QHash<QString, NodeId> nodes = nodesByName(document);
    // What could not be kept is among the warnings, which follow.
    for (const KeptItem &item : report.kept) {
        if (item.keptOnExport)
            rows.warn(tr("Kept unchanged, not editable: %1").arg(item.description),
                nodes.value(item.owner));
    }
    for (const QString &warning : report.warnings)
        rows.warn(warning);
    return rows;
}

} // namespace Parcours
