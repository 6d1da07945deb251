// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/generator.h"

#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "core/tools/treebuilder.h"

#include <QIODevice>

#include <array>
#include <cstring>

namespace Parcours {

namespace {

/** SplitMix64: tiny, fast, and the same sequence on every platform for a given seed. */
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /** A number in [0, n). */
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }

private:
    quint64 m_state;
};

/** A read-only sequential device yielding size pseudo-random bytes, made as they are read. */
class RandomDevice : public QIODevice
{
public:
    RandomDevice(quint64 seed, qint64 size)
        : m_random(seed)
        , m_remaining(size)
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_remaining + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_remaining == 0 && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_remaining);
        for (qint64 done = 0; done < n;) {
            const quint64 word = m_random.next();
            const qint64 chunk = std::min<qint64>(sizeof(word), n - done);
            std::memcpy(data + done, &word, static_cast<size_t>(chunk));
            done += chunk;
        }
        m_remaining -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    Random m_random;
    qint64 m_remaining;
};

const std::array<const char *, 48> s_words = {"élève", "classe", "enseignant", "posture", "langage",
    "séance", "consigne", "projet", "observation", "progression", "autonomie", "coopération",
    "évaluation", "compétence", "situation", "apprentissage", "atelier", "parole", "écoute",
    "famille", "rituel", "espace", "temps", "matériel", "jeu", "découverte", "explicite",
    "bienveillant", "régulier", "partagé", "accompagne", "propose", "observe", "reformule",
    "valorise", "organise", "construit", "encourage", "anticipe", "ajuste", "installe", "sécurise",
    "chaque", "plusieurs", "notamment", "ensemble", "durablement", "concrètement"};

QString sentence(Random &random)
{
    const int count = 8 + random.below(9);
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(QString::fromUtf8(s_words[static_cast<size_t>(random.below(s_words.size()))]));
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

/** About `size` characters of HTML: a heading and paragraphs of made-up sentences. */
QString html(Random &random, const QString &heading, int size)
{
    QString text = QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
    while (text.size() < size) {
        QString paragraph;
        for (int i = 0; i < 4; ++i)
            paragraph += sentence(random) + QLatin1Char(' ');
        text += QStringLiteral("<p>%1</p>").arg(paragraph.trimmed());
    }
    return text;
}

Answer answer(const QString &text, double fraction, const QString &feedback = QString())
{
    Answer a;
    a.text = text;
    a.fraction = fraction;
    a.feedback = feedback;
    return a;
}

constexpr std::array<QuestionType, 10> s_questionTypes = {QuestionType::MultiChoice,
    QuestionType::TrueFalse, QuestionType::ShortAnswer, QuestionType::Numerical,
    QuestionType::Match, QuestionType::MultiChoice, QuestionType::GapSelect, QuestionType::DdWtoS,
    QuestionType::MultiAnswer, QuestionType::Essay};

/** A valid question of the type for index (cycling through the types), with made-up text. */
QuestionData makeQuestion(int index, Random &random)
{
    QuestionData q;
    q.type = s_questionTypes[static_cast<size_t>(index) % s_questionTypes.size()];
    q.name = Generator::tr("Question %1").arg(index + 1);
    q.text = QStringLiteral("<p>%1</p>").arg(sentence(random));
    q.generalFeedback = QStringLiteral("<p>%1</p>").arg(sentence(random));
    switch (q.type) {
    case QuestionType::MultiChoice:
        // The second multichoice question of each cycle of types has several correct answers.
        q.single = index % static_cast<int>(s_questionTypes.size()) != 5;
        if (q.single) {
            q.answers = {answer(sentence(random), 1), answer(sentence(random), 0),
                answer(sentence(random), 0), answer(sentence(random), 0)};
        } else {
            q.answers = {answer(sentence(random), 0.5), answer(sentence(random), 0.5),
                answer(sentence(random), -0.5), answer(sentence(random), -0.5)};
        }
        break;
    case QuestionType::TrueFalse: {
        const bool isTrue = random.below(2) == 0;
        q.answers = {answer(QStringLiteral("true"), isTrue ? 1 : 0),
            answer(QStringLiteral("false"), isTrue ? 0 : 1)};
        break;
    }
    case QuestionType::ShortAnswer:
        q.answers
            = {answer(QString::fromUtf8(s_words[static_cast<size_t>(index) % s_words.size()]), 1)};
        break;
    case QuestionType::Numerical:
        q.answers = {answer(QString::number(random.below(100)), 1)};
        q.answers[0].tolerance = 1;
        break;
    case QuestionType::Match:
        q.pairs = {{sentence(random), QStringLiteral("A")}, {sentence(random), QStringLiteral("B")},
            {sentence(random), QStringLiteral("C")}};
        break;
    case QuestionType::GapSelect:
    case QuestionType::DdWtoS:
        q.text
            = QStringLiteral("<p>%1 [[1]] %2 [[2]].</p>").arg(sentence(random), sentence(random));
        q.answers = {answer(QStringLiteral("posture"), 0), answer(QStringLiteral("langage"), 0),
            answer(QStringLiteral("espace"), 0)};
        break;
    case QuestionType::MultiAnswer:
        q.text = QStringLiteral("<p>%1 {1:SHORTANSWER:=posture} %2 "
                                "{1:MULTICHOICE:=oui~non}</p>")
                     .arg(sentence(random), sentence(random));
        break;
    case QuestionType::Essay:
        q.defaultMark = 2;
        break;
    case QuestionType::Description:
    case QuestionType::Other:
        break;
    }
    return q;
}

Completion automaticView()
{
    Completion completion;
    completion.mode = CompletionMode::Automatic;
    completion.view = true;
    return completion;
}

} // namespace

bool Generator::checkOptions(const GeneratorOptions &o, QString *errorString)
{
    QString error;
    if (o.sections < 0 || o.activitiesPerSection < 0 || o.questions < 0 || o.mediaFiles < 0
        || o.mediaSize < 0) {
        error = tr("Counts and sizes cannot be negative.");
    } else if (o.mediaFiles > 0 && o.sections == 0) {
        error = tr("Media files are file resources: ask for at least one section.");
    } else if (o.sections > 0) {
        const int quizzes = o.questions > 0 ? 1 : 0;
        const int mediaPerSection = (o.mediaFiles + o.sections - 1) / o.sections;
        if (o.questions > 0 && o.activitiesPerSection == 0)
            error = tr("Questions go into one quiz per section: ask for at least one activity "
                       "per section.");
        else if (mediaPerSection + quizzes > o.activitiesPerSection)
            error = tr("%1 media files and the quizzes need %2 activities per section: ask for "
                       "more activities per section or fewer media files.")
                        .arg(o.mediaFiles)
                        .arg(mediaPerSection + quizzes);
    }
    if (!error.isEmpty() && errorString)
        *errorString = error;
    return error.isEmpty();
}

bool Generator::generate(CourseDocument *document, const GeneratorOptions &o, QString *errorString)
{
    if (!checkOptions(o, errorString))
        return false;
    Random random(o.seed);
    TreeBuilder builder;
    CourseData &course = builder.course();
    course.title = tr("Generated parcours (seed %1)").arg(o.seed);
    course.shortName = QStringLiteral("GEN-%1").arg(o.seed);
    course.summary = html(random, course.title, 400);
    course.language = QStringLiteral("fr");
    course.created = 1767225600; // 2026-01-01, fixed so that a seed always gives the same file.
    course.startDate = course.created;
    course.indexation.typology = Typology::Tutored;
    course.indexation.audience = tr("Benchmark participants");
    course.indexation.remoteMinutes = 60 * o.sections;
    course.indexation.version = QStringLiteral("1.0");

    // Questions first, so that quizzes can name them.
    QuestionCategoryData category;
    category.name = tr("Generated questions");
    const NodeId categoryId = builder.addCategory(category);
    std::vector<NodeId> questions;
    questions.reserve(static_cast<size_t>(o.questions));
    for (int i = 0; i < o.questions; ++i)
        questions.push_back(builder.addQuestion(categoryId, makeQuestion(i, random)));

    const int quizCount = o.sections == 0 ? 0 : std::min(o.sections, o.questions);
    int mediaIndex = 0;
    NodeId previousTarget = 0;
    for (int s = 0; s < o.sections; ++s) {
        SectionData section;
        section.title = tr("Section %1").arg(s + 1);
        section.summary = QStringLiteral("<p>%1</p>").arg(sentence(random));
        if (previousTarget) {
            RestrictionItem item;
            item.condition.type = ConditionType::Completion;
            item.condition.activity = previousTarget;
            item.condition.state = CompletionState::Complete;
            section.restriction.items.push_back(item);
        }
        const NodeId sectionId = builder.addSection(section);
        previousTarget = 0;

        const bool hasQuiz = s < quizCount;
        const int media = o.mediaFiles / std::max(1, o.sections)
            + (s < o.mediaFiles % std::max(1, o.sections) ? 1 : 0);
        const int plain = o.activitiesPerSection - media - (hasQuiz ? 1 : 0);
        for (int a = 0; a < plain; ++a) {
            ActivityData activity;
            if (a % 4 == 0) {
                activity.name = tr("Text %1.%2").arg(s + 1).arg(a + 1);
                activity.description = html(random, activity.name, 2048);
                activity.showDescription = true;
                activity.settings = LabelSettings {};
            } else if (a % 10 == 9) {
                activity.name = tr("Link %1.%2").arg(s + 1).arg(a + 1);
                activity.description = QStringLiteral("<p>%1</p>").arg(sentence(random));
                activity.completion = automaticView();
                UrlSettings url;
                url.url = QStringLiteral("https://eduscol.education.fr/?page=%1")
                              .arg(random.below(1000));
                activity.settings = url;
            } else {
                activity.name = tr("Page %1.%2").arg(s + 1).arg(a + 1);
                activity.description = QStringLiteral("<p>%1</p>").arg(sentence(random));
                activity.completion = automaticView();
                PageSettings page;
                page.content = html(random, activity.name, 2048);
                activity.settings = page;
            }
            const NodeId id = builder.addActivity(sectionId, activity);
            if (activity.completion.mode != CompletionMode::None)
                previousTarget = id;
        }
        for (int m = 0; m < media; ++m, ++mediaIndex) {
            RandomDevice device(
                o.seed ^ (0x5bd1e995ULL * static_cast<quint64>(mediaIndex + 1)), o.mediaSize);
            device.open(QIODevice::ReadOnly);
            FileRef file;
            if (!document->store()->addMedia(&device, &file.sha1, errorString))
                return false;
            file.area = QStringLiteral("content");
            file.name
                = QStringLiteral("fichier-%1.bin").arg(mediaIndex + 1, 4, 10, QLatin1Char('0'));
            file.mimeType = QStringLiteral("application/octet-stream");
            file.size = o.mediaSize;
            file.sortOrder = 1;
            ActivityData activity;
            activity.name = tr("File %1").arg(mediaIndex + 1);
            activity.completion = automaticView();
            activity.files.push_back(file);
            activity.settings = ResourceSettings {};
            previousTarget = builder.addActivity(sectionId, activity);
        }
        if (hasQuiz) {
            ActivityData activity;
            activity.name = tr("Quiz %1").arg(s + 1);
            activity.description = QStringLiteral("<p>%1</p>").arg(sentence(random));
            activity.completion.mode = CompletionMode::Automatic;
            activity.completion.receiveGrade = true;
            activity.completion.passGrade = true;
            QuizSettings quiz;
            quiz.gradePass = quiz.grade / 2;
            for (int q = s; q < o.questions; q += quizCount) {
                QuizSlot slot;
                slot.question = questions[static_cast<size_t>(q)];
                slot.newPage = quiz.slots.empty() || quiz.slots.size() % 5 == 0;
                quiz.slots.push_back(slot);
            }
            activity.settings = quiz;
            previousTarget = builder.addActivity(sectionId, activity);
            course.completion.activities.push_back(previousTarget);
        }
    }
    course.completion.enabled = true;
    return builder.takeAndApplyTo(document, errorString);
}

} // namespace Parcours
