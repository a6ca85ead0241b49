using Collections.Kpi.Governance;

namespace Collections.Kpi.Tests.Governance;

/// <summary>A target must be a value its KPI can take in the catalog unit: a percent from 0 to 100, any other unit not negative.</summary>
public sealed class KpiTargetTests
{
    [Fact]
    public void Create_PercentAbove100_RefusedNamingTheKpiAndTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTarget(KpiId.PromiseKeptRate, 150m));

        Assert.Equal("value", error.ParamName);
        Assert.Equal(150m, error.ActualValue);
        Assert.StartsWith("The target for 'ptp_kept_rate' must be from 0 to 100 (unit percent); got 150.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_OutOfRange_NoTargetAndTheConstructorsMessage_InRange_TheTarget()
    {
        Assert.False(KpiTarget.TryCreate(KpiId.AttemptsPerRightPartyContact, -1m, out var refused, out var problem));
        Assert.Null(refused);
        Assert.Equal("The target for 'attempts_per_rpc' must be zero or more, not negative (unit ratio); got -1.", problem);
        Assert.StartsWith(problem, Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTarget(KpiId.AttemptsPerRightPartyContact, -1m)).Message, StringComparison.Ordinal);

        Assert.True(KpiTarget.TryCreate(KpiId.RightPartyContactRate, 100m, out var target, out var none));
        Assert.Null(none);
        Assert.Equal(new KpiTarget(KpiId.RightPartyContactRate, 100m), target);
    }

    [Fact]
    public void Create_NegativePercent_Refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTarget(KpiId.RightPartyContactRate, -0.5m));

        Assert.StartsWith("The target for 'rpc_rate' must be from 0 to 100 (unit percent); got -0.5.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeRatio_RefusedNamingTheKpiAndTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTarget(KpiId.AttemptsPerRightPartyContact, -2m));

        Assert.StartsWith("The target for 'attempts_per_rpc' must be zero or more, not negative (unit ratio); got -2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativePerThousand_Refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTarget(KpiId.ComplaintRate, -1m));

        Assert.Contains("'complaint_rate' must be zero or more, not negative (unit per_thousand)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ptp_kept_rate", 0)]
    [InlineData("ptp_kept_rate", 100)]
    [InlineData("cure_rate", 35.5)]
    [InlineData("attempts_per_rpc", 0)]
    [InlineData("attempts_per_rpc", 250)]
    [InlineData("complaint_rate", 1500)]
    [InlineData("days_sales_outstanding", 45)]
    public void Create_ValueInItsUnitsRange_Accepted(string code, double value)
    {
        var target = new KpiTarget(KpiId.FromName(code), (decimal)value);

        Assert.Equal((decimal)value, target.Value);
        Assert.Equal(code, target.Id.Code);
    }

    [Fact]
    public void Create_NullKpi_Refused()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new KpiTarget(null!, 1m)).ParamName);
    }
}
