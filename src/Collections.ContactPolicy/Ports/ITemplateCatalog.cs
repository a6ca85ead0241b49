namespace Collections.ContactPolicy;

/// <summary>Port: the host's catalogue of message templates and call scripts.</summary>
public interface ITemplateCatalog
{
    /// <summary>Finds a template by its identifier.</summary>
    /// <param name="id">The template's identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The template, or null when the catalogue has none with that id.</returns>
    Task<MessageTemplate?> FindAsync(TemplateId id, CancellationToken cancellationToken = default);
}
