using System.Collections.Frozen;

namespace Collections.Intake;

/// <summary>The built-in English and Arabic headers recognised for each role when a mapping does not name the column.</summary>
/// <remarks>
/// Compared after <see cref="HeaderText.Normalise"/>, so case, spaces, punctuation, Arabic diacritics and hamza forms do
/// not matter. "balance" / "الرصيد" is the open amount of a ledger item and the balance of a snapshot. The table is
/// documented in docs/intake-mapping.md; a mapping file's <c>columns</c> always wins over it.
/// </remarks>
internal static class HeaderSynonyms
{
    private static readonly (ColumnRole Role, IntakeShape? Shape, string[] Headers)[] Table =
    [
        (ColumnRole.Account, null, ["account number", "account no", "account", "account id", "acct no", "customer id", "customer number", "customer no", "client id", "رقم الحساب", "الحساب", "رقم العميل", "رقم العقد"]),
        (ColumnRole.Item, null, ["invoice number", "invoice no", "invoice", "invoice id", "item id", "item number", "document number", "reference", "رقم الفاتورة", "الفاتورة", "رقم المستند", "المرجع"]),
        (ColumnRole.IssueDate, null, ["invoice date", "issue date", "document date", "date", "تاريخ الفاتورة", "تاريخ الإصدار", "التاريخ"]),
        (ColumnRole.DueDate, null, ["due date", "due", "maturity date", "تاريخ الاستحقاق", "الاستحقاق"]),
        (ColumnRole.Amount, null, ["amount", "invoice amount", "original amount", "المبلغ", "مبلغ الفاتورة", "المبلغ الأصلي"]),
        (ColumnRole.OpenAmount, IntakeShape.Ledger, ["open amount", "outstanding", "outstanding amount", "amount due", "balance", "remaining", "المبلغ المتبقي", "المبلغ المستحق", "المتبقي", "الرصيد", "الرصيد المستحق"]),
        (ColumnRole.SettledDate, null, ["settled date", "settlement date", "paid date", "date paid", "clearing date", "تاريخ السداد"]),
        (ColumnRole.Disputed, null, ["disputed", "dispute", "in dispute", "اعتراض", "معترض عليه", "متنازع عليه"]),
        (ColumnRole.Debtor, null, ["debtor id", "debtor", "national id", "id number", "iqama", "رقم المدين", "رقم الهوية", "الهوية الوطنية", "رقم الإقامة"]),
        (ColumnRole.DebtorName, null, ["name", "customer name", "client name", "debtor name", "full name", "الاسم", "اسم العميل", "اسم المدين", "الاسم الكامل"]),
        (ColumnRole.Mobile, null, ["mobile", "mobile number", "mobile no", "cell", "cell phone", "الجوال", "رقم الجوال", "جوال", "الهاتف المحمول"]),
        (ColumnRole.Phone, null, ["phone", "phone number", "telephone", "tel", "الهاتف", "رقم الهاتف", "هاتف"]),
        (ColumnRole.Email, null, ["email", "e-mail", "email address", "mail", "البريد الإلكتروني", "البريد", "الإيميل"]),
        (ColumnRole.Currency, null, ["currency", "currency code", "ccy", "العملة", "رمز العملة"]),
        (ColumnRole.Period, null, ["period", "month", "statement month", "snapshot month", "الفترة", "الشهر"]),
        (ColumnRole.Status, null, ["status", "days past due", "dpd", "months past due", "delinquency", "الحالة", "أيام التأخر", "أشهر التأخر"]),
        (ColumnRole.Balance, IntakeShape.SnapshotsLong, ["balance", "outstanding balance", "outstanding", "الرصيد", "الرصيد المستحق"]),
        (ColumnRole.Payment, null, ["payment", "payment amount", "amount paid", "paid amount", "paid", "السداد", "المبلغ المسدد", "الدفعة"]),
    ];

    private static readonly FrozenDictionary<IntakeShape, FrozenDictionary<string, ColumnRole>> ByShape =
        IntakeShape.All.ToFrozenDictionary(shape => shape, Build);

    /// <summary>The role a header stands for in files of the given shape, if it is one of the built-in synonyms.</summary>
    public static ColumnRole? RoleOf(string header, IntakeShape shape) =>
        ByShape[shape].TryGetValue(HeaderText.Normalise(header), out var role) ? role : null;

    /// <summary>The synonyms of a role for a shape, for messages about a missing column.</summary>
    public static IEnumerable<string> SynonymsOf(ColumnRole role, IntakeShape shape) =>
        Table.Where(t => t.Role == role && (t.Shape is null || t.Shape == shape)).SelectMany(t => t.Headers);

    private static FrozenDictionary<string, ColumnRole> Build(IntakeShape shape)
    {
        var result = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, only, headers) in Table)
        {
            if (!role.IsAllowedIn(shape) || (only is not null && only != shape))
            {
                continue;
            }

            foreach (var header in headers)
            {
                result.TryAdd(HeaderText.Normalise(header), role);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
