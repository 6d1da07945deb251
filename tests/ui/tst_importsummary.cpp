// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "ui/importsummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** What File → Import a Moodle backup… says of an import: editable counts and kept items. */
class TestImportSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textCountsByKindAndType();
    void everythingEditable();
    void rowsListKeptItemsThenWarnings();
    void questionTypeNamesAreMoodles();
    void sharedNamesPointAtNoItem();
};

void TestImportSummary::textCountsByKindAndType()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    QVERIFY(doc);
    ImportReport report;
    report.sections = 4;
    report.files = 7;
    report.activitiesByKind = {{ActivityKind::Page, 2}, {ActivityKind::Quiz, 1}};
    report.questionsByType = {{QuestionType::MultiChoice, 3}, {QuestionType::TrueFalse, 1}};
    report.kept = {{KeptItem::Kind::Activity, u"Glossaire"_s, u"Activity \"Glossaire\""_s},
        {KeptItem::Kind::Block, u"Cours"_s, u"Block \"html\""_s},
        {KeptItem::Kind::Roles, u"Cours"_s, u"Role overrides"_s, false}};
    report.warnings = {u"Random slots were dropped."_s};
    const QString text = ImportSummary::text(u"cours.mbz"_s, report, *doc);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"Imported from cours.mbz."_s);
    QVERIFY2(lines.at(1).startsWith(u"Editable: 4 section"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"3 activit"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"Page (2), Quiz (1)"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"4 question"_s), qPrintable(lines.at(1)));
    QVERIFY2(
        lines.at(1).contains(u"Multiple choice (3), True/False (1)"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"7 file"_s), qPrintable(lines.at(1)));
    // Only what is kept on export counts as kept: the roles are a warning.
    QVERIFY2(lines.at(2).contains(u"not editable: 2 item"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u"1 activit"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"1 remark"_s), qPrintable(lines.at(3)));
}

void TestImportSummary::everythingEditable()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    ImportReport report;
    report.sections = 1;
    const QStringList lines = ImportSummary::text(u"a.mbz"_s, report, *doc).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2), u"Everything is editable."_s);
    QVERIFY(ImportSummary::rows(report, *doc).issues.isEmpty());
}

void TestImportSummary::rowsListKeptItemsThenWarnings()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    CourseDocument *d = doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    Node *activity = pushAddNode(d, section, 0, newActivity(d, ActivityKind::Page));
    QVERIFY((SetNodeField<Activity, QString>::push(d, static_cast<Activity *>(activity),
        &ActivityData::name, u"Glossaire"_s, NodeField::Name, u"Rename"_s)));

    ImportReport report;
    report.kept = {{KeptItem::Kind::Activity, u"Glossaire"_s, u"Activity \"Glossaire\""_s},
        {KeptItem::Kind::Roles, u"Cours"_s, u"Role overrides"_s, false},
        {KeptItem::Kind::Filters, u"Ailleurs"_s, u"Filters of the course"_s}};
    report.warnings = {u"Role overrides are not kept."_s};
    const ExportReport rows = ImportSummary::rows(report, *doc);
    QCOMPARE(rows.issues.size(), 3);
    QCOMPARE(rows.issues.at(0).message, u"Kept unchanged, not editable: Activity \"Glossaire\""_s);
    QCOMPARE(rows.issues.at(0).node, activity->id());
    QCOMPARE(rows.issues.at(1).message, u"Kept unchanged, not editable: Filters of the course"_s);
    QCOMPARE(rows.issues.at(1).node, NodeId(0));
    QCOMPARE(rows.issues.at(2).message, u"Role overrides are not kept."_s);
    QVERIFY(!rows.hasErrors());
}

void TestImportSummary::sharedNamesPointAtNoItem()
{
    // Two activities named « Forum »: a row about one of them must not select the other.
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    CourseDocument *d = doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    for (int row = 0; row < 2; ++row) {
        auto *forum = static_cast<Activity *>(
            pushAddNode(d, section, row, newActivity(d, ActivityKind::Forum)));
        QVERIFY((SetNodeField<Activity, QString>::push(
            d, forum, &ActivityData::name, u"Forum"_s, NodeField::Name, u"Rename"_s)));
    }
    ImportReport report;
    report.kept = {{KeptItem::Kind::Block, u"Forum"_s, u"Block \"HTML\" of \"Forum\""_s}};
    const ExportReport rows = ImportSummary::rows(report, *doc);
    QCOMPARE(rows.issues.size(), 1);
    QCOMPARE(rows.issues.at(0).node, NodeId(0));
}

void TestImportSummary::questionTypeNamesAreMoodles()
{
    QCOMPARE(ImportSummary::questionTypeName(u"multianswer"_s), u"Embedded answers (Cloze)"_s);
    QCOMPARE(ImportSummary::questionTypeName(u"ddwtos"_s), u"Drag and drop into text"_s);
    // A type the application does not know keeps Moodle's name.
    QCOMPARE(ImportSummary::questionTypeName(u"ordering"_s), u"ordering"_s);
}

QTEST_MAIN(TestImportSummary)
#include "tst_importsummary.moc"
