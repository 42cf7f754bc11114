//! Lengths written in layout files: `12pt`, `20mm`, `1.5cm`, `0.5in`, or a bare number of points.

/// A length in points, decoded from a number or a string with a unit.
public struct Length: Hashable, Sendable, Codable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public var points: Double
    public init(points: Double) { self.points = points }
    public init(floatLiteral value: Double) { points = value }
    public init(integerLiteral value: Int) { points = Double(value) }

    /// Parses `12pt`, `20mm`, `1.5cm`, `0.5in` or `12`; nil for anything else.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let v = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            points = v * factor
            return
        }
        guard let v = Double(t) else { return nil }
        points = v
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Double.self) { points = v; return }
        let s = try c.decode(String.self)
        guard let l = Length(parsing: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a length; write e.g. 12pt, 20mm, 1.5cm or 0.5in")
        }
        self = l
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(points)
    }
}

import Foundation
