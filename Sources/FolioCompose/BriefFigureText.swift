//! Key figures as short sentences for the brief's observation callout: "GDP in 2024: RMB 1,081.36 billion."

import Foundation

/// Writes a key figure's amount in the style of the report's prose and fills the structure's
/// sentence template with it. Spaces inside an amount are non-breaking, so a currency or a
/// unit never ends up on another line than its number.
enum BriefFigureText {
    /// Words for the scale abbreviations key figures use in their units ("RMB bn").
    static let scales = ["bn": "billion", "m": "million", "mn": "million", "tn": "trillion", "k": "thousand"]
    /// Qualifiers a label may carry in parentheses that belong to the amount ("(over)" → "over 500").
    static let qualifiers = ["over", "under", "about", "almost", "nearly", "more than", "less than", "at least", "up to", "around"]

    /// "RMB 552.49 billion", "61.1%", "7,600 km", "215 million", "1".
    static func amount(value: String, unit: String) -> String {
        let nbsp = "\u{00A0}"
        let words = unit.split(separator: " ").map(String.init)
        if unit.isEmpty { return value }
        if unit == "%" { return value + "%" }
        // A currency code with a scale ("RMB bn", "EUR m"): the code first, the scale in words.
        if words.count == 2, isCurrency(words[0]), let scale = scales[words[1].lowercased()] {
            return words[0] + nbsp + value + nbsp + scale
        }
        if words.count == 1, isCurrency(words[0]) { return words[0] + nbsp + value }
        return value + nbsp + unit.replacingOccurrences(of: " ", with: nbsp)
    }

    /// Three capital letters (ISO 4217) or a currency sign.
    static func isCurrency(_ word: String) -> Bool {
        (word.count == 3 && word.allSatisfy { $0.isUppercase && $0.isLetter }) || ["€", "$", "£", "¥"].contains(word)
    }

    /// The label without a trailing qualifier in parentheses, and that qualifier:
    /// "Night economy share of retail (over)" → ("Night economy share of retail", "over").
    static func split(label: String) -> (label: String, qualifier: String?) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
        guard qualifiers.contains(inside) else { return (trimmed, nil) }
        return (trimmed[..<open].trimmingCharacters(in: .whitespaces), inside)
    }

    /// One sentence from the template (`{{label}}` and `{{figure}}`), ending in a full stop.
    static func sentence(_ template: String, value: String, unit: String, label: String) -> String {
        let (label, qualifier) = split(label: label)
        let figure = (qualifier.map { $0 + " " } ?? "") + amount(value: value, unit: unit)
        var s = BriefText.fill(template, values: [.label: label, .figure: figure]).trimmingCharacters(in: .whitespaces)
        if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
        if let last = s.last, !".!?".contains(last) { s += "." }
        return s
    }
}
