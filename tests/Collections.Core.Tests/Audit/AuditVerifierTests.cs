using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.TestKit;

namespace Collections.Core.Tests.Audit;

/// <summary>Hand cases: a log of five entries tampered with in each way, and where and how the verifier reports it.</summary>
public sealed class AuditVerifierTests
{
    private static readonly AuditEntry[] Log = AuditGenerators.Chain(
        [.. Enumerable.Range(1, 5).Select(i => AuditTrailTests.Event("user:" + i))], [0, 1_000, 1_000, 1_000, 1_000]);

    [Fact]
    public void Verify_UntouchedLog_IntactWithItsHead()
    {
        var verification = AuditVerifier.Verify(Log);

        Assert.True(verification.IsIntact);
        Assert.Null(verification.FirstBreak);
        Assert.Equal(5, verification.EntriesRead);
        Assert.Equal(new AuditHead(5, Log[4].Hash), verification.VerifiedHead);
    }

    [Fact]
    public void Verify_EmptyLog_IntactWithTheEmptyHead()
    {
        var verification = AuditVerifier.Verify([], AuditHead.Empty);

        Assert.True(verification.IsIntact);
        Assert.Equal(AuditHead.Empty, verification.VerifiedHead);
        Assert.Equal(new string('0', 64), verification.VerifiedHead.Hash);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("action")]
    [InlineData("subject")]
    [InlineData("payload")]
    [InlineData("recorded_at")]
    [InlineData("hash")]
    [InlineData("previous_hash")]
    [InlineData("sequence")]
    public void Verify_OneFieldOfTheThirdEntryChanged_EditedAtThree(string field)
    {
        var tampered = Log.ToArray();
        tampered[2] = AuditTampering.Change(Log[2], field, seed: 7);

        var broken = AuditVerifier.Verify(tampered).FirstBreak!;

        Assert.Equal(AuditBreakKind.Edited, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Same(tampered[2], broken.Entry);
        Assert.Equal(Log[1].Hash, broken.ExpectedPreviousHash);
    }

    [Fact]
    public void Verify_PayloadEdited_ReasonInEnglishAndArabicAndTheRecomputedHash()
    {
        var tampered = Log.ToArray();
        tampered[2] = Log[2] with { Payload = """{"channel":"call"}""" };

        var verification = AuditVerifier.Verify(tampered);
        var broken = verification.FirstBreak!;

        Assert.False(verification.IsIntact);
        Assert.Equal("Entry 3 was edited: its hash does not match its content.", broken.Reason.English);
        Assert.Equal("القيد رقم 3 معدَّل: قيمة التجزئة المخزنة لا تطابق محتواه.", broken.Reason.Arabic);
        Assert.Equal(tampered[2].ComputeHash(), broken.ComputedHash);
        Assert.NotEqual(tampered[2].Hash, broken.ComputedHash);
        Assert.Equal(new AuditHead(2, Log[1].Hash), verification.VerifiedHead);
        Assert.Equal(5, verification.EntriesRead); // the break at 3 and the two entries after it
    }

    [Fact]
    public void Verify_ThirdEntryDeleted_DeletedAtTheFourthNowInThirdPlace()
    {
        var broken = AuditVerifier.Verify(AuditTampering.Delete(Log, 2)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal(4, broken.Entry!.Sequence);
        Assert.Equal("Entry 3 was deleted: the next entry found carries sequence number 4.", broken.Reason.English);
        Assert.Equal("حُذف القيد رقم 3: القيد التالي الموجود يحمل الرقم التسلسلي 4.", broken.Reason.Arabic);
    }

    [Fact]
    public void Verify_FirstTwoEntriesDeleted_DeletedAtOne()
    {
        var broken = AuditVerifier.Verify(Log[2..]).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(1, broken.Position);
        Assert.Equal("Entries 1 to 2 were deleted: the next entry found carries sequence number 3.", broken.Reason.English);
    }

    [Fact]
    public void Verify_LastEntryDeleted_OnlyAKeptHeadShowsIt()
    {
        var kept = new AuditHead(5, Log[4].Hash);

        var withoutHead = AuditVerifier.Verify(Log[..4]);
        var withHead = AuditVerifier.Verify(Log[..4], kept);

        Assert.True(withoutHead.IsIntact);
        Assert.Equal(AuditBreakKind.Truncated, withHead.FirstBreak!.Kind);
        Assert.Equal(5, withHead.FirstBreak.Position);
        Assert.Null(withHead.FirstBreak.Entry);
        Assert.Equal("The log has 4 entries, fewer than the 5 of the head kept earlier: it was truncated.", withHead.FirstBreak.Reason.English);
        Assert.Equal(new AuditHead(4, Log[3].Hash), withHead.VerifiedHead);
        Assert.Equal(kept, withHead.KeptHead);
    }

    [Fact]
    public void Verify_ThirdEntryDeletedAndTheRestRenumbered_DeletedAtThree()
    {
        var tampered = AuditTampering.Delete(Log, 2).Select((e, i) => e with { Sequence = i + 1 }).ToArray();

        var broken = AuditVerifier.Verify(tampered).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal("An entry before position 3 was deleted and the rest renumbered: the entry here was written as number 4.", broken.Reason.English);
    }

    [Fact]
    public void Verify_SecondEntryRewrittenWithItsHashRecomputed_DeletedAtThreeAndAKeptHeadSeesTheRewrite()
    {
        // A forger who rewrites entry 2 and recomputes its hash, but not the rest: entry 3 names a hash no longer in the log.
        var tampered = Log.ToArray();
        var rewritten = Log[1] with { Payload = """{"channel":"letter"}""" };
        tampered[1] = rewritten with { Hash = rewritten.ComputeHash() };

        var broken = AuditVerifier.Verify(tampered).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal("The entry written before entry 3 is no longer in the log: it was deleted, or replaced by a copy with a recomputed hash.", broken.Reason.English);
    }

    [Fact]
    public void Verify_WholeTailRewrittenWithHashesRecomputed_IntactChainButTheKeptHeadSaysRewritten()
    {
        var tampered = Log.ToArray();
        var previous = Log[0].Hash;
        for (var i = 1; i < tampered.Length; i++)
        {
            var changed = tampered[i] with { PreviousHash = previous, Actor = i == 1 ? "user:forger" : tampered[i].Actor };
            tampered[i] = changed with { Hash = changed.ComputeHash() };
            previous = tampered[i].Hash;
        }

        var kept = new AuditHead(3, Log[2].Hash);
        var withoutHead = AuditVerifier.Verify(tampered);
        var withHead = AuditVerifier.Verify(tampered, kept);

        Assert.True(withoutHead.IsIntact); // Undetectable from the log alone: that is what kept heads are for.
        Assert.Equal(AuditBreakKind.Rewritten, withHead.FirstBreak!.Kind);
        Assert.Equal(3, withHead.FirstBreak.Position);
        Assert.Equal($"Entry 3 has another hash than the head kept earlier ({kept}): the log was rewritten since.", withHead.FirstBreak.Reason.English);
    }

    [Fact]
    public void Verify_KeptHeadMatchesAnEarlierEntry_IntactAndTheLogHasGrown()
    {
        var verification = AuditVerifier.Verify(Log, new AuditHead(2, Log[1].Hash));

        Assert.True(verification.IsIntact);
        Assert.Equal(new AuditHead(5, Log[4].Hash), verification.VerifiedHead);
    }

    [Fact]
    public void Verify_AdjacentEntriesSwapped_ReorderedAtTheFirstOfThem()
    {
        var broken = AuditVerifier.Verify(AuditTampering.Swap(Log, 1, 2)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Reordered, broken.Kind);
        Assert.Equal(2, broken.Position);
        Assert.Equal("Entries 2 and 3 are in the wrong order (swapped).", broken.Reason.English);
        Assert.Equal("القيدان 2 و3 في غير ترتيبهما (تبادلا موضعيهما).", broken.Reason.Arabic);
    }

    [Fact]
    public void Verify_DistantEntriesSwapped_ReorderedAtTheFirstOfThem()
    {
        var broken = AuditVerifier.Verify(AuditTampering.Swap(Log, 1, 4)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Reordered, broken.Kind);
        Assert.Equal(2, broken.Position);
        Assert.Equal("Entry 2 is out of place: the entry written after entry 1 is at position 5.", broken.Reason.English);
    }

    [Fact]
    public void Verify_ContentsOfTwoEntriesSwappedKeepingTheirNumbers_ReorderedAtTheFirst()
    {
        // What swapping two rows of a table keyed by sequence number looks like: the numbers stay, everything else moves.
        var tampered = Log.ToArray();
        tampered[1] = Log[3] with { Sequence = 2 };
        tampered[3] = Log[1] with { Sequence = 4 };

        var broken = AuditVerifier.Verify(tampered).FirstBreak!;

        Assert.Equal(AuditBreakKind.Reordered, broken.Kind);
        Assert.Equal(2, broken.Position);
    }

    [Fact]
    public void Verify_ForgedEntryWithRightNumberAndPredecessorInserted_InsertedAtIt()
    {
        // The best a forger without the later entries' cooperation can do: a well-formed entry 3 that follows entry 2.
        var forged = AuditGenerators.Entry(3, Log[2].RecordedAt, AuditTrailTests.Event("user:forger"), Log[1].Hash);

        var broken = AuditVerifier.Verify(AuditTampering.Insert(Log, 2, forged)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Same(forged, broken.Entry);
        Assert.Equal("Entry 3 was inserted: entry 4 was written right after the entry before it.", broken.Reason.English);
    }

    [Fact]
    public void Verify_JunkEntryInserted_InsertedAtIt()
    {
        var junk = new AuditEntry(99, Log[2].RecordedAt, "user:forger", "acme.forged", "account:1", "{}", new string('a', 64), new string('b', 64));

        var broken = AuditVerifier.Verify(AuditTampering.Insert(Log, 2, junk)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Same(junk, broken.Entry);
        Assert.Equal("Entry 3 was inserted: it does not follow the entry before it, and the entry after it does.", broken.Reason.English);
    }

    [Fact]
    public void Verify_CopyOfAnEarlierEntryAppendedAtTheEnd_InsertedAsARepeat()
    {
        var broken = AuditVerifier.Verify([.. Log, Log[1]]).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(6, broken.Position);
        Assert.Equal("Entry 6 repeats the earlier sequence number 2: it is a copy or a forgery.", broken.Reason.English);
    }

    [Fact]
    public void Verify_TwoJunkEntriesInserted_InsertedFromTheFirst()
    {
        var junk = new AuditEntry(3, Log[2].RecordedAt, "user:forger", "acme.forged", "account:1", "{}", new string('a', 64), new string('b', 64));

        var broken = AuditVerifier.Verify([.. Log[..2], junk, junk with { Sequence = 4 }, .. Log[2..]]).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal("Entries from position 3 were inserted: the chain resumes at position 5.", broken.Reason.English);
    }

    [Fact]
    public void Verify_WellFormedForgeryAppendedAtTheEnd_NotDetectableWithoutSignedHeads()
    {
        // Documented limit (docs/decisions/0004): the chain shows changes to the past, not who appended the newest entry.
        var forged = AuditGenerators.Entry(6, Log[4].RecordedAt, AuditTrailTests.Event("user:forger"), Log[4].Hash);

        var verification = AuditVerifier.Verify([.. Log, forged], new AuditHead(5, Log[4].Hash));

        Assert.True(verification.IsIntact);
        Assert.Equal(new AuditHead(6, forged.Hash), verification.VerifiedHead);
    }

    [Fact]
    public void Verify_TextWithUnpairedSurrogate_EditedWithoutAComputedHash()
    {
        var tampered = Log.ToArray();
        tampered[0] = Log[0] with { Actor = "user:\ud800" };

        var broken = AuditVerifier.Verify(tampered).FirstBreak!;

        Assert.Equal(AuditBreakKind.Edited, broken.Kind);
        Assert.Equal(1, broken.Position);
        Assert.Null(broken.ComputedHash);
    }

    [Fact]
    public void Verify_BrokenEarlyInALongLog_StopsReadingSoonAfterTheBreak()
    {
        var log = AuditGenerators.Chain([.. Enumerable.Range(1, 1000).Select(i => AuditTrailTests.Event("user:" + i))], [.. Enumerable.Repeat(1L, 1000)]);
        log[9] = log[9] with { Subject = "account:other" };

        var verification = AuditVerifier.Verify(log);

        Assert.Equal(10, verification.FirstBreak!.Position);
        Assert.Equal(12, verification.EntriesRead);
    }

    [Fact]
    public async Task VerifyAsync_StoreFilledByATrail_Intact()
    {
        var store = new InMemoryAuditStore();
        foreach (var entry in Log)
        {
            await store.TryAppendAsync(entry, TestContext.Current.CancellationToken);
        }

        var verification = await AuditVerifier.VerifyAsync(store, new AuditHead(5, Log[4].Hash), TestContext.Current.CancellationToken);

        Assert.True(verification.IsIntact);
        Assert.Equal(new AuditHead(5, Log[4].Hash), verification.VerifiedHead);
    }

    [Fact]
    public void AuditHead_TextForm_RoundTripsAndRejectsWhatIsNotAHead()
    {
        var head = new AuditHead(12, Log[0].Hash);

        Assert.Equal("12:" + Log[0].Hash, head.ToString());
        Assert.True(AuditHead.TryParse(head.ToString(), out var parsed));
        Assert.Equal(head, parsed);
        Assert.True(AuditHead.TryParse("0:" + new string('0', 64), out var empty));
        Assert.Equal(AuditHead.Empty, empty);
        Assert.False(AuditHead.TryParse("12:" + Log[0].Hash.ToUpperInvariant(), out _));
        Assert.False(AuditHead.TryParse("-1:" + Log[0].Hash, out _));
        Assert.False(AuditHead.TryParse("0:" + Log[0].Hash, out _));
        Assert.False(AuditHead.TryParse("3:" + new string('0', 64), out _));
        Assert.False(AuditHead.TryParse("١٢:" + Log[0].Hash, out _));
        Assert.False(AuditHead.TryParse(null, out _));
        Assert.False(AuditHead.TryParse("12", out _));
    }

    [Fact]
    public void AuditHead_Invalid_EveryViolationListed()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AuditHead(-1, "xyz"));

        Assert.Contains("the count must not be negative (got -1)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the hash must be 64 lower-case hex digits (got 'xyz')", exception.Message, StringComparison.Ordinal);
    }
}
