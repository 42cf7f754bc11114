//! Documented input limits: bad or hostile input ends in a clear error, not memory exhaustion.

/// The largest inputs the loader accepts. Each limit is far above a real edition
/// (the 2025 edition: 60 cities, files under 40 KB) and far below what would hurt.
public enum LoadLimits {
    /// Largest file read, in bytes (5 MB).
    public static let maxFileBytes = 5 * 1024 * 1024
    /// Most YAML nodes after alias expansion; a billion-laughs document stops here.
    public static let maxYAMLNodes = 100_000
    /// Deepest YAML nesting (flow brackets or indentation levels).
    public static let maxYAMLDepth = 64
    /// Most rows in one CSV table.
    public static let maxCSVRows = 10_000
    /// Most columns in one CSV table.
    public static let maxCSVColumns = 500
    /// Most cities in an edition.
    public static let maxCities = 1_000
    /// Deepest Markdown nesting (lists, quotes, emphasis).
    public static let maxMarkdownDepth = 32
    /// Longest paragraph, heading or table cell, in characters (100,000, about 30 pages);
    /// beyond that, breaking it into lines becomes slow enough to look like a hang.
    public static let maxParagraphCharacters = 100_000
    /// Largest image file, in bytes (5 MB, as for text files).
    public static let maxImageBytes = 5 * 1024 * 1024
    /// Largest image, in pixels per side.
    public static let maxImagePixels = 10_000
    /// Most problems printed per file; the rest are counted in one line.
    public static let maxDiagnosticsPerFile = 50
}
