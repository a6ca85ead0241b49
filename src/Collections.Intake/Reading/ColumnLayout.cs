using Collections.Core;

namespace Collections.Intake;

/// <summary>Which column of the file holds each role, each period's columns and each field, resolved from the header row.</summary>
/// <remarks>
/// A header named in the mapping is matched exactly first, then ignoring case, spaces, punctuation and Arabic diacritics.
/// Roles the mapping does not name are recognised from the built-in synonyms among the columns no one else claimed. A
/// missing required column, or a header that matches several columns, is a file error that lists every such problem.
/// </remarks>
internal sealed class ColumnLayout
{
    private readonly int[] _byRole;

    private ColumnLayout(int[] byRole, (int Status, int Balance, int Payment)[] periods, int[] fields, IntakeNote note)
    {
        _byRole = byRole;
        Periods = periods;
        AccountFields = fields;
        Note = note;
    }

    public (int Status, int Balance, int Payment)[] Periods { get; }

    public int[] AccountFields { get; }

    /// <summary>The "columns read" note for the report.</summary>
    public IntakeNote Note { get; }

    /// <summary>The column of a role, or -1 when the file has none.</summary>
    public int this[ColumnRole role] => _byRole[role.Value];

    public static ColumnLayout Resolve(IReadOnlyList<string> headers, int headerRow, IntakeSettings settings)
    {
        var mapping = settings.Mapping;
        var shape = mapping.Shape;
        var normalised = headers.Select(HeaderText.Normalise).ToArray();
        var claimed = new bool[headers.Count];
        var byRole = Enumerable.Repeat(-1, ColumnRole.All.Max(r => r.Value) + 1).ToArray();
        var missing = new List<BilingualText>();
        var ambiguous = new List<BilingualText>();

        int FindOne(string header, Func<BilingualText> describeMissing)
        {
            var found = Find(headers, normalised, header);
            if (found.Count == 0)
            {
                missing.Add(describeMissing());
                return -1;
            }

            if (found.Count > 1)
            {
                ambiguous.Add(IntakeTexts.Render("detail.duplicate_header", ("header", header), ("columns", Letters(found))));
                return -1;
            }

            claimed[found[0]] = true;
            return found[0];
        }

        foreach (var (role, header) in mapping.Columns.OrderBy(c => c.Key.Value))
        {
            byRole[role.Value] = FindOne(header, () => IntakeTexts.Render("missing.mapped", ("role", role.Title), ("header", header)));
        }

        var periods = mapping.Periods.IsDefaultOrEmpty ? [] : mapping.Periods.Select(p =>
        {
            var period = IntakeMapping.Format(p.Period);
            BilingualText Missing(string header) => IntakeTexts.Render("missing.period", ("period", period), ("header", header));
            var status = FindOne(p.Status, () => Missing(p.Status));
            var balance = FindOne(p.Balance, () => Missing(p.Balance));
            var payment = p.Payment is null ? -1 : FindOne(p.Payment, () => Missing(p.Payment));
            return (status, balance, payment);
        }).ToArray();

        var fields = mapping.AccountFields.IsDefaultOrEmpty ? [] : mapping.AccountFields
            .Select(a => FindOne(a.Column, () => IntakeTexts.Render("missing.field", ("name", a.Name), ("header", a.Column))))
            .ToArray();

        if (mapping.RecogniseHeaders)
        {
            RecogniseFromSynonyms(headers, shape, claimed, byRole, ambiguous);
        }

        foreach (var role in ColumnRole.All)
        {
            if (role.IsRequiredIn(shape) && byRole[role.Value] < 0 && !mapping.Columns.ContainsKey(role))
            {
                var examples = string.Join(", ", HeaderSynonyms.SynonymsOf(role, shape).Take(4).Select(h => "'" + h + "'"));
                missing.Add(IntakeTexts.Render("missing.recognised", ("role", role.Title), ("examples", examples)));
            }
        }

        var found = string.Join(", ", headers.Select((h, i) => "'" + h + "' (" + TableSource.ColumnLetters(i) + ")"));
        if (missing.Count > 0)
        {
            var list = Join(missing);
            throw new IntakeFileException(
                settings.FileName,
                FileProblem.MissingColumns,
                IntakeTexts.Render("file.missing_columns", ("file", settings.FileName), ("row", headerRow), ("missing", list), ("headers", found)))
            {
                RowNumber = headerRow,
                Column = list.English,
            };
        }

        if (ambiguous.Count > 0)
        {
            var list = Join(ambiguous);
            throw new IntakeFileException(
                settings.FileName,
                FileProblem.AmbiguousColumns,
                IntakeTexts.Render("file.ambiguous_columns", ("file", settings.FileName), ("row", headerRow), ("detail", list)))
            {
                RowNumber = headerRow,
                Column = list.English,
            };
        }

        var used = ColumnRole.All.Where(r => byRole[r.Value] >= 0)
            .Select(r => IntakeTexts.Render("column.used", ("role", r.Title), ("header", headers[byRole[r.Value]]), ("letter", TableSource.ColumnLetters(byRole[r.Value]))))
            .ToList();
        for (var i = 0; i < periods.Length; i++)
        {
            var (status, balance, payment) = periods[i];
            var columns = string.Join(" / ", new[] { status, balance, payment }.Where(c => c >= 0).Select(c => "'" + headers[c] + "' (" + TableSource.ColumnLetters(c) + ")"));
            used.Add(IntakeTexts.Render("column.period", ("period", IntakeMapping.Format(mapping.Periods[i].Period)), ("columns", columns)));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            used.Add(IntakeTexts.Render("column.field", ("name", mapping.AccountFields[i].Name), ("header", headers[fields[i]]), ("letter", TableSource.ColumnLetters(fields[i]))));
        }

        var note = new IntakeNote("columns", IntakeTexts.Render("note.columns", ("columns", Join(used))));
        return new ColumnLayout(byRole, periods, fields, note);
    }

    private static void RecogniseFromSynonyms(IReadOnlyList<string> headers, IntakeShape shape, bool[] claimed, int[] byRole, List<BilingualText> ambiguous)
    {
        var candidates = new Dictionary<ColumnRole, List<int>>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (claimed[i] || HeaderSynonyms.RoleOf(headers[i], shape) is not { } role || byRole[role.Value] >= 0)
            {
                continue;
            }

            if (!candidates.TryGetValue(role, out var list))
            {
                candidates[role] = list = [];
            }

            list.Add(i);
        }

        foreach (var (role, columns) in candidates.OrderBy(c => c.Key.Value))
        {
            if (columns.Count == 1)
            {
                byRole[role.Value] = columns[0];
                claimed[columns[0]] = true;
            }
            else
            {
                var described = string.Join(", ", columns.Select(c => "'" + headers[c] + "' (" + TableSource.ColumnLetters(c) + ")"));
                ambiguous.Add(IntakeTexts.Render("detail.ambiguous_role", ("role", role.Title), ("columns", described)));
            }
        }
    }

    private static List<int> Find(IReadOnlyList<string> headers, string[] normalised, string header)
    {
        var exact = new List<int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), header.Trim(), StringComparison.Ordinal))
            {
                exact.Add(i);
            }
        }

        if (exact.Count > 0)
        {
            return exact;
        }

        var key = HeaderText.Normalise(header);
        var loose = new List<int>();
        for (var i = 0; i < normalised.Length; i++)
        {
            if (key.Length > 0 && string.Equals(normalised[i], key, StringComparison.Ordinal))
            {
                loose.Add(i);
            }
        }

        return loose;
    }

    private static string Letters(List<int> columns) => string.Join(", ", columns.Select(TableSource.ColumnLetters));

    private static BilingualText Join(List<BilingualText> parts) =>
        new(string.Join("; ", parts.Select(p => p.English)), string.Join("؛ ", parts.Select(p => p.Arabic)));
}
