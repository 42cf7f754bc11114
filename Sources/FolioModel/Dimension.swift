//! A scoring dimension and its variables, in report order.

/// One variable of a dimension, scored 1…N per city.
public struct Variable: Hashable, Sendable, Codable {
    public var slug: String
    public var name: String
    public init(slug: String, name: String) { self.slug = slug; self.name = name }
}

/// One dimension (a chapter of the report) with its variables in column order.
public struct Dimension: Hashable, Sendable, Codable {
    public var slug: String
    public var name: String
    public var variables: [Variable]
    /// Edition-relative path of the narrative, e.g. `narratives/economic-strength.md`.
    public var narrativePath: String?
    public init(slug: String, name: String, variables: [Variable], narrativePath: String? = nil) {
        self.slug = slug; self.name = name; self.variables = variables; self.narrativePath = narrativePath
    }

    /// The index of a variable slug in the score columns.
    public func variableIndex(_ slug: String) -> Int? { variables.firstIndex { $0.slug == slug } }
}

/// One indicator behind a variable ("Variables and indicators" table).
public struct Indicator: Hashable, Sendable, Codable {
    public var dimension: String
    public var variable: String
    public var name: String
    public var dataYear: String
    public var source: String
    public init(dimension: String, variable: String, name: String, dataYear: String, source: String) {
        self.dimension = dimension; self.variable = variable; self.name = name
        self.dataYear = dataYear; self.source = source
    }
}
