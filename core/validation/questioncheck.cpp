// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/questioncheck.h"

#include "core/export/cloze.h"
#include "core/model/question.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Parcours {

namespace {

constexpr double FractionTolerance = 1e-4;

bool isFull(double fraction)
{
    return fraction >= 1 - FractionTolerance;
}

/** The text a participant would see: HTML without its tags; an image or a media counts. */
bool isBlankHtml(const QString &html)
{
    static const QRegularExpression media(
        QStringLiteral("<(img|video|audio|iframe|object|embed)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (media.match(html).hasMatch())
        return false;
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tag);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return text.trimmed().isEmpty();
}

bool isNumber(const QString &text)
{
    bool ok = false;
    QString number = text.trimmed();
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    number.toDouble(&ok);
    return ok;
}

class QuestionChecker
{
public:
    explicit QuestionChecker(const QuestionData &q)
        : m_q(q)
    { }

    QList<QuestionProblem> run()
    {
        if (m_q.type != QuestionType::Other && m_q.type != QuestionType::MultiAnswer
            && isBlankHtml(m_q.text))
            error(Validator::tr("The question text is empty: write the question."));
        switch (m_q.type) {
        case QuestionType::MultiChoice:
            checkMultiChoice();
            break;
        case QuestionType::TrueFalse:
            if (m_q.answers.size() != 2
                || std::count_if(m_q.answers.cbegin(), m_q.answers.cend(),
                       [](const Answer &a) { return isFull(a.fraction); })
                    != 1)
                error(Validator::tr("A true/false question needs the answers “true” and "
                                    "“false”, one of them correct: choose the correct "
                                    "answer."));
            break;
        case QuestionType::ShortAnswer:
        case QuestionType::Numerical:
            checkAnswersWithoutText();
            if (m_q.type == QuestionType::Numerical)
                checkNumbers();
            if (!hasFull())
                error(Validator::tr("No accepted answer is worth 100 %: add the expected "
                                    "answer with a grade of 100 %."));
            break;
        case QuestionType::Match:
            checkMatch();
            break;
        case QuestionType::GapSelect:
        case QuestionType::DdWtoS:
            checkGaps();
            break;
        case QuestionType::MultiAnswer:
            checkCloze();
            break;
        case QuestionType::Essay:
            checkEssay();
            break;
        case QuestionType::Description:
        case QuestionType::Other:
            break;
        }
        return m_problems;
    }

private:
    void error(const QString &message) { m_problems.append({Validator::Severity::Error, message}); }

    bool hasFull() const
    {
        return std::any_of(m_q.answers.cbegin(), m_q.answers.cend(),
            [](const Answer &a) { return isFull(a.fraction); });
    }

    /** An answer with a grade or a feedback but no text: Moodle refuses the form. */
    void checkAnswersWithoutText()
    {
        for (size_t i = 0; i < m_q.answers.size(); ++i) {
            const Answer &a = m_q.answers[i];
            if (a.text.trimmed().isEmpty()
                && (std::abs(a.fraction) > FractionTolerance || !a.feedback.trimmed().isEmpty()))
                error(Validator::tr("Answer %1 has a grade or a feedback but no text: write the "
                                    "answer or remove it.")
                          .arg(i + 1));
        }
    }

    void checkMultiChoice()
    {
        checkAnswersWithoutText();
        const auto written = std::count_if(m_q.answers.cbegin(), m_q.answers.cend(),
            [](const Answer &a) { return !a.text.trimmed().isEmpty(); });
        if (written < 2)
            error(Validator::tr("A multiple choice question needs at least two answers: "
                                "add answers."));
        if (m_q.single) {
            if (!hasFull())
                error(Validator::tr("No answer is worth 100 %: mark the correct answer "
                                    "as 100 %."));
            return;
        }
        double sum = 0;
        for (const Answer &a : m_q.answers)
            sum += std::max(0.0, a.fraction);
        if (sum < FractionTolerance)
            error(Validator::tr("No answer is correct: give the correct answers positive "
                                "grades that add up to 100 %."));
        else if (std::abs(sum - 1) > 0.01)
            error(Validator::tr("The correct answers add up to %1 % instead of 100 %: "
                                "adjust their grades.")
                      .arg(std::round(sum * 1000) / 10));
    }

    void checkNumbers()
    {
        for (size_t i = 0; i < m_q.answers.size(); ++i) {
            const QString text = m_q.answers[i].text.trimmed();
            if (!text.isEmpty() && text != QLatin1String("*") && !isNumber(text))
                error(Validator::tr("Answer %1 “%2” is not a number: write a number, or * for "
                                    "any other answer.")
                          .arg(i + 1)
                          .arg(text));
        }
    }

    void checkMatch()
    {
        const auto questions
            = std::count_if(m_q.pairs.cbegin(), m_q.pairs.cend(), [](const MatchPair &p) {
                  return !p.question.trimmed().isEmpty() && !p.answer.trimmed().isEmpty();
              });
        const auto answers = std::count_if(m_q.pairs.cbegin(), m_q.pairs.cend(),
            [](const MatchPair &p) { return !p.answer.trimmed().isEmpty(); });
        for (size_t i = 0; i < m_q.pairs.size(); ++i) {
            const MatchPair &p = m_q.pairs[i];
            if (!p.question.trimmed().isEmpty() && p.answer.trimmed().isEmpty())
                error(Validator::tr("Question %1 of the matching has no answer: write the "
                                    "answer it matches.")
                          .arg(i + 1));
        }
        if (questions < 2 || answers < 3)
            error(Validator::tr("A matching question needs at least two questions and "
                                "three answers: add pairs or distractors."));
    }

    void checkGaps()
    {
        static const QRegularExpression gap(QStringLiteral("\\[\\[(\\d+)\\]\\]"));
        int gaps = 0;
        for (auto it = gap.globalMatch(m_q.text); it.hasNext();) {
            const int choice = it.next().captured(1).toInt();
            ++gaps;
            if (choice < 1 || choice > static_cast<int>(m_q.answers.size()))
                error(Validator::tr("The gap [[%1]] refers to a choice that does not "
                                    "exist: add choice %1 or correct the gap.")
                          .arg(choice));
            else if (m_q.answers[choice - 1].text.trimmed().isEmpty())
                error(Validator::tr("The gap [[%1]] refers to an empty choice: write "
                                    "choice %1.")
                          .arg(choice));
        }
        if (gaps == 0)
            error(Validator::tr("The text has no gap: mark each gap as [[1]], [[2]]… "
                                "with the number of its correct choice."));
    }

    void checkCloze()
    {
        if (parseCloze(m_q.text).parts.isEmpty())
            error(Validator::tr("The embedded answers (Cloze) question has no "
                                "sub-question: add one such as {1:SHORTANSWER:=answer}."));
        for (const QString &message : clozeProblems(m_q.text))
            error(message);
    }

    void checkEssay()
    {
        const EssayOptions &e = m_q.essay;
        if (e.attachments >= 0 && e.attachmentsRequired > e.attachments)
            error(Validator::tr("The essay requires %1 attachments but allows only %2: "
                                "allow more attachments or require fewer.")
                      .arg(e.attachmentsRequired)
                      .arg(e.attachments));
        if (e.minWords > 0 && e.maxWords > 0 && e.minWords > e.maxWords)
            error(Validator::tr("The essay requires at least %1 words but allows at most %2: "
                                "correct the word limits.")
                      .arg(e.minWords)
                      .arg(e.maxWords));
        if (e.responseFormat == QLatin1String("noinline") && e.attachments == 0)
            error(Validator::tr("The essay has neither an online text nor attachments: allow "
                                "attachments or choose another response format."));
    }

    const QuestionData &m_q;
    QList<QuestionProblem> m_problems;
};

} // namespace

QList<QuestionProblem> checkQuestion(const QuestionData &question)
{
    return QuestionChecker(question).run();
}

QStringList clozeProblems(const QString &text)
{
    static const QRegularExpression code(
        QStringLiteral(R"(\{(\d*):([A-Za-z_]+):((?:\\.|[^}])*)\})"));
    static const QRegularExpression opening(QStringLiteral(R"(\{\d*:[A-Za-z_]+:)"));
    QStringList problems;
    QList<qsizetype> starts;
    int number = 0;
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        starts.append(m.capturedStart());
        const ClozeQuestion parsed = parseCloze(m.captured(0));
        if (parsed.parts.isEmpty()) {
            problems.append(Validator::tr("“%1” is not a type of sub-question Moodle reads: "
                                          "use SHORTANSWER, NUMERICAL or MULTICHOICE.")
                                .arg(m.captured(2)));
            continue;
        }
        ++number;
        const ClozePart &part = parsed.parts.constFirst();
        const bool correct = std::any_of(part.answers.cbegin(), part.answers.cend(),
            [](const Answer &a) { return isFull(a.fraction) && !a.text.trimmed().isEmpty(); });
        if (!correct)
            problems.append(Validator::tr("Sub-question %1 has no correct answer: mark the "
                                          "correct answer with =.")
                                .arg(number));
    }
    for (auto it = opening.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!starts.contains(m.capturedStart()))
            problems.append(Validator::tr("The sub-question starting with “%1” is not closed: "
                                          "end it with }.")
                                .arg(m.captured(0)));
    }
    return problems;
}

} // namespace Parcours
