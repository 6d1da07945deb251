// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/mediadevice.h"

#include <sqlite3.h>

#include <algorithm>

namespace Parcours {

MediaDevice::MediaDevice(sqlite3 *db, sqlite3_blob *blob, qint64 size)
    : m_db(db)
    , m_blob(blob)
    , m_size(size)
{
    // Unbuffered: callers read in chunks already, a second buffer would only copy.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

MediaDevice::~MediaDevice()
{
    MediaDevice::close();
}

void MediaDevice::close()
{
    if (m_blob)
        sqlite3_blob_close(m_blob);
    m_blob = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    QIODevice::close();
}

qint64 MediaDevice::bytesAvailable() const
{
    return m_size - m_offset + QIODevice::bytesAvailable();
}

bool MediaDevice::atEnd() const
{
    return !isOpen() || bytesAvailable() == 0;
}

qint64 MediaDevice::readData(char *data, qint64 maxSize)
{
    if (!m_blob)
        return -1;
    // sqlite3_blob_read takes an int: read at most 1 GiB per call.
    const int n = static_cast<int>(std::min({maxSize, m_size - m_offset, qint64(1) << 30}));
    if (n <= 0)
        return 0;
    const int rc = sqlite3_blob_read(m_blob, data, n, static_cast<int>(m_offset));
    if (rc != SQLITE_OK) {
        setErrorString(QString::fromUtf8(sqlite3_errstr(rc)));
        return -1;
    }
    m_offset += n;
    return n;
}

qint64 MediaDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Parcours
