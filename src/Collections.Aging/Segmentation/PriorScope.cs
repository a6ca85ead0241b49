namespace Collections.Aging;

/// <summary>Whose pooled right-party contact rate a prior is.</summary>
public enum PriorScope
{
    /// <summary>The account's peer group (its age bucket × amount band cell).</summary>
    PeerGroup = 0,

    /// <summary>The whole portfolio, used when the peer group has too few accounts with attempts.</summary>
    Portfolio = 1,
}
