// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/coursedocument.h"
#include "core/model/values.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

/**
 * Undoable edits of the files a node uses (its FileRefs, see core/model/values.h): add, remove,
 * rename, and choose a resource's main file. They work on every node that has files: the course,
 * a section, an activity and a question.
 *
 * Each function pushes ONE command that replaces the node's `files` member (SetNodeField with
 * NodeField::Files), so one user action is one undo step. Unlike a plain SetNodeField, these
 * commands never merge with the previous one: adding two files one after the other gives two
 * undo steps. Wrap several calls in CourseDocument::beginMacro()/endMacro() to make them one.
 *
 * File contents go to the project's media store (CourseStore::addMedia/addMediaFile), streamed
 * and deduplicated by SHA-1. Undoing an add leaves the blob in the store: the store is
 * content-addressed, so redo needs no copy and an unused blob costs nothing to the export (only
 * referenced files are written).
 *
 * Names: within one node, area, item and path, file names are unique, as Moodle requires. A name
 * already taken becomes "photo (2).png", "photo (3).png", …
 *
 * Errors: the functions return nullopt/false with a translated message in *errorString when the
 * content cannot be stored or the document is read-only. A call that would change nothing
 * (renaming to the same name, setting the main file that already is) returns false with an empty
 * message.
 */
namespace Parcours {

/** A copy of the node's files, or an empty list for a node type without files. */
std::vector<FileRef> nodeFiles(const Node *node);
/** True when this node type has files (course, section, activity, question). */
bool hasFiles(const Node *node);
/** The node's files in one area (item 0 and any path), in their stored order. */
QList<FileRef> filesInArea(const Node *node, const QString &area);

/**
 * name, or the first of "stem (2).ext", "stem (3).ext", … not used by another file of files in
 * the same area, item and path. Names compare case-insensitively (so that the export unpacks on
 * every file system). A name starting with a dot or without an extension gets the number at its
 * end ("README (2)").
 */
QString uniqueFileName(const std::vector<FileRef> &files,
    const QString &area,
    const QString &name,
    int item = 0,
    const QString &path = QStringLiteral("/"));

/** The MIME type of a file name and its first bytes (QMimeDatabase), never empty. */
QString detectMimeType(const QString &fileName, QIODevice *content = nullptr);

/**
 * Streams content (read from its current position to its end, never whole in memory) into the
 * media store and adds it to node's files in area (item 0, path "/") as fileName, made unique.
 * The MIME type is detected from the name and the first bytes. In a Resource's "content" area,
 * the first file becomes the main file (sortOrder 1). Pushes one undoable command and returns the
 * added FileRef (with its final name), or nullopt with a message.
 */
std::optional<FileRef> pushAddFile(CourseDocument *document,
    Node *node,
    QIODevice *content,
    const QString &fileName,
    const QString &area,
    QString *errorString = nullptr);
/** Same, reading the file at path; the file name is path's file name. */
std::optional<FileRef> pushAddFile(CourseDocument *document,
    Node *node,
    const QString &path,
    const QString &area,
    QString *errorString = nullptr);
/**
 * Adds several files at paths as one undo step (one command). Every content is stored first: when
 * one fails, nothing is added to the node and the message names that file. Returns the added refs
 * in the order of paths.
 */
std::optional<QList<FileRef>> pushAddFiles(CourseDocument *document,
    Node *node,
    const QStringList &paths,
    const QString &area,
    QString *errorString = nullptr);
/**
 * Adds files whose contents are already in the media store (their sha1, size and MIME type
 * set), as one command: used after copying large files off the GUI thread. Names are made
 * unique and areas, items and paths are kept. Returns the refs as added.
 */
std::optional<QList<FileRef>> pushAddStoredFiles(CourseDocument *document,
    Node *node,
    const QList<FileRef> &files,
    QString *errorString = nullptr);

/**
 * Removes files (matched on area, item, path and name) from node, as one command. In a Resource's
 * "content" area, removing the main file makes the first remaining file the main one. Returns
 * false when none of them is there or the document is read-only.
 */
bool pushRemoveFiles(CourseDocument *document, Node *node, const QList<FileRef> &files);
/** pushRemoveFiles() with one file. */
bool pushRemoveFile(CourseDocument *document, Node *node, const FileRef &file);

/**
 * Renames a file of node (matched on area, item, path and name). Refuses with a message an empty
 * name, a name holding "/" or "\", and a name another file of the same area, item and path
 * already has. HTML that refers to the old name (@@PLUGINFILE@@) is not rewritten: rename files
 * of areas that HTML does not use (a resource's or folder's "content"). Returns the renamed ref.
 */
std::optional<FileRef> pushRenameFile(CourseDocument *document,
    Node *node,
    const FileRef &file,
    const QString &newName,
    QString *errorString = nullptr);

/**
 * Makes file the main file of a Resource activity: sortOrder 1 for it, 0 for the other files of
 * its area (Moodle shows the file with sortorder 1). Returns false when node is not a Resource,
 * the file is not one of its files, or it already is the main file.
 */
bool pushSetMainFile(CourseDocument *document, Node *node, const FileRef &file);
/** The main file of a Resource (sortOrder 1 in "content", else its first "content" file). */
std::optional<FileRef> mainFile(const Node *node);

/** True when a and b name the same file of a node (area, item, path and name). */
bool sameFile(const FileRef &a, const FileRef &b);

} // namespace Parcours
