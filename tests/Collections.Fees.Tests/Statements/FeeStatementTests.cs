using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.Statements;

/// <summary>Hand-computed statements: every expected figure is worked out in the comments and written in the test.</summary>
public sealed class FeeStatementTests
{
    [Fact]
    public void Calculate_AgeAndBalanceTiers_OneLinePerPaymentAtItsPlacementsTier()
    {
        var request = Request("JAN", Amicable(), January) with
        {
            Placements =
            [
                Placed("ACC-1", age: 45, balance: 5_000m),    // ≤ 90 days: A, 8%
                Placed("ACC-2", age: 120, balance: 8_000m),   // 91–180, below 10,000: B-small, 12%
                Placed("ACC-3", age: 150, balance: 20_000m),  // 91–180, 10,000 and more: B-large, 10%
                Placed("ACC-4", age: 400, balance: 3_000m),   // 181 and more: C, 15%
            ],
            Payments =
            [
                Paid("P-1", "ACC-1", 1_000.00m, new LocalDate(2026, 1, 5)),  // 1,000.00 × 8%  = 80.00
                Paid("P-2", "ACC-2", 333.33m, new LocalDate(2026, 1, 6)),    //   333.33 × 12% = 39.9996  → 40.00
                Paid("P-3", "ACC-3", 2_500.05m, new LocalDate(2026, 1, 7)),  // 2,500.05 × 10% = 250.005  → 250.01 (half away from zero)
                Paid("P-4", "ACC-4", 99.99m, new LocalDate(2026, 1, 8)),     //    99.99 × 15% = 14.9985  → 15.00
            ],
        };

        var statement = FeeStatement.Calculate(request);

        Assert.Equal([("fee", 80_00L), ("fee", 40_00L), ("fee", 250_01L), ("fee", 15_00L), ("vat", 57_75L)], Shape(statement));
        Assert.Equal(["A", "B-small", "B-large", "C", null], statement.Lines.Select(l => l.Tier));
        Assert.Equal([8m, 12m, 10m, 15m, 15m], statement.Lines.Select(l => l.Percent));
        Assert.Equal([1, 2, 3, 4, 5], statement.Lines.Select(l => l.Number));
        Assert.Equal(Sr(333.33m), statement.Lines[1].Base);
        Assert.Equal(new PaymentId("P-3"), statement.Lines[2].PaymentId);
        Assert.Equal(new LocalDate(2026, 1, 7), statement.Lines[2].Date);
        Assert.Equal(Sr(385.01m), statement.Fees);   // 80.00 + 40.00 + 250.01 + 15.00
        Assert.Equal(Sr(57.75m), statement.Vat);     // 385.01 × 15% = 57.7515 → 57.75
        Assert.Equal(Sr(442.76m), statement.Total);
        Assert.Empty(statement.Exclusions);
        Assert.Equal("Payment P-3 of 2,500.05 SAR, value date 2026-01-07: 10% (tier B-large) of 2,500.05 SAR", statement.Lines[2].Description.English);
        Assert.Contains("الشريحة B-large", statement.Lines[2].Description.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_EachLineRoundedHalfAwayFromZero_NotTheSum()
    {
        var request = Request("JAN", Flat(10m), January) with
        {
            Placements = [Placed("ACC-1", age: 10, balance: 100m)],
            Payments =
            [
                Paid("P-1", "ACC-1", 0.05m, new LocalDate(2026, 1, 5)),  // 0.005 → 0.01
                Paid("P-2", "ACC-1", 0.05m, new LocalDate(2026, 1, 6)),  // 0.005 → 0.01
                Paid("P-3", "ACC-1", 0.05m, new LocalDate(2026, 1, 7)),  // 0.005 → 0.01
            ],
        };

        var statement = FeeStatement.Calculate(request);

        // Per line: 0.03 (rounding the 0.15 collected once would give 0.015 → 0.02). VAT 15% of 0.03 = 0.0045 → 0.00.
        Assert.Equal([("fee", 1L), ("fee", 1L), ("fee", 1L), ("vat", 0L)], Shape(statement));
        Assert.Equal(Sr(0.03m), statement.Total);
    }

    [Fact]
    public void Calculate_MinimumAndCapPerPayment_AdjustmentLinesBesideTheirFee()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { MinimumPerPayment = Sr(25m), CapPerPayment = Sr(500m) });
        var request = Request("JAN", schedule, January) with
        {
            Placements = [Placed("ACC-1", age: 30, balance: 50_000m)],
            Payments =
            [
                Paid("P-a", "ACC-1", 100m, new LocalDate(2026, 1, 5)),     //    10.00, raised to 25.00: +15.00
                Paid("P-b", "ACC-1", 10_000m, new LocalDate(2026, 1, 6)),  // 1,000.00, lowered to 500.00: −500.00
                Paid("P-c", "ACC-1", 1_000m, new LocalDate(2026, 1, 7)),   //   100.00
            ],
        };

        var statement = FeeStatement.Calculate(request);

        // Fees 10 + 15 + 1,000 − 500 + 100 = 625.00; VAT 93.75; total 718.75.
        Assert.Equal(
            [("fee", 10_00L), ("payment_minimum", 15_00L), ("fee", 1_000_00L), ("payment_cap", -500_00L), ("fee", 100_00L), ("vat", 93_75L)],
            Shape(statement));
        Assert.Equal(new PaymentId("P-a"), statement.Lines[1].PaymentId);
        Assert.Equal(Sr(25m), statement.Lines[1].Limit);
        Assert.Equal(Sr(10m), statement.Lines[1].Base);
        Assert.Equal(Sr(718.75m), statement.Total);
    }

    [Fact]
    public void Calculate_MinimumPerStatement_RaisesWhatThePeriodEarned()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { MinimumPerStatement = Sr(1_000m), CapPerStatement = Sr(2_000m) });
        var request = Request("JAN", schedule, January) with
        {
            Placements = [Placed("ACC-1", age: 30, balance: 50_000m)],
            Payments = [Paid("P-1", "ACC-1", 500m, new LocalDate(2026, 1, 5))],  // 50.00, raised to 1,000.00: +950.00
        };

        var statement = FeeStatement.Calculate(request);

        Assert.Equal([("fee", 50_00L), ("statement_minimum", 950_00L), ("vat", 150_00L)], Shape(statement));
        Assert.Equal(Sr(50m), statement.Lines[1].Base);
        Assert.Equal(Sr(1_150m), statement.Total);
    }

    [Fact]
    public void Calculate_CapPerStatement_LowersWhatThePeriodEarned()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { MinimumPerStatement = Sr(1_000m), CapPerStatement = Sr(2_000m) });
        var request = Request("JAN", schedule, January) with
        {
            Placements = [Placed("ACC-1", age: 30, balance: 50_000m), Placed("ACC-2", age: 30, balance: 50_000m)],
            Payments =
            [
                Paid("P-1", "ACC-1", 15_000m, new LocalDate(2026, 1, 5)),  // 1,500.00
                Paid("P-2", "ACC-2", 10_000m, new LocalDate(2026, 1, 6)),  // 1,000.00 → 2,500.00 earned, capped at 2,000.00: −500.00
            ],
        };

        var statement = FeeStatement.Calculate(request);

        Assert.Equal([("fee", 1_500_00L), ("fee", 1_000_00L), ("statement_cap", -500_00L), ("vat", 300_00L)], Shape(statement));
        Assert.Equal(Sr(2_300m), statement.Total);
    }

    [Fact]
    public void Calculate_NothingEarned_NoMinimumChargeOnlyAZeroVatLine()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { MinimumPerStatement = Sr(1_000m) });

        var statement = FeeStatement.Calculate(Request("JAN", schedule, January) with { Placements = [Placed("ACC-1", age: 30, balance: 500m)] });

        Assert.Equal([("vat", 0L)], Shape(statement));
        Assert.Equal(Sr(0m), statement.Total);
    }

    [Fact]
    public void Calculate_ReversalInALaterPeriod_ClawedBackInTheNextStatementOnce()
    {
        var placements = new[] { Placed("ACC-1", age: 45, balance: 5_000m) };  // tier A, 8%
        var p1 = Paid("P-1", "ACC-1", 1_000m, new LocalDate(2026, 1, 10));
        var p5 = Paid("P-5", "ACC-1", 500m, new LocalDate(2026, 2, 12));
        var reversal = Reversed("P-1", "ACC-1", new LocalDate(2026, 2, 3));

        var january = FeeStatement.Calculate(Request("JAN", Amicable(), January) with { Placements = placements, Payments = [p1] });
        var february = FeeStatement.Calculate(Request("FEB", Amicable(), February) with
        {
            Placements = placements,
            Payments = [p1, p5],
            Reversals = [reversal],
            EarlierStatements = [january],
        });
        var march = FeeStatement.Calculate(Request("MAR", Amicable(), March) with
        {
            Placements = placements,
            Payments = [p1, p5],
            Reversals = [reversal],
            EarlierStatements = [january, february],
        });

        // January: 1,000.00 × 8% = 80.00; VAT 12.00.
        Assert.Equal([("fee", 80_00L), ("vat", 12_00L)], Shape(january));
        Assert.Equal(Sr(92m), january.Total);

        // February: P-5 500.00 × 8% = 40.00 (the reversal put P-1's 1,000.00 back, so all of P-5 applies);
        // clawback of P-1: −80.00, referring to January's line 1; fees −40.00; VAT −6.00; total −46.00.
        Assert.Equal([("fee", 40_00L), ("clawback", -80_00L), ("vat", -6_00L)], Shape(february));
        var clawback = february.Lines[1];
        Assert.Equal(new PaymentId("P-1"), clawback.PaymentId);
        Assert.Equal(new FeeStatementId("JAN"), clawback.RefersToStatement);
        Assert.Equal(1, clawback.RefersToLine);
        Assert.Equal(Sr(1_000m), clawback.Base);
        Assert.Equal(new LocalDate(2026, 2, 3), clawback.Date);
        Assert.Equal(Sr(-46m), february.Total);
        Assert.Empty(february.Exclusions);

        // March: nothing new, nothing clawed back twice.
        Assert.Equal([("vat", 0L)], Shape(march));
    }

    [Fact]
    public void Calculate_ThePeriodAgain_ChargesAndClawsBackNothingTwice()
    {
        var placements = new[] { Placed("ACC-1", age: 45, balance: 5_000m) };
        var payments = new[] { Paid("P-1", "ACC-1", 1_000m, new LocalDate(2026, 1, 10)), Paid("P-5", "ACC-1", 500m, new LocalDate(2026, 2, 12)) };
        var reversals = new[] { Reversed("P-1", "ACC-1", new LocalDate(2026, 2, 3)) };
        var january = FeeStatement.Calculate(Request("JAN", Amicable(), January) with { Placements = placements, Payments = payments });
        var february = FeeStatement.Calculate(Request("FEB", Amicable(), February) with { Placements = placements, Payments = payments, Reversals = reversals, EarlierStatements = [january] });

        var again = FeeStatement.Calculate(Request("FEB-AGAIN", Amicable(), February) with { Placements = placements, Payments = payments, Reversals = reversals, EarlierStatements = [january, february] });

        Assert.Equal([("vat", 0L)], Shape(again));
        Assert.Equal(
            [(FeeExclusionReason.AlreadyCharged, "P-5"), (FeeExclusionReason.AlreadyClawedBack, "P-1")],
            again.Exclusions.Select(e => (e.Reason, e.PaymentId!.Value.Value)));
        Assert.Equal("Payment P-1: its fee was already clawed back on statement FEB.", again.Exclusions[1].Explanation.English);
    }

    [Fact]
    public void Calculate_ReversalOfAPaymentRaisedToTheMinimum_ClawsBackTheFeeWithItsAdjustment()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { MinimumPerPayment = Sr(25m) });
        var placements = new[] { Placed("ACC-1", age: 30, balance: 5_000m) };
        var payments = new[] { Paid("P-1", "ACC-1", 100m, new LocalDate(2026, 1, 10)) };  // 10.00 + 15.00 to the minimum
        var january = FeeStatement.Calculate(Request("JAN", schedule, January) with { Placements = placements, Payments = payments });

        var february = FeeStatement.Calculate(Request("FEB", schedule, February) with
        {
            Placements = placements,
            Payments = payments,
            Reversals = [Reversed("P-1", "ACC-1", new LocalDate(2026, 2, 1))],
            EarlierStatements = [january],
        });

        // −25.00 (what P-1 earned), VAT −3.75: the minimum is not charged on a period that earned nothing.
        Assert.Equal([("clawback", -25_00L), ("vat", -3_75L)], Shape(february));
    }

    [Fact]
    public void Calculate_PaymentsOutsideThePlacementOrItsTerms_EarnNothingAndSayWhy()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { DirectPaymentsEarn = false });
        var request = Request("JAN", schedule, January) with
        {
            Placements =
            [
                Placed("ACC-1", age: 30, balance: 5_000m, recalledOn: new LocalDate(2026, 1, 20)),
                Placed("ACC-L", age: 30, balance: 5_000m, track: CollectionTrack.Legal),
            ],
            Payments =
            [
                Paid("P-before", "ACC-1", 100m, new LocalDate(2025, 12, 31), postedOn: new LocalDate(2026, 1, 2)),
                Paid("P-in", "ACC-1", 200m, new LocalDate(2026, 1, 10)),
                Paid("P-direct", "ACC-1", 300m, new LocalDate(2026, 1, 12), route: PaymentRoute.DirectToCreditor),
                Paid("P-reversed", "ACC-1", 400m, new LocalDate(2026, 1, 14)),
                Paid("P-recall", "ACC-1", 500m, new LocalDate(2026, 1, 20)),
                Paid("P-legal", "ACC-L", 600m, new LocalDate(2026, 1, 10)),
                Paid("P-unknown", "ACC-9", 700m, new LocalDate(2026, 1, 11)),
            ],
            Reversals = [Reversed("P-reversed", "ACC-1", new LocalDate(2026, 1, 25))],
        };

        var statement = FeeStatement.Calculate(request);

        Assert.Equal([("fee", 20_00L), ("vat", 3_00L)], Shape(statement));
        Assert.Equal(new PaymentId("P-in"), statement.Lines[0].PaymentId);
        var reasons = statement.Exclusions.ToDictionary(e => e.PaymentId!.Value.Value, e => e.Reason);
        Assert.Equal(FeeExclusionReason.BeforePlacement, reasons["P-before"]);
        Assert.Equal(FeeExclusionReason.DirectToCreditor, reasons["P-direct"]);
        Assert.Equal(FeeExclusionReason.ReversedInPeriod, reasons["P-reversed"]);
        Assert.Equal(FeeExclusionReason.AfterRecall, reasons["P-recall"]);
        Assert.Equal(FeeExclusionReason.NotPlaced, reasons["P-legal"]);
        Assert.Equal(FeeExclusionReason.NotPlaced, reasons["P-unknown"]);
        Assert.Equal(6, statement.Exclusions.Length);
        var before = statement.Exclusions.Single(e => e.Reason == FeeExclusionReason.BeforePlacement).Explanation;
        Assert.Equal("Payment P-before: its value date 2025-12-31 is before the account was placed on 2026-01-01.", before.English);
        Assert.Equal("الدفعة P-before: تاريخ قيمتها 2025-12-31 يسبق إحالة الحساب في 2026-01-01.", before.Arabic);
        Assert.Contains("2026-01-20", statement.Exclusions.Single(e => e.Reason == FeeExclusionReason.AfterRecall).Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_DirectPaymentsWhenTheScheduleSaysTheyEarn_EarnLikeAnyOther()
    {
        var request = Request("JAN", Flat(10m), January) with
        {
            Placements = [Placed("ACC-1", age: 30, balance: 5_000m)],
            Payments = [Paid("P-direct", "ACC-1", 300m, new LocalDate(2026, 1, 12), route: PaymentRoute.DirectToCreditor)],
        };

        Assert.Equal([("fee", 30_00L), ("vat", 4_50L)], Shape(FeeStatement.Calculate(request)));
    }

    [Fact]
    public void Calculate_OverpaymentsAndCreditNotes_OnlyWhatIsAppliedToThePlacedDebtEarns()
    {
        var placements = new[] { Placed("ACC-1", age: 30, balance: 5_000m), Placed("ACC-2", age: 30, balance: 8_000m) };
        var payments = new[]
        {
            Paid("P-1", "ACC-1", 4_000m, new LocalDate(2026, 1, 5)),   // applies 4,000.00 of 5,000.00: 400.00
            Paid("P-3", "ACC-2", 300m, new LocalDate(2026, 1, 10)),    // 100.00 left after the credit note: 10.00; 200.00 unapplied
            Paid("P-2", "ACC-1", 1_500m, new LocalDate(2026, 2, 5)),   // 1,000.00 left: 100.00; 500.00 unapplied
        };
        var creditNote = new AccountAdjustment(new AdjustmentId("CN-1"), new AccountId("ACC-2"), AdjustmentKind.CreditNote, Sr(7_900m), new LocalDate(2026, 1, 5));
        var january = FeeStatement.Calculate(Request("JAN", Flat(10m), January) with { Placements = placements, Payments = payments, Adjustments = [creditNote] });

        var february = FeeStatement.Calculate(Request("FEB", Flat(10m), February) with { Placements = placements, Payments = payments, Adjustments = [creditNote], EarlierStatements = [january] });

        Assert.Equal([("fee", 400_00L), ("fee", 10_00L), ("vat", 61_50L)], Shape(january));  // 410.00 × 15% = 61.50
        Assert.Equal(Sr(300m), january.Lines[1].Received);
        Assert.Equal(Sr(100m), january.Lines[1].Base);
        Assert.Equal(
            [(FeeExclusionReason.UnappliedOverpayment, (long?)200_00), (FeeExclusionReason.Adjustment, 7_900_00)],
            january.Exclusions.Select(e => (e.Reason, e.Amount?.MinorUnits)));
        Assert.Equal("Credit note CN-1 of 7,900.00 SAR on account ACC-2, effective 2026-01-05: it lowers the debt but earns no fee.", january.Exclusions[1].Explanation.English);
        Assert.Equal([("fee", 100_00L), ("vat", 15_00L)], Shape(february));
        Assert.Equal(
            "Payment P-2: 500.00 SAR exceeds what was left of the placed debt (1,000.00 SAR); an unapplied overpayment earns no fee.",
            Assert.Single(february.Exclusions).Explanation.English);
    }

    [Fact]
    public void Calculate_PostingInstant_DecidesThePeriodByTheRiyadhDay()
    {
        // Posted 2026-01-31 22:30 UTC = 2026-02-01 01:30 in Riyadh: February's, whatever its value date.
        var payment = new Payment(new PaymentId("P-late"), new AccountId("ACC-1"), Sr(1_000m), new LocalDate(2026, 1, 31), Instant.FromUtc(2026, 1, 31, 22, 30), PaymentMethod.Sadad);
        var placements = new[] { Placed("ACC-1", age: 30, balance: 5_000m) };

        var january = FeeStatement.Calculate(Request("JAN", Flat(10m), January) with { Placements = placements, Payments = [payment] });
        var february = FeeStatement.Calculate(Request("FEB", Flat(10m), February) with { Placements = placements, Payments = [payment], EarlierStatements = [january] });
        var inUtc = FeeStatement.Calculate(Request("JAN-UTC", Flat(10m), January) with { Placements = placements, Payments = [payment], CreditorZone = DateTimeZone.Utc });

        Assert.Equal([("vat", 0L)], Shape(january));
        Assert.Equal([("fee", 100_00L), ("vat", 15_00L)], Shape(february));
        Assert.Equal([("fee", 100_00L), ("vat", 15_00L)], Shape(inUtc));
    }

    [Fact]
    public void Calculate_LegalTrack_StageFeesOncePerPlacementPlusAPercentageOfRecovery()
    {
        var schedule = Flat(20m, new FeeScheduleTerms { StageFees = [new StageFee(new LegalStageCode("filed"), Sr(1_500m)), new StageFee(new LegalStageCode("judgment"), Sr(2_500m))] }, CollectionTrack.Legal);
        var placements = new[] { Placed("L-1", age: 400, balance: 50_000m, track: CollectionTrack.Legal) };
        var payments = new[] { Paid("P-1", "L-1", 10_000m, new LocalDate(2026, 1, 20)) };
        var stages = new[]
        {
            new LegalStageReached(new AccountId("L-1"), new LegalStageCode("filed"), new LocalDate(2026, 1, 15)),
            new LegalStageReached(new AccountId("L-1"), new LegalStageCode("filed"), new LocalDate(2026, 2, 2)),    // reported again
            new LegalStageReached(new AccountId("L-1"), new LegalStageCode("judgment"), new LocalDate(2026, 2, 10)),
            new LegalStageReached(new AccountId("L-1"), new LegalStageCode("appeal"), new LocalDate(2026, 2, 11)),  // no fee in the schedule
        };

        var january = FeeStatement.Calculate(Request("JAN", schedule, January) with { Placements = placements, Payments = payments, Stages = stages });
        var february = FeeStatement.Calculate(Request("FEB", schedule, February) with { Placements = placements, Payments = payments, Stages = stages, EarlierStatements = [january] });

        // January: 10,000.00 × 20% = 2,000.00; filed 1,500.00; VAT 15% of 3,500.00 = 525.00; total 4,025.00.
        Assert.Equal([("fee", 2_000_00L), ("stage_fee", 1_500_00L), ("vat", 525_00L)], Shape(january));
        Assert.Equal(new LegalStageCode("filed"), january.Lines[1].Stage);
        Assert.Equal(Sr(4_025m), january.Total);

        // February: judgment 2,500.00; VAT 375.00; filed not again; appeal has no fee.
        Assert.Equal([("stage_fee", 2_500_00L), ("vat", 375_00L)], Shape(february));
        Assert.Equal([FeeExclusionReason.StageAlreadyCharged, FeeExclusionReason.StageWithoutFee], february.Exclusions.Select(e => e.Reason));
        Assert.Equal("Account L-1, stage 'filed': its fee was already charged on statement JAN.", february.Exclusions[0].Explanation.English);
    }

    [Fact]
    public void Calculate_BadInput_EveryProblemNamedByListAndPosition()
    {
        var request = Request("JAN", Flat(10m), January) with
        {
            Placements =
            [
                Placed("ACC-1", age: 30, balance: 5_000m),
                Placed("ACC-1", age: 30, balance: 5_000m, placedOn: new LocalDate(2026, 1, 10)),
            ],
            Payments =
            [
                Paid("P-1", "ACC-1", 100m, new LocalDate(2026, 1, 5)),
                Paid("P-1", "ACC-1", 100m, new LocalDate(2026, 1, 6)),
                new Payment(new PaymentId("P-usd"), new AccountId("ACC-1"), Money.Of(5m, Currency.UsDollar), new LocalDate(2026, 1, 7), Instant.FromUtc(2026, 1, 7, 9, 0), PaymentMethod.Card),
            ],
        };

        var error = Assert.Throws<ArgumentException>(() => FeeStatement.Calculate(request));

        Assert.Contains("Placements: account ACC-1 has overlapping placements", error.Message, StringComparison.Ordinal);
        Assert.Contains("Payments[1] repeats payment id P-1 (Payments[0])", error.Message, StringComparison.Ordinal);
        Assert.Contains("Payments[2] (P-usd) is in USD, not the schedule's SAR", error.Message, StringComparison.Ordinal);
        Assert.Equal("request", error.ParamName);
    }

    [Fact]
    public void Calculate_AnEarlierStatementOfAnotherTrackOrItself_IsRefused()
    {
        var legal = FeeStatement.Calculate(Request("LEGAL-JAN", Flat(10m, track: CollectionTrack.Legal), January));
        var january = FeeStatement.Calculate(Request("JAN", Flat(10m), January));

        var error = Assert.Throws<ArgumentException>(() => FeeStatement.Calculate(Request("JAN", Flat(10m), February) with { EarlierStatements = [legal, january] }));

        Assert.Contains("EarlierStatements[0] (LEGAL-JAN) is for ACME-BANK, legal, SAR", error.Message, StringComparison.Ordinal);
        Assert.Contains("EarlierStatements[1] is statement JAN itself", error.Message, StringComparison.Ordinal);
    }
}
