//! Edition metadata (edition.yaml) and the total-score tiers it defines.

/// Title page and colophon facts of an edition.
public struct EditionInfo: Hashable, Sendable, Codable {
    public var title: String
    public var shortTitle: String
    public var year: Int
    public var dataYear: Int
    public var publisher: String
    public var language: String
    public var sourceNote: String
    /// How figures, units and names are printed (edition.yaml `editorial:`).
    public var style: EditorialStyle
    public init(title: String, shortTitle: String, year: Int, dataYear: Int,
                publisher: String, language: String, sourceNote: String, style: EditorialStyle = .english) {
        self.title = title; self.shortTitle = shortTitle; self.year = year; self.dataYear = dataYear
        self.publisher = publisher; self.language = language; self.sourceNote = sourceNote; self.style = style
    }
}

/// A band of overall totals. A city belongs to the tier with the highest `minTotal` that
/// does not exceed its total (`minTotal` is inclusive); thresholds live in data, not code.
public struct Tier: Hashable, Sendable, Codable {
    public var id: Int
    public var name: String
    public var minTotal: Int
    public init(id: Int, name: String, minTotal: Int) { self.id = id; self.name = name; self.minTotal = minTotal }
}
