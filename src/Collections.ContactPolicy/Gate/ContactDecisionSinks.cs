namespace Collections.ContactPolicy;

/// <summary>Decision sinks that need no port: <see cref="None"/>, for tests and tools that must say, in code, that they record nothing.</summary>
public static class ContactDecisionSinks
{
    /// <summary>Records nothing. A gate in production records its decisions (<see cref="AuditTrailContactDecisionSink"/>); this exists so that not doing so is a visible choice.</summary>
    public static IContactDecisionSink None { get; } = new NoSink();

    private sealed class NoSink : IContactDecisionSink
    {
        public Task RecordAsync(ContactDecisionRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task RecordVersionChangeAsync(ContactPolicyChange change, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
