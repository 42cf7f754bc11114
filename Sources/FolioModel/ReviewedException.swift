//! Reviewed inconsistencies of the published source, and the checks they excuse.

/// A reviewed inconsistency of the published source: the edition keeps the published figure
/// and `folio check` reports it as a warning instead of an error.
public struct ReviewedException: Hashable, Sendable, Codable {
    /// The table file as published, edition-relative: `overall.csv` or `scores/<dimension>.csv`.
    public var file: String
    /// The city slug of the row.
    public var city: String
    /// Which check the published row fails.
    public var check: ConsistencyCheck
    /// For `dimension-total`: the dimension slug of the column; otherwise nil.
    public var column: String?
    /// The figure as printed (a total or rank), when the exception pins it.
    public var published: Int?
    /// The figure the check computes, when the exception pins it.
    public var computed: Int?
    /// Why the figure is kept, for the reviewer.
    public var reason: String
    /// The reader's version of the reason, printed in the table note under the figure; the
    /// reason is printed when there is none.
    public var note: String?
    public init(file: String, city: String, check: ConsistencyCheck, column: String? = nil,
                published: Int? = nil, computed: Int? = nil, reason: String, note: String? = nil) {
        self.file = file; self.city = city; self.check = check; self.column = column
        self.published = published; self.computed = computed; self.reason = reason; self.note = note
    }

    /// Whether this exception covers a failed check. Pinned figures must match, so an
    /// exception stops applying (and the error returns) when the data changes.
    public func covers(_ failure: ConsistencyFailure) -> Bool {
        file == failure.file && city == failure.city && check == failure.check
            && (column == nil || column == failure.column)
            && (published == nil || published == failure.published)
            && (computed == nil || computed == failure.computed)
    }
}

/// The consistency rules a published table can break.
public enum ConsistencyCheck: String, Hashable, Sendable, Codable, CaseIterable {
    /// A dimension row's variable scores do not add up to its total.
    case rowSum = "row-sum"
    /// An overall row's dimension totals do not add up to its total.
    case overallTotal = "overall-total"
    /// A rank does not follow from the totals (standard competition ranking).
    case rank
    /// An overall dimension total differs from that dimension's table.
    case dimensionTotal = "dimension-total"
}

/// One failed consistency check: where, which rule, the printed and the computed figure.
public struct ConsistencyFailure: Hashable, Sendable {
    public var file: String
    public var city: String
    public var check: ConsistencyCheck
    public var column: String?
    public var published: Int
    public var computed: Int
    public init(file: String, city: String, check: ConsistencyCheck, column: String? = nil, published: Int, computed: Int) {
        self.file = file; self.city = city; self.check = check; self.column = column
        self.published = published; self.computed = computed
    }
}
