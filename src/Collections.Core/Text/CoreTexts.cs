namespace Collections.Core;

/// <summary>The texts embedded in Collections.Core (channel and outcome titles).</summary>
internal static class CoreTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(CoreTexts).Assembly, "Collections.Core.texts.json"));

    public static BilingualText Get(string key) => LazyCatalog.Value[key];
}
