// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/treebuilder.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using Severity = Validator::Severity;

Q_DECLARE_METATYPE(Parcours::QuestionData)
Q_DECLARE_METATYPE(Parcours::ActivityData)

namespace {

ActivityData page(const QString &name, CompletionMode mode = CompletionMode::Automatic)
{
    ActivityData data;
    data.name = name;
    data.completion.mode = mode;
    data.completion.view = mode == CompletionMode::Automatic;
    data.settings = PageSettings {};
    return data;
}

ActivityData quiz(const QString &name, std::vector<NodeId> questions, double gradePass = 5)
{
    ActivityData data;
    data.name = name;
    data.completion.mode = CompletionMode::Automatic;
    data.completion.passGrade = true;
    QuizSettings settings;
    settings.gradePass = gradePass;
    for (NodeId id : questions)
        settings.slots.push_back({id, 1, true, false});
    data.settings = settings;
    return data;
}

Restriction requiring(NodeId activity, CompletionState state = CompletionState::Complete)
{
    Restriction restriction;
    RestrictionItem item;
    item.condition.type = ConditionType::Completion;
    item.condition.activity = activity;
    item.condition.state = state;
    restriction.items.push_back(item);
    return restriction;
}

Answer answer(double fraction, const QString &text = QStringLiteral("réponse"))
{
    Answer a;
    a.text = text;
    a.fraction = fraction;
    return a;
}

QuestionData question(QuestionType type)
{
    QuestionData q;
    q.type = type;
    q.name = QStringLiteral("Q");
    q.text = QStringLiteral("<p>Texte</p>");
    return q;
}

SectionData section(const QString &title)
{
    SectionData data;
    data.title = title;
    return data;
}

QList<Validator::Issue> validate(const TreeBuilder &builder)
{
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QString error;
    if (!builder.build(&course, &bank, &error))
        qFatal("cannot build the test tree: %s", qPrintable(error));
    return Validator::validate(*course, *bank);
}

/** Issues of a severity about a node. */
int count(const QList<Validator::Issue> &issues, NodeId node, Severity severity = Severity::Error)
{
    int n = 0;
    for (const Validator::Issue &issue : issues) {
        if (issue.node == node && issue.severity == severity && !issue.message.isEmpty())
            ++n;
    }
    return n;
}

QString describe(const QList<Validator::Issue> &issues)
{
    QStringList lines;
    for (const Validator::Issue &issue : issues)
        lines.append(QStringLiteral("%1: %2").arg(issue.node).arg(issue.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validParcoursHasNoIssue();
    void emptySectionNameIsFine();
    void activityWithoutName();
    void restrictionOnMissingActivity();
    void restrictionOnLaterActivityIsFine();
    void circularRestrictionBetweenActivities();
    void circularRestrictionThroughSections();
    void restrictionOnOwnSection();
    void restrictionOnUntrackedActivity();
    void passedStateNeedsPassGrade();
    void quizWithoutQuestions();
    void quizSlotOnMissingQuestion();
    void questionAnswers_data();
    void questionAnswers();
    void completionRules_data();
    void completionRules();
    void courseCompletion();
    void resourceWithoutFile();
    void urls_data();
    void urls();
    void mediaMissingFromStore();
    void embeddedImageWithoutItsFile();
    void locationNamesSectionAndActivity();
};

void TestValidator::validParcoursHasNoIssue()
{
    TreeBuilder builder;
    const NodeId category = builder.addCategory({QStringLiteral("Catégorie"), {}, {}, {}, {}});
    QuestionData q = question(QuestionType::TrueFalse);
    q.answers = {answer(1, QStringLiteral("Vrai")), answer(0, QStringLiteral("Faux"))};
    const NodeId questionId = builder.addQuestion(category, q);
    const NodeId s1 = builder.addSection(section(QStringLiteral("Un")));
    const NodeId p = builder.addActivity(s1, page(QStringLiteral("Page")));
    const NodeId quizId = builder.addActivity(s1, quiz(QStringLiteral("Quiz"), {questionId}));
    SectionData second = section(QStringLiteral("Deux"));
    second.restriction = requiring(quizId, CompletionState::Passed);
    const NodeId s2 = builder.addSection(second);
    ActivityData next = page(QStringLiteral("Suite"));
    next.restriction = requiring(p);
    builder.addActivity(s2, next);
    builder.course().completion.activities = {p, quizId};

    const QList<Validator::Issue> issues = validate(builder);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QVERIFY(!Validator::hasErrors(issues));
}

void TestValidator::emptySectionNameIsFine()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QString()));
    builder.addActivity(s, page(QStringLiteral("Page")));
    QVERIFY(validate(builder).isEmpty());
}

void TestValidator::activityWithoutName()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId a = builder.addActivity(s, page(QStringLiteral("  ")));
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(count(issues, a), 1);
    QVERIFY(Validator::hasErrors(issues));
}

void TestValidator::restrictionOnMissingActivity()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData data = page(QStringLiteral("Page"));
    data.restriction = requiring(999);
    const NodeId a = builder.addActivity(s, data);
    SectionData other = section(QStringLiteral("T"));
    other.restriction = requiring(998);
    const NodeId t = builder.addSection(other);
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(count(issues, a), 1);
    QCOMPARE(count(issues, t), 1);
}

void TestValidator::restrictionOnLaterActivityIsFine()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId first = builder.addActivity(s, page(QStringLiteral("Première")));
    const NodeId later = builder.addActivity(s, page(QStringLiteral("Plus tard")));
    builder.activity(first)->restriction = requiring(later);
    const QList<Validator::Issue> issues = validate(builder);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestValidator::circularRestrictionBetweenActivities()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId a = builder.addActivity(s, page(QStringLiteral("A")));
    const NodeId b = builder.addActivity(s, page(QStringLiteral("B")));
    builder.activity(a)->restriction = requiring(b);
    // Nested in a set, the condition still counts.
    Restriction nested;
    RestrictionItem set;
    set.isSet = true;
    set.set = requiring(a);
    nested.items.push_back(set);
    builder.activity(b)->restriction = nested;

    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(count(issues, a) + count(issues, b), 1);
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("A")));
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("B")));
}

void TestValidator::circularRestrictionThroughSections()
{
    // A (section 1) requires B; B's section 2 requires A.
    TreeBuilder builder;
    const NodeId s1 = builder.addSection(section(QStringLiteral("Un")));
    const NodeId a = builder.addActivity(s1, page(QStringLiteral("A")));
    const NodeId s2 = builder.addSection(section(QStringLiteral("Deux")));
    const NodeId b = builder.addActivity(s2, page(QStringLiteral("B")));
    builder.activity(a)->restriction = requiring(b);
    builder.section(s2)->restriction = requiring(a);
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("Deux")));
}

void TestValidator::restrictionOnOwnSection()
{
    // A section that opens when one of its own activities is complete never opens.
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId a = builder.addActivity(s, page(QStringLiteral("A")));
    builder.section(s)->restriction = requiring(a);
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().severity, Severity::Error);
}

void TestValidator::restrictionOnUntrackedActivity()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId untracked
        = builder.addActivity(s, page(QStringLiteral("Sans suivi"), CompletionMode::None));
    ActivityData data = page(QStringLiteral("Après"));
    data.restriction = requiring(untracked);
    const NodeId a = builder.addActivity(s, data);
    QCOMPARE(count(validate(builder), a), 1);
}

void TestValidator::passedStateNeedsPassGrade()
{
    TreeBuilder builder;
    const NodeId category = builder.addCategory({QStringLiteral("C"), {}, {}, {}, {}});
    QuestionData q = question(QuestionType::ShortAnswer);
    q.answers = {answer(1)};
    const NodeId qid = builder.addQuestion(category, q);
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData noPass = quiz(QStringLiteral("Quiz"), {qid}, 5);
    noPass.completion.passGrade = false;
    noPass.completion.receiveGrade = true;
    const NodeId quizId = builder.addActivity(s, noPass);
    SectionData next = section(QStringLiteral("Ensuite"));
    next.restriction = requiring(quizId, CompletionState::Passed);
    const NodeId t = builder.addSection(next);
    QCOMPARE(count(validate(builder), t), 1);

    // Requiring the pass grade in the quiz's completion makes the condition reachable.
    builder.activity(quizId)->completion.passGrade = true;
    QCOMPARE(count(validate(builder), t), 0);
}

void TestValidator::quizWithoutQuestions()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId q = builder.addActivity(s, quiz(QStringLiteral("Quiz vide"), {}));
    QCOMPARE(count(validate(builder), q), 1);
}

void TestValidator::quizSlotOnMissingQuestion()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId category = builder.addCategory({QStringLiteral("C"), {}, {}, {}, {}});
    QuestionData q = question(QuestionType::Numerical);
    q.answers = {answer(1, QStringLiteral("3"))};
    const NodeId present = builder.addQuestion(category, q);
    const NodeId id = builder.addActivity(s, quiz(QStringLiteral("Quiz"), {present, 4242}));
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(count(issues, id), 1);
    QVERIFY(issues.constFirst().message.contains(QLatin1Char('2')));
}

void TestValidator::questionAnswers_data()
{
    QTest::addColumn<QuestionData>("data");
    QTest::addColumn<bool>("error");

    QuestionData q = question(QuestionType::MultiChoice);
    q.answers = {answer(1), answer(0)};
    QTest::newRow("multichoice single, 100 %") << q << false;
    q.answers = {answer(0.5), answer(0)};
    QTest::newRow("multichoice single, no 100 %") << q << true;
    q.answers = {answer(1)};
    QTest::newRow("multichoice, one answer") << q << true;
    q.single = false;
    q.answers = {answer(0.5), answer(0.5), answer(-1)};
    QTest::newRow("multichoice multi, 100 %") << q << false;
    q.answers = {answer(0.3333333), answer(0.3333333), answer(0.3333334), answer(-1)};
    QTest::newRow("multichoice multi, thirds") << q << false;
    q.answers = {answer(0.5), answer(0.25), answer(0)};
    QTest::newRow("multichoice multi, 75 %") << q << true;

    q = question(QuestionType::TrueFalse);
    q.answers = {answer(0), answer(1)};
    QTest::newRow("truefalse") << q << false;
    q.answers = {answer(0), answer(0)};
    QTest::newRow("truefalse, none correct") << q << true;
    q.answers = {answer(1), answer(1)};
    QTest::newRow("truefalse, both correct") << q << true;

    q = question(QuestionType::ShortAnswer);
    q.answers = {answer(0.5), answer(1)};
    QTest::newRow("shortanswer") << q << false;
    q.answers = {answer(0.5)};
    QTest::newRow("shortanswer, no 100 %") << q << true;
    q = question(QuestionType::Numerical);
    q.answers = {answer(1, QStringLiteral("3"))};
    QTest::newRow("numerical") << q << false;
    q.answers.clear();
    QTest::newRow("numerical, no answer") << q << true;

    q = question(QuestionType::Match);
    q.pairs = {{QStringLiteral("a"), QStringLiteral("1")},
        {QStringLiteral("b"), QStringLiteral("2")}, {QString(), QStringLiteral("3")}};
    QTest::newRow("match, two pairs and a distractor") << q << false;
    q.pairs.pop_back();
    QTest::newRow("match, two answers") << q << true;
    q.pairs = {{QStringLiteral("a"), QStringLiteral("1")}, {QString(), QStringLiteral("2")},
        {QString(), QStringLiteral("3")}};
    QTest::newRow("match, one question") << q << true;

    for (QuestionType type : {QuestionType::GapSelect, QuestionType::DdWtoS}) {
        const QString name = qtypeName(type);
        q = question(type);
        q.text = QStringLiteral("<p>Un [[1]] et un [[2]].</p>");
        q.answers = {answer(0, QStringLiteral("x")), answer(0, QStringLiteral("y"))};
        QTest::addRow("%s, gaps on choices", qPrintable(name)) << q << false;
        q.text = QStringLiteral("<p>Un [[1]] et un [[3]].</p>");
        QTest::addRow("%s, gap on a missing choice", qPrintable(name)) << q << true;
        q.text = QStringLiteral("<p>Pas de trou.</p>");
        QTest::addRow("%s, no gap", qPrintable(name)) << q << true;
    }

    q = question(QuestionType::MultiAnswer);
    q.text = QStringLiteral("<p>Un {1:SHORTANSWER:=chat} noir.</p>");
    QTest::newRow("cloze") << q << false;
    q.text = QStringLiteral("<p>Un chat noir.</p>");
    QTest::newRow("cloze, no sub-question") << q << true;

    QTest::newRow("essay") << question(QuestionType::Essay) << false;
    QTest::newRow("description") << question(QuestionType::Description) << false;
}

void TestValidator::questionAnswers()
{
    QFETCH(QuestionData, data);
    QFETCH(bool, error);
    TreeBuilder builder;
    const NodeId category = builder.addCategory({QStringLiteral("C"), {}, {}, {}, {}});
    const NodeId id = builder.addQuestion(category, data);
    const QList<Validator::Issue> issues = validate(builder);
    QVERIFY2((count(issues, id) > 0) == error, qPrintable(describe(issues)));
}

void TestValidator::completionRules_data()
{
    QTest::addColumn<ActivityData>("data");
    QTest::addColumn<bool>("error");

    const auto make = [](ActivitySettings settings, auto &&setCompletion) {
        ActivityData data;
        data.name = QStringLiteral("Activité");
        data.settings = std::move(settings);
        data.completion.mode = CompletionMode::Automatic;
        setCompletion(data.completion);
        return data;
    };
    QuizSettings quizWithPass;
    quizWithPass.slots.push_back({0, 1, true, false}); // slot checked elsewhere: question 0
    quizWithPass.gradePass = 5;
    QuizSettings quizNoPass = quizWithPass;
    quizNoPass.gradePass = 0;
    WordCloudSettings cloud;
    cloud.wordsRequired = 0;
    WordCloudSettings cloudRequired;
    cloudRequired.wordsRequired = 2;

    QTest::newRow("page, view") << make(PageSettings {}, [](Completion &c) { c.view = true; })
                                << false;
    QTest::newRow("automatic without condition")
        << make(PageSettings {}, [](Completion &) {}) << true;
    QTest::newRow("label, view") << make(LabelSettings {}, [](Completion &c) { c.view = true; })
                                 << true;
    QTest::newRow("page, receive grade")
        << make(PageSettings {}, [](Completion &c) { c.receiveGrade = true; }) << true;
    QTest::newRow("quiz, pass grade")
        << make(quizWithPass, [](Completion &c) { c.passGrade = true; }) << false;
    QTest::newRow("quiz, pass grade 0")
        << make(quizNoPass, [](Completion &c) { c.passGrade = true; }) << true;
    QTest::newRow("quiz, attempts exhausted with pass grade") << make(
        quizWithPass, [](Completion &c) {
            c.passGrade = true;
            c.attemptsExhausted = true;
        }) << false;
    QTest::newRow("quiz, attempts exhausted without pass grade") << make(
        quizWithPass, [](Completion &c) {
            c.receiveGrade = true;
            c.attemptsExhausted = true;
        }) << true;
    QTest::newRow("assign, submit")
        << make(AssignSettings {}, [](Completion &c) { c.submit = true; }) << false;
    QTest::newRow("page, submit") << make(PageSettings {}, [](Completion &c) { c.submit = true; })
                                  << true;
    QTest::newRow("forum, posts") << make(ForumSettings {}, [](Completion &c) { c.forumPosts = 2; })
                                  << false;
    QTest::newRow("page, posts") << make(PageSettings {}, [](Completion &c) { c.forumReplies = 1; })
                                 << true;
    QTest::newRow("word cloud, words required")
        << make(cloudRequired, [](Completion &c) { c.contributeWords = true; }) << false;
    QTest::newRow("word cloud, 0 words required")
        << make(cloud, [](Completion &c) { c.contributeWords = true; }) << true;
    ActivityData manualLabel = make(LabelSettings {}, [](Completion &c) { c.view = true; });
    manualLabel.completion.mode = CompletionMode::Manual;
    QTest::newRow("label, manual") << manualLabel << false;
}

void TestValidator::completionRules()
{
    QFETCH(ActivityData, data);
    QFETCH(bool, error);
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId category = builder.addCategory({QStringLiteral("C"), {}, {}, {}, {}});
    QuestionData q = question(QuestionType::ShortAnswer);
    q.answers = {answer(1)};
    const NodeId qid = builder.addQuestion(category, q);
    if (auto *quizSettings = std::get_if<QuizSettings>(&data.settings))
        quizSettings->slots[0].question = qid;
    const NodeId id = builder.addActivity(s, data);
    const QList<Validator::Issue> issues = validate(builder);
    QVERIFY2((count(issues, id) > 0) == error, qPrintable(describe(issues)));
}

void TestValidator::courseCompletion()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    const NodeId tracked = builder.addActivity(s, page(QStringLiteral("Suivie")));
    const NodeId untracked
        = builder.addActivity(s, page(QStringLiteral("Non suivie"), CompletionMode::None));
    builder.course().completion.activities = {tracked};
    QVERIFY(validate(builder).isEmpty());
    builder.course().completion.activities = {tracked, untracked, 777};
    QCOMPARE(count(validate(builder), TreeBuilder::CourseId), 2);
    builder.course().completion.enabled = false;
    QVERIFY(validate(builder).isEmpty());
}

void TestValidator::resourceWithoutFile()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData data;
    data.name = QStringLiteral("Document");
    data.settings = ResourceSettings {};
    const NodeId id = builder.addActivity(s, data);
    QCOMPARE(count(validate(builder), id), 1);
}

void TestValidator::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("error");
    QTest::newRow("https") << QStringLiteral(
        "https://eduscol.education.fr/83/j-enseigne-au-cycle-1")
                           << false;
    QTest::newRow("http") << QStringLiteral("http://example.org/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/fichier.pdf") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << true;
    QTest::newRow("no scheme") << QStringLiteral("eduscol.education.fr") << true;
    QTest::newRow("empty") << QString() << true;
}

void TestValidator::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, error);
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData data;
    data.name = QStringLiteral("Lien");
    data.settings = UrlSettings {url, DisplayMode::Automatic};
    const NodeId id = builder.addActivity(s, data);
    QCOMPARE(count(validate(builder), id) > 0, error);
}

void TestValidator::mediaMissingFromStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    std::unique_ptr<CourseDocument> doc
        = CourseDocument::create(dir.filePath(QStringLiteral("media.parcours")), &error);
    QVERIFY2(doc, qPrintable(error));
    QByteArray bytes("contenu du fichier");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString sha1;
    QVERIFY2(doc->store()->addMedia(&buffer, &sha1, &error), qPrintable(error));

    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData data;
    data.name = QStringLiteral("Document");
    data.settings = ResourceSettings {};
    FileRef file;
    file.area = QStringLiteral("content");
    file.name = QStringLiteral("present.txt");
    file.sha1 = sha1;
    data.files.push_back(file);
    const NodeId present = builder.addActivity(s, data);
    file.name = QStringLiteral("absent.txt");
    file.sha1 = QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    data.files = {file};
    const NodeId absent = builder.addActivity(s, data);
    QVERIFY2(builder.applyTo(doc.get(), &error), qPrintable(error));

    const QList<Validator::Issue> issues = Validator::validate(*doc);
    QCOMPARE(count(issues, present), 0);
    QCOMPARE(count(issues, absent), 1);
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("absent.txt")));
}

void TestValidator::embeddedImageWithoutItsFile()
{
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("S")));
    ActivityData data = page(QStringLiteral("Page illustrée"));
    PageSettings settings;
    settings.content = QStringLiteral("<p><img src=\"@@PLUGINFILE@@/coin%20calme.png\"></p>");
    data.settings = settings;
    FileRef file;
    file.area = QStringLiteral("content");
    file.name = QStringLiteral("coin calme.png");
    file.sha1 = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    data.files.push_back(file);
    const NodeId id = builder.addActivity(s, data);
    QCOMPARE(count(validate(builder), id, Severity::Warning), 0);

    builder.activity(id)->files.clear();
    const QList<Validator::Issue> issues = validate(builder);
    QCOMPARE(count(issues, id, Severity::Warning), 1);
    QVERIFY(!Validator::hasErrors(issues));
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("coin calme.png")));
}

void TestValidator::locationNamesSectionAndActivity()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<CourseDocument> doc
        = CourseDocument::create(dir.filePath(QStringLiteral("where.parcours")), &error);
    QVERIFY2(doc, qPrintable(error));
    TreeBuilder builder;
    const NodeId s = builder.addSection(section(QStringLiteral("Accueil")));
    const NodeId a = builder.addActivity(s, page(QStringLiteral("Bienvenue")));
    QVERIFY2(builder.applyTo(doc.get(), &error), qPrintable(error));
    QCOMPARE(Validator::location(*doc, s), QStringLiteral("Accueil"));
    QCOMPARE(Validator::location(*doc, a), QStringLiteral("Accueil › Bienvenue"));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
