namespace Collections.Samples.GovernanceReport;

/// <summary>An input the sample refuses (the inputs file, the audit log, the output folder): the message is one line for the
/// user, naming the option and the problem, and nothing has been recorded or written. Exit code 3.</summary>
internal sealed class GovernanceRefusal : Exception
{
    public GovernanceRefusal(string message)
        : base(message)
    {
    }

    public GovernanceRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GovernanceRefusal()
    {
    }
}
