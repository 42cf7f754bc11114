//! Whole numbers spelled out in English, for prose such as "the seven dimensions".

extension NumberText {
    /// `7` → `seven`, `23` → `twenty-three`, `105` → `one hundred and five`, `2,634` →
    /// `two thousand six hundred and thirty-four` (British usage, as the report is written).
    /// Numbers of a million or more, and negative numbers, stay in figures.
    public static func words(_ value: Int) -> String {
        guard (0..<1_000_000).contains(value) else { return grouped(value) }
        if value == 0 { return "zero" }
        let thousands = value / 1000, rest = value % 1000
        var parts: [String] = []
        if thousands > 0 { parts.append(belowThousand(thousands) + " thousand") }
        if rest > 0 { parts.append((thousands > 0 && rest < 100 ? "and " : "") + belowThousand(rest)) }
        return parts.joined(separator: " ")
    }

    private static let ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                               "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// 1…999.
    private static func belowThousand(_ n: Int) -> String {
        let hundreds = n / 100, rest = n % 100
        var text = hundreds > 0 ? ones[hundreds] + " hundred" : ""
        if rest > 0 {
            if !text.isEmpty { text += " and " }
            text += rest < 20 ? ones[rest] : tens[rest / 10] + (rest % 10 > 0 ? "-" + ones[rest % 10] : "")
        }
        return text
    }
}
