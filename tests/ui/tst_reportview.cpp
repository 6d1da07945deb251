// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/model/coursedocument.h"
#include "ui/reportview.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** ReportView: the report dock's rows, their column titles and their link to the items. */
class TestReportView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnTitlesFitTheReport();
    void activatingARowSelectsItsItem();
};

namespace {

QStringList headerTitles(const ReportView &view)
{
    const auto *tree = view.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    QStringList titles;
    for (int c = 0; c < tree->columnCount(); ++c)
        titles << tree->headerItem()->text(c);
    return titles;
}

} // namespace

void TestReportView::columnTitlesFitTheReport()
{
    ReportView view;
    ExportReport report;
    report.warn(u"Kept unchanged, not editable: Filters of the course"_s);
    // An import lists remarks, not problems.
    view.setReport(report, u"Imported from a.mbz."_s, nullptr, ReportView::Rows::Messages);
    QCOMPARE(headerTitles(view), (QStringList {u"Message"_s, u"Item"_s}));
    const auto *tree = view.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    QCOMPARE(tree->accessibleName(), u"Report messages"_s);
    QCOMPARE(view.issueCount(), 1);
    // The same dock then shows an export's problems.
    report.error(u"The quiz has no question."_s);
    view.setReport(report, u"Nothing was exported."_s, nullptr);
    QCOMPARE(headerTitles(view), (QStringList {u"Problem"_s, u"Item"_s}));
    QCOMPARE(tree->accessibleName(), u"Export problems"_s);
    QCOMPARE(view.issueCount(), 2);
    // Errors first.
    QCOMPARE(tree->topLevelItem(0)->text(0), u"The quiz has no question."_s);
}

void TestReportView::activatingARowSelectsItsItem()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    QVERIFY(doc);
    CourseDocument *d = doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    ExportReport report;
    report.warn(u"Format options kept."_s, section->id());
    ReportView view;
    view.setReport(report, u"Imported."_s, d, ReportView::Rows::Messages);
    auto *tree = view.findChild<QTreeWidget *>(u"issueTreeWidget"_s);
    // The untitled section is named as Moodle names it, not left blank.
    QCOMPARE(tree->topLevelItem(0)->text(1), section->displayName());
    QVERIFY(!tree->topLevelItem(0)->text(1).isEmpty());
    QSignalSpy activated(&view, &ReportView::nodeActivated);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), section->id());
}

QTEST_MAIN(TestReportView)
#include "tst_reportview.moc"
