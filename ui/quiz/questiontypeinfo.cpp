// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/quiz/questiontypeinfo.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPen>
#include <QPixmap>

namespace Parcours {

namespace {

struct Badge
{
    const char *text;
    QRgb color;
};

Badge badge(QuestionType type)
{
    switch (type) {
    case QuestionType::MultiChoice:
        return {"QCM", qRgb(0x1f, 0x6f, 0xb2)};
    case QuestionType::TrueFalse:
        return {"V/F", qRgb(0x2e, 0x7d, 0x32)};
    case QuestionType::ShortAnswer:
        return {"RC", qRgb(0x6a, 0x1b, 0x9a)};
    case QuestionType::Numerical:
        return {"12", qRgb(0xb2, 0x6a, 0x00)};
    case QuestionType::Match:
        return {"A", qRgb(0x00, 0x83, 0x8f)};
    case QuestionType::Essay:
        return {"¶", qRgb(0x5d, 0x40, 0x37)};
    case QuestionType::Description:
        return {"i", qRgb(0x54, 0x6e, 0x7a)};
    case QuestionType::GapSelect:
        return {"[ ]", qRgb(0xad, 0x14, 0x57)};
    case QuestionType::DdWtoS:
        return {"⇥", qRgb(0xc6, 0x28, 0x28)};
    case QuestionType::MultiAnswer:
        return {"{ }", qRgb(0x28, 0x35, 0x93)};
    case QuestionType::Other:
        break;
    }
    return {"?", qRgb(0x75, 0x75, 0x75)};
}

QPixmap drawBadge(QuestionType type, int size)
{
    const Badge b = badge(type);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(b.color));
    const qreal radius = size / 5.0;
    painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius);
    QFont font;
    font.setBold(true);
    const QString text = QString::fromUtf8(b.text);
    font.setPixelSize(qMax(6, text.size() > 2 ? size * 4 / 10 : size * 6 / 10));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, text);
    return pixmap;
}

QPixmap drawDie(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x45, 0x5a, 0x64));
    const qreal radius = size / 5.0;
    painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius);
    painter.setBrush(Qt::white);
    // The five of a die.
    const qreal pip = size / 7.0;
    for (const QPointF &c : {QPointF(0.28, 0.28), QPointF(0.72, 0.28), QPointF(0.5, 0.5),
             QPointF(0.28, 0.72), QPointF(0.72, 0.72)})
        painter.drawEllipse(QPointF(c.x() * size, c.y() * size), pip, pip);
    return pixmap;
}

QPixmap drawLock(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color(0x8d, 0x5b, 0x00);
    // The shackle, then the body.
    painter.setPen(QPen(color, qMax(1.5, size / 9.0)));
    painter.setBrush(Qt::NoBrush);
    const QRectF shackle(size * 0.28, size * 0.08, size * 0.44, size * 0.56);
    painter.drawArc(shackle, 0, 180 * 16);
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), size * 0.5));
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), size * 0.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(
        QRectF(size * 0.15, size * 0.45, size * 0.7, size * 0.5), size / 10.0, size / 10.0);
    return pixmap;
}

QIcon cachedIcon(int key, QPixmap (*draw)(int))
{
    // Never destroyed: pixmaps must not outlive the application object at exit.
    static auto *cache = new QHash<int, QIcon>;
    auto it = cache->constFind(key);
    if (it != cache->constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(size));
    cache->insert(key, icon);
    return icon;
}

} // namespace

QList<QuestionType> QuestionTypeInfo::creatableTypes()
{
    return {QuestionType::MultiChoice, QuestionType::TrueFalse, QuestionType::Match,
        QuestionType::ShortAnswer, QuestionType::Numerical, QuestionType::Essay,
        QuestionType::GapSelect, QuestionType::DdWtoS, QuestionType::MultiAnswer,
        QuestionType::Description};
}

QString QuestionTypeInfo::name(QuestionType type)
{
    switch (type) {
    case QuestionType::MultiChoice:
        return QCoreApplication::translate("QuestionTypeInfo", "Multiple choice");
    case QuestionType::TrueFalse:
        return QCoreApplication::translate("QuestionTypeInfo", "True/False");
    case QuestionType::ShortAnswer:
        return QCoreApplication::translate("QuestionTypeInfo", "Short answer");
    case QuestionType::Numerical:
        return QCoreApplication::translate("QuestionTypeInfo", "Numerical");
    case QuestionType::Match:
        return QCoreApplication::translate("QuestionTypeInfo", "Matching");
    case QuestionType::Essay:
        return QCoreApplication::translate("QuestionTypeInfo", "Essay");
    case QuestionType::Description:
        return QCoreApplication::translate("QuestionTypeInfo", "Description");
    case QuestionType::GapSelect:
        return QCoreApplication::translate("QuestionTypeInfo", "Select missing words");
    case QuestionType::DdWtoS:
        return QCoreApplication::translate("QuestionTypeInfo", "Drag and drop into text");
    case QuestionType::MultiAnswer:
        return QCoreApplication::translate("QuestionTypeInfo", "Embedded answers (Cloze)");
    case QuestionType::Other:
        break;
    }
    return QCoreApplication::translate("QuestionTypeInfo", "Other type");
}

QString QuestionTypeInfo::menuText(QuestionType type)
{
    switch (type) {
    case QuestionType::MultiChoice:
        return QCoreApplication::translate("QuestionTypeInfo", "&Multiple choice");
    case QuestionType::TrueFalse:
        return QCoreApplication::translate("QuestionTypeInfo", "&True/False");
    case QuestionType::ShortAnswer:
        return QCoreApplication::translate("QuestionTypeInfo", "&Short answer");
    case QuestionType::Numerical:
        return QCoreApplication::translate("QuestionTypeInfo", "&Numerical");
    case QuestionType::Match:
        return QCoreApplication::translate("QuestionTypeInfo", "M&atching");
    case QuestionType::Essay:
        return QCoreApplication::translate("QuestionTypeInfo", "&Essay");
    case QuestionType::Description:
        return QCoreApplication::translate("QuestionTypeInfo", "&Description");
    case QuestionType::GapSelect:
        return QCoreApplication::translate("QuestionTypeInfo", "Select missing &words");
    case QuestionType::DdWtoS:
        return QCoreApplication::translate("QuestionTypeInfo", "Drag and drop into te&xt");
    case QuestionType::MultiAnswer:
        return QCoreApplication::translate("QuestionTypeInfo", "Embedded answers (&Cloze)");
    case QuestionType::Other:
        break;
    }
    return name(type);
}

QIcon QuestionTypeInfo::icon(QuestionType type)
{
    // Never destroyed: pixmaps must not outlive the application object at exit.
    static auto *cache = new QHash<int, QIcon>;
    const int key = static_cast<int>(type);
    auto it = cache->constFind(key);
    if (it != cache->constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawBadge(type, size));
    cache->insert(key, icon);
    return icon;
}

QIcon QuestionTypeInfo::randomIcon()
{
    return cachedIcon(0, &drawDie);
}

QIcon QuestionTypeInfo::lockIcon()
{
    return cachedIcon(1, &drawLock);
}

} // namespace Parcours
