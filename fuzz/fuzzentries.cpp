// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/fuzzentries.h"

#include "core/import/mbzimporter.h"
#include "core/model/coursedocument.h"
#include "core/questions/aiken.h"
#include "core/questions/giftparser.h"
#include "core/questions/giftwriter.h"
#include "core/questions/moodlexml.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace Parcours::Fuzz {

namespace {

QByteArray bytes(const uint8_t *data, size_t size)
{
    // fromRawData would not copy, but the readers may keep views into it; copy to be safe.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What was read is written back in every format, as the user may do next (export, copy), so
// that values a reader let through are fed to the writers too.
void writeBack(const QuestionSet &set)
{
    GiftWriter giftWriter;
    giftWriter.write(set);
    Aiken aiken;
    aiken.write(set);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MoodleXmlWriter xmlWriter;
    xmlWriter.write(set, nullptr, &buffer);
}

Outcome outcome(bool ok, const QString &error)
{
    Outcome result;
    result.ok = ok;
    if (!ok)
        result.error = error;
    return result;
}

} // namespace

Outcome gift(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(input);
    // QuestionFile falls back to Windows-1252; Latin-1 exercises the same code points.
    if (decoder.hasError())
        text = QString::fromLatin1(input);

    QuestionSet giftSet;
    GiftParser giftParser;
    const bool giftOk = giftParser.parse(text, &giftSet);
    if (!giftOk && giftParser.errorString().isEmpty())
        return outcome(false, QString());

    QuestionSet aikenSet;
    Aiken aiken;
    const bool aikenOk = aiken.parse(text, &aikenSet);
    if (!aikenOk && aiken.errorString().isEmpty())
        return outcome(false, QString());

    if (giftOk)
        writeBack(giftSet);
    if (aikenOk)
        writeBack(aikenSet);
    // The GIFT result is the one reported; the Aiken reading only has to end cleanly.
    return outcome(giftOk, giftParser.errorString());
}

Outcome moodleXml(const uint8_t *data, size_t size)
{
    QuestionSet set;
    MoodleXmlReader reader;
    const bool ok = reader.read(bytes(data, size), QStringLiteral("fuzz.xml"), &set);
    if (ok)
        writeBack(set);
    return outcome(ok, reader.errorString());
}

QString mbzFileName()
{
    return QStringLiteral("fuzz.mbz");
}

Outcome mbz(const uint8_t *data, size_t size)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return outcome(false, QStringLiteral("cannot create a temporary folder"));
    const QString input = dir.filePath(mbzFileName());
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            return outcome(false, QStringLiteral("cannot write %1").arg(input));
    }
    QString error;
    auto document = CourseDocument::create(dir.filePath(QStringLiteral("fuzz.parcours")), &error);
    if (!document)
        return outcome(false, error);
    MbzImporter importer(input);
    const bool ok = importer.import(document.get(), &error);
    return outcome(ok, error);
}

} // namespace Parcours::Fuzz
