// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/text/restrictiontext.h"
#include "core/tools/treebuilder.h"

#include <QDateTime>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

RestrictionItem completion(NodeId activity, CompletionState state = CompletionState::Complete)
{
    RestrictionItem item;
    item.condition.type = ConditionType::Completion;
    item.condition.activity = activity;
    item.condition.state = state;
    return item;
}

RestrictionItem date(DateDirection direction, qint64 time)
{
    RestrictionItem item;
    item.condition.type = ConditionType::Date;
    item.condition.direction = direction;
    item.condition.time = time;
    return item;
}

RestrictionItem grade(NodeId activity, std::optional<double> min, std::optional<double> max)
{
    RestrictionItem item;
    item.condition.type = ConditionType::Grade;
    item.condition.activity = activity;
    item.condition.minPercent = min;
    item.condition.maxPercent = max;
    return item;
}

RestrictionItem set(RestrictionOp op, std::vector<RestrictionItem> items)
{
    RestrictionItem item;
    item.isSet = true;
    item.set.op = op;
    item.set.items = std::move(items);
    return item;
}

Restriction root(RestrictionOp op, std::vector<RestrictionItem> items, bool hidden = false)
{
    Restriction r;
    r.op = op;
    r.hidden = hidden;
    r.items = std::move(items);
    return r;
}

qint64 localTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toSecsSinceEpoch();
}

} // namespace

/** The sentences are compared with the wording of Moodle's French language pack. */
class TestRestrictionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyRestriction();
    void completionStates_data();
    void completionStates();
    void singleConditionSentence();
    void dates();
    void grades_data();
    void grades();
    void allWithHiddenItem();
    void anyHiddenAsAWhole();
    void nestedSets();
    void negations();
    void deletedActivity();
    void namesAreEscaped();
    void otherCondition();
    void plainText();
    void englishSource();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CourseDocument> m_doc;
    QTranslator m_translator;
    NodeId m_quiz = 0;
    NodeId m_page = 0;
    NodeId m_test = 0;
};

void TestRestrictionText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_translator.load(
        QLocale(QLocale::French, QLocale::France), u"parcours"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_translator);

    QString error;
    m_doc = CourseDocument::create(m_dir.filePath(u"text.parcours"_s), &error);
    QVERIFY2(m_doc, qPrintable(error));
    TreeBuilder builder;
    SectionData section;
    section.title = u"Séance 1"_s;
    const NodeId s = builder.addSection(section);
    ActivityData quiz;
    quiz.name = u"Quiz 1"_s;
    quiz.settings = QuizSettings {};
    m_quiz = builder.addActivity(s, quiz);
    ActivityData page;
    page.name = u"Lire le guide"_s;
    page.settings = PageSettings {};
    m_page = builder.addActivity(s, page);
    ActivityData test;
    test.name = u"Test 1"_s;
    test.settings = QuizSettings {};
    m_test = builder.addActivity(s, test);
    QVERIFY2(builder.applyTo(m_doc.get(), &error), qPrintable(error));
}

void TestRestrictionText::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

void TestRestrictionText::emptyRestriction()
{
    QCOMPARE(describeRestriction(Restriction {}, *m_doc), QString());
}

void TestRestrictionText::completionStates_data()
{
    QTest::addColumn<CompletionState>("state");
    QTest::addColumn<QString>("expected");
    QTest::newRow("complete") << CompletionState::Complete
                              << u"L'activité <b>Quiz 1</b> est marquée comme achevée"_s;
    QTest::newRow("incomplete") << CompletionState::Incomplete
                                << u"L'activité <b>Quiz 1</b> n'est pas marquée comme achevée"_s;
    QTest::newRow("passed") << CompletionState::Passed
                            << u"L'activité <b>Quiz 1</b> est achevée et réussie"_s;
    QTest::newRow("failed") << CompletionState::Failed
                            << u"L'activité <b>Quiz 1</b> est achevée et échouée"_s;
}

void TestRestrictionText::completionStates()
{
    QFETCH(CompletionState, state);
    QFETCH(QString, expected);
    QCOMPARE(describeCondition(completion(m_quiz, state).condition, *m_doc), expected);
}

void TestRestrictionText::singleConditionSentence()
{
    QCOMPARE(describeRestriction(root(RestrictionOp::All, {completion(m_quiz)}), *m_doc),
        u"Non disponible à moins que : L'activité <b>Quiz 1</b> est marquée comme achevée"_s);
    // A single condition reads the same whether the set is "all" or "any".
    QCOMPARE(describeRestriction(root(RestrictionOp::Any, {completion(m_quiz)}), *m_doc),
        u"Non disponible à moins que : L'activité <b>Quiz 1</b> est marquée comme achevée"_s);
}

void TestRestrictionText::dates()
{
    QCOMPARE(
        describeCondition(date(DateDirection::From, localTime(2026, 1, 1, 0, 0)).condition, *m_doc),
        u"À partir du <b>1 janvier 2026, 00:00</b>"_s);
    QCOMPARE(describeCondition(
                 date(DateDirection::Until, localTime(2026, 6, 30, 18, 5)).condition, *m_doc),
        u"Jusqu'au <b>30 juin 2026, 18:05</b>"_s);
}

void TestRestrictionText::grades_data()
{
    QTest::addColumn<std::optional<double>>("min");
    QTest::addColumn<std::optional<double>>("max");
    QTest::addColumn<QString>("expected");
    const std::optional<double> none;
    QTest::newRow("any grade") << none << none << u"Vous avez une note dans <b>Test 1</b>"_s;
    QTest::newRow("min") << std::optional<double>(50) << none
                         << u"Vous obtenez une note requise dans <b>Test 1</b> (≥ 50 %)"_s;
    QTest::newRow("max") << none << std::optional<double>(12.5)
                         << u"Vous obtenez une note appropriée dans <b>Test 1</b> (&lt; 12,5 %)"_s;
    QTest::newRow("range") << std::optional<double>(50) << std::optional<double>(80)
                           << u"Vous obtenez une note spécifique dans <b>Test 1</b> "
                              u"(≥ 50 % et &lt; 80 %)"_s;
}

void TestRestrictionText::grades()
{
    QFETCH(std::optional<double>, min);
    QFETCH(std::optional<double>, max);
    QFETCH(QString, expected);
    QCOMPARE(describeCondition(grade(m_test, min, max).condition, *m_doc), expected);
}

void TestRestrictionText::allWithHiddenItem()
{
    RestrictionItem hiddenDate = date(DateDirection::From, localTime(2026, 1, 1, 0, 0));
    hiddenDate.hidden = true;
    QCOMPARE(
        describeRestriction(root(RestrictionOp::All, {completion(m_quiz), hiddenDate}), *m_doc),
        u"Non disponible à moins que (toutes les conditions) :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li>"
        u"<li>À partir du <b>1 janvier 2026, 00:00</b> (masqué)</li></ul>"_s);
}

void TestRestrictionText::anyHiddenAsAWhole()
{
    // For "any" the set is hidden as a whole; item flags do not apply (Moodle's show, not showc).
    RestrictionItem item = completion(m_page);
    item.hidden = true;
    QCOMPARE(describeRestriction(
                 root(RestrictionOp::Any, {completion(m_quiz), item}, /*hidden=*/true), *m_doc),
        u"(masqué) Non disponible à moins que (une des conditions) :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li>"
        u"<li>L'activité <b>Lire le guide</b> est marquée comme achevée</li></ul>"_s);
}

void TestRestrictionText::nestedSets()
{
    const Restriction r = root(RestrictionOp::All,
        {completion(m_page),
            set(RestrictionOp::Any,
                {grade(m_test, 50, std::nullopt), completion(m_quiz, CompletionState::Passed)})});
    QCOMPARE(describeRestriction(r, *m_doc),
        u"Non disponible à moins que (toutes les conditions) :<ul>"
        u"<li>L'activité <b>Lire le guide</b> est marquée comme achevée</li>"
        u"<li>au moins une des conditions suivantes :<ul>"
        u"<li>Vous obtenez une note requise dans <b>Test 1</b> (≥ 50 %)</li>"
        u"<li>L'activité <b>Quiz 1</b> est achevée et réussie</li></ul></li></ul>"_s);

    const Restriction allNested = root(RestrictionOp::Any,
        {set(RestrictionOp::All, {completion(m_page)}),
            set(RestrictionOp::NotAny, {completion(m_quiz)})});
    QCOMPARE(describeRestriction(allNested, *m_doc),
        u"Non disponible à moins que (une des conditions) :<ul>"
        u"<li>toutes les conditions suivantes :<ul>"
        u"<li>L'activité <b>Lire le guide</b> est marquée comme achevée</li></ul></li>"
        u"<li>aucune des conditions suivantes :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li></ul></li></ul>"_s);
}

void TestRestrictionText::negations()
{
    QCOMPARE(describeRestriction(root(RestrictionOp::NotAll, {completion(m_quiz)}), *m_doc),
        u"Non disponible si : L'activité <b>Quiz 1</b> est marquée comme achevée"_s);
    QCOMPARE(describeRestriction(
                 root(RestrictionOp::NotAll, {completion(m_quiz), completion(m_page)}), *m_doc),
        u"Non disponible si (toutes les conditions) :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li>"
        u"<li>L'activité <b>Lire le guide</b> est marquée comme achevée</li></ul>"_s);
    RestrictionItem hiddenPage = completion(m_page);
    hiddenPage.hidden = true;
    QCOMPARE(
        describeRestriction(root(RestrictionOp::NotAny, {completion(m_quiz), hiddenPage}), *m_doc),
        u"Non disponible si (une des conditions) :<ul>"
        u"<li>L'activité <b>Quiz 1</b> est marquée comme achevée</li>"
        u"<li>L'activité <b>Lire le guide</b> est marquée comme achevée (masqué)</li></ul>"_s);
}

void TestRestrictionText::deletedActivity()
{
    QCOMPARE(describeRestriction(root(RestrictionOp::All, {completion(9999)}), *m_doc),
        u"Non disponible à moins que : L'activité <b>(activité supprimée)</b> est marquée comme "
        u"achevée"_s);
    QCOMPARE(describeCondition(grade(0, std::nullopt, std::nullopt).condition, *m_doc),
        u"Vous avez une note dans <b>(activité supprimée)</b>"_s);
}

void TestRestrictionText::namesAreEscaped()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(SectionData {});
    ActivityData page;
    page.name = u"Q&R <débat>"_s;
    page.settings = PageSettings {};
    const NodeId id = builder.addActivity(s, page);
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"escape.parcours"_s));
    QVERIFY(doc);
    QVERIFY(builder.applyTo(doc.get()));
    QCOMPARE(describeCondition(completion(id).condition, *doc),
        u"L'activité <b>Q&amp;R &lt;débat&gt;</b> est marquée comme achevée"_s);
    QCOMPARE(describeCondition(completion(id).condition, *doc, RestrictionText::Format::PlainText),
        u"L'activité « Q&R <débat> » est marquée comme achevée"_s);
}

void TestRestrictionText::otherCondition()
{
    Condition c;
    c.type = ConditionType::Other;
    c.raw = QJsonObject {{u"type"_s, u"group"_s}, {u"id"_s, 4}};
    QCOMPARE(describeCondition(c, *m_doc), u"Une condition reprise de Moodle (<b>group</b>)"_s);
}

void TestRestrictionText::plainText()
{
    RestrictionItem hiddenPage = completion(m_page);
    hiddenPage.hidden = true;
    const Restriction r = root(RestrictionOp::All,
        {hiddenPage, set(RestrictionOp::Any, {grade(m_test, 50, 80), completion(m_quiz)})});
    QCOMPARE(describeRestriction(r, *m_doc, RestrictionText::Format::PlainText),
        u"Non disponible à moins que (toutes les conditions) :\n"
        u"- L'activité « Lire le guide » est marquée comme achevée (masqué)\n"
        u"- au moins une des conditions suivantes :\n"
        u"  - Vous obtenez une note spécifique dans « Test 1 » (≥ 50 % et < 80 %)\n"
        u"  - L'activité « Quiz 1 » est marquée comme achevée"_s);
}

void TestRestrictionText::englishSource()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Restriction r = root(RestrictionOp::All,
        {completion(m_quiz), date(DateDirection::From, localTime(2026, 1, 1, 0, 0))});
    const QString text = describeRestriction(r, *m_doc);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCoreApplication::installTranslator(&m_translator);
    QCOMPARE(text,
        u"Not available unless (all of):<ul>"
        u"<li>The activity <b>Quiz 1</b> is marked complete</li>"
        u"<li>From <b>1 January 2026, 00:00</b></li></ul>"_s);
}

QTEST_GUILESS_MAIN(TestRestrictionText)
#include "tst_restrictiontext.moc"
