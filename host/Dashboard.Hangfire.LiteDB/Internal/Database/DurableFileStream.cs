namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// An unbuffered file stream handed to LiteDB. LiteDB wraps every stream it is given in a lock on this instance,
/// so reads and writes are already serialized; <see cref="Flush"/> syncs to the device without that lock,
/// so a sync never blocks readers.
/// </summary>
internal sealed class DurableFileStream : Stream
{
    private readonly FileStream _file;

    public DurableFileStream(string path)
    {
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

    public override void Flush() => _file.Flush(flushToDisk: true);

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
