//! The whole edition as one value: metadata, cities, dimensions, tables and texts.

/// Everything an edition folder holds, after validation. The number of cities, dimensions
/// and variables comes from the data; nothing here assumes 60, 10 or 5.
public struct Edition: Hashable, Sendable {
    public var info: EditionInfo
    /// Tiers ordered by `minTotal`, highest first.
    public var tiers: [Tier]
    /// Cities in report order (`cities.csv`).
    public var cities: [City]
    /// Dimensions in report order (`dimensions.yaml`).
    public var dimensions: [Dimension]
    public var indicators: [Indicator]
    /// One table per dimension, in dimension order.
    public var scores: [ScoreTable]
    public var overall: OverallTable
    public var references: [Reference]
    public var exceptions: [ReviewedException]
    public var cityNotes: [CityNote]
    /// `text/*.md` sorted by file name.
    public var texts: [TextDocument]
    /// One narrative per dimension that has one, in dimension order.
    public var narratives: [TextDocument]
    /// `observations/*.md` sorted by file name.
    public var observations: [Observation]

    private var cityIndex: [String: Int]
    private var dimensionIndex: [String: Int]

    public init(info: EditionInfo, tiers: [Tier], cities: [City], dimensions: [Dimension],
                indicators: [Indicator] = [], scores: [ScoreTable], overall: OverallTable,
                references: [Reference] = [], exceptions: [ReviewedException] = [], cityNotes: [CityNote] = [],
                texts: [TextDocument] = [], narratives: [TextDocument] = [], observations: [Observation] = []) {
        self.info = info
        self.tiers = tiers.sorted { $0.minTotal > $1.minTotal }
        self.cities = cities; self.dimensions = dimensions; self.indicators = indicators
        self.scores = scores; self.overall = overall; self.references = references
        self.exceptions = exceptions; self.cityNotes = cityNotes
        self.texts = texts; self.narratives = narratives; self.observations = observations
        var ci: [String: Int] = [:]
        for (i, c) in cities.enumerated() where ci[c.slug] == nil { ci[c.slug] = i }
        var di: [String: Int] = [:]
        for (i, d) in dimensions.enumerated() where di[d.slug] == nil { di[d.slug] = i }
        cityIndex = ci; dimensionIndex = di
    }

    // MARK: Lookups

    public func city(_ slug: String) -> City? { cityIndex[slug].map { cities[$0] } }
    /// Report-order position of a city (0-based), used to break ties.
    public func cityOrder(_ slug: String) -> Int? { cityIndex[slug] }
    public func dimension(_ slug: String) -> Dimension? { dimensionIndex[slug].map { dimensions[$0] } }
    public func dimensionOrder(_ slug: String) -> Int? { dimensionIndex[slug] }
    /// The score table of a dimension slug.
    public func table(_ dimension: String) -> ScoreTable? {
        // Tables are in dimension order; fall back to a search for editions built otherwise.
        if let i = dimensionIndex[dimension], i < scores.count, scores[i].dimension == dimension { return scores[i] }
        return scores.first { $0.dimension == dimension }
    }
    public func reference(_ id: Int) -> Reference? { references.first { $0.id == id } }
    public func narrative(for dimension: String) -> TextDocument? {
        guard let path = self.dimension(dimension)?.narrativePath else {
            return narratives.first { $0.slug == dimension }
        }
        return narratives.first { $0.file == path }
    }
    public func text(_ slug: String) -> TextDocument? { texts.first { $0.slug == slug } }
    public func note(for city: String) -> CityNote? { cityNotes.first { $0.city == city } }
    public func observations(after dimension: String) -> [Observation] {
        observations.filter { $0.dimension == dimension }
    }
}
