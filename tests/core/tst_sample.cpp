// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/sample.h"
#include "core/tools/summary.h"
#include "core/validation/validator.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;

class TestSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void describesTheTutoredParcours();
    void hasTheSectionsAndActivityKinds();
    void pagesEmbedTheirImages();
    void everyFileIsInTheStore();
    void quizCoversTheQuestionTypes();
    void wordCloudAndMindMap();
    void quizUnlocksASection();
    void completionIsSetUp();
    void validatesClean();
    void buildsTheSameContentEachTime();

private:
    template<class F> void forEachActivity(F &&f) const
    {
        m_doc->course()->forEach([&f](const Node *node) {
            if (node->type() == NodeType::Activity)
                f(static_cast<const Activity *>(node));
        });
    }
    QList<const Activity *> activitiesOfKind(ActivityKind kind) const
    {
        QList<const Activity *> result;
        forEachActivity([&](const Activity *a) {
            if (a->kind() == kind)
                result.append(a);
        });
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CourseDocument> m_doc;
};

void TestSample::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_doc = CourseDocument::create(m_dir->filePath(QStringLiteral("sample.parcours")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY2(Sample::build(m_doc.get(), &error), qPrintable(error));
}

void TestSample::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestSample::describesTheTutoredParcours()
{
    const CourseData &data = m_doc->course()->data();
    QCOMPARE(data.title,
        QStringLiteral("Consolider une posture d'enseignant sécurisant à l'école maternelle"));
    QCOMPARE(data.language, QStringLiteral("fr"));
    QCOMPARE(data.indexation.typology, Typology::Tutored);
    QCOMPARE(data.indexation.inPersonMinutes, 6 * 60);
    QCOMPARE(data.indexation.remoteMinutes, 12 * 60);
    QCOMPARE(data.indexation.totalMinutes(), 18 * 60);
    QCOMPARE(
        data.indexation.audience, QStringLiteral("Professeurs des écoles exerçant en maternelle"));
    QVERIFY(!data.indexation.objectives.isEmpty());
    QVERIFY(data.indexation.keywords.size() >= 3);
    QVERIFY(!data.indexation.authors.isEmpty());
    QVERIFY(!data.indexation.version.isEmpty());
}

void TestSample::hasTheSectionsAndActivityKinds()
{
    QVERIFY(m_doc->course()->childCount() >= 5);
    QStringList titles;
    for (int i = 0; i < m_doc->course()->childCount(); ++i)
        titles.append(m_doc->course()->childAt(i)->displayName());
    QVERIFY(titles.contains(QStringLiteral("Accueil et présentation")));
    QVERIFY(titles.contains(QStringLiteral("Bilan et évaluation")));

    const CourseSummary summary = CourseSummary::of(*m_doc);
    QCOMPARE(summary.sections, m_doc->course()->childCount());
    for (ActivityKind kind : {ActivityKind::Page, ActivityKind::Label, ActivityKind::Url,
             ActivityKind::Resource, ActivityKind::Forum, ActivityKind::Assign, ActivityKind::Quiz,
             ActivityKind::WordCloud, ActivityKind::MindMap, ActivityKind::CompletionMarker})
        QVERIFY2(summary.activities.value(kind) > 0, qPrintable(moduleName(kind)));
    QCOMPARE(summary.activities.value(ActivityKind::Opaque), 0);

    const auto urls = activitiesOfKind(ActivityKind::Url);
    QVERIFY(urls.constFirst()->settings<UrlSettings>()->url.startsWith(
        QStringLiteral("https://eduscol.education.fr/")));
}

void TestSample::pagesEmbedTheirImages()
{
    int withImage = 0;
    for (const Activity *page : activitiesOfKind(ActivityKind::Page)) {
        const QString content = page->settings<PageSettings>()->content;
        for (const FileRef &file : page->data().files) {
            QCOMPARE(file.area, QStringLiteral("content"));
            QVERIFY2(content.contains(QStringLiteral("@@PLUGINFILE@@/") + file.name),
                qPrintable(file.name));
            QCOMPARE(file.mimeType, QStringLiteral("image/png"));
            ++withImage;
        }
    }
    QVERIFY(withImage >= 2);
}

void TestSample::everyFileIsInTheStore()
{
    int files = 0;
    m_doc->course()->forEach([&](const Node *node) {
        std::vector<FileRef> refs;
        if (node->type() == NodeType::Activity)
            refs = static_cast<const Activity *>(node)->data().files;
        for (const FileRef &file : refs) {
            ++files;
            QVERIFY(m_doc->store()->hasMedia(file.sha1));
            QCOMPARE(m_doc->store()->mediaSize(file.sha1), file.size);
            QVERIFY(file.size > 0);
        }
    });
    const auto resources = activitiesOfKind(ActivityKind::Resource);
    QCOMPARE(resources.size(), 1);
    const FileRef &pdf = resources.constFirst()->data().files.at(0);
    QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(pdf.sortOrder, 1);
    std::unique_ptr<QIODevice> device = m_doc->store()->openMedia(pdf.sha1);
    QVERIFY(device);
    QVERIFY(device->read(5).startsWith("%PDF-"));

    qint64 count = 0;
    qint64 bytes = 0;
    m_doc->store()->mediaTotals(&count, &bytes);
    QCOMPARE(count, files); // four different files
    QVERIFY(bytes > 0);
}

void TestSample::quizCoversTheQuestionTypes()
{
    const auto quizzes = activitiesOfKind(ActivityKind::Quiz);
    QCOMPARE(quizzes.size(), 1);
    const QuizSettings &quiz = *quizzes.constFirst()->settings<QuizSettings>();
    QSet<QuestionType> types;
    int graded = 0;
    for (const QuizSlot &slot : quiz.slots) {
        const Question *question = m_doc->nodeAs<Question>(slot.question);
        QVERIFY(question);
        types.insert(question->data().type);
        QVERIFY2(!question->data().generalFeedback.isEmpty()
                || question->data().type == QuestionType::Description,
            qPrintable(question->data().name));
        graded += question->data().type == QuestionType::Description ? 0 : 1;
    }
    QVERIFY(graded >= 8);
    QVERIFY(types.size() >= 6);
    QVERIFY(types.contains(QuestionType::MultiChoice));
    QVERIFY(types.contains(QuestionType::TrueFalse));
    QVERIFY(types.contains(QuestionType::MultiAnswer));
    QVERIFY(quiz.gradePass > 0 && quiz.gradePass < quiz.grade);
    QVERIFY(!quiz.feedback.empty());

    // Both single and multiple answer multichoice questions.
    QSet<bool> singles;
    m_doc->questionBank()->forEach([&singles](const Node *node) {
        if (node->type() == NodeType::Question) {
            const QuestionData &q = static_cast<const Question *>(node)->data();
            if (q.type == QuestionType::MultiChoice)
                singles.insert(q.single);
        }
    });
    QCOMPARE(singles.size(), 2);
}

void TestSample::wordCloudAndMindMap()
{
    const auto clouds = activitiesOfKind(ActivityKind::WordCloud);
    QCOMPARE(clouds.size(), 1);
    QVERIFY(clouds.constFirst()->settings<WordCloudSettings>()->seedWords.size() >= 3);

    const auto maps = activitiesOfKind(ActivityKind::MindMap);
    QCOMPARE(maps.size(), 1);
    const MindMapNode &root = maps.constFirst()->settings<MindMapSettings>()->root;
    QVERIFY(root.count() >= 8);
    bool threeLevels = false;
    for (const MindMapNode &child : root.children)
        threeLevels = threeLevels || !child.children.empty();
    QVERIFY(threeLevels);
}

void TestSample::quizUnlocksASection()
{
    const NodeId quizId = activitiesOfKind(ActivityKind::Quiz).constFirst()->id();
    bool found = false;
    for (int i = 0; i < m_doc->course()->childCount(); ++i) {
        const auto *section = static_cast<const Section *>(m_doc->course()->childAt(i));
        for (const RestrictionItem &item : section->data().restriction.items) {
            if (!item.isSet && item.condition.type == ConditionType::Completion
                && item.condition.activity == quizId
                && item.condition.state == CompletionState::Passed)
                found = true;
        }
    }
    QVERIFY(found);
}

void TestSample::completionIsSetUp()
{
    int tracked = 0;
    int total = 0;
    forEachActivity([&](const Activity *a) {
        ++total;
        tracked += a->data().completion.mode != CompletionMode::None ? 1 : 0;
    });
    QVERIFY2(tracked * 4 >= total * 3, "completion rules on most activities");
    const CourseCompletion &completion = m_doc->course()->data().completion;
    QVERIFY(completion.enabled);
    QVERIFY(completion.activities.size() >= 3);
    for (NodeId id : completion.activities)
        QVERIFY(m_doc->nodeAs<Activity>(id));
    QVERIFY(!activitiesOfKind(ActivityKind::CompletionMarker).isEmpty());
}

void TestSample::validatesClean()
{
    const QList<Validator::Issue> issues = Validator::validate(*m_doc);
    QStringList messages;
    for (const Validator::Issue &issue : issues)
        messages.append(issue.message);
    QVERIFY2(issues.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestSample::buildsTheSameContentEachTime()
{
    QString error;
    const QJsonObject description = Sample::description(&error);
    QVERIFY2(!description.isEmpty(), qPrintable(error));
    // The content depends only on the bundled data.
    QTemporaryDir dir;
    std::unique_ptr<CourseDocument> other
        = CourseDocument::create(dir.filePath(QStringLiteral("again.parcours")), &error);
    QVERIFY2(other && Sample::build(other.get(), &error), qPrintable(error));
    QCOMPARE(other->snapshot(), m_doc->snapshot());
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
