namespace Collections.Samples.Assessment.Assessment;

/// <summary>The assessment cannot be made from what was given; the message says what to change.</summary>
public sealed class AssessmentException(string message) : Exception(message);
