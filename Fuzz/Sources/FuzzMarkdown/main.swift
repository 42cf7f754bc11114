//! Fuzz target for Markdown texts (front matter, footnotes, data references, images): the
//! first byte picks the narrative, an observation or a text file of the mini edition.

import FuzzSupport

let edition = FuzzEdition()
let texts = ["narratives/economy.md", "observations/xian.md", "text/intro.md"]

FuzzDriver.run { data in
    guard let first = data.first else { return }
    edition.load(data.dropFirst(), as: texts[Int(first) % texts.count])
}
