namespace Collections.ContactPolicy;

/// <summary>An attempt was recorded against a permit that does not allow it: used already, expired, for another contact point or channel, or from another gate.</summary>
/// <remarks>A caller bug, not a policy answer: the library records no attempt without a permit that covers it. Nothing was
/// stored. The message names the field that differs.</remarks>
public sealed class ContactPermitException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ContactPermitException()
        : this(ContactPermitProblem.DoesNotMatch, "The permit does not allow this attempt.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ContactPermitException(string message)
        : this(ContactPermitProblem.DoesNotMatch, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ContactPermitException(string message, Exception innerException)
        : base(message, innerException) => Problem = ContactPermitProblem.DoesNotMatch;

    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">The message, naming the field.</param>
    public ContactPermitException(ContactPermitProblem problem, string message)
        : base(message) => Problem = problem;

    /// <summary>What is wrong.</summary>
    public ContactPermitProblem Problem { get; }
}
