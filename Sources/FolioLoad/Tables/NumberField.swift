//! Reading integer cells: scores, totals and ranks, with messages that say what is wrong.

import FolioModel

/// Why a cell is not the whole number it should be.
enum NumberFieldProblem: Error {
    case empty, decimal, notANumber

    func message(_ what: String, _ text: String, expected: String) -> String {
        switch self {
        case .empty: return "\(what) is empty; expected \(expected)"
        case .decimal: return "\(what) \(NameHint.quoted(text)) has decimals; expected \(expected)"
        case .notANumber: return "\(what) \(NameHint.quoted(text)) is not a number; expected \(expected)"
        }
    }
}

enum NumberField {
    /// The integer in `text`, or why it is not one. `59.0` and `59,5` count as decimals.
    static func parse(_ text: String) -> Result<Int, NumberFieldProblem> {
        if text.isEmpty { return .failure(.empty) }
        if let n = Int(text) { return .success(n) }
        let decimalish = text.contains(where: { $0 == "." || $0 == "," })
            && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+") }
        return .failure(decimalish ? .decimal : .notANumber)
    }
}

extension EditionReader {
    /// An integer cell, reported with its column name and expected form when it is not one.
    /// The names are made only for a message: a table has thousands of cells, nearly all fine.
    mutating func integer(_ text: String, _ what: @autoclosure () -> String, expected: @autoclosure () -> String,
                          path: String, line: Int) -> Int? {
        switch NumberField.parse(text) {
        case .success(let n): return n
        case .failure(let problem):
            sink.error(problem.message(what(), text, expected: expected()), path, line)
            return nil
        }
    }
}
