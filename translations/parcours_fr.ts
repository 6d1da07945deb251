<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Text and media area</source>
        <translation>Zone texte et média</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <source>Mind map</source>
        <translation>Carte mentale</translation>
    </message>
    <message>
        <source>Completion marker</source>
        <translation>Marqueur d&apos;achèvement</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Autre activité</translation>
    </message>
</context>
<context>
    <name>Aiken</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>“ANSWER:” comes before any question.</source>
        <translation>« ANSWER: » apparaît avant toute question.</translation>
    </message>
    <message>
        <source>option %1 is given twice.</source>
        <translation>l’option %1 est donnée deux fois.</translation>
    </message>
    <message>
        <source>the answer “%1” is not one of the options (%2).</source>
        <translation>la réponse « %1 » ne fait pas partie des options (%2).</translation>
    </message>
    <message>
        <source>a question needs at least two options “A. …”.</source>
        <translation>une question demande au moins deux options « A. … ».</translation>
    </message>
    <message>
        <source>“%1” is neither an option “A. …” nor “ANSWER: A”; did the previous question lose its answer line?</source>
        <translation>« %1 » n’est ni une option « A. … » ni « ANSWER: A » ; la question précédente a-t-elle perdu sa ligne de réponse ?</translation>
    </message>
    <message>
        <source>the question has no “ANSWER:” line.</source>
        <translation>la question n’a pas de ligne « ANSWER: ».</translation>
    </message>
    <message>
        <source>“%1” is skipped: Aiken holds only single-answer multiple choice questions of plain text with one right answer.</source>
        <translation>« %1 » est ignorée : le format Aiken ne contient que des questions à choix multiple en texte simple avec une seule bonne réponse.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>expands more than %1 times (a “zip bomb”)</source>
        <translation>se décompresse plus de %1 fois (une « bombe zip »)</translation>
    </message>
    <message>
        <source>is larger than the %1 allowed for one file</source>
        <translation>dépasse les %1 autorisés pour un fichier</translation>
    </message>
    <message>
        <source>makes the archive larger than the %1 allowed</source>
        <translation>rend l&apos;archive plus grande que les %1 autorisés</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8</source>
        <translation>a un nom qui n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>has a control character in its name</source>
        <translation>a un caractère de contrôle dans son nom</translation>
    </message>
    <message>
        <source>has a backslash in its name</source>
        <translation>a une barre oblique inverse dans son nom</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>a un chemin absolu</translation>
    </message>
    <message>
        <source>points outside the archive with “..”</source>
        <translation>pointe hors de l&apos;archive avec « .. »</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: no temporary folder could be created in %2 (%3). Free some disk space or check the permissions of that folder.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : aucun dossier temporaire n&apos;a pu être créé dans %2 (%3). Libérez de l&apos;espace disque ou vérifiez les droits de ce dossier.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: the temporary folder %2 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : le dossier temporaire %2 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: the file is empty. Download or export it again.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : le fichier est vide. Téléchargez-la ou exportez-la à nouveau.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: it is neither a tar.gz nor a zip archive, or it is truncated. Choose a .mbz file made by Moodle.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : ce n&apos;est ni une archive tar.gz ni une archive zip, ou elle est tronquée. Choisissez un fichier .mbz créé par Moodle.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: the archive is damaged or truncated (%2). Download or export it again.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : l&apos;archive est endommagée ou tronquée (%2). Téléchargez-la ou exportez-la à nouveau.</translation>
    </message>
    <message>
        <source>The backup %1 was refused: its entry “%2” %3. The file may be damaged or made to harm your computer; nothing was imported.</source>
        <translation>La sauvegarde %1 a été refusée : son élément « %2 » %3. Le fichier est peut-être endommagé ou conçu pour nuire à votre ordinateur ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The backup %1 was refused: it holds more than %2 entries. The file may be made to harm your computer; nothing was imported.</source>
        <translation>La sauvegarde %1 a été refusée : elle contient plus de %2 éléments. Le fichier est peut-être conçu pour nuire à votre ordinateur ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>is a hard link</source>
        <translation>est un lien physique</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>est un lien symbolique</translation>
    </message>
    <message>
        <source>is a device</source>
        <translation>est un périphérique</translation>
    </message>
    <message>
        <source>is a named pipe</source>
        <translation>est un tube nommé</translation>
    </message>
    <message>
        <source>is a socket</source>
        <translation>est une socket</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>a un type inconnu</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>ne peut pas être créé (%1)</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <source>Cannot extract %1 from the backup %2 into %3: %4. Free some disk space and try again.</source>
        <translation>Impossible d&apos;extraire %1 de la sauvegarde %2 dans %3 : %4. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the entry %1 of the backup %2.</source>
        <translation>Impossible de lire l&apos;élément %1 de la sauvegarde %2.</translation>
    </message>
    <message>
        <source>has a name longer than %1 bytes</source>
        <translation>a un nom de plus de %1 octets</translation>
    </message>
    <message>
        <source>is nested more than %1 folders deep</source>
        <translation>est imbriqué sur plus de %1 niveaux de dossiers</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: it is not a file. Choose a .mbz file made by Moodle.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : ce n&apos;est pas un fichier. Choisissez un fichier .mbz créé par Moodle.</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>n&apos;a pas de nom</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>parcours %1: %2</source>
        <translation>parcours %1 : %2</translation>
    </message>
    <message>
        <source>Run “parcours %1 --help” for the usage.</source>
        <translation>Lancez « parcours %1 --help » pour connaître l’utilisation.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Usage: parcours %1 [options] %2</source>
        <translation>Utilisation : parcours %1 [options] %2</translation>
    </message>
    <message>
        <source>missing argument.</source>
        <translation>argument manquant.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation>Impossible d’écrire %1 : le dossier %2 n’existe pas. Créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Give a file name.</source>
        <translation>Impossible d’écrire %1 : c’est un dossier. Indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it.</source>
        <translation>%1 existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable.</source>
        <translation>Impossible d’écrire %1 : %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 0 to %2, not “%3”.</source>
        <translation>--%1 attend un nombre entier de 0 à %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>Number of sections (default %1).</source>
        <translation>Nombre de sections (%1 par défaut).</translation>
    </message>
    <message>
        <source>Activities in each section, quizzes and files included (default %1).</source>
        <translation>Activités par section, tests et fichiers compris (%1 par défaut).</translation>
    </message>
    <message>
        <source>Questions, spread over one quiz per section (default %1).</source>
        <translation>Questions, réparties dans un test par section (%1 par défaut).</translation>
    </message>
    <message>
        <source>File resources (default %1).</source>
        <translation>Ressources fichier (%1 par défaut).</translation>
    </message>
    <message>
        <source>Size of each file, in bytes (default %1).</source>
        <translation>Taille de chaque fichier, en octets (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same parcours (default %1).</source>
        <translation>Graine : la même graine donne le même parcours (%1 par défaut).</translation>
    </message>
    <message>
        <source>Replaces OUT.parcours if it exists.</source>
        <translation>Remplace OUT.parcours s’il existe.</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Le fichier de projet à créer.</translation>
    </message>
    <message>
        <source>Writes a synthetic parcours for benchmarks and tests: pages and text areas of about 2 KB, one quiz per section holding the questions, and the media as file resources.</source>
        <translation>Écrit un parcours synthétique pour les mesures de performance et les tests : des pages et des zones de texte d’environ 2 Ko, un test par section contenant les questions, et les médias sous forme de ressources fichier.</translation>
    </message>
    <message>
        <source>Cannot write the parcours to %1: %2</source>
        <translation>Impossible d’écrire le parcours dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist: check the path.</source>
        <translation>%1 n’existe pas : vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Prints the summary as JSON, for scripts.</source>
        <translation>Affiche le résumé en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>The project file to describe.</source>
        <translation>Le fichier de projet à décrire.</translation>
    </message>
    <message>
        <source>Summarises a parcours: title, sections, activities by kind, questions by type, access restrictions and media.</source>
        <translation>Résume un parcours : titre, sections, activités par type, questions par type, restrictions d’accès et médias.</translation>
    </message>
    <message>
        <source>Writes the bundled sample parcours, « Consolider une posture d&apos;enseignant sécurisant à l&apos;école maternelle ».</source>
        <translation>Écrit le parcours d’exemple fourni, « Consolider une posture d&apos;enseignant sécurisant à l&apos;école maternelle ».</translation>
    </message>
    <message>
        <source>Cannot write the sample to %1: %2</source>
        <translation>Impossible d’écrire l’exemple dans %1 : %2</translation>
    </message>
    <message>
        <source>The project file to check.</source>
        <translation>Le fichier de projet à vérifier.</translation>
    </message>
    <message>
        <source>Lists the problems of a parcours, with their severity, where they are and what to do. The exit status is 1 when there is an error, 0 otherwise.</source>
        <translation>Liste les problèmes d’un parcours, avec leur gravité, leur emplacement et ce qu’il faut faire. Le code de sortie vaut 1 s’il y a une erreur, 0 sinon.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the bundled sample parcours.</source>
        <translation>Écrit le parcours d’exemple fourni.</translation>
    </message>
    <message>
        <source>Summarises a parcours: sections, activities, questions, media.</source>
        <translation>Résume un parcours : sections, activités, questions, médias.</translation>
    </message>
    <message>
        <source>Writes a synthetic parcours for benchmarks and tests.</source>
        <translation>Écrit un parcours synthétique pour les mesures de performance et les tests.</translation>
    </message>
    <message>
        <source>Lists the problems of a parcours; exit status 1 when there is an error.</source>
        <translation>Liste les problèmes d’un parcours ; code de sortie 1 s’il y a une erreur.</translation>
    </message>
    <message>
        <source>Usage: parcours COMMAND [options] [arguments]</source>
        <translation>Utilisation : parcours COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>“parcours COMMAND --help” describes a command&apos;s options.</source>
        <translation>« parcours COMMANDE --help » décrit les options d’une commande.</translation>
    </message>
    <message>
        <source>parcours: unknown command “%1”.</source>
        <translation>parcours : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The project file to export.</source>
        <translation>Le fichier de projet à exporter.</translation>
    </message>
    <message>
        <source>The Moodle backup to write (.mbz).</source>
        <translation>La sauvegarde Moodle à écrire (.mbz).</translation>
    </message>
    <message>
        <source>Moodle release of the platform: 4.1 (m@gistère, the default), 4.5 or 5.0.</source>
        <translation>Version Moodle de la plateforme : 4.1 (m@gistère, par défaut), 4.5 ou 5.0.</translation>
    </message>
    <message>
        <source>Word cloud plugin of the platform: collabwordcloud (the default) or wordcloud.</source>
        <translation>Plugin de nuage de mots de la plateforme : collabwordcloud (par défaut) ou wordcloud.</translation>
    </message>
    <message>
        <source>Writes a Moodle course backup that Moodle restores with no warning. Problems that would stop the restore are listed and nothing is written; warnings are listed after the export.</source>
        <translation>Écrit une sauvegarde de cours que Moodle restaure sans avertissement. Les problèmes qui empêcheraient la restauration sont listés et rien n&apos;est écrit ; les avertissements sont listés après l&apos;export.</translation>
    </message>
    <message>
        <source>Say where to write the backup with -o OUT.mbz.</source>
        <translation>Indiquez où écrire la sauvegarde avec -o SORTIE.mbz.</translation>
    </message>
    <message>
        <source>Unknown target “%1”: use 4.1, 4.5 or 5.0.</source>
        <translation>Version cible inconnue « %1 » : utilisez 4.1, 4.5 ou 5.0.</translation>
    </message>
    <message>
        <source>Unknown word cloud plugin “%1”: use collabwordcloud or wordcloud.</source>
        <translation>Plugin de nuage de mots inconnu « %1 » : utilisez collabwordcloud ou wordcloud.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Wrote %1 for Moodle %2 (%3 bytes).</source>
        <translation>%1 écrit pour Moodle %2 (%3 octets).</translation>
    </message>
    <message>
        <source>Writes a Moodle backup (.mbz) of a parcours.</source>
        <translation>Écrit une sauvegarde Moodle (.mbz) d&apos;un parcours.</translation>
    </message>
    <message>
        <source>%1 is open in Parcours Studio: close it there first.</source>
        <translation>%1 est ouvert dans Parcours Studio : fermez-le d’abord.</translation>
    </message>
    <message>
        <source>The Moodle course backup to import (.mbz).</source>
        <translation>La sauvegarde de cours Moodle à importer (.mbz).</translation>
    </message>
    <message>
        <source>The project file to create (.parcours).</source>
        <translation>Le fichier de projet à créer (.parcours).</translation>
    </message>
    <message>
        <source>Makes a parcours of a Moodle 2.6–5.x course backup. Activities the application knows become editable; the others are kept as Moodle wrote them and exported unchanged. The backup is only read.</source>
        <translation>Fait un parcours d’une sauvegarde de cours Moodle 2.6 à 5.x. Les activités que l’application connaît deviennent modifiables ; les autres sont gardées telles que Moodle les a écrites et exportées sans changement. La sauvegarde est seulement lue.</translation>
    </message>
    <message>
        <source>Say where to write the parcours with -o OUT.parcours.</source>
        <translation>Indiquez où écrire le parcours avec -o SORTIE.parcours.</translation>
    </message>
    <message>
        <source>Cannot import %1: there is no such file.</source>
        <translation>Impossible d’importer %1 : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 sections, %4 activities, %5 questions, %6 files.</source>
        <translation>%1 importé dans %2 : %3 sections, %4 activités, %5 questions, %6 fichiers.</translation>
    </message>
    <message>
        <source>Editable:</source>
        <translation>Modifiables :</translation>
    </message>
    <message>
        <source>Kept as Moodle wrote them (exported unchanged):</source>
        <translation>Gardées telles que Moodle les a écrites (exportées sans changement) :</translation>
    </message>
    <message>
        <source>The project file to add the questions to.</source>
        <translation>Le fichier de projet auquel ajouter les questions.</translation>
    </message>
    <message>
        <source>The question file (.gift, .txt, .xml or .aiken).</source>
        <translation>Le fichier de questions (.gift, .txt, .xml ou .aiken).</translation>
    </message>
    <message>
        <source>Category to import into, as “Top/Module 1/Quiz”; created when missing.</source>
        <translation>Catégorie dans laquelle importer, comme « Top/Module 1/Test » ; créée si elle manque.</translation>
    </message>
    <message>
        <source>Format of the question file: gift, xml or aiken (default: from its extension).</source>
        <translation>Format du fichier de questions : gift, xml ou aiken (par défaut : d’après son extension).</translation>
    </message>
    <message>
        <source>Adds the questions of a GIFT, Moodle XML or Aiken file to the question bank, as one step that Undo reverts. When any question is malformed, the error names its line and nothing is imported.</source>
        <translation>Ajoute les questions d’un fichier GIFT, Moodle XML ou Aiken à la banque de questions, en une seule étape qu’Annuler défait. Si une question est mal formée, l’erreur indique sa ligne et rien n’est importé.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use gift, xml or aiken.</source>
        <translation>Format inconnu « %1 » : utilisez gift, xml ou aiken.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its extension: use --format gift, xml or aiken.</source>
        <translation>Impossible de déduire le format de %1 de son extension : utilisez --format gift, xml ou aiken.</translation>
    </message>
    <message>
        <source>Cannot import into %1: %2</source>
        <translation>Impossible d’importer dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into %1.</source>
        <translation>
            <numerusform>%n question importée dans %1.</numerusform>
            <numerusform>%n questions importées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file whose questions to write.</source>
        <translation>Le fichier de projet dont écrire les questions.</translation>
    </message>
    <message>
        <source>The question file to write: .gift, .xml (Moodle XML) or .aiken.</source>
        <translation>Le fichier de questions à écrire : .gift, .xml (Moodle XML) ou .aiken.</translation>
    </message>
    <message>
        <source>Writes only this category and its sub-categories, as “Top/Module 1”.</source>
        <translation>N’écrit que cette catégorie et ses sous-catégories, comme « Top/Module 1 ».</translation>
    </message>
    <message>
        <source>Writes the question bank (or one category) as GIFT, Moodle XML or Aiken. Questions the format cannot express are listed and left out.</source>
        <translation>Écrit la banque de questions (ou une catégorie) en GIFT, Moodle XML ou Aiken. Les questions que le format ne peut pas exprimer sont listées et laissées de côté.</translation>
    </message>
    <message>
        <source>Say where to write the questions with -o OUT.gift.</source>
        <translation>Indiquez où écrire les questions avec -o SORTIE.gift.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .gift, .xml or .aiken.</source>
        <translation>Impossible de déduire le format de %1 : nommez-le .gift, .xml ou .aiken.</translation>
    </message>
    <message>
        <source>There is no category “%1” in %2: check the path.</source>
        <translation>Il n’y a pas de catégorie « %1 » dans %2 : vérifiez le chemin.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>%n question écrite dans %1.</numerusform>
            <numerusform>%n questions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: parcours questions import FILE.parcours QFILE [--category PATH] [--format gift|xml|aiken]
       parcours questions export FILE.parcours -o OUT.gift|OUT.xml|OUT.aiken [--category PATH]

“parcours questions import --help” and “parcours questions export --help” describe the options.</source>
        <translation>Utilisation : parcours questions import FICHIER.parcours QFICHIER [--category CHEMIN] [--format gift|xml|aiken]
       parcours questions export FICHIER.parcours -o SORTIE.gift|SORTIE.xml|SORTIE.aiken [--category CHEMIN]

« parcours questions import --help » et « parcours questions export --help » décrivent les options.</translation>
    </message>
    <message>
        <source>say import or export.</source>
        <translation>indiquez import ou export.</translation>
    </message>
    <message>
        <source>unknown action “%1”: say import or export.</source>
        <translation>action inconnue « %1 » : indiquez import ou export.</translation>
    </message>
    <message>
        <source>Makes a parcours of a Moodle course backup (.mbz).</source>
        <translation>Fait un parcours d’une sauvegarde de cours Moodle (.mbz).</translation>
    </message>
    <message>
        <source>Imports or exports questions as GIFT, Moodle XML or Aiken.</source>
        <translation>Importe ou exporte des questions en GIFT, Moodle XML ou Aiken.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Add question category</source>
        <translation>Ajouter une catégorie de questions</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Delete question category</source>
        <translation>Supprimer la catégorie de questions</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Déplacer l&apos;activité</translation>
    </message>
    <message>
        <source>Move question category</source>
        <translation>Déplacer la catégorie de questions</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Déplacer la question</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer l&apos;élément</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <source>Duplicate activity</source>
        <translation>Dupliquer l&apos;activité</translation>
    </message>
    <message>
        <source>Duplicate question</source>
        <translation>Dupliquer la question</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Dupliquer l&apos;élément</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <source>New text and media area</source>
        <translation>Nouvelle zone texte et média</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nouveau devoir</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Nouveau test</translation>
    </message>
    <message>
        <source>New word cloud</source>
        <translation>Nouveau nuage de mots</translation>
    </message>
    <message>
        <source>New mind map</source>
        <translation>Nouvelle carte mentale</translation>
    </message>
    <message>
        <source>New completion marker</source>
        <translation>Nouveau marqueur d&apos;achèvement</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>True</source>
        <translation type="vanished">Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation type="vanished">Faux</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>This element cannot hold files.</source>
        <translation>Cet élément ne peut pas contenir de fichiers.</translation>
    </message>
    <message>
        <source>Add file %1</source>
        <translation>Ajouter le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Ajouter %n fichier</numerusform>
            <numerusform>Ajouter %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier valide.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The content of %1 is not in the project file.</source>
        <translation>Le contenu de «&#xa0;%1&#xa0;» n’est pas dans le fichier du projet.</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Supprimer le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files</source>
        <translation>
            <numerusform>Supprimer %n fichier</numerusform>
            <numerusform>Supprimer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is no longer there.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file name: it must not be empty nor hold / or \.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier valide&#xa0;: il ne doit être ni vide ni contenir / ou \.</translation>
    </message>
    <message>
        <source>Another file is already named %1.</source>
        <translation>Un autre fichier s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation>Renommer le fichier «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set %1 as the main file</source>
        <translation>Définir «&#xa0;%1&#xa0;» comme fichier principal</translation>
    </message>
</context>
<context>
    <name>CourseStore</name>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: a file with that name already exists. Choose another name.</source>
        <translation type="vanished">Impossible de créer %1 : un fichier de ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable or the file is being created by another program. Choose another folder.</source>
        <translation type="vanished">Impossible de créer %1 : le dossier n&apos;est pas accessible en écriture ou le fichier est en cours de création par un autre programme. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist. Check its name and folder, or choose it again.</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier n&apos;existe pas. Vérifiez son nom et son dossier, ou choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a Parcours Studio project. Choose a .parcours file.</source>
        <translation>Impossible d&apos;ouvrir %1 : c&apos;est un dossier, pas un projet Parcours Studio. Choisissez un fichier .parcours.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty, so it is not a Parcours Studio project. Choose another file or restore a backup copy.</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier est vide, ce n&apos;est donc pas un projet Parcours Studio. Choisissez un autre fichier ou restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Parcours Studio project (the file has another format). Choose a .parcours file.</source>
        <translation>Impossible d&apos;ouvrir %1 : ce n&apos;est pas un projet Parcours Studio (le fichier a un autre format). Choisissez un fichier .parcours.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (%2). It was not modified; restore a backup copy or a named snapshot.</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier est endommagé (%2). Il n&apos;a pas été modifié ; restaurez une copie de sauvegarde ou un instantané nommé.</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a database of another application, not a Parcours Studio project. Choose a .parcours file.</source>
        <translation>Impossible d&apos;ouvrir %1 : c&apos;est une base de données d&apos;une autre application, pas un projet Parcours Studio. Choisissez un fichier .parcours.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Parcours Studio (schema %2); this version reads up to %3. Update the application.</source>
        <translation>%1 a été créé par une version plus récente de Parcours Studio (schéma %2) ; cette version lit jusqu&apos;au schéma %3. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>%1 is open in another Parcours Studio window (process %2); it is opened read-only.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Parcours Studio (processus %2) ; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (the folder may be write-protected); it is opened read-only.</source>
        <translation>%1 ne peut pas être verrouillé en écriture (le dossier est peut-être protégé en écriture) ; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is write-protected; it is opened read-only.</source>
        <translation>%1 est protégé en écriture ; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is opened read-only.</source>
        <translation>%1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>It uses an older format, which is updated when it is opened for writing; reviewer comments are not available.</source>
        <translation>Il utilise un format plus ancien, mis à jour quand il est ouvert en écriture ; les commentaires des relecteurs ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>node %1 has the unknown type &quot;%2&quot;</source>
        <translation>le nœud %1 a le type inconnu « %2 »</translation>
    </message>
    <message>
        <source>the data of node %1 is not a JSON object</source>
        <translation>les données du nœud %1 ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>node %1 has no parent</source>
        <translation>le nœud %1 n&apos;a pas de parent</translation>
    </message>
    <message>
        <source>node %1 is a second root</source>
        <translation>le nœud %1 est une seconde racine</translation>
    </message>
    <message>
        <source>node %1 cannot hold node %2</source>
        <translation>le nœud %1 ne peut pas contenir le nœud %2</translation>
    </message>
    <message>
        <source>node %1 is not attached to the course or the question bank (its parent %2 is missing or among its descendants)</source>
        <translation>le nœud %1 n&apos;est rattaché ni au parcours ni à la banque de questions (son parent %2 manque ou fait partie de ses descendants)</translation>
    </message>
    <message>
        <source>%1 was moved, deleted or replaced by another program; changes can no longer be saved to it. Use Save As to keep this version.</source>
        <translation>%1 a été déplacé, supprimé ou remplacé par un autre programme ; les modifications ne peuvent plus y être enregistrées. Utilisez « Enregistrer sous » pour conserver cette version.</translation>
    </message>
    <message>
        <source>Cannot save to %1: node %2 is not in the file.</source>
        <translation>Impossible d&apos;enregistrer dans %1 : le nœud %2 n&apos;est pas dans le fichier.</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2: %3</source>
        <translation>Impossible d&apos;ajouter %1 à %2 : %3</translation>
    </message>
    <message>
        <source>Cannot add a file to %1: %2</source>
        <translation>Impossible d&apos;ajouter un fichier à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot add a file to %1: files larger than %2 MB are not supported.</source>
        <translation>Impossible d&apos;ajouter un fichier à %1 : les fichiers de plus de %2 Mo ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>the file ended before its announced size</source>
        <translation>le fichier s&apos;est terminé avant la taille annoncée</translation>
    </message>
    <message>
        <source>Cannot read the file %1 from %2: %3</source>
        <translation>Impossible de lire le fichier %1 de %2 : %3</translation>
    </message>
    <message>
        <source>the project file cannot be opened again</source>
        <translation>le fichier de projet ne peut pas être rouvert</translation>
    </message>
    <message>
        <source>it is not in the project</source>
        <translation>il n&apos;est pas dans le projet</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie dans %1 : %2</translation>
    </message>
    <message>
        <source>it is the file being edited</source>
        <translation>c&apos;est le fichier en cours de modification</translation>
    </message>
    <message>
        <source>it is open in another window, or its folder is not writable</source>
        <translation>il est ouvert dans une autre fenêtre, ou son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Cannot save to %1: comment %2 does not exist.</source>
        <translation>Impossible d&apos;enregistrer dans %1 : le commentaire %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file changed while it was being added</source>
        <translation>le fichier a changé pendant son ajout</translation>
    </message>
    <message>
        <source>a file with that name already exists. Choose another name.</source>
        <translation>un fichier de ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>the folder is not writable or the file is being created by another program. Choose another folder.</source>
        <translation>le dossier n&apos;est pas accessible en écriture ou le fichier est en cours de création par un autre programme. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CourseSummary</name>
    <message>
        <source>Page</source>
        <translation type="vanished">Page</translation>
    </message>
    <message>
        <source>Text and media area</source>
        <translation type="vanished">Zone texte et média</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="vanished">URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="vanished">Dossier</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="vanished">Forum</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="vanished">Devoir</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="vanished">Test</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation type="vanished">Nuage de mots</translation>
    </message>
    <message>
        <source>Mind map</source>
        <translation type="vanished">Carte mentale</translation>
    </message>
    <message>
        <source>Completion marker</source>
        <translation type="vanished">Marqueur d&apos;achèvement</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="vanished">Autre activité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation>Sections : %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activités : %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions : %1</translation>
    </message>
    <message>
        <source>Question categories: %1</source>
        <translation>Catégories de questions : %1</translation>
    </message>
    <message>
        <source>Sections and activities with an access restriction: %1</source>
        <translation>Sections et activités soumises à une restriction d’accès : %1</translation>
    </message>
    <message numerus="yes">
        <source>Media: %n file(s), %1</source>
        <translation>
            <numerusform>Médias : %n fichier, %1</numerusform>
            <numerusform>Médias : %n fichiers, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Could not create %1: %2. Choose another folder or free some space.</source>
        <translation>Impossible de créer %1 : %2. Choisissez un autre dossier ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Nothing was written.</source>
        <translation>Impossible de terminer l&apos;écriture de %1 : %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Counts and sizes cannot be negative.</source>
        <translation>Les nombres et les tailles ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Media files are file resources: ask for at least one section.</source>
        <translation>Les médias sont des ressources fichier : demandez au moins une section.</translation>
    </message>
    <message>
        <source>Questions go into one quiz per section: ask for at least one activity per section.</source>
        <translation>Les questions vont dans un test par section : demandez au moins une activité par section.</translation>
    </message>
    <message>
        <source>%1 media files and the quizzes need %2 activities per section: ask for more activities per section or fewer media files.</source>
        <translation>%1 médias et les tests demandent %2 activités par section : demandez plus d’activités par section ou moins de médias.</translation>
    </message>
    <message>
        <source>Generated parcours (seed %1)</source>
        <translation>Parcours généré (graine %1)</translation>
    </message>
    <message>
        <source>Benchmark participants</source>
        <translation>Participants de mesure de performance</translation>
    </message>
    <message>
        <source>Generated questions</source>
        <translation>Questions générées</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Text %1.%2</source>
        <translation>Texte %1.%2</translation>
    </message>
    <message>
        <source>Link %1.%2</source>
        <translation>Lien %1.%2</translation>
    </message>
    <message>
        <source>Page %1.%2</source>
        <translation>Page %1.%2</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Quiz %1</source>
        <translation>Test %1</translation>
    </message>
</context>
<context>
    <name>GiftParser</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the title is not closed with “::”.</source>
        <translation>le titre n’est pas fermé par « :: ».</translation>
    </message>
    <message>
        <source>“}” closes no answer block; write “\}” for a literal brace.</source>
        <translation>« } » ne ferme aucun bloc de réponses ; écrivez « \} » pour une accolade littérale.</translation>
    </message>
    <message>
        <source>the answer block opened here is not closed with “}”.</source>
        <translation>le bloc de réponses ouvert ici n’est pas fermé par « } ».</translation>
    </message>
    <message>
        <source>“{” inside an answer block; write “\{” for a literal brace.</source>
        <translation>« { » dans un bloc de réponses ; écrivez « \{ » pour une accolade littérale.</translation>
    </message>
    <message>
        <source>a question has only one answer block; separate questions with a blank line.</source>
        <translation>une question n’a qu’un bloc de réponses ; séparez les questions par une ligne vide.</translation>
    </message>
    <message>
        <source>numerical answers start with “=” or “~”.</source>
        <translation>les réponses numériques commencent par « = » ou « ~ ».</translation>
    </message>
    <message>
        <source>the weight is not a percentage between -100 and 100 such as “%50%”.</source>
        <translation>la pondération n’est pas un pourcentage entre -100 et 100 comme « %50% ».</translation>
    </message>
    <message>
        <source>“%1” is not a range “min..max” of numbers.</source>
        <translation>« %1 » n’est pas un intervalle de nombres « min..max ».</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>the tolerance “%1” is not a positive number.</source>
        <translation>la marge d’erreur « %1 » n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>the numerical question has no answer.</source>
        <translation>la question numérique n’a pas de réponse.</translation>
    </message>
    <message>
        <source>a true/false answer has at most two feedbacks: “#wrong#right”.</source>
        <translation>une réponse vrai/faux a au plus deux feedbacks : « #faux#juste ».</translation>
    </message>
    <message>
        <source>answers start with “=” (right) or “~” (wrong).</source>
        <translation>les réponses commencent par « = » (juste) ou « ~ » (fausse).</translation>
    </message>
    <message>
        <source>the matching pair “%1” has no “-&gt;”.</source>
        <translation>la paire d’appariement « %1 » n’a pas de « -&gt; ».</translation>
    </message>
    <message>
        <source>the matching pair has no answer after “-&gt;”.</source>
        <translation>la paire d’appariement n’a pas de réponse après « -&gt; ».</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs “=question -&gt; answer”.</source>
        <translation>une question d’appariement demande au moins deux paires « =question -&gt; réponse ».</translation>
    </message>
    <message>
        <source>an answer is empty.</source>
        <translation>une réponse est vide.</translation>
    </message>
    <message>
        <source>cannot tell the question type of “{%1}”: answers start with “=” or “~”, numbers with “#”, true/false is T or F.</source>
        <translation>impossible de déterminer le type de la question « {%1} » : les réponses commencent par « = » ou « ~ », les nombres par « # », vrai/faux s’écrit T ou F.</translation>
    </message>
    <message>
        <source>the question has neither a title nor a text.</source>
        <translation>la question n’a ni titre ni texte.</translation>
    </message>
</context>
<context>
    <name>GiftWriter</name>
    <message>
        <source>“%1” is skipped: GIFT cannot express a %2 question.</source>
        <translation>« %1 » est ignorée : le format GIFT ne peut pas exprimer une question %2.</translation>
    </message>
    <message>
        <source>“%1” is skipped: GIFT cannot write “-&gt;” inside a matching pair.</source>
        <translation>« %1 » est ignorée : le format GIFT ne peut pas écrire « -&gt; » dans une paire d’appariement.</translation>
    </message>
</context>
<context>
    <name>HtmlClean</name>
    <message>
        <source>HTML comments</source>
        <translation>commentaires HTML</translation>
    </message>
    <message>
        <source>processing instructions</source>
        <translation>instructions de traitement</translation>
    </message>
    <message>
        <source>style attributes</source>
        <translation>attributs style</translation>
    </message>
    <message>
        <source>class attributes</source>
        <translation>attributs class</translation>
    </message>
    <message>
        <source>the %1 attribute of &lt;%2&gt;</source>
        <translation>l’attribut %1 de &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Multiple choice</source>
        <translation>Question à choix multiple</translation>
    </message>
    <message>
        <source>True/False</source>
        <translation>Vrai/Faux</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Select missing words</source>
        <translation>Sélectionner les mots manquants</translation>
    </message>
    <message>
        <source>Drag and drop into text</source>
        <translation>Glisser-déposer sur le texte</translation>
    </message>
    <message>
        <source>Embedded answers (Cloze)</source>
        <translation>Réponses intégrées (Cloze)</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importé depuis %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Editable: %n section(s)</source>
        <translation>
            <numerusform>Modifiable&#xa0;: %n section</numerusform>
            <numerusform>Modifiable&#xa0;: %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as Moodle wrote them and exported unchanged, not editable: %n item(s)</source>
        <translation>
            <numerusform>Conservé tel que Moodle l&apos;a écrit et exporté sans changement, non modifiable&#xa0;: %n élément</numerusform>
            <numerusform>Conservé tel que Moodle l&apos;a écrit et exporté sans changement, non modifiable&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 and %2)</source>
        <translation> (%1 et %2)</translation>
    </message>
    <message>
        <source>, listed below.</source>
        <translation>, listés ci-dessous.</translation>
    </message>
    <message>
        <source>Everything is editable.</source>
        <translation>Tout est modifiable.</translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) on what was left out or changed, below.</source>
        <translation>
            <numerusform>%n remarque sur ce qui a été laissé de côté ou modifié, ci-dessous.</numerusform>
            <numerusform>%n remarques sur ce qui a été laissé de côté ou modifié, ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept unchanged, not editable: %1</source>
        <translation>Conservé sans changement, non modifiable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MbzExporter</name>
    <message>
        <source>Default for %1</source>
        <translation>Défaut pour %1</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; refers to an activity that is not in the parcours any more. Edit or remove that condition.</source>
        <translation>La restriction de « %1 » fait référence à une activité qui n&apos;est plus dans le parcours. Modifiez ou supprimez cette condition.</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; asks for a grade in &quot;%2&quot;, which is not graded. Choose a quiz or a graded assignment.</source>
        <translation>La restriction de « %1 » demande une note dans « %2 », qui n&apos;est pas évalué. Choisissez un test ou un devoir noté.</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; waits for the completion of &quot;%2&quot;, which has no completion tracking. Turn completion on for &quot;%2&quot;.</source>
        <translation>La restriction de « %1 » attend l&apos;achèvement de « %2 », qui n&apos;a pas de suivi d&apos;achèvement. Activez l&apos;achèvement pour « %2 ».</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; holds a condition without a type.</source>
        <translation>La restriction de « %1 » contient une condition sans type.</translation>
    </message>
    <message>
        <source>The parcours has no title. Give it one in the course settings.</source>
        <translation>Le parcours n&apos;a pas de titre. Donnez-lui un titre dans les paramètres du parcours.</translation>
    </message>
    <message>
        <source>The parcours has no short name. Give it one in the course settings; Moodle needs it to restore the course.</source>
        <translation>Le parcours n&apos;a pas de nom abrégé. Donnez-lui en un dans les paramètres du parcours ; Moodle en a besoin pour restaurer le cours.</translation>
    </message>
    <message>
        <source>An activity of the section &quot;%1&quot; has no name.</source>
        <translation>Une activité de la section « %1 » n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is completed with a passing grade but has no passing grade. Set one in its settings.</source>
        <translation>« %1 » est achevé par une note de passage mais n&apos;a pas de note de passage. Définissez-en une dans ses paramètres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is completed by receiving a grade but is not graded.</source>
        <translation>« %1 » est achevé par l&apos;obtention d&apos;une note mais n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>The quiz &quot;%1&quot; has no question.</source>
        <translation>Le test « %1 » n&apos;a aucune question.</translation>
    </message>
    <message>
        <source>The quiz &quot;%1&quot; uses a question that is not in the question bank any more. Remove that slot.</source>
        <translation>Le test « %1 » utilise une question qui n&apos;est plus dans la banque de questions. Retirez-la du test.</translation>
    </message>
    <message>
        <source>The kept Moodle activity &quot;%1&quot; has lost its %2.xml file; it cannot be exported. Remove it or import it again.</source>
        <translation>L&apos;activité Moodle conservée « %1 » a perdu son fichier %2.xml ; elle ne peut pas être exportée. Supprimez-la ou importez-la à nouveau.</translation>
    </message>
    <message>
        <source>The seed words of the word cloud &quot;%1&quot; are user data in the plugin: they survive this restore but not the parcours→session copy. They are repeated in the instructions.</source>
        <translation>Les mots de départ du nuage de mots « %1 » sont des données utilisateur pour le plugin : ils survivent à cette restauration mais pas à la copie parcours→session. Ils sont repris dans les consignes.</translation>
    </message>
    <message>
        <source>The word cloud &quot;%1&quot; must allow 1 to 10 words and require no more than it allows.</source>
        <translation>Le nuage de mots « %1 » doit autoriser de 1 à 10 mots et n&apos;en exiger pas plus qu&apos;il n&apos;en autorise.</translation>
    </message>
    <message>
        <source>The mind map &quot;%1&quot; is individual: each participant starts from an empty map, so its prepared nodes are not shown.</source>
        <translation>La carte mentale « %1 » est individuelle : chaque participant part d&apos;une carte vide, ses nœuds préparés ne sont donc pas affichés.</translation>
    </message>
    <message>
        <source>The course completion requires an activity that is not in the parcours any more. Update the course completion settings.</source>
        <translation>L&apos;achèvement du parcours exige une activité qui n&apos;est plus dans le parcours. Mettez à jour les paramètres d&apos;achèvement du parcours.</translation>
    </message>
    <message>
        <source>The course completion requires &quot;%1&quot;, which has no completion tracking. Turn completion on for it.</source>
        <translation>L&apos;achèvement du parcours exige « %1 », qui n&apos;a pas de suivi d&apos;achèvement. Activez son achèvement.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an unknown type and no Moodle data; it cannot be exported.</source>
        <translation>La question « %1 » a un type inconnu et aucune donnée Moodle ; elle ne peut pas être exportée.</translation>
    </message>
    <message>
        <source>The cloze question &quot;%1&quot; has no embedded answer ({1:SHORTANSWER:=…}).</source>
        <translation>La question cloze « %1 » n&apos;a aucune réponse intégrée ({1:SHORTANSWER:=…}).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is missing from the project. Add it again.</source>
        <translation>Le fichier « %1 » manque dans le projet. Ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>The platform needs the plugins %1.</source>
        <translation>La plateforme a besoin des plugins %1.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>Seed words: %1</source>
        <translation>Mots de départ : %1</translation>
    </message>
    <message>
        <source>Moodle backup for %1</source>
        <translation>Sauvegarde Moodle pour %1</translation>
    </message>
    <message>
        <source>Moodle backup (*.mbz)</source>
        <translation>Sauvegarde Moodle (*.mbz)</translation>
    </message>
    <message>
        <source>The parcours cannot be exported to %1 for Moodle %2:
%3</source>
        <translation>Le parcours ne peut pas être exporté vers %1 pour Moodle %2 :
%3</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>L&apos;export vers %1 a été annulé.</translation>
    </message>
    <message>
        <source>Could not read a file of the project while writing %1: %2</source>
        <translation>Impossible de lire un fichier du projet pendant l&apos;écriture de %1 : %2</translation>
    </message>
    <message>
        <source>The kept Moodle activity &quot;%1&quot; has the same Moodle id as another activity. Import it again to give it new ids.</source>
        <translation>L&apos;activité Moodle conservée « %1 » a le même identifiant Moodle qu&apos;une autre activité. Importez-la à nouveau pour lui donner de nouveaux identifiants.</translation>
    </message>
    <message>
        <source>The file resource &quot;%1&quot; has no file. Add one or remove the activity.</source>
        <translation>La ressource fichier « %1 » n&apos;a pas de fichier. Ajoutez-en un ou supprimez l&apos;activité.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; has no address. Enter one in its settings.</source>
        <translation>Le lien « %1 » n&apos;a pas d&apos;adresse. Saisissez-en une dans ses paramètres.</translation>
    </message>
    <message>
        <source>The word cloud &quot;%1&quot; works in groups: its seed words belong to no group, so no group sees them.</source>
        <translation>Le nuage de mots « %1 » fonctionne en groupes : ses mots de départ n&apos;appartiennent à aucun groupe, aucun groupe ne les voit donc.</translation>
    </message>
    <message>
        <source>The subsection &quot;%1&quot; needs Moodle 4.5 or later: Moodle 4.1 leaves it out and restores its section as an ordinary one.</source>
        <translation>La sous-section «&#xa0;%1&#xa0;» demande Moodle&#xa0;4.5 ou suivant&#xa0;: Moodle&#xa0;4.1 la laisse de côté et restaure sa section comme une section ordinaire.</translation>
    </message>
    <message>
        <source>A random question of the quiz &quot;%1&quot; draws from a question category that is not in the bank any more. Choose another category.</source>
        <translation>Une question aléatoire du test «&#xa0;%1&#xa0;» est tirée d’une catégorie qui n’est plus dans la banque de questions. Choisissez une autre catégorie.</translation>
    </message>
</context>
<context>
    <name>MbzImporter</name>
    <message>
        <source>%1 is missing: the backup is incomplete. Make the backup again in Moodle.</source>
        <translation>%1 est absent : la sauvegarde est incomplète. Refaites la sauvegarde dans Moodle.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not in the backup (made without files?); it was left out.</source>
        <translation>Le fichier « %1 » n’est pas dans la sauvegarde (faite sans les fichiers ?) ; il a été laissé de côté.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be stored: %2</source>
        <translation>Le fichier « %1 » n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>This is a backup of one %1, not of a course: the course fields come from the backup&apos;s description.</source>
        <translation>Ceci est la sauvegarde d’un seul élément (%1), pas d’un cours : les champs du cours viennent de la description de la sauvegarde.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; belongs to a %2 activity; it was imported as an ordinary section.</source>
        <translation type="vanished">La section « %1 » appartient à une activité %2 ; elle a été importée comme une section ordinaire.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; is in a section that is not in the backup; it was left out.</source>
        <translation>L’activité « %1 » est dans une section absente de la sauvegarde ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; waits for an activity that is not in the backup; the condition was kept as it is.</source>
        <translation>La restriction de « %1 » attend une activité absente de la sauvegarde ; la condition a été gardée telle quelle.</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; asks for a grade that is not an activity of the backup; the condition was kept as it is.</source>
        <translation>La restriction de « %1 » demande une note qui n’est pas celle d’une activité de la sauvegarde ; la condition a été gardée telle quelle.</translation>
    </message>
    <message>
        <source>The restriction of &quot;%1&quot; is not valid JSON (%2); it was left out.</source>
        <translation>La restriction de « %1 » n’est pas du JSON valide (%2) ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>A condition of &quot;%1&quot; refers to an activity that is not in the backup; it was left out.</source>
        <translation>Une condition de « %1 » porte sur une activité absente de la sauvegarde ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>The user profile conditions of &quot;%1&quot; (Moodle 2.6) were left out; add them again in Moodle.</source>
        <translation>Les conditions de profil utilisateur de « %1 » (Moodle 2.6) ont été laissées de côté ; ajoutez-les à nouveau dans Moodle.</translation>
    </message>
    <message>
        <source>Part %1 of the cloze question &quot;%2&quot; is missing from the backup.</source>
        <translation>La partie %1 de la question Cloze « %2 » manque dans la sauvegarde.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; of type %2 is kept as Moodle wrote it; it cannot be edited here.</source>
        <translation type="vanished">La question « %1 » de type %2 est gardée telle que Moodle l’a écrite ; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; has %n random or missing question(s); they were left out. Add them again in Moodle.</source>
        <translation type="vanished">
            <numerusform>Le test « %1 » a %n question aléatoire ou manquante ; elle a été laissée de côté. Ajoutez-la à nouveau dans Moodle.</numerusform>
            <numerusform>Le test « %1 » a %n questions aléatoires ou manquantes ; elles ont été laissées de côté. Ajoutez-les à nouveau dans Moodle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The course completion requires an activity that is not in the backup; that rule was left out.</source>
        <translation>L’achèvement du cours exige une activité absente de la sauvegarde ; cette règle a été laissée de côté.</translation>
    </message>
    <message>
        <source>A course completion rule of type %1 (other courses, roles, …) was left out.</source>
        <translation>Une règle d’achèvement du cours de type %1 (autres cours, rôles, …) a été laissée de côté.</translation>
    </message>
    <message>
        <source>Imported activities</source>
        <translation>Activités importées</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; is listed but missing from the backup; it was left out.</source>
        <translation>L’activité « %1 » est annoncée mais absente de la sauvegarde ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>L’importation de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Cannot import %1.</source>
        <translation>Impossible d’importer %1.</translation>
    </message>
    <message>
        <source>The course ID number &quot;%1&quot; is not kept: a parcours gets its own when it is restored.</source>
        <translation>Le numéro d’identification du cours « %1 » n’est pas gardé : un parcours reçoit le sien lors de la restauration.</translation>
    </message>
    <message>
        <source>The files of &quot;%1&quot; that belong to %2 were left out.</source>
        <translation>Les fichiers de « %1 » qui appartiennent à %2 ont été laissés de côté.</translation>
    </message>
    <message>
        <source>The mind map &quot;%1&quot; is more than %2 levels deep; the deeper nodes were left out.</source>
        <translation>La carte mentale « %1 » a plus de %2 niveaux ; les nœuds plus profonds ont été laissés de côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of the course were left out.</source>
        <translation type="vanished">
            <numerusform>%n bloc du cours a été laissé de côté.</numerusform>
            <numerusform>%n blocs du cours ont été laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of the course were left out.</source>
        <translation type="vanished">
            <numerusform>%n événement du calendrier du cours a été laissé de côté.</numerusform>
            <numerusform>%n événements du calendrier du cours ont été laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter settings of the course were left out.</source>
        <translation type="vanished">Les réglages des filtres du cours ont été laissés de côté.</translation>
    </message>
    <message>
        <source>The tags of the course (%1) were left out.</source>
        <translation type="vanished">Les tags du cours (%1) ont été laissés de côté.</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot; of the course</source>
        <translation>Bloc «&#xa0;%1&#xa0;» du cours</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>Bloc «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The block &quot;%1&quot; is kept without its %n file(s); add them to the block again in Moodle.</source>
        <translation>
            <numerusform>Le bloc «&#xa0;%1&#xa0;» est conservé sans %n fichier&#xa0;; ajoutez-le de nouveau au bloc dans Moodle.</numerusform>
            <numerusform>Le bloc «&#xa0;%1&#xa0;» est conservé sans ses %n fichiers&#xa0;; ajoutez-les de nouveau au bloc dans Moodle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter settings of the course</source>
        <translation>Réglages des filtres du cours</translation>
    </message>
    <message>
        <source>Filter settings of &quot;%1&quot;</source>
        <translation>Réglages des filtres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of the course</source>
        <translation>
            <numerusform>%n événement du calendrier du cours</numerusform>
            <numerusform>%n événements du calendrier du cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of &quot;%1&quot;</source>
        <translation>
            <numerusform>%n événement du calendrier de «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n événements du calendrier de «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments of the course</source>
        <translation>Commentaires du cours</translation>
    </message>
    <message>
        <source>Comments of &quot;%1&quot;</source>
        <translation>Commentaires de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Competencies of the course</source>
        <translation>Compétences du cours</translation>
    </message>
    <message>
        <source>Competencies of &quot;%1&quot;</source>
        <translation>Compétences de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Default completion settings of the course&apos;s activities</source>
        <translation>Réglages d’achèvement par défaut des activités du cours</translation>
    </message>
    <message>
        <source>Role overrides of the course (left out: add them again in Moodle)</source>
        <translation>Dérogations de rôles du cours (laissées de côté&#xa0;: ajoutez-les de nouveau dans Moodle)</translation>
    </message>
    <message>
        <source>Role overrides of &quot;%1&quot; (left out: add them again in Moodle)</source>
        <translation>Dérogations de rôles de «&#xa0;%1&#xa0;» (laissées de côté&#xa0;: ajoutez-les de nouveau dans Moodle)</translation>
    </message>
    <message>
        <source>Tags of the course: %1</source>
        <translation>Tags du cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Custom fields of the course</source>
        <translation>Champs personnalisés du cours</translation>
    </message>
    <message>
        <source>Options of the course format &quot;%1&quot;</source>
        <translation>Options du format de cours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Gradebook set-up of the course (%1 categories, %2 other grade items; left out: the export writes one course total)</source>
        <translation>Configuration du carnet de notes du cours (%1 catégories, %2 autres éléments d’évaluation&#xa0;; laissée de côté&#xa0;: l’export n’écrit que le total du cours)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of the course (left out: create them again in Moodle)</source>
        <translation>
            <numerusform>%n groupe du cours (laissé de côté&#xa0;: créez-le de nouveau dans Moodle)</numerusform>
            <numerusform>%n groupes du cours (laissés de côté&#xa0;: créez-les de nouveau dans Moodle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Course format options of the section &quot;%1&quot;</source>
        <translation>Options du format de cours de la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; (module %2), with its settings and files</source>
        <translation>Activité «&#xa0;%1&#xa0;» (module «&#xa0;%2&#xa0;»), avec ses réglages et ses fichiers</translation>
    </message>
    <message>
        <source>Tags of &quot;%1&quot;: %2</source>
        <translation>Tags de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; belongs to a %2 activity that is not in the backup; it was imported as an ordinary section.</source>
        <translation>La section «&#xa0;%1&#xa0;» appartient à une activité «&#xa0;%2&#xa0;» absente de la sauvegarde&#xa0;; elle a été importée comme une section ordinaire.</translation>
    </message>
    <message>
        <source>Subsection &quot;%1&quot; and its section (Moodle 4.5 and later)</source>
        <translation>Sous-section «&#xa0;%1&#xa0;» et sa section (Moodle&#xa0;4.5 et suivants)</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; of type %2, as Moodle wrote it</source>
        <translation>Question «&#xa0;%1&#xa0;» de type «&#xa0;%2&#xa0;», telle que Moodle l’a écrite</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message numerus="yes">
        <source>Tags of %n question(s) of the bank</source>
        <translation>
            <numerusform>Tags de %n question de la banque</numerusform>
            <numerusform>Tags de %n questions de la banque</numerusform>
        </translation>
    </message>
    <message>
        <source>A random question draws from a question category that is not in the backup; it now draws from the whole bank.</source>
        <translation>Une question aléatoire est tirée d’une catégorie de questions absente de la sauvegarde&#xa0;; elle est désormais tirée de toute la banque de questions.</translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; used a set version of %n question(s); it now uses their latest version.</source>
        <translation>
            <numerusform>Le test «&#xa0;%1&#xa0;» utilisait une version précise de %n question&#xa0;; il utilise désormais sa dernière version.</numerusform>
            <numerusform>Le test «&#xa0;%1&#xa0;» utilisait une version précise de %n questions&#xa0;; il utilise désormais leur dernière version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; has %n question(s) missing from the backup; they were left out. Add them again in Moodle.</source>
        <translation>
            <numerusform>Le test «&#xa0;%1&#xa0;» a %n question absente de la sauvegarde&#xa0;; elle a été laissée de côté. Ajoutez-la de nouveau dans Moodle.</numerusform>
            <numerusform>Le test «&#xa0;%1&#xa0;» a %n questions absentes de la sauvegarde&#xa0;; elles ont été laissées de côté. Ajoutez-les de nouveau dans Moodle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MbzReader</name>
    <message>
        <source>%1 is a Moodle 1.9 backup, which cannot be imported. Restore it in Moodle 2 or later, back the course up again and import that file.</source>
        <translation>%1 est une sauvegarde Moodle 1.9, qui ne peut pas être importée. Restaurez-la dans Moodle 2 ou plus récent, sauvegardez de nouveau le cours et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not a Moodle backup: it has no moodle_backup.xml. Choose a .mbz file made by Moodle&apos;s backup.</source>
        <translation>%1 n&apos;est pas une sauvegarde Moodle : elle n&apos;a pas de moodle_backup.xml. Choisissez un fichier .mbz créé par la sauvegarde de Moodle.</translation>
    </message>
    <message>
        <source>Cannot read moodle_backup.xml from %1: %2.</source>
        <translation>Impossible de lire moodle_backup.xml dans %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not in the format of Moodle 2 or later backups (it must start with an XML declaration, &lt;moodle_backup&gt; and &lt;information&gt;). Choose a .mbz file made by Moodle&apos;s backup.</source>
        <translation>%1 n&apos;est pas au format des sauvegardes Moodle 2 ou plus récentes (elle doit commencer par une déclaration XML, &lt;moodle_backup&gt; et &lt;information&gt;). Choisissez un fichier .mbz créé par la sauvegarde de Moodle.</translation>
    </message>
    <message>
        <source>%1 declares the backup format “%2”; only Moodle 2 and later backups (“moodle2”) can be imported.</source>
        <translation>%1 déclare le format de sauvegarde « %2 » ; seules les sauvegardes Moodle 2 et plus récentes (« moodle2 ») peuvent être importées.</translation>
    </message>
    <message>
        <source>%1 declares the backup type “%2”; only course, section and activity backups can be imported.</source>
        <translation>%1 déclare le type de sauvegarde « %2 » ; seules les sauvegardes de cours, de section et d&apos;activité peuvent être importées.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>%1, line %2: the folder “%3” %4. The backup may be damaged or made to harm your computer; nothing was imported.</source>
        <translation>%1, ligne %2 : le dossier « %3 » %4. La sauvegarde est peut-être endommagée ou conçue pour nuire à votre ordinateur ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is a course backup without its &lt;course&gt; entry in &lt;contents&gt;. The backup is damaged; make it again in Moodle.</source>
        <translation>%1 est une sauvegarde de cours sans son entrée &lt;course&gt; dans &lt;contents&gt;. La sauvegarde est endommagée ; refaites-la dans Moodle.</translation>
    </message>
</context>
<context>
    <name>MoodleXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>an embedded file has no valid name.</source>
        <translation>un fichier intégré n’a pas de nom valide.</translation>
    </message>
    <message>
        <source>the file “%1” is not in base64.</source>
        <translation>le fichier « %1 » n’est pas en base64.</translation>
    </message>
    <message>
        <source>the file “%1” is not valid base64.</source>
        <translation>le fichier « %1 » n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;quiz&gt;: this is not a Moodle question file.</source>
        <translation>l’élément racine est &lt;%1&gt; et non &lt;quiz&gt; : ce n’est pas un fichier de questions Moodle.</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; is ignored.</source>
        <translation>ligne %1 : &lt;%2&gt; est ignoré.</translation>
    </message>
    <message>
        <source>the category has no path.</source>
        <translation>la catégorie n’a pas de chemin.</translation>
    </message>
    <message>
        <source>line %1: the question type “%2” is not supported; the question is skipped.</source>
        <translation>ligne %1 : le type de question « %2 » n’est pas pris en charge ; la question est ignorée.</translation>
    </message>
    <message>
        <source>the question has no &lt;name&gt;&lt;text&gt;.</source>
        <translation>la question n’a pas de &lt;name&gt;&lt;text&gt;.</translation>
    </message>
    <message>
        <source>line %1: the tags of “%2” are ignored.</source>
        <translation>ligne %1 : les tags de « %2 » sont ignorés.</translation>
    </message>
    <message>
        <source>the answer&apos;s fraction “%1” is not a percentage between -100 and 100.</source>
        <translation>la fraction « %1 » de la réponse n’est pas un pourcentage entre -100 et 100.</translation>
    </message>
    <message>
        <source>a true/false question has two answers, not %1.</source>
        <translation>une question vrai/faux a deux réponses, et non %1.</translation>
    </message>
    <message>
        <source>the question “%1” has no answer.</source>
        <translation>la question « %1 » n’a pas de réponse.</translation>
    </message>
    <message>
        <source>the matching question “%1” has no subquestion.</source>
        <translation>la question d’appariement « %1 » n’a pas de sous-question.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file is larger than %2 MB, more than a question file holds. Split the questions into several files.</source>
        <translation>Impossible de lire %1&#xa0;: le fichier dépasse %2&#xa0;Mo, plus que ne contient un fichier de questions. Répartissez les questions dans plusieurs fichiers.</translation>
    </message>
</context>
<context>
    <name>MoodleXmlWriter</name>
    <message>
        <source>“%1” is skipped: its type “%2” has no Moodle XML form here.</source>
        <translation>« %1 » est ignorée : son type « %2 » n’a pas de forme Moodle XML ici.</translation>
    </message>
    <message>
        <source>the file “%1” of “%2” is missing from the media store and is written empty.</source>
        <translation>le fichier « %1 » de « %2 » manque dans la médiathèque et est écrit vide.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
</context>
<context>
    <name>Parcours::ActivityForm</name>
    <message>
        <source>Edit “%1” of “%2”</source>
        <translation>Modifier « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <source>In a frame</source>
        <translation>Dans un cadre</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Force download</source>
        <translation>Imposer le téléchargement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>In a pop-up</source>
        <translation>En fenêtre surgissante</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Généraux</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Description (HTML):</source>
        <translation type="vanished">&amp;Description (HTML) :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Show the description on the &amp;course page</source>
        <translation>Afficher la description sur la page de &amp;cours</translation>
    </message>
    <message>
        <source>Show the description</source>
        <translation>Afficher la description</translation>
    </message>
    <message>
        <source>&amp;Visible to participants</source>
        <translation>&amp;Visible pour les participants</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>N° d’&amp;identification :</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>N° d’identification</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Access restriction</source>
        <translation>Restriction d’accès</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page &amp;content (HTML):</source>
        <translation type="vanished">&amp;Contenu de la page (HTML) :</translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation>&amp;Affichage :</translation>
    </message>
    <message>
        <source>Show the description on the page</source>
        <translation>Afficher la description sur la page</translation>
    </message>
    <message>
        <source>Show the last modified date</source>
        <translation>Afficher la date de dernière modification</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Show the file size</source>
        <translation>Afficher la taille du fichier</translation>
    </message>
    <message>
        <source>Show the file type</source>
        <translation>Afficher le type du fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Show the content on the course page</source>
        <translation>Afficher le contenu sur la page de cours</translation>
    </message>
    <message>
        <source>Show subfolders expanded</source>
        <translation>Afficher les sous-dossiers déployés</translation>
    </message>
    <message>
        <source>Show the download button</source>
        <translation>Afficher le bouton de téléchargement</translation>
    </message>
    <message>
        <source>Force download of the files</source>
        <translation>Imposer le téléchargement des fichiers</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Forum &amp;type:</source>
        <translation>&amp;Type de forum :</translation>
    </message>
    <message>
        <source>Standard forum for general use</source>
        <translation>Forum standard pour utilisation générale</translation>
    </message>
    <message>
        <source>A single simple discussion</source>
        <translation>Une seule discussion simple</translation>
    </message>
    <message>
        <source>Each person posts one discussion</source>
        <translation>Chaque personne lance une discussion</translation>
    </message>
    <message>
        <source>Q and A forum</source>
        <translation>Forum questions-réponses</translation>
    </message>
    <message>
        <source>Blog-like forum</source>
        <translation>Forum standard affiché comme un blog</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Imposé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Maximum &amp;attachments:</source>
        <translation>Nombre maximal d’&amp;annexes :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Cut-off date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Activity &amp;instructions (HTML):</source>
        <translation type="vanished">&amp;Consignes de l’activité (HTML) :</translation>
    </message>
    <message>
        <source>Allow submissions from</source>
        <translation>Autoriser la remise dès le</translation>
    </message>
    <message>
        <source>Remind me to grade by</source>
        <translation>Me rappeler d’évaluer avant le</translation>
    </message>
    <message>
        <source>Maximum &amp;grade:</source>
        <translation>Note &amp;maximale :</translation>
    </message>
    <message>
        <source>Grade to &amp;pass:</source>
        <translation>Note pour &amp;réussir :</translation>
    </message>
    <message>
        <source>Online text submissions</source>
        <translation>Remise en texte en ligne</translation>
    </message>
    <message>
        <source>File submissions</source>
        <translation>Remise de fichiers</translation>
    </message>
    <message>
        <source>Maximum number of &amp;files:</source>
        <translation>Nombre maximal de &amp;fichiers :</translation>
    </message>
    <message>
        <source>&amp;Word limit:</source>
        <translation>Limite de &amp;mots :</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Require students to accept the submission statement</source>
        <translation>Exiger que les participants acceptent la déclaration de remise</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Open the quiz</source>
        <translation>Ouvrir le test</translation>
    </message>
    <message>
        <source>Close the quiz</source>
        <translation>Fermer le test</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Temps disponible :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Attempts allowed:</source>
        <translation>Nombre de &amp;tentatives :</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Grading &amp;method:</source>
        <translation>&amp;Méthode d’évaluation :</translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Moyenne des notes</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Première tentative</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>&amp;Decimal places in grades:</source>
        <translation>&amp;Décimales dans les notes :</translation>
    </message>
    <message>
        <source>&amp;Questions per page:</source>
        <translation>&amp;Questions par page :</translation>
    </message>
    <message>
        <source>All on one page</source>
        <translation>Toutes sur une page</translation>
    </message>
    <message>
        <source>&amp;Navigation:</source>
        <translation>&amp;Navigation :</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Séquentielle</translation>
    </message>
    <message>
        <source>Question &amp;behaviour:</source>
        <translation>&amp;Comportement des questions :</translation>
    </message>
    <message>
        <source>Deferred feedback</source>
        <translation>Feedback a posteriori</translation>
    </message>
    <message>
        <source>Adaptive mode (no penalties)</source>
        <translation>Mode adaptatif (sans pénalité)</translation>
    </message>
    <message>
        <source>Adaptive mode</source>
        <translation>Mode adaptatif</translation>
    </message>
    <message>
        <source>Interactive with multiple tries</source>
        <translation>Interactif avec essais multiples</translation>
    </message>
    <message>
        <source>Immediate feedback</source>
        <translation>Feedback immédiat</translation>
    </message>
    <message>
        <source>Deferred feedback with CBM</source>
        <translation>Feedback a posteriori avec indice de certitude</translation>
    </message>
    <message>
        <source>Immediate feedback with CBM</source>
        <translation>Feedback immédiat avec indice de certitude</translation>
    </message>
    <message>
        <source>Shuffle the answers within questions</source>
        <translation>Mélanger les réponses dans les questions</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <source>&amp;Instructions (HTML):</source>
        <translation type="vanished">&amp;Consignes (HTML) :</translation>
    </message>
    <message>
        <source>&amp;Seed words (one a line):</source>
        <translation type="vanished">Mots de &amp;départ (un par ligne) :</translation>
    </message>
    <message>
        <source>Words &amp;required from each participant:</source>
        <translation>Mots &amp;exigés de chaque participant :</translation>
    </message>
    <message>
        <source>&amp;Maximum words per participant:</source>
        <translation>Nombre &amp;maximal de mots par participant :</translation>
    </message>
    <message>
        <source>&amp;Group mode:</source>
        <translation>Mode de &amp;groupe :</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Separate groups</source>
        <translation>Groupes séparés</translation>
    </message>
    <message>
        <source>Visible groups</source>
        <translation>Groupes visibles</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>Ouvert à partir du</translation>
    </message>
    <message>
        <source>Close on</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>Mind map</source>
        <translation>Carte mentale</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Collaborative</source>
        <translation>Collaborative</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Participants can edit the map</source>
        <translation>Les participants peuvent modifier la carte</translation>
    </message>
    <message>
        <source>Lock the map while someone edits it</source>
        <translation>Verrouiller la carte pendant qu’une personne la modifie</translation>
    </message>
    <message>
        <source>Mind map outline</source>
        <translation>Plan de la carte mentale</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation type="vanished">Plan :</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Ajouter un &amp;enfant</translation>
    </message>
    <message>
        <source>Add a s&amp;ibling</source>
        <translation>Ajouter un &amp;frère</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Autre activité</translation>
    </message>
    <message>
        <source>Parcours Studio does not edit “%1” activities: their settings are kept as they were in the imported backup and exported unchanged.</source>
        <translation>Parcours Studio ne modifie pas les activités « %1 » : leurs réglages sont conservés tels qu’ils étaient dans la sauvegarde importée et exportés sans changement.</translation>
    </message>
    <message>
        <source>Edit the outline of “%1”</source>
        <translation>Modifier le plan de « %1 »</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>During the attempt</source>
        <translation>Pendant la tentative</translation>
    </message>
    <message>
        <source>Immediately after</source>
        <translation>Juste après</translation>
    </message>
    <message>
        <source>Later, while open</source>
        <translation>Plus tard, test ouvert</translation>
    </message>
    <message>
        <source>After closing</source>
        <translation>Après la fermeture</translation>
    </message>
    <message>
        <source>The attempt</source>
        <translation>La tentative</translation>
    </message>
    <message>
        <source>Whether correct</source>
        <translation>Si correct</translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation>Points maximaux</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Specific feedback</source>
        <translation>Feedback spécifique</translation>
    </message>
    <message>
        <source>General feedback</source>
        <translation>Feedback général</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Réponse juste</translation>
    </message>
    <message>
        <source>Overall feedback</source>
        <translation>Feedback global</translation>
    </message>
    <message>
        <source>Review options</source>
        <translation>Options de relecture</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>From grade (%)</source>
        <translation>À partir de la note (%)</translation>
    </message>
    <message>
        <source>Feedback (HTML)</source>
        <translation>Feedback (HTML)</translation>
    </message>
    <message>
        <source>Overall feedback:</source>
        <translation>Feedback global :</translation>
    </message>
    <message>
        <source>Add a feedback &amp;band</source>
        <translation>Ajouter une &amp;tranche de feedback</translation>
    </message>
    <message>
        <source>Remove the band</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Page &amp;content:</source>
        <translation>&amp;Contenu de la page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Files (the main file is the one shown):</source>
        <translation>&amp;Fichiers (le fichier principal est celui qui est affiché)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Activity &amp;instructions:</source>
        <translation>&amp;Consignes de l’activité&#xa0;:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>Seed words</source>
        <translation>Mots de départ</translation>
    </message>
    <message>
        <source>Insert adds a word, F2 or Enter edits it, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Inser ajoute un mot, F2 ou Entrée le modifie, Suppr le supprime, Alt+Haut et Alt+Bas le déplacent.</translation>
    </message>
    <message>
        <source>&amp;Seed words:</source>
        <translation>Mots de dé&amp;part&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a word</source>
        <translation>A&amp;jouter un mot</translation>
    </message>
    <message>
        <source>Add a seed word</source>
        <translation>Ajouter un mot de départ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modi&amp;fier</translation>
    </message>
    <message>
        <source>Edit the word</source>
        <translation>Modifier le mot</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move the word up</source>
        <translation>Monter le mot</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>Move the word down</source>
        <translation>Descendre le mot</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the word</source>
        <translation>Supprimer le mot</translation>
    </message>
    <message>
        <source>Insert adds a child idea, Shift+Insert a sibling, F2 or Enter renames, Delete deletes, Alt+Up and Alt+Down move, Alt+Right and Alt+Left indent and outdent.</source>
        <translation>Inser ajoute une idée enfant, Maj+Inser une idée sœur, F2 ou Entrée renomme, Suppr supprime, Alt+Haut et Alt+Bas déplacent, Alt+Droite et Alt+Gauche décalent à droite et à gauche.</translation>
    </message>
    <message>
        <source>O&amp;utline:</source>
        <translation>&amp;Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Add an idea under this one</source>
        <translation>Ajouter une idée sous celle-ci</translation>
    </message>
    <message>
        <source>Add an idea after this one, at the same level</source>
        <translation>Ajouter une idée après celle-ci, au même niveau</translation>
    </message>
    <message>
        <source>Rename the idea</source>
        <translation>Renommer l’idée</translation>
    </message>
    <message>
        <source>Move the idea before the previous one</source>
        <translation>Placer l’idée avant la précédente</translation>
    </message>
    <message>
        <source>Move the idea after the next one</source>
        <translation>Placer l’idée après la suivante</translation>
    </message>
    <message>
        <source>In&amp;dent</source>
        <translation>Décaler à dr&amp;oite</translation>
    </message>
    <message>
        <source>Make the idea a child of the previous one</source>
        <translation>Faire de l’idée un enfant de la précédente</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Décaler à &amp;gauche</translation>
    </message>
    <message>
        <source>Make the idea a sibling of its parent</source>
        <translation>Placer l’idée au niveau de son parent</translation>
    </message>
    <message>
        <source>Delete the idea and the ideas under it</source>
        <translation>Supprimer l’idée et les idées qui en dépendent</translation>
    </message>
</context>
<context>
    <name>Parcours::CompletionEditor</name>
    <message>
        <source>Completion tracking:</source>
        <translation>Suivi d&apos;achèvement :</translation>
    </message>
    <message>
        <source>Completion tracking</source>
        <translation>Suivi d&apos;achèvement</translation>
    </message>
    <message>
        <source>The participant must view the activity</source>
        <translation>Le participant doit afficher l&apos;activité</translation>
    </message>
    <message>
        <source>Receive a grade</source>
        <translation>Recevoir une note</translation>
    </message>
    <message>
        <source>Receive a passing grade</source>
        <translation>Recevoir une note minimale pour réussir</translation>
    </message>
    <message>
        <source>or all available attempts completed</source>
        <translation>ou toutes les tentatives disponibles sont terminées</translation>
    </message>
    <message>
        <source>Minimum attempts:</source>
        <translation>Nombre minimal de tentatives :</translation>
    </message>
    <message>
        <source>Make a submission</source>
        <translation>Remettre un travail</translation>
    </message>
    <message>
        <source>Posts (discussions or replies):</source>
        <translation>Messages (discussions ou réponses) :</translation>
    </message>
    <message>
        <source>Start discussions:</source>
        <translation>Lancer des discussions :</translation>
    </message>
    <message>
        <source>Post replies:</source>
        <translation>Publier des réponses :</translation>
    </message>
    <message>
        <source>Contribute the required words</source>
        <translation>Proposer les mots demandés</translation>
    </message>
    <message>
        <source>Set reminder in Timeline:</source>
        <translation>Définir un rappel dans la chronologie :</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>Date d&apos;achèvement attendue</translation>
    </message>
    <message>
        <source>Do not indicate activity completion</source>
        <translation>Ne pas afficher l&apos;état d&apos;achèvement</translation>
    </message>
    <message>
        <source>Participants can manually mark the activity as completed</source>
        <translation>Les participants peuvent marquer manuellement cette activité comme achevée</translation>
    </message>
    <message>
        <source>Add requirements</source>
        <translation>Ajouter des conditions</translation>
    </message>
    <message>
        <source>Change the completion of “%1”</source>
        <translation>Modifier l&apos;achèvement de « %1 »</translation>
    </message>
</context>
<context>
    <name>Parcours::CourseDocument</name>
    <message>
        <source>Changes can no longer be saved to %1: %2</source>
        <translation>Les modifications ne peuvent plus être enregistrées dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: unknown node type &quot;%2&quot;</source>
        <translation>%1 : type de nœud inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1: missing or invalid id</source>
        <translation>%1 : identifiant manquant ou invalide</translation>
    </message>
    <message>
        <source>%1: a %2 cannot contain a %3</source>
        <translation>%1 : un nœud %2 ne peut pas contenir un nœud %3</translation>
    </message>
    <message>
        <source>course: the root is not a course</source>
        <translation>course : la racine n&apos;est pas un parcours</translation>
    </message>
    <message>
        <source>questionBank: the root is not a question bank</source>
        <translation>questionBank : la racine n&apos;est pas une banque de questions</translation>
    </message>
    <message>
        <source>The snapshot uses the same node id twice.</source>
        <translation>L&apos;instantané utilise deux fois le même identifiant de nœud.</translation>
    </message>
</context>
<context>
    <name>Parcours::CourseSettingsDialog</name>
    <message>
        <source>Course settings</source>
        <translation>Paramètres du parcours</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Généraux</translation>
    </message>
    <message>
        <source>m@gistère &amp;indexation</source>
        <translation>&amp;Indexation m@gistère</translation>
    </message>
    <message>
        <source>Course &amp;completion</source>
        <translation>&amp;Achèvement du parcours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nom a&amp;brégé :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>S&amp;ummary (HTML):</source>
        <translation type="vanished">&amp;Résumé (HTML) :</translation>
    </message>
    <message>
        <source>Forced language</source>
        <translation>Langue imposée</translation>
    </message>
    <message>
        <source>Do not force</source>
        <translation>Ne pas imposer</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Forced &amp;language:</source>
        <translation>&amp;Langue imposée :</translation>
    </message>
    <message>
        <source>Course format</source>
        <translation>Format de cours</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Single activity</source>
        <translation>Activité unique</translation>
    </message>
    <message>
        <source>m@gistère topics</source>
        <translation>Thématique m@gistère</translation>
    </message>
    <message>
        <source>Modular</source>
        <translation>Modulaire</translation>
    </message>
    <message>
        <source>Course &amp;format:</source>
        <translation>&amp;Format de cours :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Autoformation</translation>
    </message>
    <message>
        <source>Tutored</source>
        <translation>Accompagné</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>T&amp;ypology:</source>
        <translation>T&amp;ypologie :</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public visé :</translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation>%1, heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Remote duration:</source>
        <translation>Durée à &amp;distance :</translation>
    </message>
    <message>
        <source>In-&amp;person duration:</source>
        <translation>Durée en &amp;présence :</translation>
    </message>
    <message>
        <source>Total duration:</source>
        <translation>Durée totale :</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Aut&amp;hors:</source>
        <translation>A&amp;uteurs :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Enable course completion</source>
        <translation>&amp;Activer l’achèvement du parcours</translation>
    </message>
    <message>
        <source>Enable course completion</source>
        <translation>Activer l’achèvement du parcours</translation>
    </message>
    <message>
        <source>All criteria must be met</source>
        <translation>Tous les critères doivent être remplis</translation>
    </message>
    <message>
        <source>Any criterion is enough</source>
        <translation>Un seul critère suffit</translation>
    </message>
    <message>
        <source>Overall condition</source>
        <translation>Condition générale</translation>
    </message>
    <message>
        <source>&amp;Overall condition:</source>
        <translation>Condition &amp;générale :</translation>
    </message>
    <message>
        <source>Activities to complete</source>
        <translation>Activités à achever</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>&amp;Activities to complete:</source>
        <translation>Activités à a&amp;chever :</translation>
    </message>
    <message>
        <source>Activity condition</source>
        <translation>Condition sur les activités</translation>
    </message>
    <message>
        <source>Activity co&amp;ndition:</source>
        <translation>Co&amp;ndition sur les activités :</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Change the course settings</source>
        <translation>Modifier les paramètres du parcours</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::CourseTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section : %1</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Renommer l&apos;activité</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="vanished">Page</translation>
    </message>
    <message>
        <source>Text and media area</source>
        <translation type="vanished">Zone texte et média</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="vanished">Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="vanished">Dossier</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="vanished">Forum</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="vanished">Devoir</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="vanished">Test</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation type="vanished">Nuage de mots</translation>
    </message>
    <message>
        <source>Mind map</source>
        <translation type="vanished">Carte mentale</translation>
    </message>
    <message>
        <source>Completion marker</source>
        <translation type="vanished">Marqueur d&apos;achèvement</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="vanished">Autre activité</translation>
    </message>
</context>
<context>
    <name>Parcours::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export the parcours</source>
        <translation>Exporter le parcours</translation>
    </message>
    <message>
        <source>Moodle 4.1 (Magistère 2)</source>
        <translation>Moodle 4.1 (Magistère 2)</translation>
    </message>
    <message>
        <source>Moodle 4.5</source>
        <translation>Moodle 4.5</translation>
    </message>
    <message>
        <source>Moodle 5.0</source>
        <translation>Moodle 5.0</translation>
    </message>
    <message>
        <source>Moodle version</source>
        <translation>Version de Moodle</translation>
    </message>
    <message>
        <source>mod_collabwordcloud (m@gistère)</source>
        <translation>mod_collabwordcloud (m@gistère)</translation>
    </message>
    <message>
        <source>mod_wordcloud (Canopé)</source>
        <translation>mod_wordcloud (Canopé)</translation>
    </message>
    <message>
        <source>Word cloud plugin</source>
        <translation>Plugin de nuage de mots</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Moodle version:</source>
        <translation>Version de &amp;Moodle :</translation>
    </message>
    <message>
        <source>&amp;Word cloud plugin:</source>
        <translation>Plugin de &amp;nuage de mots :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Cannot export there</source>
        <translation>Impossible d&apos;exporter à cet endroit</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose another file with Browse….</source>
        <translation>Le dossier de %1 n&apos;existe pas. Choisissez un autre fichier avec Parcourir….</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
</context>
<context>
    <name>Parcours::FilesEditor</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Add files with Insert or by dropping them here; F2 renames, Delete removes.</source>
        <translation>Ajoutez des fichiers avec Inser ou en les déposant ici&#xa0;; F2 renomme, Suppr supprime.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Main file</source>
        <translation>Fichier principal</translation>
    </message>
    <message>
        <source>No file yet. Drop files here or use Add files…</source>
        <translation>Aucun fichier pour l’instant. Déposez des fichiers ici ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;jouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files from the computer (or drop them on the list)</source>
        <translation>Ajouter des fichiers de l’ordinateur (ou les déposer sur la liste)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Supprimer les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Renomm&amp;er</translation>
    </message>
    <message>
        <source>Rename the file</source>
        <translation>Renommer le fichier</translation>
    </message>
    <message>
        <source>Set as ma&amp;in file</source>
        <translation>Définir comme fichier &amp;principal</translation>
    </message>
    <message>
        <source>Make this file the one the resource shows</source>
        <translation>Faire de ce fichier celui que la ressource affiche</translation>
    </message>
    <message>
        <source>Save a co&amp;py…</source>
        <translation>En&amp;registrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the file on the computer</source>
        <translation>Enregistrer une copie du fichier sur l’ordinateur</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Adding the files was cancelled: nothing was added.</source>
        <translation>L’ajout des fichiers a été annulé&#xa0;: rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Enregistrement d’une copie de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Saving the copy was cancelled.</source>
        <translation>L’enregistrement de la copie a été annulé.</translation>
    </message>
    <message>
        <source>Folders are not added: drop the files they hold instead.</source>
        <translation>Les dossiers ne sont pas ajoutés&#xa0;: déposez plutôt les fichiers qu’ils contiennent.</translation>
    </message>
</context>
<context>
    <name>Parcours::HtmlEditor</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Preformatted</source>
        <translation>Préformaté</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>S</source>
        <translation>abc</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Diminuer le niveau de liste</translation>
    </message>
    <message>
        <source>⇤</source>
        <translation>⇤</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Augmenter le niveau de liste</translation>
    </message>
    <message>
        <source>⇥</source>
        <translation>⇥</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Insert an image…</source>
        <translation>Insérer une image…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Insert a table…</source>
        <translation>Insérer un tableau…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Insert a row &amp;above</source>
        <translation>Insérer une ligne au-&amp;dessus</translation>
    </message>
    <message>
        <source>Insert a row &amp;below</source>
        <translation>Insérer une ligne en-desso&amp;us</translation>
    </message>
    <message>
        <source>Insert a column &amp;before</source>
        <translation>Insérer une colonne &amp;avant</translation>
    </message>
    <message>
        <source>Insert a column a&amp;fter</source>
        <translation>Insérer une colonne a&amp;près</translation>
    </message>
    <message>
        <source>Delete the &amp;row</source>
        <translation>Supprimer la &amp;ligne</translation>
    </message>
    <message>
        <source>Delete the &amp;column</source>
        <translation>Supprimer la &amp;colonne</translation>
    </message>
    <message>
        <source>Delete the &amp;table</source>
        <translation>Supprimer le &amp;tableau</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>Effacer la mise en forme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>Source HTML</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Go to the formatting toolbar</source>
        <translation>Aller à la barre de mise en forme</translation>
    </message>
    <message>
        <source>%1 (HTML source)</source>
        <translation>%1 (source HTML)</translation>
    </message>
    <message>
        <source>This content holds elements that the visual editor cannot show (%1): it is shown as HTML source so that nothing is lost.</source>
        <translation>Ce contenu contient des éléments que l’éditeur visuel ne sait pas afficher (%1)&#xa0;: il est ouvert en source HTML pour ne rien perdre.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” is not an image that can be shown.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image affichable.</translation>
    </message>
    <message>
        <source>Insert the image “%1”</source>
        <translation>Insérer l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The image could not be added: %1</source>
        <translation>L’image n’a pas pu être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Parcours::LinkDialog</name>
    <message>
        <source>Open in a &amp;new window</source>
        <translation>Ouvrir dans une &amp;nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Text to display</source>
        <translation>Texte à afficher</translation>
    </message>
    <message>
        <source>&amp;Text to display:</source>
        <translation>&amp;Texte à afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shown when the pointer rests on the link</source>
        <translation>Affiché quand le pointeur s’arrête sur le lien</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>T&amp;itre (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>This address would run a script: links may only open pages (https://…, mailto:…).</source>
        <translation>Cette adresse exécuterait un script&#xa0;: un lien ne peut qu’ouvrir une page (https://…, mailto:…).</translation>
    </message>
</context>
<context>
    <name>Parcours::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot open the parcours</source>
        <translation>Impossible d&apos;ouvrir le parcours</translation>
    </message>
    <message>
        <source>The parcours %1 could not be opened.

%2

Check that the file is a Parcours Studio project and that you may read it, then try again.</source>
        <translation>Le parcours %1 n&apos;a pas pu être ouvert.

%2

Vérifiez que le fichier est un projet Parcours Studio et que vous avez le droit de le lire, puis réessayez.</translation>
    </message>
    <message>
        <source>Parcours Studio</source>
        <translation>Parcours Studio</translation>
    </message>
    <message>
        <source>%1 [read-only] — Parcours Studio</source>
        <translation>%1 [lecture seule] — Parcours Studio</translation>
    </message>
    <message>
        <source>%1 — Parcours Studio</source>
        <translation>%1 — Parcours Studio</translation>
    </message>
    <message>
        <source>Open a parcours with File → Open…</source>
        <translation>Ouvrez un parcours avec Fichier → Ouvrir…</translation>
    </message>
    <message>
        <source>This parcours has no section yet.</source>
        <translation type="vanished">Ce parcours n&apos;a pas encore de section.</translation>
    </message>
    <message>
        <source>Select a section or an activity.</source>
        <translation>Sélectionnez une section ou une activité.</translation>
    </message>
    <message>
        <source>Open a parcours</source>
        <translation>Ouvrir un parcours</translation>
    </message>
    <message>
        <source>Parcours (*.parcours);;All files (*)</source>
        <translation>Parcours (*.parcours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Changes can no longer be saved</source>
        <translation>Les modifications ne peuvent plus être enregistrées</translation>
    </message>
    <message>
        <source>%1

The parcours is now read-only. Free some disk space or check the file, then open it again.</source>
        <translation>%1

Le parcours est désormais en lecture seule. Libérez de l&apos;espace disque ou vérifiez le fichier, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Nothing was exported for Moodle %1: correct the errors below, then export again.</source>
        <translation>Rien n&apos;a été exporté pour Moodle %1 : corrigez les erreurs ci-dessous, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Export stopped: the parcours has errors.</source>
        <translation>Export arrêté : le parcours contient des erreurs.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Exported to %1 for Moodle %2. No problem found.</source>
        <translation>Exporté vers %1 pour Moodle %2. Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Exported to %1 for Moodle %2, with warnings: check them below.</source>
        <translation>Exporté vers %1 pour Moodle %2, avec des avertissements : consultez-les ci-dessous.</translation>
    </message>
    <message>
        <source>Exported to %1 (%2).</source>
        <translation>Exporté vers %1 (%2).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was exported for Moodle %1.</source>
        <translation>Rien n&apos;a été exporté pour Moodle %1.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>L&apos;export a échoué.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>The parcours could not be exported to %1.

%2</source>
        <translation>Le parcours n&apos;a pas pu être exporté vers %1.

%2</translation>
    </message>
    <message>
        <source>This item is in the question bank, which the structure does not show.</source>
        <translation>Cet élément est dans la banque de questions, que la structure n&apos;affiche pas.</translation>
    </message>
    <message>
        <source>Structure of the parcours</source>
        <translation>Structure du parcours</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>Add an &amp;activity</source>
        <translation>Ajouter une ac&amp;tivité</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="vanished">Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>&amp;Course settings…</source>
        <translation>&amp;Paramètres du parcours…</translation>
    </message>
    <message>
        <source>This parcours has no section yet: add one with Edit → Add a section.</source>
        <translation>Ce parcours n’a pas encore de section : ajoutez-en une avec Édition → Ajouter une section.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Section added.</source>
        <translation>Section ajoutée.</translation>
    </message>
    <message>
        <source>Activity added.</source>
        <translation>Activité ajoutée.</translation>
    </message>
    <message>
        <source>Deleted. Edit → Undo brings it back.</source>
        <translation>Supprimé. Édition → Annuler le rétablit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation>Problèmes (erreurs : %1, avertissements : %2)</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new parcours (Ctrl+N)</source>
        <translation>Créer un nouveau parcours (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a parcours (Ctrl+O)</source>
        <translation>Ouvrir un parcours (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Sna&amp;pshots</source>
        <translation>Ins&amp;tantanés</translation>
    </message>
    <message>
        <source>&amp;Take a snapshot…</source>
        <translation>&amp;Créer un instantané…</translation>
    </message>
    <message>
        <source>&amp;Snapshots…</source>
        <translation>&amp;Instantanés…</translation>
    </message>
    <message>
        <source>&amp;Import a Moodle backup…</source>
        <translation>&amp;Importer une sauvegarde Moodle…</translation>
    </message>
    <message>
        <source>Export a Moodle backup (Ctrl+E)</source>
        <translation>Exporter une sauvegarde Moodle (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import question&amp;s…</source>
        <translation>Importer des q&amp;uestions…</translation>
    </message>
    <message>
        <source>Export ques&amp;tions…</source>
        <translation>Exporter &amp;des questions…</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Question &amp;bank</source>
        <translation>&amp;Banque de questions</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Main &amp;toolbar</source>
        <translation>&amp;Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>No need to save: every change is stored as you make it.</source>
        <translation>Pas besoin d&apos;enregistrer&#xa0;: chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Create a parcours</source>
        <translation>Créer un parcours</translation>
    </message>
    <message>
        <source>New parcours.parcours</source>
        <translation>Nouveau parcours.parcours</translation>
    </message>
    <message>
        <source>Parcours (*.parcours)</source>
        <translation>Parcours (*.parcours)</translation>
    </message>
    <message>
        <source>Cannot create the parcours</source>
        <translation>Impossible de créer le parcours</translation>
    </message>
    <message>
        <source>%1 is the parcours open in this window. Choose another name.</source>
        <translation>%1 est le parcours ouvert dans cette fenêtre. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in another window or write-protected.</source>
        <translation>%1 ne peut pas être remplacé&#xa0;: il est peut-être ouvert dans une autre fenêtre ou protégé en écriture.</translation>
    </message>
    <message>
        <source>New parcours</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>The parcours %1 could not be created.

%2</source>
        <translation>Le parcours %1 n&apos;a pas pu être créé.

%2</translation>
    </message>
    <message>
        <source>Save the parcours as</source>
        <translation>Enregistrer le parcours sous</translation>
    </message>
    <message>
        <source>%1 (copy).parcours</source>
        <translation>%1 (copie).parcours</translation>
    </message>
    <message>
        <source>%1 is the parcours open in this window; every change is already stored in it.</source>
        <translation>%1 est le parcours ouvert dans cette fenêtre&#xa0;; chaque modification y est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Saving as %1…</source>
        <translation>Enregistrement sous %1…</translation>
    </message>
    <message>
        <source>Save as failed</source>
        <translation>Échec de l&apos;enregistrement sous un autre nom</translation>
    </message>
    <message>
        <source>The parcours could not be copied to %1.

%2</source>
        <translation>Le parcours n&apos;a pas pu être copié vers %1.

%2</translation>
    </message>
    <message>
        <source>Now editing %1. The undo history starts afresh; the original file is unchanged.</source>
        <translation>Vous modifiez maintenant %1. L&apos;historique des annulations repart de zéro&#xa0;; le fichier d&apos;origine est inchangé.</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>&amp;Label of the snapshot (optional):</source>
        <translation>&amp;Libellé de l&apos;instantané (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>Création de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Échec de l&apos;instantané</translation>
    </message>
    <message>
        <source>No snapshot was taken.

%1</source>
        <translation>Aucun instantané n&apos;a été créé.

%1</translation>
    </message>
    <message>
        <source>Snapshot taken: %1</source>
        <translation>Instantané créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore the snapshot</source>
        <translation>Restaurer l&apos;instantané</translation>
    </message>
    <message>
        <source>Replace the parcours with the snapshot %1?

A snapshot of the current state is taken first, so you can come back to it. The undo history starts afresh.</source>
        <translation>Remplacer le parcours par l&apos;instantané %1&#xa0;?

Un instantané de l&apos;état actuel est d&apos;abord créé, pour que vous puissiez y revenir. L&apos;historique des annulations repart de zéro.</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Avant la restauration de %1</translation>
    </message>
    <message>
        <source>Restoring the snapshot…</source>
        <translation>Restauration de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>The snapshot could not be restored; the parcours is unchanged.

%1</source>
        <translation>L&apos;instantané n&apos;a pas pu être restauré&#xa0;; le parcours est inchangé.

%1</translation>
    </message>
    <message>
        <source>Snapshot %1 restored. The previous state is kept as the snapshot %2.</source>
        <translation>Instantané %1 restauré. L&apos;état précédent est conservé dans l&apos;instantané %2.</translation>
    </message>
    <message>
        <source>Import a Moodle backup</source>
        <translation>Importer une sauvegarde Moodle</translation>
    </message>
    <message>
        <source>Moodle backups (*.mbz);;All files (*)</source>
        <translation>Sauvegardes Moodle (*.mbz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the imported parcours as</source>
        <translation>Enregistrer le parcours importé sous</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Échec de l&apos;importation.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>%1 is the parcours open in this window. Choose another name for the imported parcours.</source>
        <translation>%1 est le parcours ouvert dans cette fenêtre. Choisissez un autre nom pour le parcours importé.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import cancelled; no file was written.</source>
        <translation>Importation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The backup %1 could not be imported; no parcours was written.

%2</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être importée&#xa0;; aucun parcours n&apos;a été écrit.

%2</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Importer des questions</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml *.aiken);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.aiken *.txt);;All files (*)</source>
        <translation>Fichiers de questions (*.gift *.txt *.xml *.aiken);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.aiken *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the questions</source>
        <translation>Impossible d&apos;importer les questions</translation>
    </message>
    <message>
        <source>%1 is not a question file this application reads. Choose a GIFT (.gift, .txt), Moodle XML (.xml) or Aiken (.aiken) file.</source>
        <translation>%1 n&apos;est pas un fichier de questions que cette application sait lire. Choisissez un fichier GIFT (.gift, .txt), Moodle XML (.xml) ou Aiken (.aiken).</translation>
    </message>
    <message>
        <source>No question was imported.

%1</source>
        <translation>Aucune question n&apos;a été importée.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported from %1 into the question bank (Edit → Undo takes them back).</source>
        <translation>
            <numerusform>%n question importée de %1 dans la banque de questions (Édition → Annuler la retire).</numerusform>
            <numerusform>%n questions importées de %1 dans la banque de questions (Édition → Annuler les retire).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>%n question importée.</numerusform>
            <numerusform>%n questions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Exporter des questions</translation>
    </message>
    <message>
        <source>%1 questions.xml</source>
        <translation>%1 questions.xml</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml);;GIFT (*.gift)</source>
        <translation>Moodle XML (*.xml);;GIFT (*.gift)</translation>
    </message>
    <message>
        <source>Cannot export the questions</source>
        <translation>Impossible d&apos;exporter les questions</translation>
    </message>
    <message>
        <source>Questions are exported as Moodle XML (.xml) or GIFT (.gift); %1 is neither.</source>
        <translation>Les questions s&apos;exportent en Moodle XML (.xml) ou en GIFT (.gift)&#xa0;; %1 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 could not be written.

%2</source>
        <translation>%1 n&apos;a pas pu être écrit.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported to %1.</source>
        <translation>
            <numerusform>%n question exportée vers %1.</numerusform>
            <numerusform>%n questions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported.</source>
        <translation>
            <numerusform>%n question exportée.</numerusform>
            <numerusform>%n questions exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language will be applied at the next start.</source>
        <translation>La langue sera appliquée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Moodle 4.1 (Magistère 2)</source>
        <translation>Moodle 4.1 (Magistère 2)</translation>
    </message>
    <message>
        <source>Moodle 4.5</source>
        <translation>Moodle 4.5</translation>
    </message>
    <message>
        <source>Moodle 5.0</source>
        <translation>Moodle 5.0</translation>
    </message>
    <message>
        <source>Default Moodle version of exports</source>
        <translation>Version de Moodle par défaut des exportations</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l&apos;auteur</translation>
    </message>
    <message>
        <source>First name Last name</source>
        <translation>Prénom Nom</translation>
    </message>
    <message>
        <source>Written as the author of the parcours you create (m@gistère indexation).</source>
        <translation>Inscrit comme auteur des parcours que vous créez (indexation m@gistère).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;Moodle version:</source>
        <translation>Version de &amp;Moodle par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nom de l&apos;&amp;auteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::QuestionBankView</name>
    <message>
        <source>Search questions (name and text)…</source>
        <translation>Rechercher des questions (nom et texte)…</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Finds questions of every category whose name or text holds these words, ignoring case and accents</source>
        <translation>Trouve les questions de toutes les catégories dont le nom ou le texte contient ces mots, sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source>Question bank actions</source>
        <translation>Actions de la banque de questions</translation>
    </message>
    <message>
        <source>New &amp;category</source>
        <translation>Nouvelle &amp;catégorie</translation>
    </message>
    <message>
        <source>Adds a category inside the selected one, or at the top of the bank</source>
        <translation>Ajoute une catégorie dans la catégorie sélectionnée, ou au premier niveau de la banque</translation>
    </message>
    <message>
        <source>&amp;Rename category</source>
        <translation>&amp;Renommer la catégorie</translation>
    </message>
    <message>
        <source>De&amp;lete category</source>
        <translation>Supprimer &amp;la catégorie</translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation>Nouvelle &amp;question</translation>
    </message>
    <message>
        <source>Adds a question of the chosen type to the category</source>
        <translation>Ajoute une question du type choisi à la catégorie</translation>
    </message>
    <message>
        <source>D&amp;uplicate question</source>
        <translation>D&amp;upliquer la question</translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation>&amp;Supprimer la question</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Question categories</source>
        <translation>Catégories de questions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <source>Questions of the category</source>
        <translation>Questions de la catégorie</translation>
    </message>
    <message>
        <source>Drag questions onto a quiz&apos;s question list to add them</source>
        <translation>Glissez des questions sur la liste des questions d&apos;un test pour les y ajouter</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) found in the whole bank</source>
        <translation>
            <numerusform>%n question trouvée dans toute la banque</numerusform>
            <numerusform>%n questions trouvées dans toute la banque</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank has no category yet: add one to hold questions.</source>
        <translation>La banque n&apos;a pas encore de catégorie&#xa0;: ajoutez-en une pour y ranger des questions.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in this category</source>
        <translation>
            <numerusform>%n question dans cette catégorie</numerusform>
            <numerusform>%n questions dans cette catégorie</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz uses this question</source>
        <translation>Aucun test n&apos;utilise cette question</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Utilisée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>New question: %1</source>
        <translation>Nouvelle question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n question(s)</source>
        <translation>
            <numerusform>Dupliquer %n question</numerusform>
            <numerusform>Dupliquer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Supprimer %n question</numerusform>
            <numerusform>Supprimer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, used by %2</source>
        <translation>«&#xa0;%1&#xa0;», utilisée par %2</translation>
    </message>
    <message>
        <source>A question used by a quiz cannot be deleted. Remove it from these quizzes first:
%1</source>
        <translation>Une question utilisée par un test ne peut pas être supprimée. Retirez-la d&apos;abord de ces tests&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Parcours::QuestionForm</name>
    <message>
        <source>Edit “%1” of “%2”</source>
        <translation>Modifier «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Question à choix multiple</translation>
    </message>
    <message>
        <source>True/False</source>
        <translation>Vrai/Faux</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Select missing words</source>
        <translation>Sélectionner les mots manquants</translation>
    </message>
    <message>
        <source>Drag and drop into text</source>
        <translation>Glisser-déposer sur le texte</translation>
    </message>
    <message>
        <source>Embedded answers (Cloze)</source>
        <translation>Réponses intégrées (Cloze)</translation>
    </message>
    <message>
        <source>Other type</source>
        <translation>Autre type</translation>
    </message>
    <message>
        <source>Problems of the question</source>
        <translation>Problèmes de la question</translation>
    </message>
    <message>
        <source>Multiple tries</source>
        <translation>Tentatives multiples</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Généraux</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Question &amp;name:</source>
        <translation>&amp;Nom de la question&#xa0;:</translation>
    </message>
    <message>
        <source>Question name</source>
        <translation>Nom de la question</translation>
    </message>
    <message>
        <source>Question &amp;text:</source>
        <translation>&amp;Texte de la question&#xa0;:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>Default &amp;mark:</source>
        <translation>Note par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default mark</source>
        <translation>Note par défaut</translation>
    </message>
    <message>
        <source>The mark of the question in a quiz, before the quiz scales it.</source>
        <translation>La note de la question dans un test, avant que le test la mette à son échelle.</translation>
    </message>
    <message>
        <source>General &amp;feedback:</source>
        <translation>&amp;Feedback général&#xa0;:</translation>
    </message>
    <message>
        <source>General feedback</source>
        <translation>Feedback général</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Penalty for each incorrect try:</source>
        <translation>&amp;Pénalité pour toute tentative incorrecte&#xa0;:</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>Taken off the mark for each incorrect try, in the interactive and adaptive behaviours.</source>
        <translation>Retirée de la note à chaque tentative incorrecte, dans les comportements interactif et adaptatif.</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>Numéro d’&amp;identification&#xa0;:</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numéro d’identification</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>* matches any characters: “*” alone accepts any other answer.</source>
        <translation>* remplace n’importe quels caractères&#xa0;: «&#xa0;*&#xa0;» seul accepte toute autre réponse.</translation>
    </message>
    <message>
        <source>A number, or * for any other answer.</source>
        <translation>Un nombre, ou * pour toute autre réponse.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur acceptée</translation>
    </message>
    <message>
        <source>Accepted error: answers within the number ± the error are right.</source>
        <translation>Erreur acceptée&#xa0;: les réponses comprises entre le nombre ± l’erreur sont justes.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Part of the mark this answer gives.</source>
        <translation>Part de la note que donne cette réponse.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Shown to a participant who gave this answer (HTML).</source>
        <translation>Affiché au participant qui a donné cette réponse (HTML).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <source>For any &amp;correct response:</source>
        <translation>Pour toute réponse c&amp;orrecte&#xa0;:</translation>
    </message>
    <message>
        <source>For any partially correct &amp;response:</source>
        <translation>Pour toute réponse partiellement co&amp;rrecte&#xa0;:</translation>
    </message>
    <message>
        <source>For any inc&amp;orrect response:</source>
        <translation>Pour toute réponse incorr&amp;ecte&#xa0;:</translation>
    </message>
    <message>
        <source>Show the number of correct responses once the question has finished</source>
        <translation>Afficher le nombre de réponses correctes une fois la question terminée</translation>
    </message>
    <message>
        <source>Show the number of correct responses</source>
        <translation>Afficher le nombre de réponses correctes</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Add a hint</source>
        <translation>Ajouter un indice</translation>
    </message>
    <message>
        <source>Remove the hint</source>
        <translation>Supprimer l’indice</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Shown after an incorrect try (HTML).</source>
        <translation>Affiché après une tentative incorrecte (HTML).</translation>
    </message>
    <message>
        <source>Clear incorrect responses</source>
        <translation>Effacer les réponses incorrectes</translation>
    </message>
    <message>
        <source>Hints are given in turn after each incorrect try, in the interactive behaviour.</source>
        <translation>Les indices sont donnés tour à tour après chaque tentative incorrecte, dans le comportement interactif.</translation>
    </message>
    <message>
        <source>One or multiple &amp;answers?</source>
        <translation>&amp;Une ou plusieurs réponses&#xa0;?</translation>
    </message>
    <message>
        <source>One answer only</source>
        <translation>Une seule réponse</translation>
    </message>
    <message>
        <source>Multiple answers allowed</source>
        <translation>Plusieurs réponses permises</translation>
    </message>
    <message>
        <source>One or multiple answers</source>
        <translation>Une ou plusieurs réponses</translation>
    </message>
    <message>
        <source>&amp;Shuffle the choices</source>
        <translation>&amp;Mélanger les réponses possibles</translation>
    </message>
    <message>
        <source>Shuffle the choices</source>
        <translation>Mélanger les réponses possibles</translation>
    </message>
    <message>
        <source>a., b., c., …</source>
        <translation>a., b., c., …</translation>
    </message>
    <message>
        <source>A., B., C., …</source>
        <translation>A., B., C., …</translation>
    </message>
    <message>
        <source>1., 2., 3., …</source>
        <translation>1., 2., 3., …</translation>
    </message>
    <message>
        <source>i., ii., iii., …</source>
        <translation>i., ii., iii., …</translation>
    </message>
    <message>
        <source>I., II., III., …</source>
        <translation>I., II., III., …</translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation>Pas de numérotation</translation>
    </message>
    <message>
        <source>N&amp;umber the choices?</source>
        <translation>Numéroter les &amp;choix&#xa0;?</translation>
    </message>
    <message>
        <source>Number the choices</source>
        <translation>Numéroter les choix</translation>
    </message>
    <message>
        <source>Sho&amp;w standard instructions</source>
        <translation>Affic&amp;her les instructions standard</translation>
    </message>
    <message>
        <source>Show standard instructions</source>
        <translation>Afficher les instructions standard</translation>
    </message>
    <message>
        <source>T&amp;rue</source>
        <translation>V&amp;rai</translation>
    </message>
    <message>
        <source>F&amp;alse</source>
        <translation>F&amp;aux</translation>
    </message>
    <message>
        <source>Correct answer: true</source>
        <translation>Réponse correcte&#xa0;: vrai</translation>
    </message>
    <message>
        <source>Correct answer: false</source>
        <translation>Réponse correcte&#xa0;: faux</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Réponse correcte&#xa0;:</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Réponse correcte</translation>
    </message>
    <message>
        <source>Feedbac&amp;k for the response “True”:</source>
        <translation>Feedbac&amp;k pour la réponse «&#xa0;Vrai&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Feed&amp;back for the response “False”:</source>
        <translation>Feed&amp;back pour la réponse «&#xa0;Faux&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Case sensitivity:</source>
        <translation>&amp;Casse&#xa0;:</translation>
    </message>
    <message>
        <source>No, case is unimportant</source>
        <translation>Non, la casse n’a pas d’importance</translation>
    </message>
    <message>
        <source>Yes, case must match</source>
        <translation>Oui, la casse doit correspondre</translation>
    </message>
    <message>
        <source>Case sensitivity</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>An answer may use * as a wildcard that matches any characters. Answers are checked in their order: put the most specific first.</source>
        <translation>Une réponse peut contenir * comme joker, qui remplace n’importe quels caractères. Les réponses sont examinées dans leur ordre&#xa0;: placez les plus précises en premier.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <source>Remove the unit</source>
        <translation>Supprimer l’unité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>As the participant types it, for example “cm”.</source>
        <translation>Telle que le participant la tape, par exemple «&#xa0;cm&#xa0;».</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <source>The answer in this unit is the number times the multiplier; the first unit&apos;s multiplier is 1.</source>
        <translation>La réponse dans cette unité est le nombre multiplié par le multiplicateur&#xa0;; celui de la première unité est 1.</translation>
    </message>
    <message>
        <source>Units are optional: when there are some, a response may give one of them after its number; it is not graded.</source>
        <translation>Les unités sont facultatives&#xa0;: s’il y en a, une réponse peut en donner une après son nombre&#xa0;; elle n’est pas notée.</translation>
    </message>
    <message>
        <source>&amp;Shuffle</source>
        <translation>&amp;Mélanger</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mélanger</translation>
    </message>
    <message>
        <source>Give at least two questions and three answers. An answer with an empty question is an extra wrong answer.</source>
        <translation>Donnez au moins deux questions et trois réponses. Une réponse sans question est une mauvaise réponse supplémentaire.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Remove the pair</source>
        <translation>Supprimer la paire</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>HTML; empty for an extra wrong answer.</source>
        <translation>HTML&#xa0;; vide pour une mauvaise réponse supplémentaire.</translation>
    </message>
    <message>
        <source>HTML editor</source>
        <translation>Éditeur HTML</translation>
    </message>
    <message>
        <source>HTML editor with file picker</source>
        <translation>Éditeur HTML avec sélecteur de fichiers</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte simple</translation>
    </message>
    <message>
        <source>Plain text, monospaced font</source>
        <translation>Texte simple, police à chasse fixe</translation>
    </message>
    <message>
        <source>No online text</source>
        <translation>Pas de texte en ligne</translation>
    </message>
    <message>
        <source>Response f&amp;ormat:</source>
        <translation>For&amp;mat de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Require text:</source>
        <translation>E&amp;xiger du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Require the student to enter text</source>
        <translation>Exiger que le participant saisisse du texte</translation>
    </message>
    <message>
        <source>Text input is optional</source>
        <translation>La saisie de texte est facultative</translation>
    </message>
    <message>
        <source>Input box &amp;size (lines):</source>
        <translation>Taille de la &amp;zone de saisie (lignes)&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum &amp;word limit (0 = none):</source>
        <translation>Nombre de mots minim&amp;um (0 = aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum word limit (0 = none):</source>
        <translation>Nombre de mots m&amp;aximum (0 = aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>Allow &amp;attachments (-1 = unlimited):</source>
        <translation>Auto&amp;riser les annexes (-1 = illimité)&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quired attachments:</source>
        <translation>Annexes re&amp;quises&#xa0;:</translation>
    </message>
    <message>
        <source>Response templat&amp;e (HTML):</source>
        <translation>Modèle de ré&amp;ponse (HTML)&#xa0;:</translation>
    </message>
    <message>
        <source>Information for &amp;graders:</source>
        <translation>Informations pour les é&amp;valuateurs&#xa0;:</translation>
    </message>
    <message>
        <source>A description is only text: it has no answer and no mark. Use it for instructions or a text several questions share.</source>
        <translation>Une description n’est que du texte&#xa0;: elle n’a ni réponse ni note. Utilisez-la pour des consignes ou un texte commun à plusieurs questions.</translation>
    </message>
    <message>
        <source>In the question text, write [[1]], [[2]]… where the gaps are, with the number of the right choice for each gap. A gap offers the choices of the same group as its right choice.</source>
        <translation>Dans le texte de la question, écrivez [[1]], [[2]]… à la place des trous, avec le numéro du bon choix de chaque trou. Un trou propose les choix du même groupe que son bon choix.</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Its number in the list is the one gaps use.</source>
        <translation>Son numéro dans la liste est celui qu’utilisent les trous.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Gaps offer the choices of one group.</source>
        <translation>Les trous proposent les choix d’un même groupe.</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>The choice can be dropped into several gaps.</source>
        <translation>Le choix peut être déposé dans plusieurs trous.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Remove the choice</source>
        <translation>Supprimer le choix</translation>
    </message>
    <message>
        <source>Write the text with its embedded answers, for example {1:SHORTANSWER:=Paris#Right!~*#Wrong}, {2:NUMERICAL:=3.14:0.01} or {1:MULTICHOICE:=yes~no}.</source>
        <translation>Écrivez le texte avec ses réponses intégrées, par exemple {1:SHORTANSWER:=Paris#Juste&#xa0;!~*#Faux}, {2:NUMERICAL:=3.14:0.01} ou {1:MULTICHOICE:=oui~non}.</translation>
    </message>
    <message>
        <source>Cloze &amp;text:</source>
        <translation>&amp;Texte Cloze&#xa0;:</translation>
    </message>
    <message>
        <source>Errors of the cloze text</source>
        <translation>Erreurs du texte Cloze</translation>
    </message>
    <message>
        <source>Sub-questions</source>
        <translation>Sous-questions</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sub-questions:</source>
        <translation>Sous-questions&#xa0;:</translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation> ±&#xa0;%1</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Parcours Studio edits only the common fields of this type of question. Its own settings are kept exactly as Moodle wrote them and exported unchanged: edit them in Moodle.</source>
        <translation>Parcours Studio ne modifie que les champs communs de ce type de question. Ses réglages propres sont conservés tels que Moodle les a écrits et exportés sans changement&#xa0;: modifiez-les dans Moodle.</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>XML Moodle</translation>
    </message>
    <message>
        <source>Moodle XML:</source>
        <translation>XML Moodle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::QuizEditor</name>
    <message>
        <source>Section heading</source>
        <translation>Titre de la rubrique</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Questions of the quiz</source>
        <translation>Questions du test</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>A padlock: the question needs the previous one finished first</source>
        <translation>Un cadenas&#xa0;: la question ne peut pas être tentée avant la fin de la précédente</translation>
    </message>
    <message>
        <source>Requires previous</source>
        <translation>Requiert la précédente</translation>
    </message>
    <message>
        <source>Double-click a mark (or press F2) to change it; drag questions to reorder them, or from the question bank to add them</source>
        <translation>Double-cliquez sur une note (ou appuyez sur F2) pour la modifier&#xa0;; glissez les questions pour les réordonner, ou depuis la banque de questions pour les ajouter</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>A &amp;random question…</source>
        <translation>&amp;Une question aléatoire…</translation>
    </message>
    <message>
        <source>Adds a slot that shows each attempt a question drawn at random from a category of the bank</source>
        <translation>Ajoute un emplacement qui présente à chaque tentative une question tirée au hasard d&apos;une catégorie de la banque</translation>
    </message>
    <message>
        <source>Add from the &amp;bank…</source>
        <translation>Depuis la &amp;banque de questions…</translation>
    </message>
    <message>
        <source>Adds questions of the question bank to the quiz</source>
        <translation>Ajoute au test des questions de la banque de questions</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Adds a copy of the question to the bank and to the quiz, just after it (Ctrl+D)</source>
        <translation>Ajoute une copie de la question à la banque et au test, juste après elle (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove from the quiz</source>
        <translation>&amp;Retirer du test</translation>
    </message>
    <message>
        <source>Removes the question from this quiz; it stays in the question bank (Delete)</source>
        <translation>Retire la question de ce test&#xa0;; elle reste dans la banque de questions (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Moves the question up (Alt+Up)</source>
        <translation>Monte la question (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Moves the question down (Alt+Down)</source>
        <translation>Descend la question (Alt+Bas)</translation>
    </message>
    <message>
        <source>Change the &amp;mark or heading</source>
        <translation>Modifier la &amp;note ou la rubrique</translation>
    </message>
    <message>
        <source>Re&amp;quire the previous question to be finished</source>
        <translation>Exiger que la question précédente soit &amp;terminée</translation>
    </message>
    <message>
        <source>This question cannot be attempted until the previous question has been completed (with free navigation, not for the first question)</source>
        <translation>Cette question ne peut pas être tentée tant que la question précédente n&apos;est pas terminée (navigation libre uniquement, pas pour la première question)</translation>
    </message>
    <message>
        <source>Add a &amp;page break after</source>
        <translation>Ajouter un saut de &amp;page après</translation>
    </message>
    <message>
        <source>Remove the page brea&amp;k after</source>
        <translation>Supprimer le saut de page aprè&amp;s</translation>
    </message>
    <message>
        <source>Repa&amp;ginate</source>
        <translation>Repa&amp;giner</translation>
    </message>
    <message>
        <source>Puts the number of questions set in “Questions per page” on each page</source>
        <translation>Place sur chaque page le nombre de questions réglé dans «&#xa0;Questions par page&#xa0;»</translation>
    </message>
    <message>
        <source>Add a section &amp;heading here</source>
        <translation>Ajouter une rubri&amp;que ici</translation>
    </message>
    <message>
        <source>Starts a new section, on a new page, at the selected question; its heading is shown above it in the quiz</source>
        <translation>Commence une nouvelle section, sur une nouvelle page, à la question sélectionnée&#xa0;; son titre est affiché au-dessus dans le test</translation>
    </message>
    <message>
        <source>Remove the section heading</source>
        <translation>Supprimer la rubrique</translation>
    </message>
    <message>
        <source>&amp;Shuffle the questions of this section</source>
        <translation>Mé&amp;langer les questions de cette section</translation>
    </message>
    <message>
        <source>Shows the questions of the selected question&apos;s section in a random order</source>
        <translation>Présente dans un ordre aléatoire les questions de la section de la question sélectionnée</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Makes a new question of the chosen type in the quiz&apos;s category</source>
        <translation>Crée une question du type choisi dans la catégorie du test</translation>
    </message>
    <message>
        <source>Pages and sections</source>
        <translation>Pages et sections</translation>
    </message>
    <message>
        <source>&amp;Pages and sections</source>
        <translation>&amp;Pages et sections</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Question sélectionnée</translation>
    </message>
    <message>
        <source>Select a question of the list to edit it here.</source>
        <translation>Sélectionnez une question de la liste pour la modifier ici.</translation>
    </message>
    <message>
        <source>Category of the random question</source>
        <translation>Catégorie de la question aléatoire</translation>
    </message>
    <message>
        <source>Each attempt shows a question drawn from this category</source>
        <translation>Chaque tentative présente une question tirée de cette catégorie</translation>
    </message>
    <message>
        <source>(category not in the bank)</source>
        <translation>(catégorie absente de la banque)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Include &amp;subcategories</source>
        <translation>Inclure les &amp;sous-catégories</translation>
    </message>
    <message>
        <source>Include subcategories</source>
        <translation>Inclure les sous-catégories</translation>
    </message>
    <message>
        <source>Draws from the questions of the category&apos;s subcategories too</source>
        <translation>Tire aussi parmi les questions des sous-catégories de la catégorie</translation>
    </message>
    <message>
        <source>Tags of the random question</source>
        <translation>Tags de la question aléatoire</translation>
    </message>
    <message>
        <source>Only questions with all these tags are drawn; tags are kept from the imported backup and cannot be changed here</source>
        <translation>Seules les questions portant tous ces tags sont tirées&#xa0;; les tags viennent de la sauvegarde importée et ne peuvent pas être modifiés ici</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags&#xa0;:</translation>
    </message>
    <message>
        <source>Random question %1 of the quiz draws from a category that no longer exists: choose another category.</source>
        <translation>La question aléatoire %1 du test tire d&apos;une catégorie qui n&apos;existe plus&#xa0;: choisissez une autre catégorie.</translation>
    </message>
    <message>
        <source>This question is not in the question bank any more: remove it from the quiz or undo its deletion.</source>
        <translation>Cette question n&apos;est plus dans la banque de questions&#xa0;: retirez-la du test ou annulez sa suppression.</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
    <message>
        <source>%1 (questions shuffled)</source>
        <translation>%1 (questions mélangées)</translation>
    </message>
    <message>
        <source>Section of the quiz (F2 to rename it)</source>
        <translation>Section du test (F2 pour la renommer)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(missing question)</source>
        <translation>(question manquante)</translation>
    </message>
    <message>
        <source>Mark of the question in this quiz (F2 to change it)</source>
        <translation>Note de la question dans ce test (F2 pour la modifier)</translation>
    </message>
    <message>
        <source>Cannot be attempted until the previous question has been completed</source>
        <translation>Ne peut pas être tentée tant que la question précédente n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Cannot be attempted until the previous question has been completed (no effect: the quiz&apos;s navigation is sequential)</source>
        <translation>Ne peut pas être tentée tant que la question précédente n&apos;est pas terminée (sans effet&#xa0;: la navigation du test est séquentielle)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Total of marks: %1</source>
        <translation>Total des notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Maximum grade: %1</source>
        <translation>Note maximale&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to fix (see the icons)</source>
        <translation>
            <numerusform>%n question à corriger (voir les icônes)</numerusform>
            <numerusform>%n questions à corriger (voir les icônes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Random question %1 of the quiz: each attempt shows a question drawn from the category below. Its mark is changed in the list.</source>
        <translation>Question aléatoire %1 du test&#xa0;: chaque tentative présente une question tirée de la catégorie ci-dessous. Sa note se modifie dans la liste.</translation>
    </message>
    <message>
        <source>Question %1 of the quiz, in the category “%2” of the bank. Changes here change the question in every quiz using it.</source>
        <translation>Question %1 du test, dans la catégorie «&#xa0;%2&#xa0;» de la banque. Les modifications faites ici changent la question dans tous les tests qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>This question is not in the question bank any more.</source>
        <translation>Cette question n&apos;est plus dans la banque de questions.</translation>
    </message>
    <message>
        <source>Default for %1</source>
        <translation>Défaut pour %1</translation>
    </message>
    <message>
        <source>The default category for questions of the quiz “%1”.</source>
        <translation>La catégorie par défaut des questions du test «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add a new question (%1) to “%2”</source>
        <translation>Ajouter une nouvelle question (%1) à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s) from the bank to “%1”</source>
        <translation>
            <numerusform>Ajouter %n question de la banque à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n questions de la banque à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the mark of “%1”</source>
        <translation>Modifier la note de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate a random question in “%1”</source>
        <translation>Dupliquer une question aléatoire dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate “%1” in “%2”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1” from the quiz (the question stays in the bank)</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du test (la question reste dans la banque)</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a page break after question %1</source>
        <translation>Ajouter un saut de page après la question %1</translation>
    </message>
    <message>
        <source>Remove the page break after question %1</source>
        <translation>Supprimer le saut de page après la question %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaginate “%1”: %n question(s) per page</source>
        <translation>
            <numerusform>Repaginer «&#xa0;%1&#xa0;»&#xa0;: %n question par page</numerusform>
            <numerusform>Repaginer «&#xa0;%1&#xa0;»&#xa0;: %n questions par page</numerusform>
        </translation>
    </message>
    <message>
        <source>Repaginate “%1”: all questions on one page</source>
        <translation>Repaginer «&#xa0;%1&#xa0;»&#xa0;: toutes les questions sur une page</translation>
    </message>
    <message>
        <source>Shuffle the questions of a section of “%1”</source>
        <translation>Mélanger les questions d&apos;une section de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Stop shuffling the questions of a section of “%1”</source>
        <translation>Ne plus mélanger les questions d&apos;une section de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle rubrique</translation>
    </message>
    <message>
        <source>Add a section heading to “%1”</source>
        <translation>Ajouter une rubrique à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove a section heading of “%1”</source>
        <translation>Supprimer une rubrique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename a section heading of “%1”</source>
        <translation>Renommer une rubrique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add questions from the bank</source>
        <translation>Ajouter des questions depuis la banque</translation>
    </message>
    <message>
        <source>Select the questions to add to “%1” (Ctrl+click for several):</source>
        <translation>Sélectionnez les questions à ajouter à «&#xa0;%1&#xa0;» (Ctrl+clic pour en choisir plusieurs)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the quiz</source>
        <translation>&amp;Ajouter au test</translation>
    </message>
    <message>
        <source>random question</source>
        <translation>question aléatoire</translation>
    </message>
    <message>
        <source>Random question — whole bank</source>
        <translation>Question aléatoire — toute la banque</translation>
    </message>
    <message>
        <source>Random question — category “%1”</source>
        <translation>Question aléatoire — catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Random question — category no longer in the bank</source>
        <translation>Question aléatoire — catégorie absente de la banque</translation>
    </message>
    <message>
        <source>(and subcategories)</source>
        <translation>(et sous-catégories)</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tags&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a random question to “%1”</source>
        <translation>Ajouter une question aléatoire à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a random question</source>
        <translation>Ajouter une question aléatoire</translation>
    </message>
    <message>
        <source>Each attempt of “%1” will show a question drawn at random from this category of the bank:</source>
        <translation>Chaque tentative de «&#xa0;%1&#xa0;» présentera une question tirée au hasard de cette catégorie de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The question bank has no category yet: add questions to the bank first.</source>
        <translation>La banque de questions n&apos;a encore aucune catégorie&#xa0;: ajoutez-y d&apos;abord des questions.</translation>
    </message>
    <message>
        <source>Change the category of random question %1</source>
        <translation>Changer la catégorie de la question aléatoire %1</translation>
    </message>
    <message>
        <source>Include the subcategories in random question %1</source>
        <translation>Inclure les sous-catégories dans la question aléatoire %1</translation>
    </message>
    <message>
        <source>Leave out the subcategories of random question %1</source>
        <translation>Exclure les sous-catégories de la question aléatoire %1</translation>
    </message>
    <message>
        <source>Make question %1 require the previous one</source>
        <translation>Faire dépendre la question %1 de la précédente</translation>
    </message>
    <message>
        <source>Let question %1 be attempted before the previous one</source>
        <translation>Permettre de tenter la question %1 avant la précédente</translation>
    </message>
</context>
<context>
    <name>Parcours::RecentFiles</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Remove missing files</source>
        <translation>&amp;Retirer les fichiers introuvables</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>Parcours::ReportView</name>
    <message>
        <source>Export problems</source>
        <translation>Problèmes d&apos;export</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Report messages</source>
        <translation>Messages du rapport</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Parcours::RestrictionBinder</name>
    <message>
        <source>Change the access restriction of “%1”</source>
        <translation>Modifier la restriction d&apos;accès de « %1 »</translation>
    </message>
</context>
<context>
    <name>Parcours::RestrictionEditor</name>
    <message>
        <source>The participant</source>
        <translation>Le participant</translation>
    </message>
    <message>
        <source>match</source>
        <translation>remplir</translation>
    </message>
    <message>
        <source>of the following</source>
        <translation>conditions suivantes</translation>
    </message>
    <message>
        <source>Restriction in words</source>
        <translation>La restriction en toutes lettres</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Participants who do not meet the condition do not see the item at all</source>
        <translation>Les participants qui ne remplissent pas la condition ne voient pas du tout l&apos;élément</translation>
    </message>
    <message>
        <source>Participants who do not meet the condition see the item greyed out, with the restriction</source>
        <translation>Les participants qui ne remplissent pas la condition voient l&apos;élément grisé, avec la restriction</translation>
    </message>
    <message>
        <source>Hide entirely when not met</source>
        <translation>Masquer entièrement si elle n’est pas remplie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Add restriction…</source>
        <translation>Ajouter une restriction…</translation>
    </message>
    <message>
        <source>Add a restriction</source>
        <translation>Ajouter une restriction</translation>
    </message>
    <message>
        <source>Add a restriction to this set</source>
        <translation>Ajouter une restriction à cet ensemble</translation>
    </message>
    <message>
        <source>Activity completion</source>
        <translation>Achèvement d&apos;activité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Restriction set</source>
        <translation>Ensemble de restrictions</translation>
    </message>
    <message>
        <source>must</source>
        <translation>doit</translation>
    </message>
    <message>
        <source>must not</source>
        <translation>ne doit pas</translation>
    </message>
    <message>
        <source>Must or must not</source>
        <translation>Doit ou ne doit pas</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <source>any</source>
        <translation>une des</translation>
    </message>
    <message>
        <source>All or any of the conditions</source>
        <translation>Toutes les conditions ou une seule</translation>
    </message>
    <message>
        <source>Graded activity</source>
        <translation>Activité notée</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>(deleted activity)</source>
        <translation>(activité supprimée)</translation>
    </message>
    <message>
        <source>(choose an activity)</source>
        <translation>(choisir une activité)</translation>
    </message>
    <message>
        <source>Completion state</source>
        <translation>État d&apos;achèvement</translation>
    </message>
    <message>
        <source>must be marked complete</source>
        <translation>doit être marquée comme achevée</translation>
    </message>
    <message>
        <source>must not be marked complete</source>
        <translation>ne doit pas être marquée comme achevée</translation>
    </message>
    <message>
        <source>must be complete with pass grade</source>
        <translation>doit être achevée avec un score suffisant</translation>
    </message>
    <message>
        <source>must be complete with fail grade</source>
        <translation>doit être achevée avec un score insuffisant</translation>
    </message>
    <message>
        <source>From or until</source>
        <translation>À partir du ou jusqu&apos;au</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>must be ≥</source>
        <translation>doit être ≥</translation>
    </message>
    <message>
        <source>must be &lt;</source>
        <translation>doit être &lt;</translation>
    </message>
    <message>
        <source>No access restriction.</source>
        <translation>Aucune restriction d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>Parcours::RowTable</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Insert adds a row, Delete removes it, Ctrl+Up and Ctrl+Down move it, F2 edits the cell.</source>
        <translation>Inser ajoute une ligne, Suppr la supprime, Ctrl+Haut et Ctrl+Bas la déplacent, F2 modifie la cellule.</translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation>Ajouter une ligne après la ligne courante (Inser)</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Supprimer la ligne courante (Suppr)</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Monter la ligne courante (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Descendre la ligne courante (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Parcours::Section</name>
    <message>
        <source>General</source>
        <translation>Généralités</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Sujet %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>Parcours::SectionForm</name>
    <message>
        <source>Edit “%1” of “%2”</source>
        <translation>Modifier « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Summary (HTML):</source>
        <translation type="vanished">&amp;Résumé (HTML) :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Visible to participants</source>
        <translation>&amp;Visible pour les participants</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Access restriction</source>
        <translation>Restriction d’accès</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::SnapshotsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Instantanés de %1</translation>
    </message>
    <message>
        <source>Snapshots are kept in %1.</source>
        <translation>Les instantanés sont conservés dans %1.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Shows the snapshot read-only in a new window.</source>
        <translation>Affiche l&apos;instantané en lecture seule dans une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>Replaces the parcours with this snapshot. A snapshot of the current state is taken first.</source>
        <translation>Remplace le parcours par cet instantané. Un instantané de l&apos;état actuel est d&apos;abord créé.</translation>
    </message>
    <message>
        <source>No snapshot yet: File → Snapshots → Take a snapshot… makes one.</source>
        <translation>Aucun instantané pour l&apos;instant&#xa0;: Fichier → Instantanés → Créer un instantané… en crée un.</translation>
    </message>
    <message>
        <source>Delete the snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? This cannot be undone.</source>
        <translation>Supprimer l&apos;instantané «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Parcours::TableDialog</name>
    <message>
        <source>First row is a &amp;header</source>
        <translation>La première ligne est un &amp;en-tête</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>La première ligne est un en-tête</translation>
    </message>
</context>
<context>
    <name>Parcours::TaskRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly: %1</source>
        <translation>Le traitement s&apos;est arrêté de façon inattendue : %1</translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2 Nothing was imported; correct the file and import it again.</source>
        <translation>Impossible d’importer %1 : %2 Rien n’a été importé ; corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot store the file %1 of “%2”: %3</source>
        <translation>Impossible d’enregistrer le fichier %1 de « %2 » : %3</translation>
    </message>
    <message>
        <source>Imported questions</source>
        <translation>Questions importées</translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Importer %n question</numerusform>
            <numerusform>Importer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions could not be added.</source>
        <translation>Les questions n’ont pas pu être ajoutées.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it was read as Windows-1252 (Western European). Check the accented letters.</source>
        <translation>%1 n’est pas du texte UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). Vérifiez les lettres accentuées.</translation>
    </message>
</context>
<context>
    <name>QuestionTypeInfo</name>
    <message>
        <source>Multiple choice</source>
        <translation>Question à choix multiple</translation>
    </message>
    <message>
        <source>True/False</source>
        <translation>Vrai/Faux</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Select missing words</source>
        <translation>Sélectionner les mots manquants</translation>
    </message>
    <message>
        <source>Drag and drop into text</source>
        <translation>Glisser-déposer sur le texte</translation>
    </message>
    <message>
        <source>Embedded answers (Cloze)</source>
        <translation>Réponses intégrées (Cloze)</translation>
    </message>
    <message>
        <source>Other type</source>
        <translation>Autre type</translation>
    </message>
    <message>
        <source>&amp;Multiple choice</source>
        <translation>Question à &amp;choix multiple</translation>
    </message>
    <message>
        <source>&amp;True/False</source>
        <translation>&amp;Vrai/Faux</translation>
    </message>
    <message>
        <source>&amp;Short answer</source>
        <translation>&amp;Réponse courte</translation>
    </message>
    <message>
        <source>&amp;Numerical</source>
        <translation>&amp;Numérique</translation>
    </message>
    <message>
        <source>M&amp;atching</source>
        <translation>&amp;Appariement</translation>
    </message>
    <message>
        <source>&amp;Essay</source>
        <translation>C&amp;omposition</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Select missing &amp;words</source>
        <translation>Sélectionner les &amp;mots manquants</translation>
    </message>
    <message>
        <source>Drag and drop into te&amp;xt</source>
        <translation>Glisser-déposer sur le &amp;texte</translation>
    </message>
    <message>
        <source>Embedded answers (&amp;Cloze)</source>
        <translation>Réponses intégrées (C&amp;loze)</translation>
    </message>
</context>
<context>
    <name>RestrictionText</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>(deleted activity)</source>
        <translation>(activité supprimée)</translation>
    </message>
    <message>
        <source>The activity %1 is marked complete</source>
        <translation>L&apos;activité %1 est marquée comme achevée</translation>
    </message>
    <message>
        <source>The activity %1 is not marked complete</source>
        <translation>L&apos;activité %1 n&apos;est pas marquée comme achevée</translation>
    </message>
    <message>
        <source>The activity %1 is complete and passed</source>
        <translation>L&apos;activité %1 est achevée et réussie</translation>
    </message>
    <message>
        <source>The activity %1 is complete and failed</source>
        <translation>L&apos;activité %1 est achevée et échouée</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>You get a particular score in %1 (≥ %2% and &lt; %3%)</source>
        <translation>Vous obtenez une note spécifique dans %1 (≥ %2 % et &lt; %3 %)</translation>
    </message>
    <message>
        <source>You achieve a required score in %1 (≥ %2%)</source>
        <translation>Vous obtenez une note requise dans %1 (≥ %2 %)</translation>
    </message>
    <message>
        <source>You get an appropriate score in %1 (&lt; %2%)</source>
        <translation>Vous obtenez une note appropriée dans %1 (&lt; %2 %)</translation>
    </message>
    <message>
        <source>You have a grade in %1</source>
        <translation>Vous avez une note dans %1</translation>
    </message>
    <message>
        <source>A condition kept from Moodle (%1)</source>
        <translation>Une condition reprise de Moodle (%1)</translation>
    </message>
    <message>
        <source>all of the following:</source>
        <translation>toutes les conditions suivantes :</translation>
    </message>
    <message>
        <source>at least one of the following:</source>
        <translation>au moins une des conditions suivantes :</translation>
    </message>
    <message>
        <source>not all of the following:</source>
        <translation>pas toutes les conditions suivantes :</translation>
    </message>
    <message>
        <source>none of the following:</source>
        <translation>aucune des conditions suivantes :</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Not available if: %1</source>
        <translation>Non disponible si : %1</translation>
    </message>
    <message>
        <source>Not available unless: %1</source>
        <translation>Non disponible à moins que : %1</translation>
    </message>
    <message>
        <source>Not available unless (all of):</source>
        <translation>Non disponible à moins que (toutes les conditions) :</translation>
    </message>
    <message>
        <source>Not available unless (any of):</source>
        <translation>Non disponible à moins que (une des conditions) :</translation>
    </message>
    <message>
        <source>Not available if (all of):</source>
        <translation>Non disponible si (toutes les conditions) :</translation>
    </message>
    <message>
        <source>Not available if (any of):</source>
        <translation>Non disponible si (une des conditions) :</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <extracomment>Date format of restrictions (QLocale pattern): Moodle&apos;s strftimedatetime.</extracomment>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>The sample&apos;s file %1 is missing from the application: reinstall Parcours Studio.</source>
        <translation>Le fichier %1 de l’exemple manque dans l’application : réinstallez Parcours Studio.</translation>
    </message>
    <message>
        <source>The sample parcours is missing from the application: reinstall Parcours Studio.</source>
        <translation>Le parcours d’exemple manque dans l’application : réinstallez Parcours Studio.</translation>
    </message>
    <message>
        <source>The sample parcours is damaged (%1 at offset %2): reinstall Parcours Studio.</source>
        <translation>Le parcours d’exemple est endommagé (%1 à la position %2) : réinstallez Parcours Studio.</translation>
    </message>
    <message>
        <source>The sample parcours is damaged (%1): reinstall Parcours Studio.</source>
        <translation>Le parcours d’exemple est endommagé (%1) : réinstallez Parcours Studio.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot update %1 to the format of this version (step %2): %3</source>
        <translation>Impossible de mettre %1 au format de cette version (étape %2) : %3</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>The folder %1 cannot be created for the snapshot.</source>
        <translation>Le dossier %1 ne peut pas être créé pour l&apos;instantané.</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be deleted: it may be open in another window, or the folder is write-protected.</source>
        <translation>L&apos;instantané %1 ne peut pas être supprimé&#xa0;: il est peut-être ouvert dans une autre fenêtre, ou le dossier est protégé en écriture.</translation>
    </message>
</context>
<context>
    <name>TgzWriter</name>
    <message>
        <source>Could not write the archive %1: %2. Check the free space and that the folder is writable.</source>
        <translation>Impossible d&apos;écrire l&apos;archive %1 : %2. Vérifiez l&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not compress the archive %1.</source>
        <translation>Impossible de compresser l&apos;archive %1.</translation>
    </message>
    <message>
        <source>Cannot store the path %1 in the archive %2.</source>
        <translation>Impossible d&apos;enregistrer le chemin %1 dans l&apos;archive %2.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>(unnamed activity)</source>
        <translation>(activité sans nom)</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>The file %1 is missing from the project: add the file again.</source>
        <translation>Le fichier %1 manque dans le projet : ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>Course completion requires an activity that no longer exists: remove it from the course completion criteria.</source>
        <translation>L’achèvement du cours exige une activité qui n’existe plus : retirez-la des critères d’achèvement du cours.</translation>
    </message>
    <message>
        <source>Course completion requires %1, which has no completion tracking: enable completion on that activity or remove it from the course completion criteria.</source>
        <translation>L’achèvement du cours exige %1, qui n’a pas de suivi d’achèvement : activez l’achèvement de cette activité ou retirez-la des critères d’achèvement du cours.</translation>
    </message>
    <message>
        <source>An access restriction refers to an activity that no longer exists: remove that condition or choose another activity.</source>
        <translation>Une restriction d’accès porte sur une activité qui n’existe plus : supprimez cette condition ou choisissez une autre activité.</translation>
    </message>
    <message>
        <source>An access restriction depends on the grade of %1, which is not graded: use a completion condition instead.</source>
        <translation>Une restriction d’accès dépend de la note de %1, qui n’est pas notée : utilisez plutôt une condition d’achèvement.</translation>
    </message>
    <message>
        <source>An access restriction requires the completion of %1, which has no completion tracking: enable completion on %1 or change the condition.</source>
        <translation>Une restriction d’accès exige l’achèvement de %1, qui n’a pas de suivi d’achèvement : activez l’achèvement de %1 ou modifiez la condition.</translation>
    </message>
    <message>
        <source>An access restriction requires %1 to be passed or failed, but it has no passing grade in its completion rules: set a passing grade and require it, or ask for plain completion.</source>
        <translation>Une restriction d’accès exige que %1 soit réussi ou échoué, mais ses conditions d’achèvement ne comportent pas de note pour passer : fixez une note pour passer et exigez-la, ou demandez un simple achèvement.</translation>
    </message>
    <message>
        <source>Automatic completion is on but no condition is set: choose a condition or switch to manual completion.</source>
        <translation>L’achèvement automatique est activé sans aucune condition : choisissez une condition ou passez à l’achèvement manuel.</translation>
    </message>
    <message>
        <source>A text and media area cannot be viewed on its own, so “must view” can never be met: use manual completion.</source>
        <translation>Une zone texte et média ne s’affiche pas seule : la condition « doit la consulter » ne peut jamais être remplie. Utilisez l’achèvement manuel.</translation>
    </message>
    <message>
        <source>This activity is not graded, so a grade condition can never be met: remove the grade condition.</source>
        <translation>Cette activité n’est pas notée : une condition de note ne peut jamais être remplie. Supprimez la condition de note.</translation>
    </message>
    <message>
        <source>Completion requires a passing grade but the passing grade is 0: set a grade to pass in the activity&apos;s settings.</source>
        <translation>L’achèvement exige la note pour passer, mais celle-ci vaut 0 : fixez une note pour passer dans les paramètres de l’activité.</translation>
    </message>
    <message>
        <source>“Or all attempts used” only applies to a quiz that requires a passing grade: require the passing grade or remove it.</source>
        <translation>« Ou toutes les tentatives effectuées » ne s’applique qu’à un test qui exige la note pour passer : exigez la note pour passer ou retirez cette option.</translation>
    </message>
    <message>
        <source>A minimum number of attempts only applies to quizzes: remove it.</source>
        <translation>Un nombre minimal de tentatives ne s’applique qu’aux tests : retirez-le.</translation>
    </message>
    <message>
        <source>Only an assignment can be submitted: remove the “must submit” condition.</source>
        <translation>Seul un devoir peut être remis : supprimez la condition « doit remettre un travail ».</translation>
    </message>
    <message>
        <source>Posting conditions only apply to forums: remove them.</source>
        <translation>Les conditions de messages ne s’appliquent qu’aux forums : supprimez-les.</translation>
    </message>
    <message>
        <source>Only a word cloud can require words: remove the condition.</source>
        <translation>Seul un nuage de mots peut exiger des mots : supprimez la condition.</translation>
    </message>
    <message>
        <source>Completion requires the participant&apos;s words but the number of words required is 0: require at least one word.</source>
        <translation>L’achèvement exige les mots du participant, mais le nombre de mots requis vaut 0 : exigez au moins un mot.</translation>
    </message>
    <message>
        <source>The activity has no name: give it one.</source>
        <translation>L’activité n’a pas de nom : donnez-lui un nom.</translation>
    </message>
    <message>
        <source>The quiz has no questions: add questions from the question bank.</source>
        <translation>Le test ne contient aucune question : ajoutez des questions de la banque de questions.</translation>
    </message>
    <message>
        <source>Question %1 of the quiz no longer exists in the question bank: remove it from the quiz.</source>
        <translation>La question %1 du test n’existe plus dans la banque de questions : retirez-la du test.</translation>
    </message>
    <message>
        <source>The grade to pass (%1) is above the maximum grade (%2): lower it.</source>
        <translation>La note pour passer (%1) dépasse la note maximale (%2) : abaissez-la.</translation>
    </message>
    <message>
        <source>The file resource has no file: choose the file to share.</source>
        <translation>La ressource fichier n’a pas de fichier : choisissez le fichier à partager.</translation>
    </message>
    <message>
        <source>The address %1 is not a web address: give an address that starts with https:// or http://.</source>
        <translation>L’adresse %1 n’est pas une adresse web : indiquez une adresse qui commence par https:// ou http://.</translation>
    </message>
    <message>
        <source>The word cloud requires %1 words but allows only %2: raise the maximum or lower the requirement.</source>
        <translation>Le nuage de mots exige %1 mots mais n’en autorise que %2 : augmentez le maximum ou diminuez le nombre exigé.</translation>
    </message>
    <message>
        <source>A multiple choice question needs at least two answers: add answers.</source>
        <translation>Une question à choix multiple demande au moins deux réponses : ajoutez des réponses.</translation>
    </message>
    <message>
        <source>No answer is worth 100 %: mark the correct answer as 100 %.</source>
        <translation>Aucune réponse ne vaut 100 % : donnez 100 % à la bonne réponse.</translation>
    </message>
    <message>
        <source>The correct answers add up to %1 % instead of 100 %: adjust their grades.</source>
        <translation>Les bonnes réponses totalisent %1 % au lieu de 100 % : ajustez leurs notes.</translation>
    </message>
    <message>
        <source>A true/false question needs the answers “true” and “false”, one of them correct: choose the correct answer.</source>
        <translation>Une question vrai/faux demande les réponses « vrai » et « faux », dont une seule correcte : choisissez la bonne réponse.</translation>
    </message>
    <message>
        <source>No accepted answer is worth 100 %: add the expected answer with a grade of 100 %.</source>
        <translation>Aucune réponse acceptée ne vaut 100 % : ajoutez la réponse attendue avec une note de 100 %.</translation>
    </message>
    <message>
        <source>A matching question needs at least two questions and three answers: add pairs or distractors.</source>
        <translation>Une question d’appariement demande au moins deux questions et trois réponses : ajoutez des paires ou des distracteurs.</translation>
    </message>
    <message>
        <source>The gap [[%1]] refers to a choice that does not exist: add choice %1 or correct the gap.</source>
        <translation>Le trou [[%1]] renvoie à un choix qui n’existe pas : ajoutez le choix %1 ou corrigez le trou.</translation>
    </message>
    <message>
        <source>The text has no gap: mark each gap as [[1]], [[2]]… with the number of its correct choice.</source>
        <translation>Le texte ne contient aucun trou : notez chaque trou [[1]], [[2]]… avec le numéro de son bon choix.</translation>
    </message>
    <message>
        <source>The embedded answers (Cloze) question has no sub-question: add one such as {1:SHORTANSWER:=answer}.</source>
        <translation>La question à réponses intégrées (Cloze) ne contient aucune sous-question : ajoutez-en une, par exemple {1:SHORTANSWER:=réponse}.</translation>
    </message>
    <message>
        <source>Circular access restrictions: %1. No participant can ever open them: remove one of these conditions.</source>
        <translation>Restrictions d’accès circulaires : %1. Aucun participant ne pourra jamais y accéder : supprimez l’une de ces conditions.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>The text shows the file %1, which is not among its files: add the file or remove it from the text.</source>
        <translation>Le texte affiche le fichier %1, qui ne fait pas partie de ses fichiers : ajoutez le fichier ou retirez-le du texte.</translation>
    </message>
    <message>
        <source>The question text is empty: write the question.</source>
        <translation>Le texte de la question est vide&#xa0;: écrivez la question.</translation>
    </message>
    <message>
        <source>Answer %1 has a grade or a feedback but no text: write the answer or remove it.</source>
        <translation>La réponse&#xa0;%1 a une note ou un feedback mais pas de texte&#xa0;: écrivez la réponse ou supprimez-la.</translation>
    </message>
    <message>
        <source>No answer is correct: give the correct answers positive grades that add up to 100 %.</source>
        <translation>Aucune réponse n’est correcte&#xa0;: donnez aux bonnes réponses des notes positives dont le total fait 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Answer %1 “%2” is not a number: write a number, or * for any other answer.</source>
        <translation>La réponse&#xa0;%1 «&#xa0;%2&#xa0;» n’est pas un nombre&#xa0;: écrivez un nombre, ou * pour toute autre réponse.</translation>
    </message>
    <message>
        <source>Question %1 of the matching has no answer: write the answer it matches.</source>
        <translation>La question&#xa0;%1 de l’appariement n’a pas de réponse&#xa0;: écrivez la réponse qui lui correspond.</translation>
    </message>
    <message>
        <source>The gap [[%1]] refers to an empty choice: write choice %1.</source>
        <translation>Le trou [[%1]] renvoie à un choix vide&#xa0;: écrivez le choix&#xa0;%1.</translation>
    </message>
    <message>
        <source>The essay requires %1 attachments but allows only %2: allow more attachments or require fewer.</source>
        <translation>La composition exige&#xa0;%1 annexes mais n’en autorise que&#xa0;%2&#xa0;: autorisez plus d’annexes ou exigez-en moins.</translation>
    </message>
    <message>
        <source>The essay requires at least %1 words but allows at most %2: correct the word limits.</source>
        <translation>La composition exige au moins&#xa0;%1 mots mais en autorise au plus&#xa0;%2&#xa0;: corrigez les limites de mots.</translation>
    </message>
    <message>
        <source>The essay has neither an online text nor attachments: allow attachments or choose another response format.</source>
        <translation>La composition n’a ni texte en ligne ni annexes&#xa0;: autorisez des annexes ou choisissez un autre format de réponse.</translation>
    </message>
    <message>
        <source>“%1” is not a type of sub-question Moodle reads: use SHORTANSWER, NUMERICAL or MULTICHOICE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de sous-question que Moodle lit&#xa0;: utilisez SHORTANSWER, NUMERICAL ou MULTICHOICE.</translation>
    </message>
    <message>
        <source>Sub-question %1 has no correct answer: mark the correct answer with =.</source>
        <translation>La sous-question&#xa0;%1 n’a pas de bonne réponse&#xa0;: marquez la bonne réponse avec =.</translation>
    </message>
    <message>
        <source>The sub-question starting with “%1” is not closed: end it with }.</source>
        <translation>La sous-question qui commence par «&#xa0;%1&#xa0;» n’est pas fermée&#xa0;: terminez-la par }.</translation>
    </message>
    <message>
        <source>Random question %1 of the quiz draws from a category that no longer exists: choose another category.</source>
        <translation>La question aléatoire %1 du test est tirée d’une catégorie qui n’existe plus&#xa0;: choisissez une autre catégorie.</translation>
    </message>
</context>
<context>
    <name>XmlDocument</name>
    <message>
        <source>Cannot read %1: the file is larger than 2 GiB.</source>
        <translation>Impossible de lire %1 : le fichier dépasse 2 Gio.</translation>
    </message>
    <message>
        <source>Cannot read %1: out of memory.</source>
        <translation>Impossible de lire %1 : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 declares a DOCTYPE. Moodle never writes one, and it can hide an attack (external entities, “billion laughs”), so the file was refused. Export it from Moodle again.</source>
        <translation>Impossible de lire %1 : la ligne %2 déclare un DOCTYPE. Moodle n&apos;en écrit jamais, et il peut cacher une attaque (entités externes, « billion laughs ») : le fichier a donc été refusé. Exportez-le à nouveau depuis Moodle.</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 is not valid UTF-8 text (%3). The file is damaged; export it from Moodle again.</source>
        <translation>Impossible de lire %1 : la ligne %2 n&apos;est pas du texte UTF-8 valide (%3). Le fichier est endommagé ; exportez-le à nouveau depuis Moodle.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file is empty. Export it from Moodle again.</source>
        <translation>Impossible de lire %1 : le fichier est vide. Exportez-le à nouveau depuis Moodle.</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 is not well-formed XML (%3). The file is damaged; export it from Moodle again.</source>
        <translation>Impossible de lire %1 : la ligne %2 n&apos;est pas du XML bien formé (%3). Le fichier est endommagé ; exportez-le à nouveau depuis Moodle.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design m@gistère parcours offline.</source>
        <translation>Concevoir des parcours m@gistère hors ligne.</translation>
    </message>
    <message>
        <source>The parcours to open.</source>
        <translation>Le parcours à ouvrir.</translation>
    </message>
</context>
</TS>
