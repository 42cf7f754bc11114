//! Words that describe a chart's data in its alt text ("60 cities by total score").

import FolioCore

/// The nouns alt text needs: what the items are and what is measured. The lead sets them
/// with the data binding ("overall.totals" → cities, total score).
public struct ChartTerms: Hashable, Sendable {
    /// Plural noun for the items (bars, dots): "cities".
    public var items: String
    /// What the values measure: "total score".
    public var measure: String
    public init(items: String = "items", measure: String = "value") {
        self.items = items; self.measure = measure
    }
}

/// Joins names as prose: "A", "A and B", "A, B and C".
func proseList(_ names: [String]) -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}

/// True when two names refer to the same thing, ignoring case, punctuation and diacritics
/// ("xian" matches "Xi'an", "hong-kong" matches "Hong Kong", "lodz" matches "Łódź").
func sameName(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    func key(_ s: String) -> String {
        String(LatinFolding.fold(s).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
    return key(a) == key(b)
}
