//! How figures and lists of names read in running text.

public enum NumberText {
    /// `2634` → `2,634`; numbers of four or more digits get a thousands separator.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count >= 4 else { return value < 0 ? "-" + digits : digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// `["A", "B", "C"]` → `A, B and C` (no serial comma, as the report writes lists).
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
