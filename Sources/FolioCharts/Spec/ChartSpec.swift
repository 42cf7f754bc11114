//! A chart described in data (layout or edition YAML), validated with messages an editor can act on.

/// What an editor writes to add or change a chart without touching Swift:
///
/// ```yaml
/// type: ranked-bars
/// data: overall.totals
/// title: Overall ranking
/// subtitle: Total score across ten dimensions
/// source: "Source: Chinese Cities of Opportunity 2025"
/// palette: blues
/// highlight: chengdu
/// ```
///
/// The kit checks the type and options (unknown keys are errors with a "did you mean"
/// hint, not silently ignored); the lead binds `data` to edition values as a `ChartData`
/// and calls `makeChart`.
public struct ChartSpec: Hashable, Sendable, Codable {
    /// The chart types the kit draws.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case rankedBars = "ranked-bars"
        case stackedBars = "stacked-bars"
        case radar
        case heatmap
        case strip
        case bars

        /// Palette kinds a type can use; empty when it takes no palette.
        var paletteKinds: [Palette.Kind] {
            switch self {
            case .rankedBars, .stackedBars: return [.categorical, .sequential]
            case .radar: return [.categorical]
            case .heatmap: return [.diverging, .sequential]
            case .strip, .bars: return []
            }
        }
    }

    public var type: Kind
    /// Data binding, resolved by the lead ("overall.totals", "correlations", "variables:economic-strength").
    public var data: String
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// Height in points; excludes `aspect`.
    public var height: Double?
    /// Width ÷ height (a number, or "3:2" in YAML); excludes `height`.
    public var aspect: Double?
    /// A palette name (see `Palette.all`); nil uses the theme's.
    public var palette: String?
    /// An item to emphasise (a city name or slug).
    public var highlight: String?
    /// Prints values on the marks; nil keeps the chart's default (on).
    public var values: Bool?
    /// Bars only: vertical, horizontal or automatic.
    public var orientation: BarChart.Orientation?
    /// Sorts largest first (bars are sorted by default when ranked, kept in order otherwise).
    public var sort: Bool?
    /// Heat maps: caption of the colour key.
    public var legend: String?
    /// Scale ends `[low, high]` for radar rings, strip axes and heat-map colours.
    public var domain: [Double]?

    public init(type: Kind, data: String, title: String? = nil, subtitle: String? = nil, source: String? = nil,
                height: Double? = nil, aspect: Double? = nil, palette: String? = nil, highlight: String? = nil,
                values: Bool? = nil, orientation: BarChart.Orientation? = nil, sort: Bool? = nil,
                legend: String? = nil, domain: [Double]? = nil) {
        self.type = type; self.data = data; self.title = title; self.subtitle = subtitle; self.source = source
        self.height = height; self.aspect = aspect; self.palette = palette; self.highlight = highlight
        self.values = values; self.orientation = orientation; self.sort = sort; self.legend = legend
        self.domain = domain
    }

    /// Every option key, in the order messages list them.
    public static let optionNames = [
        "type", "data", "title", "subtitle", "source", "height", "aspect", "palette", "highlight", "values",
        "orientation", "sort", "legend", "domain",
    ]

    /// Chart types each optional setting applies to (options not listed apply to all).
    static let applicability: [String: [Kind]] = [
        "highlight": [.rankedBars, .stackedBars, .bars, .strip],
        "values": [.rankedBars, .stackedBars, .radar, .heatmap, .bars],
        "orientation": [.bars],
        "sort": [.rankedBars, .stackedBars, .bars],
        "legend": [.heatmap],
        "domain": [.radar, .strip, .heatmap],
        "palette": [.rankedBars, .stackedBars, .radar, .heatmap],
    ]

    /// The height policy the spec asks for.
    public var sizing: ChartSizing {
        if let height { return .height(height) }
        if let aspect { return .aspect(aspect) }
        return .natural
    }

    /// The domain option as a range.
    public var domainRange: ClosedRange<Double>? {
        guard let d = domain, d.count == 2, d[0] < d[1] else { return nil }
        return d[0]...d[1]
    }

    // MARK: Validation

    /// Every problem with the spec, so an editor can fix them in one pass.
    public var problems: [ChartSpecError] {
        var out: [ChartSpecError] = []
        if data.allSatisfy(\.isWhitespace) { out.append(.missingOption("data")) }
        if height != nil && aspect != nil { out.append(.conflictingOptions("height", "aspect")) }
        if let h = height, !(h > 0 && h <= 2000) {
            out.append(.invalidValue(option: "height", value: "\(h)", expected: "a height in points between 0 and 2000"))
        }
        if let a = aspect, !(a >= 0.2 && a <= 5) {
            out.append(.invalidValue(option: "aspect", value: "\(a)", expected: "a width-to-height ratio between 0.2 and 5, e.g. 1.5 or \"3:2\""))
        }
        if let d = domain, !(d.count == 2 && d[0] < d[1] && d.allSatisfy(\.isFinite)) {
            out.append(.invalidValue(option: "domain", value: "\(d)", expected: "two numbers [low, high] with low < high"))
        }
        let set: [String: Bool] = [
            "highlight": highlight != nil, "values": values != nil, "orientation": orientation != nil,
            "sort": sort != nil, "legend": legend != nil, "domain": domain != nil, "palette": palette != nil,
        ]
        for option in Self.optionNames {
            guard set[option] == true, let kinds = Self.applicability[option], !kinds.contains(type) else { continue }
            out.append(.notApplicable(option: option, type: type.rawValue, appliesTo: kinds.map(\.rawValue)))
        }
        if let name = palette, !type.paletteKinds.isEmpty {
            if let p = Palette.named(name) {
                if !type.paletteKinds.contains(p.kind) {
                    let choices = type.paletteKinds.flatMap { Palette.names(of: $0) }
                    out.append(.wrongPaletteKind(palette: name, kind: p.kind.rawValue, type: type.rawValue, choices: choices))
                }
            } else {
                let all = Palette.all.map(\.name)
                out.append(.unknownPalette(name, suggestion: ChartSpecError.suggestion(for: name, in: all), choices: all))
            }
        }
        return out
    }

    /// Throws the first problem, if any.
    public func validate() throws {
        if let first = problems.first { throw first }
    }

    // MARK: Decoding

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        for key in c.allKeys where !Self.optionNames.contains(key.stringValue) {
            throw ChartSpecError.unknownOption(key.stringValue,
                                               suggestion: ChartSpecError.suggestion(for: key.stringValue, in: Self.optionNames))
        }
        func key(_ s: String) -> AnyKey { AnyKey(stringValue: s) }
        guard let typeName = try c.decodeIfPresent(String.self, forKey: key("type")) else {
            throw ChartSpecError.missingOption("type")
        }
        guard let kind = Kind(rawValue: typeName) else {
            throw ChartSpecError.unknownType(typeName, suggestion: ChartSpecError.suggestion(
                for: typeName, in: Kind.allCases.map(\.rawValue)))
        }
        guard let data = try c.decodeIfPresent(String.self, forKey: key("data")) else {
            throw ChartSpecError.missingOption("data")
        }
        type = kind
        self.data = data
        title = try c.decodeIfPresent(String.self, forKey: key("title"))
        subtitle = try c.decodeIfPresent(String.self, forKey: key("subtitle"))
        source = try c.decodeIfPresent(String.self, forKey: key("source"))
        height = try Self.decodeNumber(c, key("height"))
        aspect = try Self.decodeAspect(c, key("aspect"))
        palette = try c.decodeIfPresent(String.self, forKey: key("palette"))
        highlight = try c.decodeIfPresent(String.self, forKey: key("highlight"))
        values = try Self.decodeBool(c, key("values"))
        sort = try Self.decodeBool(c, key("sort"))
        legend = try c.decodeIfPresent(String.self, forKey: key("legend"))
        if let o = try c.decodeIfPresent(String.self, forKey: key("orientation")) {
            guard let orientation = BarChart.Orientation(rawValue: o) else {
                throw ChartSpecError.invalidValue(option: "orientation", value: "\"\(o)\"",
                                                  expected: BarChart.Orientation.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.orientation = orientation
        } else {
            orientation = nil
        }
        if c.contains(key("domain")) {
            guard let d = try? c.decode([Double].self, forKey: key("domain")) else {
                throw ChartSpecError.invalidValue(option: "domain", value: "not a list of numbers",
                                                  expected: "two numbers [low, high]")
            }
            domain = d
        } else {
            domain = nil
        }
    }

    static func decodeNumber(_ c: KeyedDecodingContainer<AnyKey>, _ k: AnyKey) throws -> Double? {
        guard c.contains(k) else { return nil }
        if let d = try? c.decode(Double.self, forKey: k) { return d }
        let text = (try? c.decode(String.self, forKey: k)) ?? "not a number"
        throw ChartSpecError.invalidValue(option: k.stringValue, value: "\"\(text)\"", expected: "a number of points")
    }

    static func decodeBool(_ c: KeyedDecodingContainer<AnyKey>, _ k: AnyKey) throws -> Bool? {
        guard c.contains(k) else { return nil }
        if let b = try? c.decode(Bool.self, forKey: k) { return b }
        let text = (try? c.decode(String.self, forKey: k)) ?? "not true or false"
        throw ChartSpecError.invalidValue(option: k.stringValue, value: "\"\(text)\"", expected: "true or false")
    }

    /// A number (1.5) or a ratio written "3:2" or "16/9".
    static func decodeAspect(_ c: KeyedDecodingContainer<AnyKey>, _ k: AnyKey) throws -> Double? {
        guard c.contains(k) else { return nil }
        if let d = try? c.decode(Double.self, forKey: k) { return d }
        let text = (try? c.decode(String.self, forKey: k)) ?? ""
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "/" })
            .map { Double($0.trimmingSpaces) }
        if parts.count == 2, let w = parts[0], let h = parts[1], w > 0, h > 0 { return w / h }
        throw ChartSpecError.invalidValue(option: "aspect", value: "\"\(text)\"", expected: "a ratio such as 1.5 or \"3:2\"")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        func key(_ s: String) -> AnyKey { AnyKey(stringValue: s) }
        try c.encode(type.rawValue, forKey: key("type"))
        try c.encode(data, forKey: key("data"))
        try c.encodeIfPresent(title, forKey: key("title"))
        try c.encodeIfPresent(subtitle, forKey: key("subtitle"))
        try c.encodeIfPresent(source, forKey: key("source"))
        try c.encodeIfPresent(height, forKey: key("height"))
        try c.encodeIfPresent(aspect, forKey: key("aspect"))
        try c.encodeIfPresent(palette, forKey: key("palette"))
        try c.encodeIfPresent(highlight, forKey: key("highlight"))
        try c.encodeIfPresent(values, forKey: key("values"))
        try c.encodeIfPresent(orientation?.rawValue, forKey: key("orientation"))
        try c.encodeIfPresent(sort, forKey: key("sort"))
        try c.encodeIfPresent(legend, forKey: key("legend"))
        try c.encodeIfPresent(domain, forKey: key("domain"))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}
