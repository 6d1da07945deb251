// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mbzimporter.h"
#include "core/model/coursedocument.h"
#include "core/text/htmlclean.h"
#include "core/tools/sample.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

/** What the editor does to a field: load the cleaned HTML, then clean what Qt gives back. */
QString throughEditor(const QString &html)
{
    LinkAttributeMap links;
    QTextDocument document;
    document.setHtml(HtmlClean::forEditor(html, &links));
    return HtmlClean::clean(document.toHtml(), links);
}

/** Every HTML text of a snapshot (strings starting with a tag), without Moodle's raw XML. */
void collectHtml(const QJsonValue &value, const QString &key, QStringList *texts)
{
    if (key == "extra"_L1 || key == "rawXml"_L1 || key == "raw"_L1)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectHtml(it.value(), it.key(), texts);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectHtml(item, key, texts);
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
            texts->append(value.toString());
    }
}

} // namespace

class TestHtmlClean : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtDocumentBecomesMoodleHtml();
    void clean_data();
    void clean();
    void dangerousLinksLoseTheirHref();
    void linkAttributesSurviveTheEditor();
    void pluginFileNames();
    void unsupported_data();
    void unsupported();
    void roundTrip_data();
    void roundTrip();
    void largePage();
};

void TestHtmlClean::qtDocumentBecomesMoodleHtml()
{
    // What a user builds in the editor, through QTextCursor as the toolbar does.
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(3);
    cursor.setBlockFormat(heading);
    cursor.insertText(u"Objectifs"_s);
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(u"Un texte "_s);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(u"gras"_s, bold);
    cursor.insertText(u" et "_s, QTextCharFormat());
    QTextCharFormat italic;
    italic.setFontItalic(true);
    italic.setForeground(Qt::red);
    italic.setFontPointSize(17);
    cursor.insertText(u"penché"_s, italic);
    cursor.insertText(u" : fin."_s, QTextCharFormat());
    cursor.insertBlock();
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    cursor.createList(list);
    cursor.insertText(u"un"_s);
    cursor.insertBlock();
    cursor.insertText(u"deux"_s);
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertBlock(QTextBlockFormat());

    const QString html = document.toHtml();
    QVERIFY(html.contains("qrichtext"_L1));
    QCOMPARE(HtmlClean::clean(html),
        u"<h3>Objectifs</h3>\n<p>Un texte <strong>gras</strong> et <em>penché</em> : fin.</p>\n"
        "<ul><li>un</li><li>deux</li></ul>"_s);
}

void TestHtmlClean::clean_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("bare text") << u"Bonjour"_s << u"<p>Bonjour</p>"_s;
    QTest::newRow("b i strike") << u"<p><b>a</b> <i>b</i> <strike>c</strike></p>"_s
                                << u"<p><strong>a</strong> <em>b</em> <s>c</s></p>"_s;
    QTest::newRow("canonical nesting")
        << u"<p><em><strong>x</strong></em></p>"_s << u"<p><strong><em>x</em></strong></p>"_s;
    QTest::newRow("whitespace") << u"<p>\n  un   deux\n</p>"_s << u"<p>un deux</p>"_s;
    QTest::newRow("nbsp") << u"<p>Bonjour&nbsp;!</p>"_s << u"<p>Bonjour&nbsp;!</p>"_s;
    QTest::newRow("escaping") << u"<p>a &lt;b&gt; &amp; \"c\"</p>"_s
                              << u"<p>a &lt;b&gt; &amp; \"c\"</p>"_s;
    QTest::newRow("trailing empty paragraphs")
        << u"<p>a</p><p><br></p><p></p><p> </p>"_s << u"<p>a</p>"_s;
    QTest::newRow("empty paragraph between")
        << u"<p>a</p><p><br></p><p>b</p>"_s << u"<p>a</p>\n<p><br></p>\n<p>b</p>"_s;
    QTest::newRow("trailing break") << u"<p>a<br>b<br></p>"_s << u"<p>a<br>b</p>"_s;
    QTest::newRow("headings keep their level")
        << u"<h1>a</h1><h3>b</h3><h6>c</h6>"_s << u"<h1>a</h1>\n<h3>b</h3>\n<h6>c</h6>"_s;
    QTest::newRow("alignment") << u"<p style=\"text-align: center;\">a</p>"_s
                               << u"<p style=\"text-align: center;\">a</p>"_s;
    QTest::newRow("nested list") << u"<ol><li>a<ul><li>b</li></ul></li><li><p>c</p></li></ol>"_s
                                 << u"<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>"_s;
    QTest::newRow("table head")
        << u"<table><tr><th>H</th></tr><tr><td>c</td></tr></table>"_s
        << u"<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>"_s;
    QTest::newRow("image") << u"<p><img src=\"@@PLUGINFILE@@/a%20b.png\" alt=\"Un chat\" "
                              "width=\"20\" class=\"img-fluid\"></p>"_s
                           << u"<p><img src=\"@@PLUGINFILE@@/a%20b.png\" alt=\"Un chat\" "
                              "width=\"20\"></p>"_s;
    QTest::newRow("script and style dropped")
        << u"<p>a<script>alert(1)</script></p><style>p{}</style>"_s << u"<p>a</p>"_s;
    QTest::newRow("div") << u"<div>a</div><div><p>b</p></div>"_s << u"<p>a</p>\n<p>b</p>"_s;
    QTest::newRow("pre") << u"<pre>a  b\n  c</pre>"_s << u"<pre>a  b\n  c</pre>"_s;
    QTest::newRow("blockquote") << u"<blockquote>cite</blockquote>"_s
                                << u"<blockquote><p>cite</p></blockquote>"_s;
    QTest::newRow("code and sup") << u"<p>x<sup>2</sup> <code>ls</code></p>"_s
                                  << u"<p>x<sup>2</sup> <code>ls</code></p>"_s;
}

void TestHtmlClean::clean()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlClean::clean(html), expected);
    QCOMPARE(HtmlClean::clean(expected), expected);
}

void TestHtmlClean::dangerousLinksLoseTheirHref()
{
    QCOMPARE(HtmlClean::clean(u"<p><a href=\"javascript:alert(1)\">x</a></p>"_s), u"<p>x</p>"_s);
    QCOMPARE(HtmlClean::clean(u"<p><a href=\" JaVa\nScript:alert(1)\">x</a></p>"_s), u"<p>x</p>"_s);
    QCOMPARE(HtmlClean::clean(u"<p><a href=\"data:text/html,x\">x</a></p>"_s), u"<p>x</p>"_s);
    QVERIFY(HtmlClean::isSafeHref(u"https://magistere.education.fr/?a=javascript:"_s));
    QVERIFY(HtmlClean::isSafeHref(u"page.html#javascript:x"_s));
    QVERIFY(HtmlClean::isSafeHref(u"mailto:a@b.fr"_s));
    QCOMPARE(HtmlClean::clean(u"<p><img src=\"javascript:x\"></p>"_s), QString());
}

void TestHtmlClean::linkAttributesSurviveTheEditor()
{
    const QString html = u"<p><a href=\"https://a.fr/?x=1&amp;y=2\" title=\"Le site\" "
                         "target=\"_blank\">lien <strong>gras</strong></a> fin</p>"_s;
    QCOMPARE(HtmlClean::clean(html), html);
    QCOMPARE(throughEditor(html), html);
    // Without the map, QTextDocument's output has lost title and target.
    QTextDocument document;
    document.setHtml(HtmlClean::forEditor(html));
    QVERIFY(!HtmlClean::clean(document.toHtml()).contains("title="_L1));
}

void TestHtmlClean::pluginFileNames()
{
    QCOMPARE(HtmlClean::pluginFileName(u"@@PLUGINFILE@@/un%20chat%C3%A9.png"_s), u"un chaté.png"_s);
    QCOMPARE(HtmlClean::pluginFileName(u"https://x.fr/a.png"_s), QString());
    const QString src = HtmlClean::pluginFileSrc(u"photo (2) é.png"_s);
    QCOMPARE(src, u"@@PLUGINFILE@@/photo%20(2)%20%C3%A9.png"_s);
    QCOMPARE(HtmlClean::pluginFileName(src), u"photo (2) é.png"_s);
}

void TestHtmlClean::unsupported_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("supported");
    QTest::newRow("plain") << u"<p>Bonjour <strong>à tous</strong></p>"_s << true;
    QTest::newRow("editor image classes")
        << u"<p><img src=\"a.png\" class=\"img-fluid atto_image_button_text-bottom\"></p>"_s
        << true;
    QTest::newRow("aligned") << u"<p style=\"text-align:right\">x</p>"_s << true;
    QTest::newRow("iframe") << u"<p><iframe src=\"https://www.youtube.com/embed/x\"></iframe></p>"_s
                            << false;
    QTest::newRow("video") << u"<video controls><source src=\"a.mp4\"></video>"_s << false;
    QTest::newRow("script") << u"<p>x</p><script>alert(1)</script>"_s << false;
    QTest::newRow("class") << u"<div class=\"alert alert-info\">x</div>"_s << false;
    QTest::newRow("style") << u"<p><span style=\"color: red;\">x</span></p>"_s << false;
    QTest::newRow("multilang") << u"<span lang=\"fr\" class=\"multilang\">Bonjour</span>"_s
                               << false;
    QTest::newRow("comment") << u"<p>x<!-- note --></p>"_s << false;
}

void TestHtmlClean::unsupported()
{
    QFETCH(QString, html);
    QFETCH(bool, supported);
    const QStringList parts = HtmlClean::unsupportedParts(html);
    QCOMPARE(parts.isEmpty(), supported);
    if (html.contains("iframe"_L1))
        QCOMPARE(parts, QStringList {u"<iframe>"_s});
}

void TestHtmlClean::roundTrip_data()
{
    QTest::addColumn<QString>("html");
    const QStringList handWritten = {
        u"<h3>Titre</h3><p>Un <strong>gras</strong>, <em>penché</em>, <u>souligné</u>, "
        "<s>barré</s>, x<sup>2</sup>, H<sub>2</sub>O, <code>code</code>.</p>"_s,
        u"<p style=\"text-align: center;\">centré</p><h4 style=\"text-align: right;\">t</h4>"_s,
        u"<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>"_s,
        u"<table border=\"1\"><thead><tr><th>A</th><th>B</th></tr></thead>"
        "<tbody><tr><td>1</td><td><strong>2</strong></td></tr><tr><td></td><td>x</td></tr>"
        "</tbody></table>"_s,
        u"<table><tr><th>ligne</th><td>x</td></tr></table>"_s,
        u"<p><a href=\"https://a.fr\" title=\"t\" target=\"_blank\">a <em>b</em></a> "
        "<img src=\"@@PLUGINFILE@@/a%20b.png\" alt=\"chat\" width=\"20\" height=\"10\"></p>"_s,
        u"<blockquote><p>un</p><p>deux</p></blockquote><pre>a  b\n\n  c</pre><hr><p>x<br>y</p>"_s,
        u"<p>a</p><p><br></p><p>&nbsp;</p><p>b</p>"_s,
        u"<p><strong>gras <em>et penché</em></strong><em> puis penché</em></p>"_s,
    };
    for (qsizetype i = 0; i < handWritten.size(); ++i)
        QTest::newRow(qPrintable(u"hand %1"_s.arg(i))) << handWritten.at(i);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto sample = CourseDocument::create(dir.filePath(u"sample.parcours"_s), &error);
    QVERIFY2(sample, qPrintable(error));
    QVERIFY2(Sample::build(sample.get(), &error), qPrintable(error));
    QStringList texts;
    collectHtml(sample->snapshot(), QString(), &texts);
    QVERIFY(texts.size() > 5);
    int n = 0;
    for (const QString &text : std::as_const(texts))
        QTest::newRow(qPrintable(u"sample %1"_s.arg(++n))) << text;

    const QStringList fixtures = {u"mbz/moodle41_legacy_course_completion.mbz"_s,
        u"mbz/moodle41_quiz_archiver_referencequiz.mbz"_s, u"mbz/moodle41_test_tags_backup.mbz"_s,
        u"mbz-real/moodle45-plugins.mbz"_s, u"mbz-real/moodle45-small.mbz"_s};
    qsizetype fromFixtures = 0;
    for (const QString &fixture : fixtures) {
        auto document = CourseDocument::create(
            dir.filePath(QString(fixture).replace(QLatin1Char('/'), QLatin1Char('-'))), &error);
        QVERIFY2(document, qPrintable(error));
        MbzImporter importer(QStringLiteral(TEST_DATA_DIR) + u"/"_s + fixture);
        QVERIFY2(importer.import(document.get(), &error), qPrintable(error));
        QStringList found;
        collectHtml(document->snapshot(), QString(), &found);
        fromFixtures += found.size();
        n = 0;
        for (const QString &text : std::as_const(found))
            QTest::newRow(qPrintable(u"%1 %2"_s.arg(fixture).arg(++n))) << text;
    }
    QVERIFY(fromFixtures > 10);
}

void TestHtmlClean::roundTrip()
{
    QFETCH(QString, html);
    const QStringList unsupported = HtmlClean::unsupportedParts(html);
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(u"opened as source, never cleaned: "_s + unsupported.join(u", "_s)));
    const QString cleaned = HtmlClean::clean(html);
    QCOMPARE(HtmlClean::clean(cleaned), cleaned);
    QCOMPARE(throughEditor(cleaned), cleaned);
    // Text is never lost on the way.
    QTextDocument original, result;
    original.setHtml(html);
    result.setHtml(cleaned);
    QCOMPARE(result.toPlainText().simplified(), original.toPlainText().simplified());
}

void TestHtmlClean::largePage()
{
    // What the editor does on each keystroke in a long page: toHtml() then clean().
    QString html;
    for (int i = 0; i < 400; ++i) {
        html += u"<h4>Partie %1</h4><p>Un paragraphe avec du <strong>gras</strong>, de "
                u"l’<em>italique</em> "
                "et un <a href=\"https://a.fr/%1\">lien</a>.</p><ul><li>un</li><li>deux</li></ul>"_s
                    .arg(i);
    }
    QTextDocument document;
    document.setHtml(HtmlClean::forEditor(html));
    QString cleaned;
    QBENCHMARK
    {
        cleaned = HtmlClean::clean(document.toHtml());
    }
    QCOMPARE(cleaned.count("<h4>"_L1), 400);
}

QTEST_MAIN(TestHtmlClean)
#include "tst_htmlclean.moc"
