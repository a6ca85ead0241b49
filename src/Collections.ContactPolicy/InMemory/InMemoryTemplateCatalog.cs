using System.Collections.Frozen;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="ITemplateCatalog"/> over templates held in memory.</summary>
public sealed class InMemoryTemplateCatalog : ITemplateCatalog
{
    private readonly FrozenDictionary<TemplateId, MessageTemplate> _templates;

    /// <summary>Creates the catalogue.</summary>
    /// <param name="templates">The templates (identifiers unique).</param>
    /// <exception cref="ArgumentException">Two templates share an identifier.</exception>
    public InMemoryTemplateCatalog(IEnumerable<MessageTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var list = templates.ToList();
        var repeated = list.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException("Template identifiers must be unique; repeated: " + string.Join(", ", repeated) + ".", nameof(templates));
        }

        _templates = list.ToFrozenDictionary(t => t.Id);
    }

    /// <inheritdoc/>
    public Task<MessageTemplate?> FindAsync(TemplateId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_templates.GetValueOrDefault(id));
    }
}
