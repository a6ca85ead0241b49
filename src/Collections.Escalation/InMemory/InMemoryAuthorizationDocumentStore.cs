namespace Collections.Escalation.InMemory;

/// <summary>An <see cref="IAuthorizationDocumentStore"/> held in memory, checking that each document hashes to the hash it is stored under; safe for concurrent callers.</summary>
public sealed class InMemoryAuthorizationDocumentStore : IAuthorizationDocumentStore
{
    private readonly Dictionary<DocumentHash, byte[]> _documents = [];
    private readonly Lock _lock = new();

    /// <summary>The number of documents stored.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _documents.Count;
            }
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The content is null.</exception>
    /// <exception cref="ArgumentException">The content's SHA-256 is not <paramref name="hash"/>.</exception>
    public async Task StoreAsync(DocumentHash hash, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var actual = DocumentHash.Of(bytes);
        if (actual != hash)
        {
            throw new ArgumentException($"The document's SHA-256 is {actual}, not {hash}: it is not the document it is stored as.", nameof(content));
        }

        lock (_lock)
        {
            _documents.TryAdd(hash, bytes);
        }
    }

    /// <inheritdoc/>
    public Task<Stream?> OpenReadAsync(DocumentHash hash, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult<Stream?>(_documents.TryGetValue(hash, out var bytes) ? new MemoryStream(bytes, writable: false) : null);
        }
    }
}
