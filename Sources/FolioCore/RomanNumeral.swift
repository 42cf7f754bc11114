//! Lower-case roman numerals: front-matter page labels, and reading them back.

/// Lower-case roman numerals written the standard way (`xiv`, never `xiiii`), 1–3999.
public enum RomanNumeral {
    private static let table: [(value: Int, numeral: String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    /// `n` as a lower-case numeral ("" for 0 and below).
    public static func lowercase(_ n: Int) -> String {
        var n = n, s = ""
        for (value, numeral) in table { while n >= value { s += numeral; n -= value } }
        return s
    }

    /// The value of a numeral written the standard way, or nil (`iiii`, `vx`, other text).
    public static func value(_ s: String) -> Int? {
        let digits: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        let values = s.map { digits[$0] }
        guard !values.isEmpty, values.count < 16, !values.contains(nil) else { return nil }
        var total = 0
        for (i, v) in values.enumerated() {
            let next = i + 1 < values.count ? values[i + 1]! : 0
            total += v! < next ? -v! : v!
        }
        // Only the standard spelling of the value reads back.
        return (1...3999).contains(total) && lowercase(total) == s ? total : nil
    }
}
