//! Fuzz target for the CSV tables: the first byte picks which table of the mini edition the
//! rest of the input replaces; the whole loader then runs.

import FuzzSupport

let edition = FuzzEdition()
let tables = ["scores/economy.csv", "overall.csv", "cities.csv", "indicators.csv", "references.csv", "scores/culture.csv"]

FuzzDriver.run { data in
    guard let first = data.first else { return }
    edition.load(data.dropFirst(), as: tables[Int(first) % tables.count])
}
