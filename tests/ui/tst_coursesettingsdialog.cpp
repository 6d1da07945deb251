// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "ui/coursesettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

/** Edit → Course settings…: metadata, indexation and course completion, applied in one step. */
class TestCourseSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void okIsOneUndoStep();
    void cancelChangesNothing();
    void unchangedOkPushesNothing();
    void totalDurationFollowsTheSpinBoxes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    Activity *m_quiz = nullptr;
};

void TestCourseSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = CourseDocument::create(m_dir->filePath(u"a.parcours"_s));
    QVERIFY(m_doc);
    CourseDocument *d = m_doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    pushAddNode(d, section, 0, newActivity(d, ActivityKind::Page));
    m_quiz
        = static_cast<Activity *>(pushAddNode(d, section, 1, newActivity(d, ActivityKind::Quiz)));
}

void TestCourseSettingsDialog::okIsOneUndoStep()
{
    const CourseData original = m_doc->course()->data();
    const int before = m_doc->undoStack()->count();
    CourseSettingsDialog dialog(m_doc.get());
    dialog.show();
    auto *title = dialog.findChild<QLineEdit *>(u"titleLineEdit"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Accueillir en maternelle"_s);
    dialog.findChild<QLineEdit *>(u"shortNameLineEdit"_s)->setText(u"ACCMAT"_s);
    auto *typology = dialog.findChild<QComboBox *>(u"typologyComboBox"_s);
    typology->setCurrentIndex(typology->findData(static_cast<int>(Typology::Hybrid)));
    dialog.findChild<QSpinBox *>(u"remoteHoursSpinBox"_s)->setValue(3);
    dialog.findChild<QSpinBox *>(u"inPersonMinutesSpinBox"_s)->setValue(30);
    dialog.findChild<QLineEdit *>(u"keywordsLineEdit"_s)->setText(u"maternelle, accueil, "_s);
    auto *activities = dialog.findChild<QListWidget *>(u"activitiesListWidget"_s);
    QCOMPARE(activities->count(), 2);
    QCOMPARE(activities->item(1)->text(), u"New section › New quiz"_s);
    activities->item(1)->setCheckState(Qt::Checked);
    auto *aggregation = dialog.findChild<QComboBox *>(u"activityAggregationComboBox"_s);
    aggregation->setCurrentIndex(aggregation->findData(static_cast<int>(Aggregation::Any)));

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CourseData &data = m_doc->course()->data();
    QCOMPARE(data.title, u"Accueillir en maternelle"_s);
    QCOMPARE(data.shortName, u"ACCMAT"_s);
    QCOMPARE(data.indexation.typology, Typology::Hybrid);
    QCOMPARE(data.indexation.remoteMinutes, 180);
    QCOMPARE(data.indexation.inPersonMinutes, 30);
    QCOMPARE(data.indexation.keywords, QStringList({u"maternelle"_s, u"accueil"_s}));
    QCOMPARE(data.completion.activities, std::vector<NodeId> {m_quiz->id()});
    QCOMPARE(data.completion.activityAggregation, Aggregation::Any);
    // Fields the dialog does not show are kept.
    QCOMPARE(data.created, original.created);

    QCOMPARE(m_doc->undoStack()->count(), before + 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->course()->data() == original);
}

void TestCourseSettingsDialog::cancelChangesNothing()
{
    const CourseData original = m_doc->course()->data();
    const int before = m_doc->undoStack()->count();
    CourseSettingsDialog dialog(m_doc.get());
    dialog.show();
    dialog.findChild<QLineEdit *>(u"titleLineEdit"_s)->setText(u"Autre"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(m_doc->course()->data() == original);
    QCOMPARE(m_doc->undoStack()->count(), before);
}

void TestCourseSettingsDialog::unchangedOkPushesNothing()
{
    const int before = m_doc->undoStack()->count();
    CourseSettingsDialog dialog(m_doc.get());
    QVERIFY(!dialog.apply());
    QCOMPARE(m_doc->undoStack()->count(), before);
}

void TestCourseSettingsDialog::totalDurationFollowsTheSpinBoxes()
{
    CourseSettingsDialog dialog(m_doc.get());
    dialog.findChild<QSpinBox *>(u"remoteHoursSpinBox"_s)->setValue(1);
    dialog.findChild<QSpinBox *>(u"remoteMinutesSpinBox"_s)->setValue(45);
    dialog.findChild<QSpinBox *>(u"inPersonHoursSpinBox"_s)->setValue(2);
    dialog.findChild<QSpinBox *>(u"inPersonMinutesSpinBox"_s)->setValue(30);
    QCOMPARE(dialog.findChild<QLabel *>(u"totalLabel"_s)->text(), u"4 h 15 min"_s);
    dialog.resize(dialog.sizeHint());
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        auto *tabs = dialog.findChild<QTabWidget *>();
        dialog.show();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            dialog.grab().save(QDir(dir).filePath(u"course-settings-%1.png"_s.arg(i)));
        }
    }
}

QTEST_MAIN(TestCourseSettingsDialog)
#include "tst_coursesettingsdialog.moc"
