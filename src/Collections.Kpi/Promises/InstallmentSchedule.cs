using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>The checks shared by promises and payment plans: at least one installment, one currency, due dates in strictly increasing order and not before the creation date.</summary>
internal static class InstallmentSchedule
{
    /// <summary>Checks the installments of a promise or plan and throws one <see cref="ArgumentException"/> listing every violation.</summary>
    /// <param name="subject">What is checked, for the message: <c>Promise P-1</c>, <c>Payment plan PL-1</c>.</param>
    /// <param name="createdOn">The creation date.</param>
    /// <param name="installments">The installments.</param>
    /// <param name="parameterName">The caller's parameter holding the installments, for <see cref="ArgumentException.ParamName"/>.</param>
    /// <param name="rule">A further rule of the caller over the checked installments; returns its violation or <see langword="null"/>.</param>
    /// <param name="ruleParameterName">The caller's parameter the rule checks; named when only the rule is broken.</param>
    /// <returns>The installments.</returns>
    public static ImmutableArray<PromiseInstallment> Validate(
        string subject,
        LocalDate createdOn,
        IEnumerable<PromiseInstallment> installments,
        string parameterName,
        Func<ImmutableArray<PromiseInstallment>, string?>? rule = null,
        string? ruleParameterName = null)
    {
        var violations = new List<string>();
        var list = Check(createdOn, installments, violations);
        var atFault = parameterName;
        if (rule?.Invoke(list) is { } violation)
        {
            atFault = violations.Count == 0 ? ruleParameterName ?? parameterName : parameterName;
            violations.Add(violation);
        }

        ThrowIfAny(subject, violations, atFault);
        return list;
    }

    /// <summary>Throws <c>"{subject}: violation; violation."</c> naming <paramref name="parameterName"/> when there are violations.</summary>
    public static void ThrowIfAny(string subject, List<string> violations, string parameterName)
    {
        if (violations.Count > 0)
        {
            throw new ArgumentException(subject + ": " + string.Join("; ", violations) + ".", parameterName);
        }
    }

    public static ImmutableArray<PromiseInstallment> Check(LocalDate createdOn, IEnumerable<PromiseInstallment> installments, List<string> violations)
    {
        ArgumentNullException.ThrowIfNull(installments);
        var list = installments.ToImmutableArray();
        if (list.IsEmpty)
        {
            violations.Add("at least one installment is needed");
            return list;
        }

        var created = DayNumber.Of(createdOn);
        for (var i = 0; i < list.Length; i++)
        {
            var installment = list[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (!installment.Amount.Currency.IsSpecified || !installment.Amount.IsPositive)
            {
                violations.Add($"installment {number} has amount {installment.Amount}; it must be greater than zero");
            }
            else if (installment.Amount.Currency != list[0].Amount.Currency)
            {
                violations.Add($"installment {number} is in {installment.Amount.Currency} but installment 1 in {list[0].Amount.Currency}; one currency per promise");
            }

            var due = DayNumber.Of(installment.DueOn);
            if (due < created)
            {
                violations.Add($"installment {number} is due on {PromiseTextFormat.Date(installment.DueOn)}, before the creation date {PromiseTextFormat.Date(createdOn)}");
            }

            if (i > 0 && due <= DayNumber.Of(list[i - 1].DueOn))
            {
                violations.Add($"installment {number} is due on {PromiseTextFormat.Date(installment.DueOn)}, not after installment {i.ToString(CultureInfo.InvariantCulture)} ({PromiseTextFormat.Date(list[i - 1].DueOn)}); due dates must increase");
            }
        }

        return list;
    }

    public static Money Total(ImmutableArray<PromiseInstallment> installments)
    {
        var total = Money.Zero(installments[0].Amount.Currency);
        foreach (var installment in installments)
        {
            total += installment.Amount;
        }

        return total;
    }
}
