// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Parcours {

/** What a link carries besides its href; QTextDocument keeps only the href. */
struct LinkAttributes
{
    QString title;
    QString target;
    QString rel;

    bool operator==(const LinkAttributes &) const = default;
};
/** Link attributes by href, so that they survive a trip through QTextDocument. */
using LinkAttributeMap = QHash<QString, LinkAttributes>;

/**
 * The HTML of rich-text fields, between Moodle and the editor's QTextDocument.
 *
 * clean() turns any HTML (QTextDocument::toHtml() output above all, but also what Moodle
 * stores) into the small subset that Moodle's TinyMCE keeps as is: p, br, h1–h6, strong, em, u,
 * s, sub, sup, code, ul, ol, li, a[href title target rel], img[src alt width height],
 * table/thead/tbody/tr/th/td[colspan rowspan], blockquote, pre and hr; text-align is the one
 * style kept (on paragraphs, headings and cells). Qt's document frame (doctype, html, head,
 * body, meta, qrichtext styles, -qt-* properties), fonts, colours and sizes are dropped;
 * formatting spans become the matching elements, nested in one canonical order (strong, em, u,
 * s, sub, sup, code); links that run script (javascript:, vbscript:, data:) lose their href;
 * empty paragraphs at the end go. The output is deterministic: clean(clean(x)) == clean(x), and
 * for any x, clean(load(clean(x))) == clean(x) where load is forEditor() then a QTextDocument
 * round trip.
 *
 * Headings keep their level: the editor offers h3, h4 and h5 as "Heading 1–3", the levels
 * Moodle's own editors use under the page's h1/h2; an h1/h2 written elsewhere stays an h1/h2.
 *
 * Images keep their src as written: "@@PLUGINFILE@@/name" refers to a file of the node's area
 * (see FileRef); the editor resolves it through its resource loader.
 *
 * clean() destroys what is not in the subset. HTML that holds anything else (iframes, video,
 * scripts, classes, styles, comments, …) must therefore not go through the visual editor:
 * unsupportedParts() lists what it holds, and the editor opens such a field as HTML source.
 */
class HtmlClean
{
    Q_DECLARE_TR_FUNCTIONS(HtmlClean)

public:
    /**
     * The cleaned HTML. links gives title, target and rel for hrefs whose <a> carries none
     * (QTextDocument output); attributes written on the <a> win.
     */
    static QString clean(const QString &html, const LinkAttributeMap &links = {});
    /**
     * HTML for QTextDocument::setHtml(): html cleaned, with the extra attributes of its links
     * in *links (to give back to clean()). Only meaningful when unsupportedParts() is empty.
     */
    static QString forEditor(const QString &html, LinkAttributeMap *links = nullptr);
    /**
     * What in html the visual editor would lose, one translated item each ("<iframe>", "class
     * attribute", …), without duplicates. Empty when html can be edited visually.
     */
    static QStringList unsupportedParts(const QString &html);

    /** True when href is a link a browser follows without running code. */
    static bool isSafeHref(const QString &href);
    /** The file name "@@PLUGINFILE@@/a%20b.png" refers to ("a b.png"), empty for other srcs. */
    static QString pluginFileName(const QString &src);
    /** The src that refers to a file of the node's area: "@@PLUGINFILE@@/" + encoded name. */
    static QString pluginFileSrc(const QString &name);
};

} // namespace Parcours
