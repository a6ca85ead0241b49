using System.IO.Compression;
using System.Xml;

namespace Collections.Intake;

/// <summary>Reads what ExcelDataReader does not expose from an .xlsx package: the sheet names, and for one sheet the cells that
/// hold formulas (with or without a saved result) or error values.</summary>
/// <remarks>An .xlsx file is a ZIP archive: <c>xl/workbook.xml</c> lists the sheets, <c>xl/_rels/workbook.xml.rels</c> maps
/// each to its part, and a sheet part holds cells as <c>&lt;c r="B7"&gt;&lt;f&gt;A7*2&lt;/f&gt;&lt;v&gt;24&lt;/v&gt;&lt;/c&gt;</c>.</remarks>
internal static class WorkbookScanner
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    /// <summary>Whether the ZIP archive holds a workbook part.</summary>
    public static bool HasWorkbook(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        return archive.GetEntry("xl/workbook.xml") is not null;
    }

    /// <summary>The sheet names, in workbook order.</summary>
    public static List<string> SheetNames(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var names = new List<string>();
        var entry = archive.GetEntry("xl/workbook.xml");
        if (entry is null)
        {
            return names;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The formula and error cells of the named sheet, by one-based row and zero-based column.</summary>
    public static Dictionary<(int Row, int Column), CellFormula> ScanSheet(Stream stream, string sheetName)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var relationshipId = SheetRelationship(archive, sheetName);
        var part = relationshipId is null ? null : SheetPart(archive, relationshipId);
        var entry = part is null ? null : archive.GetEntry(part);
        var result = new Dictionary<(int Row, int Column), CellFormula>();
        if (entry is null)
        {
            return result;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
        var row = 0;
        var column = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (xml.LocalName == "c")
            {
                var reference = xml.GetAttribute("r");
                var index = reference is null ? column : ColumnIndex(reference);
                var cellRow = reference is null ? row : RowIndex(reference, row);
                column = index + 1;
                var type = xml.GetAttribute("t");
                var cell = ReadCell(xml.ReadSubtree(), type);
                if (cell is not null)
                {
                    result[(cellRow, index)] = cell;
                }
            }
        }

        return result;
    }

    private static CellFormula? ReadCell(XmlReader cell, string? type)
    {
        using (cell)
        {
            string? formula = null;
            string? value = null;
            var hasFormula = false;
            cell.Read(); // the <c> element itself
            cell.Read();
            while (!cell.EOF)
            {
                if (cell.NodeType != XmlNodeType.Element)
                {
                    cell.Read();
                    continue;
                }

                if (cell.LocalName == "f")
                {
                    hasFormula = true;
                    var shared = cell.GetAttribute("t") == "shared";
                    if (cell.IsEmptyElement)
                    {
                        formula = string.Empty;
                        cell.Read();
                    }
                    else
                    {
                        formula = cell.ReadElementContentAsString(); // also moves to the next node
                    }

                    if (formula.Length == 0 && shared)
                    {
                        formula = "(shared)";
                    }
                }
                else if (cell.LocalName == "v" && !cell.IsEmptyElement)
                {
                    value = cell.ReadElementContentAsString();
                }
                else
                {
                    cell.Read();
                }
            }

            if (type == "e")
            {
                return new CellFormula(hasFormula ? formula : null, false, value ?? "#VALUE!");
            }

            return hasFormula ? new CellFormula(formula, !string.IsNullOrEmpty(value) || type == "str" && value is not null, null) : null;
        }
    }

    private static string? SheetRelationship(ZipArchive archive, string sheetName)
    {
        var entry = archive.GetEntry("xl/workbook.xml");
        if (entry is null)
        {
            return null;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") == sheetName)
            {
                return xml.GetAttribute("id", RelationshipNamespace);
            }
        }

        return null;
    }

    private static string? SheetPart(ZipArchive archive, string relationshipId)
    {
        var entry = archive.GetEntry("xl/_rels/workbook.xml.rels");
        if (entry is null)
        {
            return null;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relationshipId)
            {
                var target = xml.GetAttribute("Target") ?? string.Empty;
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    private static int RowIndex(string reference, int fallback)
    {
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : fallback;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
