// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xmlreader.h"

#include <QDir>
#include <QFile>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

#include <limits>
#include <mutex>

namespace Parcours {

namespace {

#if LIBXML_VERSION >= 21200
using ErrorArg = const xmlError *;
#else
using ErrorArg = xmlErrorPtr;
#endif

const QLatin1String s_nullMarker("$@NULL@$");

bool hasName(const xmlNode *node, QLatin1String name)
{
    if (node->type != XML_ELEMENT_NODE)
        return false;
    if (name.isEmpty())
        return true;
    return QByteArrayView(reinterpret_cast<const char *>(node->name))
        == QByteArrayView(name.data(), name.size());
}

struct ParseState
{
    bool doctype = false;
    int doctypeLine = 0;
    bool hasError = false;
    int errorLine = 0;
    int errorCode = 0;
    QString errorMessage;
};

ParseState *stateOf(void *context)
{
    return static_cast<ParseState *>(static_cast<xmlParserCtxtPtr>(context)->_private);
}

// Called when the parser meets <!DOCTYPE ...>, before any of its declarations are read: stop
// there, so no entity is ever declared, let alone expanded or fetched.
void onDoctype(void *context, const xmlChar *, const xmlChar *, const xmlChar *)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(context);
    ParseState *state = stateOf(context);
    state->doctype = true;
    state->doctypeLine = xmlSAX2GetLineNumber(context);
    xmlStopParser(ctxt);
}

void onError(void *context, ErrorArg error)
{
    ParseState *state = stateOf(context);
    if (state->hasError || !error || error->level < XML_ERR_ERROR)
        return;
    state->hasError = true;
    state->errorLine = error->line;
    state->errorCode = error->code;
    state->errorMessage = QString::fromUtf8(error->message).simplified();
}

QString fromXmlChars(const xmlChar *text)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text));
}

} // namespace

QString XmlElement::name() const
{
    return m_node ? fromXmlChars(m_node->name) : QString();
}

int XmlElement::line() const
{
    return m_node ? int(xmlGetLineNo(m_node)) : 0;
}

XmlElement XmlElement::child(QLatin1String name) const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (hasName(c, name))
            return XmlElement(c);
    }
    return {};
}

QString XmlElement::toXml() const
{
    if (!m_node)
        return QString();
    xmlBufferPtr buffer = xmlBufferCreate();
    if (!buffer)
        return QString();
    xmlNodeDump(buffer, m_node->doc, m_node, 0, 0);
    const QString result = QString::fromUtf8(
        reinterpret_cast<const char *>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
    xmlBufferFree(buffer);
    return result;
}

XmlElement XmlElement::path(QLatin1String path) const
{
    XmlElement current = *this;
    qsizetype start = 0;
    while (current && start <= path.size()) {
        qsizetype end = path.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = path.size();
        current = current.child(path.mid(start, end - start));
        start = end + 1;
    }
    return current;
}

QList<XmlElement> XmlElement::children(QLatin1String name) const
{
    QList<XmlElement> result;
    if (!m_node)
        return result;
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (hasName(c, name))
            result.append(XmlElement(c));
    }
    return result;
}

XmlElement XmlElement::nextSibling(QLatin1String name) const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->next; c; c = c->next) {
        if (hasName(c, name))
            return XmlElement(c);
    }
    return {};
}

QString XmlElement::text() const
{
    if (!m_node)
        return QString();
    xmlChar *content = xmlNodeGetContent(m_node);
    QString result = fromXmlChars(content);
    xmlFree(content);
    if (result == s_nullMarker)
        return QString();
    // An empty element is an empty value, not a missing one.
    if (result.isNull())
        result = QStringLiteral("");
    return result;
}

bool XmlElement::isNullValue() const
{
    if (!m_node)
        return false;
    xmlChar *content = xmlNodeGetContent(m_node);
    const bool isNull = content
        && QByteArrayView(reinterpret_cast<const char *>(content))
            == QByteArrayView(s_nullMarker.data(), s_nullMarker.size());
    xmlFree(content);
    return isNull;
}

QString XmlElement::childText(QLatin1String name) const
{
    return child(name).text();
}

qint64 XmlElement::childInt(QLatin1String name, qint64 defaultValue, bool *ok) const
{
    bool converted = false;
    const qint64 value = childText(name).trimmed().toLongLong(&converted);
    if (ok)
        *ok = converted;
    return converted ? value : defaultValue;
}

QString XmlElement::attribute(QLatin1String name) const
{
    if (!m_node)
        return QString();
    const QByteArray key(name.data(), name.size());
    xmlChar *value = xmlGetNoNsProp(m_node, reinterpret_cast<const xmlChar *>(key.constData()));
    if (!value)
        return QString();
    QString result = fromXmlChars(value);
    xmlFree(value);
    if (result.isNull())
        result = QStringLiteral("");
    return result;
}

XmlDocument::XmlDocument(_xmlDoc *doc)
    : m_doc(doc)
{ }

XmlDocument::~XmlDocument()
{
    xmlFreeDoc(m_doc);
}

XmlElement XmlDocument::root() const
{
    return XmlElement(xmlDocGetRootElement(m_doc));
}

std::unique_ptr<XmlDocument> XmlDocument::fromData(
    const QByteArray &data, const QString &displayName, QString *errorString, TextNodes textNodes)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    const auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return std::unique_ptr<XmlDocument>();
    };

    if (data.size() > std::numeric_limits<int>::max())
        return fail(tr("Cannot read %1: the file is larger than 2 GiB.").arg(displayName));
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return fail(tr("Cannot read %1: out of memory.").arg(displayName));
    ParseState state;
    ctxt->_private = &state;
    ctxt->sax->internalSubset = onDoctype;
    ctxt->sax->serror = onError;

    // No XML_PARSE_NOENT, DTDLOAD, DTDATTR or XINCLUDE: none of them is ever wanted. HUGE only
    // for large text nodes: onDoctype stops the parse before any entity could be declared.
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC
        | XML_PARSE_NOCDATA;
    if (textNodes == TextNodes::Large)
        options |= XML_PARSE_HUGE;
    xmlDocPtr doc
        = xmlCtxtReadMemory(ctxt, data.constData(), int(data.size()), nullptr, "UTF-8", options);
    const bool wellFormed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);

    if (state.doctype || (doc && (doc->intSubset || doc->extSubset))) {
        xmlFreeDoc(doc);
        return fail(tr("Cannot read %1: line %2 declares a DOCTYPE. Moodle never writes one, and "
                       "it can hide an attack (external entities, “billion laughs”), so the file "
                       "was refused. Export it from Moodle again.")
                        .arg(displayName, QString::number(state.doctypeLine)));
    }
    if (!doc || !wellFormed || state.hasError) {
        xmlFreeDoc(doc);
        if (state.errorCode == XML_ERR_INVALID_CHAR || state.errorCode == XML_ERR_INVALID_ENCODING
            || state.errorMessage.contains(QLatin1String("UTF-8")))
            return fail(
                tr("Cannot read %1: line %2 is not valid UTF-8 text (%3). The file is "
                   "damaged; export it from Moodle again.")
                    .arg(displayName, QString::number(state.errorLine), state.errorMessage));
        if (data.isEmpty())
            return fail(tr("Cannot read %1: the file is empty. Export it from Moodle again.")
                            .arg(displayName));
        return fail(tr("Cannot read %1: line %2 is not well-formed XML (%3). The file is "
                       "damaged; export it from Moodle again.")
                        .arg(displayName, QString::number(state.errorLine), state.errorMessage));
    }
    return std::unique_ptr<XmlDocument>(new XmlDocument(doc));
}

std::unique_ptr<XmlDocument> XmlDocument::fromFile(
    const QString &fileName, const QString &displayName, QString *errorString)
{
    const QString shown = displayName.isEmpty() ? QDir::toNativeSeparators(fileName) : displayName;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("Cannot read %1: %2.").arg(shown, file.errorString());
        return nullptr;
    }
    return fromData(file.readAll(), shown, errorString);
}

} // namespace Parcours
