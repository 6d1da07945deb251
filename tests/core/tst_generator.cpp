// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/generator.h"
#include "core/tools/summary.h"
#include "core/validation/validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;

Q_DECLARE_METATYPE(Parcours::GeneratorOptions)

namespace {

GeneratorOptions options(
    int sections, int perSection, int questions, int media, qint64 size, quint64 seed = 1)
{
    GeneratorOptions o;
    o.sections = sections;
    o.activitiesPerSection = perSection;
    o.questions = questions;
    o.mediaFiles = media;
    o.mediaSize = size;
    o.seed = seed;
    return o;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheOptions_data();
    void countsMatchTheOptions();
    void sameSeedSameParcours();
    void otherSeedOtherParcours();
    void impossibleOptionsAreRefused_data();
    void impossibleOptionsAreRefused();

private:
    std::unique_ptr<CourseDocument> generate(const GeneratorOptions &o, const QString &name)
    {
        QString error;
        std::unique_ptr<CourseDocument> doc = CourseDocument::create(m_dir.filePath(name), &error);
        if (!doc || !Generator::generate(doc.get(), o, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return doc;
    }

    QTemporaryDir m_dir;
};

void TestGenerator::countsMatchTheOptions_data()
{
    QTest::addColumn<GeneratorOptions>("options");
    QTest::newRow("small") << options(3, 5, 12, 2, 1000);
    QTest::newRow("fewer questions than sections") << options(6, 4, 2, 0, 0);
    QTest::newRow("no questions") << options(2, 3, 0, 0, 0);
    QTest::newRow("media in chunks") << options(2, 4, 0, 3, 3 * 1024 * 1024 + 7);
    QTest::newRow("empty") << options(0, 0, 0, 0, 0);
}

void TestGenerator::countsMatchTheOptions()
{
    QFETCH(GeneratorOptions, options);
    std::unique_ptr<CourseDocument> doc = generate(
        options, QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".parcours"));
    QVERIFY(doc);
    const CourseSummary summary = CourseSummary::of(*doc);
    QCOMPARE(summary.sections, options.sections);
    QCOMPARE(summary.activityCount(), options.sections * options.activitiesPerSection);
    QCOMPARE(summary.questionCount(), options.questions);
    QCOMPARE(summary.activities.value(ActivityKind::Resource), options.mediaFiles);
    QCOMPARE(summary.mediaCount, qint64(options.mediaFiles));
    QCOMPARE(summary.mediaBytes, options.mediaFiles * options.mediaSize);

    // Every question is in exactly one quiz.
    QMultiHash<NodeId, NodeId> quizOf;
    int pagesAndLabels = 0;
    doc->course()->forEach([&](const Node *node) {
        if (node->type() != NodeType::Activity)
            return;
        const auto *activity = static_cast<const Activity *>(node);
        if (const auto *quiz = activity->settings<QuizSettings>()) {
            QVERIFY(!quiz->slots.empty());
            for (const QuizSlot &slot : quiz->slots)
                quizOf.insert(slot.question, activity->id());
        }
        if (const auto *page = activity->settings<PageSettings>()) {
            QVERIFY(page->content.size() >= 2000);
            ++pagesAndLabels;
        } else if (activity->kind() == ActivityKind::Label) {
            QVERIFY(activity->data().description.size() >= 2000);
            ++pagesAndLabels;
        }
    });
    QCOMPARE(quizOf.size(), options.questions);
    QCOMPARE(quizOf.uniqueKeys().size(), options.questions);
    if (options.sections * options.activitiesPerSection > 0)
        QVERIFY(pagesAndLabels > 0);

    const QList<Validator::Issue> issues = Validator::validate(*doc);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
}

void TestGenerator::sameSeedSameParcours()
{
    const GeneratorOptions o = options(4, 6, 15, 2, 70000, 42);
    std::unique_ptr<CourseDocument> first = generate(o, QStringLiteral("first.parcours"));
    std::unique_ptr<CourseDocument> second = generate(o, QStringLiteral("second.parcours"));
    QVERIFY(first && second);
    QCOMPARE(first->snapshot(), second->snapshot());
}

void TestGenerator::otherSeedOtherParcours()
{
    std::unique_ptr<CourseDocument> first
        = generate(options(2, 3, 4, 1, 100, 1), QStringLiteral("seed1.parcours"));
    std::unique_ptr<CourseDocument> second
        = generate(options(2, 3, 4, 1, 100, 2), QStringLiteral("seed2.parcours"));
    QVERIFY(first && second);
    QVERIFY(first->snapshot() != second->snapshot());
}

void TestGenerator::impossibleOptionsAreRefused_data()
{
    QTest::addColumn<GeneratorOptions>("options");
    QTest::newRow("negative") << options(-1, 2, 0, 0, 0);
    QTest::newRow("media without sections") << options(0, 0, 0, 3, 10);
    QTest::newRow("questions without activities") << options(2, 0, 5, 0, 0);
    QTest::newRow("more media than room") << options(1, 2, 1, 2, 10);
}

void TestGenerator::impossibleOptionsAreRefused()
{
    QFETCH(GeneratorOptions, options);
    QString error;
    QVERIFY(!Generator::checkOptions(options, &error));
    QVERIFY(!error.isEmpty());
    std::unique_ptr<CourseDocument> doc = CourseDocument::create(
        m_dir.filePath(QStringLiteral("refused-%1.parcours")
                           .arg(QString::fromLatin1(QTest::currentDataTag()))),
        &error);
    QVERIFY(doc);
    const QJsonObject before = doc->snapshot();
    QVERIFY(!Generator::generate(doc.get(), options, &error));
    QCOMPARE(doc->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
