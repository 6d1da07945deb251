// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/coursedocument.h"
#include "ui/exportdialog.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Parcours::Preferences::Language)

/** Edit → Preferences…: what is saved, and which translation main() then loads. */
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void dialogSavesTheChoices();
    void cancelKeepsTheChoices();
    void restartNoteFollowsTheLanguage();
    void exportDialogStartsWithTheDefaultTarget();
    void uiLocale_data();
    void uiLocale();
    void installsTheChosenTranslation();
    void lastFolderIsRemembered();

private:
    QTemporaryDir m_settingsDir;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"Parcours Studio Tests"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::defaults()
{
    QCOMPARE(Preferences::language(), Preferences::Language::System);
    QCOMPARE(Preferences::defaultExportTarget(), MoodleTarget::Moodle41);
    QCOMPARE(Preferences::authorName(), QString());
}

void TestPreferences::dialogSavesTheChoices()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
    auto *target = dialog.findChild<QComboBox *>(u"defaultTargetComboBox"_s);
    auto *author = dialog.findChild<QLineEdit *>(u"authorLineEdit"_s);
    QVERIFY(language && target && author);
    QCOMPARE(QApplication::focusWidget(), language);
    // With the keyboard: the language, then Tab to the next fields.
    QTest::keyClick(language, Qt::Key_End);
    QCOMPARE(language->currentText(), u"English"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), author);
    QTest::keyClicks(author, u"  Marie Dupont "_s);
    QTest::keyClick(author, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(Preferences::language(), Preferences::Language::English);
    QCOMPARE(QSettings().value(u"General/Language"_s).toString(), u"en"_s);
    QCOMPARE(Preferences::defaultExportTarget(), MoodleTarget::Moodle45);
    QCOMPARE(Preferences::authorName(), u"Marie Dupont"_s);

    // A new dialog shows what was saved.
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(u"languageComboBox"_s)->currentText(), u"English"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"defaultTargetComboBox"_s)->currentIndex(), 1);
    QCOMPARE(again.findChild<QLineEdit *>(u"authorLineEdit"_s)->text(), u"Marie Dupont"_s);
}

void TestPreferences::cancelKeepsTheChoices()
{
    Preferences::setLanguage(Preferences::Language::French);
    PreferencesDialog dialog;
    dialog.findChild<QComboBox *>(u"languageComboBox"_s)->setCurrentIndex(2);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(Preferences::language(), Preferences::Language::French);
}

void TestPreferences::restartNoteFollowsTheLanguage()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
    auto *note = dialog.findChild<QLabel *>(u"restartLabel"_s);
    QVERIFY(note->isHidden());
    language->setCurrentIndex(1);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"next start"_s));
    language->setCurrentIndex(0);
    QVERIFY(note->isHidden());
}

void TestPreferences::exportDialogStartsWithTheDefaultTarget()
{
    Preferences::setDefaultExportTarget(MoodleTarget::Moodle50);
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"p.parcours"_s));
    QVERIFY(doc);
    ExportDialog dialog(*doc);
    QCOMPARE(dialog.options().target, MoodleTarget::Moodle50);
}

void TestPreferences::uiLocale_data()
{
    QTest::addColumn<Preferences::Language>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::newRow("system French")
        << Preferences::Language::System << u"fr_FR"_s << QLocale::French;
    QTest::newRow("system Canadian French")
        << Preferences::Language::System << u"fr_CA"_s << QLocale::French;
    QTest::newRow("system German")
        << Preferences::Language::System << u"de_DE"_s << QLocale::English;
    QTest::newRow("system English")
        << Preferences::Language::System << u"en_US"_s << QLocale::English;
    QTest::newRow("English on French")
        << Preferences::Language::English << u"fr_FR"_s << QLocale::English;
    QTest::newRow("French on English")
        << Preferences::Language::French << u"en_US"_s << QLocale::French;
    QTest::newRow("French on German")
        << Preferences::Language::French << u"de_DE"_s << QLocale::French;
}

void TestPreferences::uiLocale()
{
    QFETCH(Preferences::Language, choice);
    QFETCH(QString, system);
    QFETCH(QLocale::Language, expected);
    QCOMPARE(Preferences::uiLocale(choice, QLocale(system)).language(), expected);
    // The stored spelling reads back.
    QCOMPARE(Preferences::languageFromKey(Preferences::languageKey(choice)), choice);
}

void TestPreferences::installsTheChosenTranslation()
{
    // What main() does with « Français » chosen on an English system.
    const QLocale locale
        = Preferences::uiLocale(Preferences::Language::French, QLocale(u"en_US"_s));
    QVERIFY(Preferences::installTranslators(qApp, locale));
    QCOMPARE(QCoreApplication::translate("Parcours::MainWindow", "&File"), u"&Fichier"_s);
}

void TestPreferences::lastFolderIsRemembered()
{
    QTemporaryDir dir;
    Preferences::setLastFolder(dir.filePath(u"fichier.parcours"_s));
    QCOMPARE(Preferences::lastFolder(), QFileInfo(dir.path()).absoluteFilePath());
    // A folder gone falls back to the documents folder.
    Preferences::setLastFolder(dir.filePath(u"absent/x.parcours"_s));
    QVERIFY(Preferences::lastFolder() != dir.filePath(u"absent"_s));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
