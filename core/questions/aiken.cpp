// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/aiken.h"

#include "core/questions/gifttext.h"

#include <QRegularExpression>

namespace Parcours {

bool Aiken::fail(int line, const QString &message)
{
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool Aiken::parse(const QString &input, QuestionSet *set)
{
    m_error.clear();
    static const QRegularExpression s_option(QStringLiteral("^([A-Z])[.)]\\s+(.*)$"));
    static const QRegularExpression s_answer(QStringLiteral("^ANSWER\\s*:\\s*(.*)$"));
    QuestionSet result;
    QuestionEntry current;
    QStringList letters;
    bool open = false;
    const QStringList lines = input.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        const int number = int(i + 1);
        if (line.isEmpty())
            continue;
        if (!open) {
            if (s_answer.match(line).hasMatch())
                return fail(number, tr("“ANSWER:” comes before any question."));
            current = QuestionEntry();
            current.line = number;
            current.data.type = QuestionType::MultiChoice;
            current.data.text = Gift::toHtml(line, Gift::TextFormat::Plain);
            current.data.name = line.left(80);
            letters.clear();
            open = true;
            continue;
        }
        const QRegularExpressionMatch option = s_option.match(line);
        if (option.hasMatch()) {
            const QString letter = option.captured(1);
            if (letters.contains(letter))
                return fail(number, tr("option %1 is given twice.").arg(letter));
            letters.append(letter);
            Answer answer;
            answer.text = Gift::toHtml(option.captured(2).trimmed(), Gift::TextFormat::Plain);
            current.data.answers.push_back(answer);
            continue;
        }
        const QRegularExpressionMatch answer = s_answer.match(line);
        if (answer.hasMatch()) {
            const QString letter = answer.captured(1).trimmed();
            const qsizetype index = letters.indexOf(letter);
            if (index < 0)
                return fail(number,
                    tr("the answer “%1” is not one of the options (%2).")
                        .arg(letter, letters.join(QStringLiteral(", "))));
            if (letters.size() < 2)
                return fail(number, tr("a question needs at least two options “A. …”."));
            current.data.answers[static_cast<size_t>(index)].fraction = 1;
            result.questions.push_back(std::move(current));
            open = false;
            continue;
        }
        if (!letters.isEmpty())
            return fail(number,
                tr("“%1” is neither an option “A. …” nor “ANSWER: A”; did the previous "
                   "question lose its answer line?")
                    .arg(line.left(40)));
        // Before the first option, extra lines continue the question text.
        current.data.text += QStringLiteral("<br>") + Gift::toHtml(line, Gift::TextFormat::Plain);
    }
    if (open)
        return fail(current.line, tr("the question has no “ANSWER:” line."));
    *set = std::move(result);
    return true;
}

QString Aiken::write(const QuestionSet &set)
{
    m_skipped.clear();
    QString result;
    for (const QuestionEntry &entry : set.questions) {
        const QuestionData &q = entry.data;
        int right = -1;
        int rights = 0;
        bool plain = Gift::isPlain(q.text) && !q.text.isEmpty();
        for (size_t i = 0; i < q.answers.size(); ++i) {
            plain = plain && Gift::isPlain(q.answers[i].text);
            if (q.answers[i].fraction == 1) {
                right = int(i);
                ++rights;
            }
        }
        if (q.type != QuestionType::MultiChoice || !q.single || rights != 1 || q.answers.size() < 2
            || q.answers.size() > 26 || !plain) {
            m_skipped.append(
                tr("“%1” is skipped: Aiken holds only single-answer multiple choice questions "
                   "of plain text with one right answer.")
                    .arg(q.name));
            continue;
        }
        result += q.text + QLatin1Char('\n');
        for (size_t i = 0; i < q.answers.size(); ++i)
            result += QChar(char16_t(u'A' + i)) + QStringLiteral(". ") + q.answers[i].text
                + QLatin1Char('\n');
        result
            += QStringLiteral("ANSWER: ") + QChar(char16_t(u'A' + right)) + QStringLiteral("\n\n");
    }
    return result;
}

} // namespace Parcours
