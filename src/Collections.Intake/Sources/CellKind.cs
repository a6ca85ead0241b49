namespace Collections.Intake;

/// <summary>What a cell holds: CSV cells are always text (or empty); workbook cells may be typed.</summary>
internal enum CellKind
{
    Empty,
    Text,
    Number,
    DateTime,
    Boolean,
}
