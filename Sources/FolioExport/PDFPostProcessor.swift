//! What Cairo 1.16 cannot write, added in process: language, alt text, artifacts, XMP, output intent, font entries, print boxes.

import FolioPage
import Foundation

/// Rewrites the PDF that Cairo wrote: reads its objects (`PDFFile`), changes a few and
/// writes the whole file again with object streams (`PDFWriter`). No external tool runs,
/// and the same input gives the same bytes.
///
/// It adds to the catalog `/Lang`, `/ViewerPreferences << /DisplayDocTitle true >>`,
/// `/MarkInfo << /Marked true >>`, an XMP `/Metadata` stream (`XMPMetadata`, with the
/// PDF/A-2a and PDF/UA-1 identification when tagged), an sRGB output intent (`SRGBProfile`)
/// and the page labels; rewrites `/Info` to match the XMP; adds to structure elements `/Alt`
/// and `/Lang` (Cairo ignores structure attributes); takes the artifact placeholders
/// (`Private` elements) out of the structure tree; and sets `/MediaBox`, `/BleedBox` and
/// `/TrimBox` of print-ready pages. What concerns one run's objects alone (font dictionaries,
/// link descriptions, artifact marks in page contents) is done earlier, by `CairoRun`.
struct PDFPostProcessor {
    var info: DocumentInfo
    /// The elements the structure writer opened, in pre-order; nil for an untagged PDF.
    var elements: [StructureTag]?
    var pages: [Page]
    /// The object streams of the last file written (`folio watch`), and threads to compress
    /// the others; neither changes a byte.
    var streamMemo: ObjectStreamMemo? = nil
    var workers = 1

    /// The finished document from the runs Cairo wrote (one, or more to join), each read
    /// with `CairoRun(bytes:markArtifacts:)` (artifacts marked when tagged).
    func write(_ runs: [CairoRun], to output: String) throws {
        try Data(rewrite(PDFJoiner.join(runs, workers: workers))).write(to: URL(fileURLWithPath: output))
    }

    private func rewrite(_ joined: JoinedPDF) throws -> [UInt8] {
        var objects = joined.objects
        // Stream lengths become direct; the objects that held them are dropped.
        for object in objects where object?.stream != nil {
            if let n = object?.value.dict?["Length"]?.ref { objects[n] = nil }
        }
        func value(_ ref: PDFValue?) -> PDFDict? { ref?.ref.flatMap { objects.indices.contains($0) ? objects[$0]?.value.dict : nil } }
        func set(_ ref: PDFValue?, _ dict: PDFDict) { if let n = ref?.ref { objects[n]?.value = .dict(dict) } }

        let catalogRef: PDFValue? = joined.root
        guard var catalog = value(catalogRef) else { throw ExportError.postProcess("no document catalog") }
        catalog["Lang"] = .text(info.language)
        catalog["ViewerPreferences"] = .dict(PDFDict([("DisplayDocTitle", .bool(true))]))
        // Metadata: the XMP packet and the information dictionary say the same.
        let metadata = XMPMetadata(info: info, date: info.creationDate ?? Int(Date().timeIntervalSince1970),
                                   producer: value(joined.info)?["Producer"]?.textValue ?? "cairo",
                                   claimsConformance: elements != nil)
        catalog["Metadata"] = .ref(objects.count, 0)
        objects.append(PDFObject(value: .dict(PDFDict([("Type", .name("Metadata")), ("Subtype", .name("XML"))])),
                                 stream: Array(metadata.packet().utf8)))
        let infoRef = joined.info ?? .ref(objects.count, 0)
        if joined.info == nil { objects.append(PDFObject(value: .null)) }
        objects[infoRef.ref!]?.value = .dict(metadata.infoDictionary())
        // What Cairo's DeviceRGB colours mean: sRGB (PDF/A-2 6.2.3).
        catalog["OutputIntents"] = .array([.dict(PDFDict([
            ("Type", .name("OutputIntent")), ("S", .name("GTS_PDFA1")),
            ("OutputConditionIdentifier", .text(SRGBProfile.outputCondition)), ("Info", .text(SRGBProfile.outputCondition)),
            ("RegistryName", .text("http://www.color.org")), ("DestOutputProfile", .ref(objects.count, 0)),
        ]))])
        objects.append(PDFObject(value: .dict(PDFDict([("N", .int(3)), ("Filter", .name("FlateDecode"))])),
                                 stream: try SRGBProfile.compressed.get()))
        if let elements {
            catalog["MarkInfo"] = .dict(PDFDict([("Marked", .bool(true))]))
            guard let treeRef = catalog["StructTreeRoot"], treeRef.ref != nil else {
                throw ExportError.postProcess("tagged output has no structure tree")
            }
            try StructureFixer(elements: elements, objects: objects).fix(treeRef: treeRef) { objects[$0]?.value = $1 }
        }
        catalog["PageLabels"] = PageLabelTree.make(pages.map(\.label))
        set(catalogRef, catalog)
        // Pages: tab order follows the structure; print boxes where the layout set them.
        var pageRefs: [PDFValue] = []
        func collect(_ ref: PDFValue, depth: Int) {
            guard depth < 64, let node = value(ref) else { return }
            if let kids = node["Kids"]?.array { kids.forEach { collect($0, depth: depth + 1) } } else { pageRefs.append(ref) }
        }
        if let pagesRef = catalog["Pages"] { collect(pagesRef, depth: 0) }
        guard pageRefs.count == pages.count else { throw ExportError.postProcess("expected \(pages.count) pages, found \(pageRefs.count)") }
        for (ref, page) in zip(pageRefs, pages) {
            guard var dict = value(ref) else { continue }
            if elements != nil { dict["Tabs"] = .name("S") }
            if let boxes = page.printBoxes {
                func box(_ r: Rect) -> PDFValue {
                    .array([r.minX, page.size.height - r.maxY, r.maxX, page.size.height - r.minY].map { Self.number($0) })
                }
                dict["MediaBox"] = box(Rect(origin: .zero, size: page.size))
                dict["BleedBox"] = box(boxes.bleed)
                dict["TrimBox"] = box(boxes.trim)
            }
            set(ref, dict)
        }
        var trailer = PDFDict()
        trailer["Root"] = catalogRef
        trailer["Info"] = infoRef
        return try PDFWriter(objects: objects, trailer: trailer, streamMemo: streamMemo, workers: workers).write()
    }

    /// Link annotations are printed with the page (PDF/A-2 6.3.2) and get a description for
    /// assistive technology (PDF/UA 7.18.5). Done per run of pages (`CairoRun`).
    static func describeLinks(_ objects: inout [PDFObject?]) {
        for number in objects.indices {
            guard var dict = objects[number]?.value.dict, dict["Subtype"]?.name == "Link" else { continue }
            if dict["F"] == nil { dict["F"] = .int(4) }
            guard dict["Contents"] == nil else { objects[number]?.value = .dict(dict); continue }
            let action = dict["A"]?.dict
            if let uri = action?["URI"]?.textValue {
                dict["Contents"] = .text("Link to " + uri)
            } else if let dest = Self.destinationName(dict["Dest"] ?? action?["D"]) {
                dict["Contents"] = .text("Link to " + dest.replacingOccurrences(of: "-", with: " "))
            } else {
                dict["Contents"] = .text("Link")
            }
            objects[number]?.value = .dict(dict)
        }
    }

    /// A named destination's name, from a string or a name.
    static func destinationName(_ value: PDFValue?) -> String? {
        switch value {
        case .name(let n): return n
        case .string: return value?.textValue
        default: return nil
        }
    }

    /// A box coordinate rounded to 1/1000 pt, written as an integer when it is one.
    static func number(_ x: Double) -> PDFValue {
        let rounded = (x * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return .int(Int(rounded)) }
        return .real(String(format: "%.3f", rounded).replacingOccurrences(of: "0+$", with: "", options: .regularExpression))
    }
}
