namespace Collections.Escalation;

/// <summary>Port: where the signed authorization documents themselves are kept (the host's document store), addressed by their SHA-256.</summary>
/// <remarks>The workflow hashes the document before storing it and refuses one whose hash is not the authorization's
/// (<see cref="EscalationWorkflow.RecordAuthorizationAsync"/>); a store may check again. Storing the same document twice
/// keeps one copy.</remarks>
public interface IAuthorizationDocumentStore
{
    /// <summary>Stores a document under its SHA-256.</summary>
    /// <param name="hash">The document's SHA-256.</param>
    /// <param name="content">The document, read to its end.</param>
    /// <param name="cancellationToken">Cancels the store.</param>
    /// <returns>A task that completes when it is stored.</returns>
    Task StoreAsync(DocumentHash hash, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored document for reading.</summary>
    /// <param name="hash">The document's SHA-256.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document (the caller disposes it), or null when no document has that hash.</returns>
    Task<Stream?> OpenReadAsync(DocumentHash hash, CancellationToken cancellationToken = default);
}
