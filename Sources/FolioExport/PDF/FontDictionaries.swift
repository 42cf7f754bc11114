//! Completes the font dictionaries Cairo 1.16 writes, as PDF/A-2 and PDF/UA-1 require.

/// Adds what Cairo 1.16 leaves out of its embedded fonts (ISO 19005-2 6.2.11.3–6.2.11.4,
/// ISO 14289-1 7.21.3–7.21.4):
///
/// - `/CIDToGIDMap /Identity` on TrueType CIDFonts (`CIDFontType2`). Cairo numbers the
///   glyphs of the subset it embeds by CID, so the identity map is what it relies on
///   already (the default); PDF/A asks for it to be written.
/// - `/CharSet` in the descriptor of Type 1 fonts whose program is CFF (`Type1C`). Cairo
///   writes the glyphs of a font that WinAnsi can reach as such a simple font (its "latin
///   subset", which keeps the content streams at one byte a glyph) and the others as a
///   CIDFont; the set lists the names of every glyph in the embedded program.
enum FontDictionaries {
    /// Completes every font in `objects`; changes no other object.
    static func complete(_ objects: inout [PDFObject?]) throws {
        for number in objects.indices {
            guard let font = objects[number]?.value.dict, font["Type"]?.name == "Font" else { continue }
            switch font["Subtype"]?.name {
            case "CIDFontType2" where font["CIDToGIDMap"] == nil:
                var completed = font
                completed["CIDToGIDMap"] = .name("Identity")
                objects[number]?.value = .dict(completed)
            case "Type1":
                try addCharSet(font: font, in: &objects)
            default:
                break
            }
        }
    }

    /// Writes the glyph names of a Type 1 font's CFF program into its descriptor.
    private static func addCharSet(font: PDFDict, in objects: inout [PDFObject?]) throws {
        guard let descriptorRef = font["FontDescriptor"]?.ref, objects.indices.contains(descriptorRef),
              var descriptor = objects[descriptorRef]?.value.dict, descriptor["CharSet"] == nil,
              let programRef = descriptor["FontFile3"]?.ref, objects.indices.contains(programRef),
              let program = objects[programRef], program.value.dict?["Subtype"]?.name == "Type1C",
              let stream = program.stream else { return }
        let data: [UInt8]
        switch program.value.dict?["Filter"]?.name {
        case "FlateDecode": data = try Flate.inflate(stream)
        case nil: data = stream
        case let filter?: throw ExportError.postProcess("a CFF font program is encoded with /\(filter), which is not read")
        }
        let names: [String]
        do {
            names = try CFFGlyphNames.read(data)
        } catch let error as PDFSyntaxError {
            throw ExportError.postProcess("font \(font["BaseFont"]?.name ?? "?"): \(error)")
        }
        var charSet: [UInt8] = []
        for name in names where name != ".notdef" { PDFValue.writeName(name, into: &charSet) }
        descriptor["CharSet"] = .string(charSet)
        objects[descriptorRef]?.value = .dict(descriptor)
    }
}
