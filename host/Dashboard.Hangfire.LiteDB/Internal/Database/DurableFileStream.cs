namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// An unbuffered file stream handed to LiteDB: every write LiteDB makes goes straight to the operating system, so it
/// survives a killed process. LiteDB wraps the stream in a lock on this instance, so reads and writes are serialized.
/// Whether LiteDB's <see cref="Flush"/> also syncs to the device is chosen per file: a device sync costs tens of
/// milliseconds on a virtual disk and stalls concurrent commits, so the log may be synced on a timer instead.
/// </summary>
internal sealed class DurableFileStream : Stream
{
    private readonly FileStream _file;
    private readonly bool _syncOnFlush;

    public DurableFileStream(string path, bool syncOnFlush)
    {
        _syncOnFlush = syncOnFlush;
        // FileShare.None: a second process (or a second storage in this process) cannot open the same file and corrupt it.
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.RandomAccess);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    public override void Flush()
    {
        if (_syncOnFlush)
        {
            SyncToDevice();
        }
    }

    /// <summary>fsync: safe beside concurrent writes, the stream has no buffer of its own.</summary>
    public void SyncToDevice() => _file.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
