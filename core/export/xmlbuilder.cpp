// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/xmlbuilder.h"

#include <libxml/xmlwriter.h>

namespace Parcours {

namespace {

const xmlChar *xml(const char *s)
{
    return reinterpret_cast<const xmlChar *>(s);
}

} // namespace

XmlBuilder::XmlBuilder()
    : m_buffer(xmlBufferCreate())
    , m_writer(xmlNewTextWriterMemory(m_buffer, 0))
{
    xmlTextWriterSetIndent(m_writer, 1);
    xmlTextWriterSetIndentString(m_writer, xml("  "));
    xmlTextWriterStartDocument(m_writer, "1.0", "UTF-8", nullptr);
}

XmlBuilder::~XmlBuilder()
{
    if (m_writer)
        xmlFreeTextWriter(m_writer);
    xmlBufferFree(m_buffer);
}

QByteArray XmlBuilder::clean(const QString &value)
{
    QString s = value;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n')
            continue;
        out.append(c);
    }
    return out;
}

void XmlBuilder::start(const char *name)
{
    xmlTextWriterStartElement(m_writer, xml(name));
}

void XmlBuilder::attribute(const char *name, const QString &value)
{
    const QByteArray v = clean(value);
    xmlTextWriterWriteAttribute(m_writer, xml(name), xml(v.constData()));
}

void XmlBuilder::attribute(const char *name, qint64 value)
{
    attribute(name, QString::number(value));
}

void XmlBuilder::end()
{
    xmlTextWriterFullEndElement(m_writer);
}

void XmlBuilder::text(const char *name, const QString &value)
{
    const QByteArray v = clean(value);
    xmlTextWriterStartElement(m_writer, xml(name));
    // Moodle escapes only &, < and > in text (htmlspecialchars with ENT_NOQUOTES); libxml2
    // would also turn quotes into &quot;, so the text is escaped here and written raw.
    if (!v.isEmpty()) {
        QByteArray escaped;
        escaped.reserve(v.size() + v.size() / 8);
        for (char c : v) {
            switch (c) {
            case '&':
                escaped.append("&amp;");
                break;
            case '<':
                escaped.append("&lt;");
                break;
            case '>':
                escaped.append("&gt;");
                break;
            default:
                escaped.append(c);
            }
        }
        xmlTextWriterWriteRaw(m_writer, xml(escaped.constData()));
    }
    xmlTextWriterFullEndElement(m_writer);
}

void XmlBuilder::number(const char *name, qint64 value)
{
    text(name, QString::number(value));
}

void XmlBuilder::decimal(const char *name, double value, int decimals)
{
    text(name, QString::number(value, 'f', decimals));
}

void XmlBuilder::null(const char *name)
{
    text(name, nullValue());
}

void XmlBuilder::optionalNumber(const char *name, std::optional<qint64> value)
{
    if (value)
        number(name, *value);
    else
        null(name);
}

void XmlBuilder::empty(const char *name)
{
    start(name);
    end();
}

void XmlBuilder::raw(const QByteArray &xmlText)
{
    xmlTextWriterWriteRaw(m_writer, xml(xmlText.constData()));
}

QByteArray XmlBuilder::bytes()
{
    if (m_writer) {
        xmlTextWriterEndDocument(m_writer);
        xmlFreeTextWriter(m_writer);
        m_writer = nullptr;
    }
    QByteArray out(
        reinterpret_cast<const char *>(xmlBufferContent(m_buffer)), xmlBufferLength(m_buffer));
    // Moodle's files do not end with a newline after the root element.
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace Parcours
