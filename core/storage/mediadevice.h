// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

struct sqlite3;
struct sqlite3_blob;

namespace Parcours {

/**
 * A read-only, sequential device over one media blob of a project file, read in chunks with
 * sqlite3_blob_read (the blob is never loaded whole).
 *
 * It owns a connection of its own, opened read-only, so it reads a stable snapshot of the
 * file and may be used on another thread (an export) while the document keeps being edited.
 * Created by CourseStore::openMedia(), already open.
 */
class MediaDevice : public QIODevice
{
public:
    /** Takes ownership of db and blob; size is the blob's size in bytes. */
    MediaDevice(sqlite3 *db, sqlite3_blob *blob, qint64 size);
    ~MediaDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    sqlite3 *m_db;
    sqlite3_blob *m_blob;
    qint64 m_size;
    qint64 m_offset = 0;
};

} // namespace Parcours
