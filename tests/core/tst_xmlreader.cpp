// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xmlreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsElementsAndText();
    void distinguishesNullFromEmpty();
    void refusesDoctype_data();
    void refusesDoctype();
    void neverReadsExternalFiles();
    void refusesInvalidUtf8_data();
    void refusesInvalidUtf8();
    void refusesMalformedXml_data();
    void refusesMalformedXml();
    void readsFile();
};

void TestXmlReader::readsElementsAndText()
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<moodle_backup>\n"
                           "  <information>\n"
                           "    <name>a &amp; b &lt;c&gt; &#233;t&#xE9;</name>\n"
                           "    <original_course_id>329000</original_course_id>\n"
                           "    <html><![CDATA[<p>Bonjour</p>]]></html>\n"
                           "    <details><detail backup_id=\"abc\"><type>course</type></detail>"
                           "</details>\n"
                           "  </information>\n"
                           "  <list><item>1</item><other/><item>2</item><item>3</item></list>\n"
                           "</moodle_backup>\n";
    QString error;
    const std::unique_ptr<XmlDocument> doc = XmlDocument::fromData(xml, u"test.xml"_s, &error);
    QVERIFY2(doc, qPrintable(error));
    const XmlElement root = doc->root();
    QCOMPARE(root.name(), u"moodle_backup"_s);
    QCOMPARE(root.line(), 2);
    const XmlElement info = root.child(QLatin1String("information"));
    QCOMPARE(info.line(), 3);
    QCOMPARE(
        info.childText(QLatin1String("name")), QString::fromUtf8("a & b <c> \xc3\xa9t\xc3\xa9"));
    QCOMPARE(info.childInt(QLatin1String("original_course_id")), 329000);
    QCOMPARE(info.childText(QLatin1String("html")), u"<p>Bonjour</p>"_s);
    const XmlElement detail = root.path(QLatin1String("information/details/detail"));
    QVERIFY(detail);
    QCOMPARE(detail.attribute(QLatin1String("backup_id")), u"abc"_s);
    QVERIFY(detail.attribute(QLatin1String("missing")).isNull());
    QCOMPARE(detail.childText(QLatin1String("type")), u"course"_s);

    const XmlElement list = root.child(QLatin1String("list"));
    QCOMPARE(list.children().size(), 4);
    const QList<XmlElement> items = list.children(QLatin1String("item"));
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).text(), u"3"_s);
    QCOMPARE(items.at(0).nextSibling(QLatin1String("item")).text(), u"2"_s);
    QCOMPARE(items.at(0).nextSibling().name(), u"other"_s);

    // Missing elements chain into null results instead of crashing.
    const XmlElement missing = root.path(QLatin1String("information/nothing/here"));
    QVERIFY(missing.isNull());
    QVERIFY(missing.childText(QLatin1String("x")).isNull());
    QVERIFY(missing.children().isEmpty());
    bool ok = true;
    QCOMPARE(missing.childInt(QLatin1String("x"), -1, &ok), -1);
    QVERIFY(!ok);
}

void TestXmlReader::distinguishesNullFromEmpty()
{
    const QByteArray xml
        = "<r><null>$@NULL@$</null><empty></empty><selfclosed/><zero>0</zero><word>x</word></r>";
    const std::unique_ptr<XmlDocument> doc = XmlDocument::fromData(xml, u"r.xml"_s);
    QVERIFY(doc);
    const XmlElement r = doc->root();
    QVERIFY(r.child(QLatin1String("null")).isNullValue());
    QVERIFY(r.childText(QLatin1String("null")).isNull());
    for (const char *name : {"empty", "selfclosed"}) {
        const QString text = r.childText(QLatin1String(name));
        QVERIFY2(!text.isNull() && text.isEmpty(), name);
        QVERIFY(!r.child(QLatin1String(name)).isNullValue());
    }
    QVERIFY(r.childText(QLatin1String("absent")).isNull());
    bool ok = false;
    QCOMPARE(r.childInt(QLatin1String("zero"), 7, &ok), 0);
    QVERIFY(ok);
    QCOMPARE(r.childInt(QLatin1String("word"), 7, &ok), 7);
    QVERIFY(!ok);
    QCOMPARE(r.childInt(QLatin1String("null"), 7, &ok), 7);
    QVERIFY(!ok);
}

void TestXmlReader::refusesDoctype_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");

    QTest::newRow("internal entity") << QByteArray("<?xml version=\"1.0\"?>\n"
                                                   "<!DOCTYPE r [<!ENTITY e \"x\">]>\n"
                                                   "<r>&e;</r>")
                                     << 2;
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += " <!ENTITY lol" + QByteArray::number(i) + " \""
            + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">\n";
    laughs.replace("&lol0;", "&lol;");
    laughs += "]>\n<lolz>&lol9;</lolz>\n";
    QTest::newRow("billion laughs") << laughs << 2;
    QTest::newRow("external dtd") << QByteArray(
        "<?xml version=\"1.0\"?>\n\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">"
        "<r/>") << 3;
    QTest::newRow("parameter entity")
        << QByteArray("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><r/>") << 1;
    QTest::newRow("bare doctype") << QByteArray("<!DOCTYPE moodle_backup>\n<moodle_backup/>") << 1;
}

void TestXmlReader::refusesDoctype()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QString error;
    QVERIFY(!XmlDocument::fromData(xml, u"backup.mbz: moodle_backup.xml"_s, &error));
    qInfo().noquote() << error;
    QVERIFY2(error.contains(u"backup.mbz: moodle_backup.xml"_s), qPrintable(error));
    QVERIFY2(error.contains(u"DOCTYPE"_s), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line %1 ").arg(line)), qPrintable(error));
}

void TestXmlReader::neverReadsExternalFiles()
{
    // A classic XXE: an external entity naming a local file. Its content must not leak.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile secret(dir.filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-42");
    secret.close();
    const QByteArray url = QUrl::fromLocalFile(secret.fileName()).toEncoded();
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url
        + "\">]>\n<r>&xxe;</r>";
    QString error;
    QVERIFY(!XmlDocument::fromData(xml, u"x.xml"_s, &error));
    QVERIFY(!error.contains(u"TOP-SECRET"_s));

    // Without a DOCTYPE an entity reference is simply undefined.
    QVERIFY(!XmlDocument::fromData("<r>&xxe;</r>", u"x.xml"_s, &error));
    QVERIFY2(error.contains(u"x.xml"_s) && error.contains(u"line 1 "_s), qPrintable(error));
}

void TestXmlReader::refusesInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::newRow("latin-1 byte") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                                "<r>\n<name>caf\xe9</name>\n</r>")
                                  << 3;
    QTest::newRow("declared latin-1") << QByteArray(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
        "\n<r>caf\xe9</r>") << 2;
    QTest::newRow("truncated sequence") << QByteArray("<r>\n\n\n<a>\xe2\x82</a></r>") << 4;
    QTest::newRow("ff byte") << QByteArray("<r>\xff</r>") << 1;
}

void TestXmlReader::refusesInvalidUtf8()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QString error;
    QVERIFY(!XmlDocument::fromData(xml, u"course.mbz: course/course.xml"_s, &error));
    qInfo().noquote() << error;
    QVERIFY2(error.contains(u"course.mbz: course/course.xml"_s), qPrintable(error));
    QVERIFY2(error.contains(u"UTF-8"_s), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line %1 ").arg(line)), qPrintable(error));
}

void TestXmlReader::refusesMalformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("mismatched") << QByteArray("<r>\n<a>\n</b>\n</r>") << u"line 3 "_s;
    QTest::newRow("unclosed") << QByteArray("<r>\n<a>") << u"not well-formed"_s;
    QTest::newRow("two roots") << QByteArray("<r/>\n<s/>") << u"line 2 "_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00", 4) << u"not"_s;
}

void TestXmlReader::refusesMalformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!XmlDocument::fromData(xml, u"bad.xml"_s, &error));
    qInfo().noquote() << error;
    QVERIFY2(error.contains(u"bad.xml"_s), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestXmlReader::readsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"doc.xml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<a><b>\xc3\xa9</b></a>");
    f.close();
    QString error;
    std::unique_ptr<XmlDocument> doc = XmlDocument::fromFile(path, {}, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->root().childText(QLatin1String("b")), QString::fromUtf8("\xc3\xa9"));

    const QString missing = dir.filePath(u"missing.xml"_s);
    QVERIFY(!XmlDocument::fromFile(missing, {}, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXmlReader)
#include "tst_xmlreader.moc"
