//! Deterministic number formatting for chart labels: grouping, fixed decimals, a true minus.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How numbers are written on axes and marks ("2,634", "0.82", "−0.41").
///
/// Written by hand rather than with a locale formatter so output never depends on the machine.
public struct NumberFormat: Hashable, Sendable {
    public var decimals: Int
    /// Separates thousands with `groupSeparator`.
    public var grouping: Bool
    public var groupSeparator: String
    /// Appended after the number, e.g. "%".
    public var suffix: String

    public init(decimals: Int = 0, grouping: Bool = true, groupSeparator: String = ",", suffix: String = "") {
        self.decimals = max(0, min(decimals, 9)); self.grouping = grouping
        self.groupSeparator = groupSeparator; self.suffix = suffix
    }

    /// Integers with thousands separators.
    public static let integer = NumberFormat()

    /// Enough decimals for the data: none for whole numbers, fewer as values grow.
    public static func inferred(for values: [Double]) -> NumberFormat {
        let finite = values.filter(\.isFinite)
        if finite.allSatisfy({ abs($0 - $0.rounded()) < 1e-9 }) { return .integer }
        let largest = finite.map(abs).max() ?? 0
        return NumberFormat(decimals: largest >= 100 ? 0 : largest >= 10 ? 1 : 2)
    }

    /// The fewest decimals that print every value of an evenly spaced tick set exactly.
    public static func forTicks(_ ticks: [Double]) -> NumberFormat {
        for d in 0...6 {
            let s = pow(10, Double(d))
            if ticks.allSatisfy({ abs($0 * s - ($0 * s).rounded()) < 1e-6 * max(1, abs($0 * s)) }) {
                return NumberFormat(decimals: d)
            }
        }
        return NumberFormat(decimals: 6)
    }

    /// The value as text; negative numbers use U+2212 MINUS SIGN, and "−0" never appears.
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow(10, Double(decimals))
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled > 0
        let whole = UInt64(scaled / scale)
        let fraction = UInt64(scaled - Double(whole) * scale)
        var digits = String(whole)
        if grouping && digits.count > 3 {
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += groupSeparator }
                grouped.append(ch)
            }
            digits = grouped
        }
        if decimals > 0 {
            let f = String(fraction)
            digits += "." + String(repeating: "0", count: max(0, decimals - f.count)) + f
        }
        return (negative ? "\u{2212}" : "") + digits + suffix
    }
}
