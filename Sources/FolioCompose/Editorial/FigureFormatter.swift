//! The one money and unit style: "RMB 210 billion" in text, "210" over "RMB billion" in a tile.

import FolioModel
import Foundation

/// Prints a figure and its unit as the edition writes amounts, for every place a figure from
/// data is printed: key-figure tiles, briefs and data-bound text. A unit is read as an optional
/// currency (`RMB`), an optional scale (`bn`, printed `billion`) and the rest (`km`, `%`,
/// `countries and regions`). In text the currency comes first and no-break spaces hold the
/// amount together: `formatter.text(value: "210", unit: "RMB bn")` is "RMB 210 billion".
public struct FigureFormatter: Sendable {
    public let style: EditorialStyle

    public init(style: EditorialStyle) { self.style = style }

    /// The parts of a unit as the data writes it ("RMB bn", "million kW", "%").
    public struct Unit: Hashable, Sendable {
        public var currency: String?
        /// The scale in words ("billion"), abbreviations expanded.
        public var scale: String?
        /// What is counted or measured ("km", "%", "standards"), possibly empty.
        public var measure: String
    }

    public func unit(_ written: String) -> Unit {
        var words = written.split(separator: " ").map(String.init)
        var currency: String?
        if let k = words.firstIndex(where: { style.currencies.contains($0) }) { currency = words.remove(at: k) }
        var scale: String?
        if let k = words.firstIndex(where: { style.scales[$0] != nil || style.scales.values.contains($0) }) {
            let word = words.remove(at: k)
            scale = style.scales[word] ?? word
        }
        return Unit(currency: currency, scale: scale, measure: words.joined(separator: " "))
    }

    /// The value with the printer's signs and ranges ("-3.2" → "−3.2", "3-5" → "3–5").
    public func value(_ written: String) -> String { NumberPunctuation.apply(written) }

    /// A figure in running text: "RMB 210 billion", "6.1%", "7,600 km", "17 million kW".
    public func text(value written: String, unit: String) -> String {
        let u = self.unit(unit)
        let nbsp = String(UnitSpacing.noBreakSpace)
        var out = value(written)
        if let currency = u.currency { out = currency + nbsp + out }
        if let scale = u.scale { out += nbsp + scale }
        if !u.measure.isEmpty {
            let attached = u.measure.first.map { "%‰°".contains($0) } ?? false
            out += (attached ? "" : nbsp) + u.measure
        }
        return out
    }

    /// Qualifiers a figure's label may end with in parentheses that belong to its amount:
    /// "Night economy share of retail (over)" reads "over 60%".
    public static let qualifiers = ["over", "under", "about", "almost", "nearly", "more than", "less than", "at least", "up to", "around"]

    /// The label without a trailing qualifier in parentheses, and that qualifier:
    /// "Night economy share of retail (over)" → ("Night economy share of retail", "over").
    /// Other parentheses ("(rounded)") stay in the label.
    public func qualified(label: String) -> (label: String, qualifier: String?) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
        guard Self.qualifiers.contains(inside) else { return (trimmed, nil) }
        return (trimmed[..<open].trimmingCharacters(in: .whitespaces), inside)
    }

    /// A labelled figure in running text: its label without the qualifier, and the amount with
    /// it ("over 60%").
    public func text(value written: String, unit: String, label: String) -> (label: String, figure: String) {
        let (label, qualifier) = qualified(label: label)
        return (label, (qualifier.map { $0 + " " } ?? "") + text(value: written, unit: unit))
    }

    /// A key-figure tile's value and the unit line under it: ("210", "RMB billion").
    public func tile(value written: String, unit: String) -> (value: String, unit: String) {
        let u = self.unit(unit)
        return (value(written), [u.currency, u.scale, u.measure.isEmpty ? nil : u.measure].compactMap { $0 }.joined(separator: " "))
    }
}
