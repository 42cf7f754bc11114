//! Fuzz target for YAML: the first byte picks an edition file of the mini edition (loaded
//! with the whole loader) or a layout file (decoded by `LayoutSpecLoader`).

import Foundation
import FolioLayout
import FuzzSupport

let edition = FuzzEdition()
let files = ["edition.yaml", "dimensions.yaml", "exceptions.yaml", "city-notes.yaml", "layout"]

FuzzDriver.run { data in
    guard let first = data.first else { return }
    let file = files[Int(first) % files.count]
    if file == "layout" {
        _ = try? LayoutSpecLoader.parse(String(decoding: data.dropFirst(), as: UTF8.self), path: "fuzz.yaml")
    } else {
        edition.load(data.dropFirst(), as: file)
    }
}
