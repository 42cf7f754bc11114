//! How figures and lists of names read in running text.

public enum NumberText {
    /// `2634` → `2,634`; numbers of four or more digits get a thousands separator, and a
    /// negative number the true minus sign (U+2212), not a hyphen: `−1,500`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count >= 4 else { return value < 0 ? minus + digits : digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? minus + out : out
    }

    /// U+2212 MINUS SIGN, as printed before a negative figure.
    public static let minus = "\u{2212}"

    /// `["A", "B", "C"]` → `A, B and C` (no serial comma, as the report writes lists).
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
