// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/giftparser.h"

#include "core/questions/gifttext.h"

#include <QRegularExpression>

#include <cmath>

namespace Parcours {

using namespace Gift;

struct GiftParser::Chunk
{
    QString text;
    /** Source line of each line of text. */
    std::vector<int> lines;

    int lineAt(qsizetype offset) const
    {
        const qsizetype index = text.left(offset).count(QLatin1Char('\n'));
        return lines.at(
            static_cast<size_t>(std::min<qsizetype>(index, qsizetype(lines.size()) - 1)));
    }
};

namespace {

struct Token
{
    QChar marker;
    QString body;
    qsizetype offset = 0;
};

/** Splits an answer block at its unescaped `=` and `~` markers. */
std::vector<Token> splitAnswers(const QString &block, qsizetype base)
{
    std::vector<Token> tokens;
    for (qsizetype i = 0; i < block.size(); ++i) {
        const QChar c = block.at(i);
        if (c == QLatin1Char('\\')) {
            if (!tokens.empty())
                tokens.back().body += block.mid(i, 2);
            ++i;
            continue;
        }
        if (c == QLatin1Char('=') || c == QLatin1Char('~')) {
            // "->" of a matching pair is not a marker; neither is "=" right after "-".
            tokens.push_back({c, QString(), base + i});
            continue;
        }
        if (!tokens.empty())
            tokens.back().body += c;
    }
    return tokens;
}

/** Reads an optional `%weight%` at the start of body; fraction stays unchanged without one. */
bool takeWeight(QString *body, double *fraction)
{
    const QString trimmed = body->trimmed();
    if (!trimmed.startsWith(QLatin1Char('%')))
        return true;
    const qsizetype end = trimmed.indexOf(QLatin1Char('%'), 1);
    if (end < 0)
        return false;
    bool ok = false;
    const double percent = trimmed.mid(1, end - 1).trimmed().toDouble(&ok);
    // toDouble() accepts "nan" and "inf": neither is a weight.
    if (!ok || !std::isfinite(percent) || percent < -100 || percent > 100)
        return false;
    *fraction = std::round(percent * 1e5) / 1e7;
    *body = trimmed.mid(end + 1);
    return true;
}

QString htmlName(const QString &html)
{
    QString plain = html;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    plain = plain.simplified();
    if (plain.size() > 80)
        plain = plain.left(80).trimmed() + QStringLiteral("…");
    return plain;
}

} // namespace

bool GiftParser::fail(int line, const QString &message)
{
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool GiftParser::parse(const QString &input, QuestionSet *set)
{
    m_error.clear();
    QuestionSet result;
    QStringList category;
    Chunk chunk;
    const QStringList lines = input.split(QLatin1Char('\n'));
    auto flush = [&]() {
        if (chunk.lines.empty())
            return true;
        const bool ok = parseQuestion(chunk, category, &result);
        chunk = Chunk();
        return ok;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        const QString trimmed = line.trimmed();
        const int number = int(i + 1);
        if (trimmed.startsWith(QLatin1String("//")))
            continue;
        if (trimmed.isEmpty()) {
            if (!flush())
                return false;
            continue;
        }
        if (chunk.lines.empty() && trimmed.startsWith(QLatin1String("$CATEGORY:"))) {
            category = QuestionFile::splitCategoryPath(trimmed.mid(10).trimmed());
            result.categories.push_back({category, {}, {}});
            continue;
        }
        if (!chunk.lines.empty())
            chunk.text += QLatin1Char('\n');
        chunk.text += line;
        chunk.lines.push_back(number);
    }
    if (!flush())
        return false;
    *set = std::move(result);
    return true;
}

bool GiftParser::parseQuestion(const Chunk &chunk, const QStringList &category, QuestionSet *set)
{
    const QString &raw = chunk.text;
    QuestionEntry entry;
    entry.category = category;
    entry.line = chunk.lines.front();
    QuestionData &q = entry.data;

    qsizetype pos = 0;
    while (pos < raw.size() && raw.at(pos).isSpace())
        ++pos;
    QString title;
    if (raw.mid(pos, 2) == QLatin1String("::")) {
        const qsizetype end = findUnescaped(raw, QStringLiteral("::"), pos + 2);
        if (end < 0)
            return fail(chunk.lineAt(pos), tr("the title is not closed with “::”."));
        title = unescape(raw.mid(pos + 2, end - pos - 2)).trimmed();
        pos = end + 2;
    }

    const qsizetype open = findUnescaped(raw, QStringLiteral("{"), pos);
    const qsizetype strayClose = findUnescaped(raw, QStringLiteral("}"), pos);
    if (strayClose >= 0 && (open < 0 || strayClose < open))
        return fail(chunk.lineAt(strayClose),
            tr("“}” closes no answer block; write “\\}” for a literal brace."));
    QString before = open < 0 ? raw.mid(pos) : raw.mid(pos, open - pos);
    QString block;
    QString after;
    qsizetype blockOffset = 0;
    if (open >= 0) {
        const qsizetype close = findUnescaped(raw, QStringLiteral("}"), open + 1);
        if (close < 0)
            return fail(
                chunk.lineAt(open), tr("the answer block opened here is not closed with “}”."));
        const qsizetype nested = findUnescaped(raw, QStringLiteral("{"), open + 1);
        if (nested >= 0 && nested < close)
            return fail(chunk.lineAt(nested),
                tr("“{” inside an answer block; write “\\{” for a literal brace."));
        const qsizetype second = findUnescaped(raw, QStringLiteral("{"), close + 1);
        if (second >= 0)
            return fail(chunk.lineAt(second),
                tr("a question has only one answer block; separate questions with a blank line."));
        const qsizetype strayAfter = findUnescaped(raw, QStringLiteral("}"), close + 1);
        if (strayAfter >= 0)
            return fail(chunk.lineAt(strayAfter),
                tr("“}” closes no answer block; write “\\}” for a literal brace."));
        block = raw.mid(open + 1, close - open - 1);
        blockOffset = open + 1;
        after = raw.mid(close + 1);
    }

    TextFormat format = TextFormat::Moodle;
    before = takeFormat(before.trimmed(), &format);
    const auto rich
        = [format](const QString &escaped) { return toHtml(unescape(escaped).trimmed(), format); };
    if (!after.trimmed().isEmpty())
        q.text = rich(before.trimmed() + QStringLiteral(" _____ ") + after.trimmed());
    else
        q.text = rich(before);

    if (open < 0) {
        q.type = QuestionType::Description;
        q.defaultMark = 0;
    } else {
        const qsizetype general = findUnescaped(block, QStringLiteral("####"), 0);
        if (general >= 0) {
            q.generalFeedback = rich(block.mid(general + 4));
            block = block.left(general);
        }
        const QString answers = block.trimmed();
        qsizetype lead = 0;
        while (lead < block.size() && block.at(lead).isSpace())
            ++lead;
        const qsizetype answersOffset = blockOffset + lead;
        const QString head = unescape(answers.section(QLatin1Char('#'), 0, 0)).trimmed().toUpper();
        const bool hasTilde = findUnescaped(answers, QStringLiteral("~"), 0) >= 0;
        const bool hasEquals = findUnescaped(answers, QStringLiteral("="), 0) >= 0;
        if (answers.isEmpty()) {
            q.type = QuestionType::Essay;
        } else if (answers.startsWith(QLatin1Char('#'))) {
            q.type = QuestionType::Numerical;
            const QString body = answers.mid(1);
            const qsizetype bodyOffset = answersOffset + 1;
            std::vector<Token> tokens;
            if (hasTilde || hasEquals)
                tokens = splitAnswers(body, bodyOffset);
            else
                tokens.push_back({QLatin1Char('='), body, bodyOffset});
            if (!tokens.empty()
                && !body.left(tokens.front().offset - bodyOffset).trimmed().isEmpty())
                return fail(
                    chunk.lineAt(bodyOffset), tr("numerical answers start with “=” or “~”."));
            for (const Token &token : tokens) {
                Answer a;
                a.fraction = token.marker == QLatin1Char('=') ? 1 : 0;
                QString bodyText = token.body;
                if (!takeWeight(&bodyText, &a.fraction))
                    return fail(chunk.lineAt(token.offset),
                        tr("the weight is not a percentage between -100 and 100 such as “%50%”."));
                const qsizetype hash = findUnescaped(bodyText, QStringLiteral("#"), 0);
                if (hash >= 0) {
                    a.feedback = rich(bodyText.mid(hash + 1));
                    bodyText = bodyText.left(hash);
                }
                const QString value = unescape(bodyText).trimmed();
                if (value == QLatin1String("*")) {
                    a.text = value;
                } else if (value.contains(QLatin1String(".."))) {
                    bool ok1 = false;
                    bool ok2 = false;
                    const double low = value.section(QLatin1String(".."), 0, 0).toDouble(&ok1);
                    const double high = value.section(QLatin1String(".."), 1).toDouble(&ok2);
                    if (!ok1 || !ok2 || !std::isfinite(low) || !std::isfinite(high) || high < low)
                        return fail(chunk.lineAt(token.offset),
                            tr("“%1” is not a range “min..max” of numbers.").arg(value));
                    a.text = QString::number((low + high) / 2, 'g', 15);
                    a.tolerance = (high - low) / 2;
                } else {
                    bool ok = false;
                    const QString number = value.section(QLatin1Char(':'), 0, 0).trimmed();
                    if (!std::isfinite(number.toDouble(&ok)) || !ok)
                        return fail(
                            chunk.lineAt(token.offset), tr("“%1” is not a number.").arg(number));
                    a.text = number;
                    if (value.contains(QLatin1Char(':'))) {
                        const QString tolerance = value.section(QLatin1Char(':'), 1).trimmed();
                        a.tolerance = tolerance.toDouble(&ok);
                        if (!ok || !std::isfinite(a.tolerance) || a.tolerance < 0)
                            return fail(chunk.lineAt(token.offset),
                                tr("the tolerance “%1” is not a positive number.").arg(tolerance));
                    }
                }
                q.answers.push_back(a);
            }
            if (q.answers.empty())
                return fail(
                    chunk.lineAt(answersOffset), tr("the numerical question has no answer."));
        } else if (!hasTilde && !hasEquals
            && (head == QLatin1String("T") || head == QLatin1String("TRUE")
                || head == QLatin1String("F") || head == QLatin1String("FALSE"))) {
            q.type = QuestionType::TrueFalse;
            const bool isTrue = head.startsWith(QLatin1Char('T'));
            QStringList feedbacks;
            qsizetype from = 0;
            for (;;) {
                const qsizetype hash = findUnescaped(answers, QStringLiteral("#"), from);
                if (hash < 0)
                    break;
                const qsizetype next = findUnescaped(answers, QStringLiteral("#"), hash + 1);
                feedbacks.append(answers.mid(hash + 1, next < 0 ? -1 : next - hash - 1));
                if (next < 0)
                    break;
                from = next;
            }
            if (feedbacks.size() > 2)
                return fail(chunk.lineAt(answersOffset),
                    tr("a true/false answer has at most two feedbacks: “#wrong#right”."));
            Answer yes;
            yes.text = QStringLiteral("true");
            Answer no;
            no.text = QStringLiteral("false");
            Answer &right = isTrue ? yes : no;
            Answer &wrong = isTrue ? no : yes;
            right.fraction = 1;
            if (!feedbacks.isEmpty())
                wrong.feedback = rich(feedbacks.at(0));
            if (feedbacks.size() > 1)
                right.feedback = rich(feedbacks.at(1));
            q.answers = {yes, no};
        } else if (hasTilde || hasEquals) {
            const std::vector<Token> tokens = splitAnswers(answers, answersOffset);
            if (!answers.startsWith(QLatin1Char('=')) && !answers.startsWith(QLatin1Char('~')))
                return fail(chunk.lineAt(answersOffset),
                    tr("answers start with “=” (right) or “~” (wrong)."));
            const bool matching = !hasTilde && answers.contains(QLatin1String("->"));
            if (matching) {
                q.type = QuestionType::Match;
                int questions = 0;
                for (const Token &token : tokens) {
                    const qsizetype arrow = token.body.indexOf(QLatin1String("->"));
                    if (arrow < 0)
                        return fail(chunk.lineAt(token.offset),
                            tr("the matching pair “%1” has no “->”.")
                                .arg(unescape(token.body).trimmed()));
                    MatchPair pair;
                    const QString left = token.body.left(arrow).trimmed();
                    pair.question = left.isEmpty() ? QString() : rich(left);
                    pair.answer = unescape(token.body.mid(arrow + 2)).trimmed();
                    if (pair.answer.isEmpty())
                        return fail(chunk.lineAt(token.offset),
                            tr("the matching pair has no answer after “->”."));
                    if (!pair.question.isEmpty())
                        ++questions;
                    q.pairs.push_back(pair);
                }
                if (questions < 2)
                    return fail(chunk.lineAt(answersOffset),
                        tr("a matching question needs at least two pairs “=question -> answer”."));
            } else {
                q.type = hasTilde ? QuestionType::MultiChoice : QuestionType::ShortAnswer;
                q.single = hasEquals;
                for (const Token &token : tokens) {
                    Answer a;
                    a.fraction = token.marker == QLatin1Char('=') ? 1 : 0;
                    QString body = token.body;
                    if (!takeWeight(&body, &a.fraction))
                        return fail(chunk.lineAt(token.offset),
                            tr("the weight is not a percentage between -100 and 100 such as "
                               "“%50%”."));
                    const qsizetype hash = findUnescaped(body, QStringLiteral("#"), 0);
                    if (hash >= 0) {
                        a.feedback = rich(body.mid(hash + 1));
                        body = body.left(hash);
                    }
                    a.text = q.type == QuestionType::MultiChoice ? rich(body)
                                                                 : unescape(body).trimmed();
                    if (a.text.isEmpty())
                        return fail(chunk.lineAt(token.offset), tr("an answer is empty."));
                    q.answers.push_back(a);
                }
            }
        } else {
            return fail(chunk.lineAt(answersOffset),
                tr("cannot tell the question type of “{%1}”: answers start with “=” or “~”, "
                   "numbers with “#”, true/false is T or F.")
                    .arg(answers.left(40)));
        }
    }
    if (q.type == QuestionType::ShortAnswer || q.type == QuestionType::Match)
        q.shuffle = q.type == QuestionType::Match;
    q.name = title.isEmpty() ? htmlName(q.text) : title;
    if (q.name.isEmpty())
        return fail(entry.line, tr("the question has neither a title nor a text."));
    set->questions.push_back(std::move(entry));
    return true;
}

} // namespace Parcours
