// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/tools/treebuilder.h"
#include "ui/forms/completioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

using SetActivitySettings = SetNodeField<Activity, ActivitySettings>;

namespace {

const QStringList allConditions {u"viewCheckBox"_s, u"receiveGradeCheckBox"_s,
    u"passGradeCheckBox"_s, u"attemptsExhaustedCheckBox"_s, u"minAttemptsCheckBox"_s,
    u"submitCheckBox"_s, u"forumPostsCheckBox"_s, u"forumDiscussionsCheckBox"_s,
    u"forumRepliesCheckBox"_s, u"contributeWordsCheckBox"_s};

ActivityData activityOf(ActivityKind kind, double gradePass)
{
    ActivityData data;
    data.name = u"Activité"_s;
    data.settings = defaultSettings(kind);
    if (auto *quiz = std::get_if<QuizSettings>(&data.settings))
        quiz->gradePass = gradePass;
    if (auto *assign = std::get_if<AssignSettings>(&data.settings))
        assign->gradePass = gradePass;
    return data;
}

} // namespace

/** The completion pane offers exactly what Moodle offers for each kind, and every change is
 * undoable. */
class TestCompletionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offeredConditions_data();
    void offeredConditions();
    void changesAreUndoable();
    void passGradeFollowsSettings();
    void screenshot();

private:
    std::unique_ptr<CourseDocument> documentWith(const ActivityData &data, NodeId *id);

    QTranslator m_translator;
    QTemporaryDir m_dir;
    int m_docs = 0;
};

void TestCompletionEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_translator.load(
        QLocale(QLocale::French, QLocale::France), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_translator);
}

void TestCompletionEditor::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

std::unique_ptr<CourseDocument> TestCompletionEditor::documentWith(
    const ActivityData &data, NodeId *id)
{
    auto doc = CourseDocument::create(m_dir.filePath(u"completion%1.parcours"_s.arg(++m_docs)));
    if (!doc)
        return nullptr;
    TreeBuilder builder;
    *id = builder.addActivity(builder.addSection(SectionData {}), data);
    if (!builder.applyTo(doc.get()))
        return nullptr;
    return doc;
}

void TestCompletionEditor::offeredConditions_data()
{
    QTest::addColumn<ActivityKind>("kind");
    QTest::addColumn<double>("gradePass");
    QTest::addColumn<QStringList>("modes");
    QTest::addColumn<QStringList>("conditions");
    const QString none = u"Ne pas afficher l'état d'achèvement"_s;
    const QString manual
        = u"Les participants peuvent marquer manuellement cette activité comme achevée"_s;
    const QString automatic = u"Ajouter des conditions"_s;
    const QStringList all {none, manual, automatic};
    const QStringList view {u"viewCheckBox"_s};
    QTest::newRow("page") << ActivityKind::Page << 0.0 << all << view;
    QTest::newRow("url") << ActivityKind::Url << 0.0 << all << view;
    QTest::newRow("resource") << ActivityKind::Resource << 0.0 << all << view;
    QTest::newRow("folder") << ActivityKind::Folder << 0.0 << all << view;
    QTest::newRow("mind map") << ActivityKind::MindMap << 0.0 << all << view;
    QTest::newRow("forum") << ActivityKind::Forum << 0.0 << all
                           << QStringList {u"viewCheckBox"_s, u"forumPostsCheckBox"_s,
                                  u"forumDiscussionsCheckBox"_s, u"forumRepliesCheckBox"_s};
    QTest::newRow("assign") << ActivityKind::Assign << 0.0 << all
                            << QStringList {u"viewCheckBox"_s, u"receiveGradeCheckBox"_s,
                                   u"submitCheckBox"_s};
    QTest::newRow("assign with pass grade")
        << ActivityKind::Assign << 50.0 << all
        << QStringList {u"viewCheckBox"_s, u"receiveGradeCheckBox"_s, u"passGradeCheckBox"_s,
               u"submitCheckBox"_s};
    QTest::newRow("quiz") << ActivityKind::Quiz << 0.0 << all
                          << QStringList {u"viewCheckBox"_s, u"receiveGradeCheckBox"_s,
                                 u"minAttemptsCheckBox"_s};
    QTest::newRow("quiz with pass grade")
        << ActivityKind::Quiz << 5.0 << all
        << QStringList {u"viewCheckBox"_s, u"receiveGradeCheckBox"_s, u"passGradeCheckBox"_s,
               u"attemptsExhaustedCheckBox"_s, u"minAttemptsCheckBox"_s};
    QTest::newRow("word cloud") << ActivityKind::WordCloud << 0.0 << all
                                << QStringList {u"viewCheckBox"_s, u"contributeWordsCheckBox"_s};
    QTest::newRow("label") << ActivityKind::Label << 0.0 << QStringList {none, manual}
                           << QStringList {};
    QTest::newRow("completion marker")
        << ActivityKind::CompletionMarker << 0.0 << QStringList {manual} << QStringList {};
}

void TestCompletionEditor::offeredConditions()
{
    QFETCH(ActivityKind, kind);
    QFETCH(double, gradePass);
    QFETCH(QStringList, modes);
    QFETCH(QStringList, conditions);

    ActivityData data = activityOf(kind, gradePass);
    data.completion.mode = modes.size() == 3 ? CompletionMode::Automatic : CompletionMode::Manual;
    NodeId id = 0;
    auto doc = documentWith(data, &id);
    QVERIFY(doc);
    CompletionEditor editor(doc.get());
    editor.setActivity(doc->nodeAs<Activity>(id));

    auto *mode = editor.findChild<QComboBox *>(u"modeComboBox"_s);
    QStringList offeredModes;
    for (int i = 0; i < mode->count(); ++i)
        offeredModes.append(mode->itemText(i));
    QCOMPARE(offeredModes, modes);

    QStringList offered;
    for (const QString &name : allConditions) {
        auto *check = editor.findChild<QCheckBox *>(name);
        QVERIFY2(check, qPrintable(name));
        if (check->isVisibleTo(&editor))
            offered.append(name);
    }
    QCOMPARE(offered, conditions);
    // The expected completion date goes with any mode but "none".
    QVERIFY(editor.findChild<QCheckBox *>(u"expectedCheckBox"_s)->isVisibleTo(&editor));
}

void TestCompletionEditor::changesAreUndoable()
{
    NodeId id = 0;
    auto doc = documentWith(activityOf(ActivityKind::Forum, 0), &id);
    QVERIFY(doc);
    auto *forum = doc->nodeAs<Activity>(id);
    CompletionEditor editor(doc.get());
    editor.setActivity(forum);
    auto *rules = editor.findChild<QWidget *>(u"rulesWidget"_s);
    QVERIFY(!rules->isVisibleTo(&editor));
    QVERIFY(!editor.findChild<QCheckBox *>(u"expectedCheckBox"_s)->isVisibleTo(&editor));

    auto *mode = editor.findChild<QComboBox *>(u"modeComboBox"_s);
    mode->setCurrentIndex(mode->findText(u"Ajouter des conditions"_s));
    QCOMPARE(forum->data().completion.mode, CompletionMode::Automatic);
    QVERIFY(rules->isVisibleTo(&editor));

    editor.findChild<QCheckBox *>(u"forumRepliesCheckBox"_s)->setChecked(true);
    auto *replies = editor.findChild<QSpinBox *>(u"forumRepliesSpinBox"_s);
    QVERIFY(replies->isEnabled());
    QCOMPARE(forum->data().completion.forumReplies, 1);
    // Typing 2 then 3 in the spin box is one undo step.
    replies->setValue(2);
    replies->setValue(3);
    QCOMPARE(forum->data().completion.forumReplies, 3);
    QUndoStack *stack = doc->undoStack();
    QCOMPARE(stack->count(), 3);

    stack->undo();
    QCOMPARE(forum->data().completion.forumReplies, 1);
    QCOMPARE(replies->value(), 1);
    stack->undo();
    QCOMPARE(forum->data().completion.forumReplies, 0);
    QVERIFY(!editor.findChild<QCheckBox *>(u"forumRepliesCheckBox"_s)->isChecked());
    stack->undo();
    QCOMPARE(forum->data().completion, Completion {});
    QCOMPARE(mode->currentText(), u"Ne pas afficher l'état d'achèvement"_s);
    QVERIFY(!rules->isVisibleTo(&editor));
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(forum->data().completion.forumReplies, 3);

    // The expected date is stored as the moment chosen.
    auto *expected = editor.findChild<QCheckBox *>(u"expectedCheckBox"_s);
    expected->setChecked(true);
    const QDateTime when(QDate(2026, 3, 2), QTime(9, 30));
    editor.findChild<QDateTimeEdit *>(u"expectedDateTimeEdit"_s)->setDateTime(when);
    QCOMPARE(forum->data().completion.expected, when.toSecsSinceEpoch());
}

void TestCompletionEditor::passGradeFollowsSettings()
{
    NodeId id = 0;
    ActivityData data = activityOf(ActivityKind::Quiz, 0);
    data.completion.mode = CompletionMode::Automatic;
    auto doc = documentWith(data, &id);
    QVERIFY(doc);
    auto *quiz = doc->nodeAs<Activity>(id);
    CompletionEditor editor(doc.get());
    editor.setActivity(quiz);
    auto *pass = editor.findChild<QCheckBox *>(u"passGradeCheckBox"_s);
    QVERIFY(!pass->isVisibleTo(&editor));

    // Setting a passing grade on the quiz (another pane) offers the condition at once.
    ActivitySettings settings = quiz->data().settings;
    std::get<QuizSettings>(settings).gradePass = 5;
    QVERIFY(SetActivitySettings::push(
        doc.get(), quiz, &ActivityData::settings, settings, NodeField::Settings, u"pass"_s));
    QVERIFY(pass->isVisibleTo(&editor));
    pass->setChecked(true);
    auto *exhausted = editor.findChild<QCheckBox *>(u"attemptsExhaustedCheckBox"_s);
    QVERIFY(exhausted->isEnabled());
    exhausted->setChecked(true);
    QVERIFY(quiz->data().completion.passGrade);
    QVERIFY(quiz->data().completion.attemptsExhausted);
}

void TestCompletionEditor::screenshot()
{
    const QString path = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("Set PARCOURS_SCREENSHOT_DIR to write completion.png");
    NodeId id = 0;
    ActivityData data = activityOf(ActivityKind::Quiz, 5);
    data.completion.mode = CompletionMode::Automatic;
    data.completion.view = true;
    data.completion.passGrade = true;
    data.completion.minAttempts = 2;
    auto doc = documentWith(data, &id);
    QVERIFY(doc);
    CompletionEditor editor(doc.get());
    editor.setActivity(doc->nodeAs<Activity>(id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.grab().save(path + u"/completion.png"_s));
}

QTEST_MAIN(TestCompletionEditor)
#include "tst_completioneditor.moc"
