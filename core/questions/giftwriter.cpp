// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/giftwriter.h"

#include "core/questions/gifttext.h"

namespace Parcours {

using namespace Gift;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString weight(double fraction)
{
    return QLatin1Char('%') + number(fraction * 100) + QLatin1Char('%');
}

QString feedback(const QString &text)
{
    return text.isEmpty() ? QString() : QLatin1Char('#') + escape(text);
}

} // namespace

QString GiftWriter::question(const QuestionData &q)
{
    // GIFT has one format per question: HTML as soon as one rich field needs it.
    bool html = !isPlain(q.text) || !isPlain(q.generalFeedback);
    for (const Answer &a : q.answers)
        html = html || !isPlain(a.feedback)
            || (q.type == QuestionType::MultiChoice && !isPlain(a.text));
    for (const MatchPair &p : q.pairs)
        html = html || !isPlain(p.question);

    QString block;
    switch (q.type) {
    case QuestionType::Description:
        break;
    case QuestionType::Essay:
        block = QStringLiteral("{");
        break;
    case QuestionType::TrueFalse: {
        if (q.answers.size() != 2)
            return {};
        const bool isTrue = q.answers[0].fraction > 0;
        const Answer &right = q.answers[isTrue ? 0 : 1];
        const Answer &wrong = q.answers[isTrue ? 1 : 0];
        block = QLatin1Char('{') + (isTrue ? QLatin1String("TRUE") : QLatin1String("FALSE"));
        if (!wrong.feedback.isEmpty() || !right.feedback.isEmpty())
            block += QLatin1Char('#') + escape(wrong.feedback);
        if (!right.feedback.isEmpty())
            block += QLatin1Char('#') + escape(right.feedback);
        break;
    }
    case QuestionType::MultiChoice:
    case QuestionType::ShortAnswer: {
        const bool multi = q.type == QuestionType::MultiChoice;
        block = QStringLiteral("{\n");
        for (const Answer &a : q.answers) {
            QString line;
            if (multi && !q.single)
                line = QLatin1Char('~') + (a.fraction != 0 ? weight(a.fraction) : QString());
            else if (a.fraction == 1)
                line = QStringLiteral("=");
            else if (multi && a.fraction == 0)
                line = QStringLiteral("~");
            else
                line = (multi ? QLatin1Char('~') : QLatin1Char('=')) + weight(a.fraction);
            block += QLatin1Char('\t') + line + escape(a.text) + feedback(a.feedback)
                + QLatin1Char('\n');
        }
        break;
    }
    case QuestionType::Numerical: {
        block = QStringLiteral("{#\n");
        for (const Answer &a : q.answers) {
            QString line = QLatin1Char('=') + (a.fraction == 1 ? QString() : weight(a.fraction));
            line += a.text;
            if (a.text != QLatin1String("*") && a.tolerance != 0)
                line += QLatin1Char(':') + number(a.tolerance);
            block += QLatin1Char('\t') + line + feedback(a.feedback) + QLatin1Char('\n');
        }
        break;
    }
    case QuestionType::Match: {
        block = QStringLiteral("{\n");
        for (const MatchPair &p : q.pairs) {
            // GIFT has no escape for "->": such a pair would split elsewhere when read back.
            if (p.question.contains(QLatin1String("->")))
                return {};
        }
        for (const MatchPair &p : q.pairs)
            block += QStringLiteral("\t=") + escape(p.question) + QStringLiteral(" -> ")
                + escape(p.answer) + QLatin1Char('\n');
        break;
    }
    default:
        return {};
    }
    if (!block.isEmpty()) {
        if (!q.generalFeedback.isEmpty())
            block += QStringLiteral("####") + escape(q.generalFeedback);
        block += QLatin1Char('}');
    }

    QString result = QStringLiteral("::") + escape(q.name) + QStringLiteral("::");
    if (html)
        result += QStringLiteral("[html]");
    const QString gap = QStringLiteral(" _____ ");
    const qsizetype gapAt = q.text.indexOf(gap);
    if (!block.isEmpty() && gapAt >= 0 && q.text.indexOf(gap, gapAt + 1) < 0) {
        result += escape(q.text.left(gapAt)) + QLatin1Char(' ') + block + QLatin1Char(' ')
            + escape(q.text.mid(gapAt + gap.size()));
    } else {
        result += escape(q.text);
        if (!block.isEmpty())
            result += QLatin1Char(' ') + block;
    }
    return result;
}

QString GiftWriter::write(const QuestionSet &set)
{
    m_skipped.clear();
    QString result;
    QStringList category;
    bool first = true;
    for (const QuestionEntry &entry : set.questions) {
        const QString text = question(entry.data);
        if (text.isNull()) {
            m_skipped.append(entry.data.type == QuestionType::Match
                    ? tr("“%1” is skipped: GIFT cannot write “->” inside a matching pair.")
                          .arg(entry.data.name)
                    : tr("“%1” is skipped: GIFT cannot express a %2 question.")
                          .arg(entry.data.name, qtypeName(entry.data.type)));
            continue;
        }
        if (first || entry.category != category) {
            category = entry.category;
            result += QStringLiteral("$CATEGORY: ") + QuestionFile::joinCategoryPath(category)
                + QStringLiteral("\n\n");
        }
        first = false;
        result += text + QStringLiteral("\n\n");
    }
    return result;
}

} // namespace Parcours
