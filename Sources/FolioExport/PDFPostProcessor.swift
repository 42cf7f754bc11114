//! What Cairo 1.16 cannot write, added with qpdf: language, alt text, artifacts, XMP, print boxes.

import FolioPage
import Foundation

/// Rewrites objects of a PDF that Cairo wrote, through qpdf's JSON interface
/// (`qpdf --json=2` to read the objects, `--update-from-json` to replace some of them).
/// qpdf is run with an argument array (no shell) and `--deterministic-id`, so the same input
/// gives the same bytes; it also packs objects into object streams.
///
/// It adds to the catalog `/Lang`, `/ViewerPreferences << /DisplayDocTitle true >>`,
/// `/MarkInfo << /Marked true >>` and an XMP `/Metadata` stream; to structure elements
/// `/Alt` and `/Lang` (Cairo ignores structure attributes); takes the artifact placeholders
/// (`Private` elements) out of the structure tree; and sets `/MediaBox`, `/BleedBox` and
/// `/TrimBox` of print-ready pages.
struct PDFPostProcessor {
    var info: DocumentInfo
    /// The elements the structure writer opened, in pre-order; nil for an untagged PDF.
    var elements: [StructureTag]?
    var pages: [Page]

    func run(input: String, output: String) throws {
        let dump = try Self.qpdf(["--json=2", "--json-key=qpdf", "--json-stream-data=none", input])
        guard let root = try JSONSerialization.jsonObject(with: dump) as? [String: Any],
              let qpdfArray = root["qpdf"] as? [Any], qpdfArray.count == 2,
              let header = qpdfArray[0] as? [String: Any], let objects = qpdfArray[1] as? [String: Any],
              var nextID = header["maxobjectid"] as? Int else {
            throw ExportError.postProcess("unexpected qpdf JSON")
        }
        var patch: [String: Any] = [:]
        func value(_ ref: String) -> [String: Any]? {
            if let v = patch["obj:" + ref] as? [String: Any], let d = v["value"] as? [String: Any] { return d }
            return (objects["obj:" + ref] as? [String: Any])?["value"] as? [String: Any]
        }
        func set(_ ref: String, _ dict: [String: Any]) { patch["obj:" + ref] = ["value": dict] }
        guard let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any],
              let catalogRef = trailer["/Root"] as? String, var catalog = value(catalogRef) else {
            throw ExportError.postProcess("no document catalog")
        }
        catalog["/Lang"] = "u:" + info.language
        catalog["/ViewerPreferences"] = ["/DisplayDocTitle": true]
        nextID += 1
        let metadataRef = "\(nextID) 0 R"
        patch["obj:" + metadataRef] = ["stream": ["dict": ["/Type": "/Metadata", "/Subtype": "/XML"],
                                                   "data": Data(xmp().utf8).base64EncodedString()]]
        catalog["/Metadata"] = metadataRef
        if let elements {
            catalog["/MarkInfo"] = ["/Marked": true]
            guard let treeRef = catalog["/StructTreeRoot"] as? String else {
                throw ExportError.postProcess("tagged output has no structure tree")
            }
            func array(_ ref: String) -> [Any]? { (objects["obj:" + ref] as? [String: Any])?["value"] as? [Any] }
            func setArray(_ ref: String, _ a: [Any]) { patch["obj:" + ref] = ["value": a] }
            try fixStructure(treeRef: treeRef, elements: elements, value: value, set: set, array: array, setArray: setArray)
        }
        set(catalogRef, catalog)
        // Link annotations get a description for assistive technology (PDF/UA 7.18.5).
        for (key, entry) in objects where key.hasPrefix("obj:") {
            guard var dict = (entry as? [String: Any])?["value"] as? [String: Any],
                  dict["/Subtype"] as? String == "/Link", dict["/Contents"] == nil else { continue }
            let action = dict["/A"] as? [String: Any]
            if let uri = action?["/URI"] as? String {
                dict["/Contents"] = "u:Link to " + Self.plain(uri)
            } else if let dest = (dict["/Dest"] ?? action?["/D"]) as? String {
                dict["/Contents"] = "u:Link to " + Self.plain(dest).replacingOccurrences(of: "-", with: " ")
            } else {
                dict["/Contents"] = "u:Link"
            }
            set(String(key.dropFirst(4)), dict)
        }
        // Pages: tab order follows the structure; print boxes where the layout set them.
        var pageRefs: [String] = []
        func collect(_ ref: String) {
            guard let node = value(ref) else { return }
            if let kids = node["/Kids"] as? [Any] { kids.compactMap { $0 as? String }.forEach(collect) } else { pageRefs.append(ref) }
        }
        if let pagesRef = catalog["/Pages"] as? String { collect(pagesRef) }
        guard pageRefs.count == pages.count else { throw ExportError.postProcess("expected \(pages.count) pages, found \(pageRefs.count)") }
        for (ref, page) in zip(pageRefs, pages) {
            guard var dict = value(ref) else { continue }
            if elements != nil { dict["/Tabs"] = "/S" }
            if let boxes = page.printBoxes {
                func box(_ r: Rect) -> [Double] {
                    [r.minX, page.size.height - r.maxY, r.maxX, page.size.height - r.minY].map { ($0 * 1000).rounded() / 1000 }
                }
                dict["/MediaBox"] = box(Rect(origin: .zero, size: page.size))
                dict["/BleedBox"] = box(boxes.bleed)
                dict["/TrimBox"] = box(boxes.trim)
            }
            set(ref, dict)
        }
        if elements != nil {
            var contents: [String] = []
            for ref in pageRefs {
                let c = value(ref)?["/Contents"]
                if let one = c as? String { contents.append(one) } else if let many = c as? [Any] { contents += many.compactMap { $0 as? String } }
            }
            try markArtifacts(input: input, contentRefs: contents) { patch["obj:" + $0] = $1 }
        }
        let update: [String: Any] = ["qpdf": [["jsonversion": 2, "pushedinheritedpageresources": false,
                                              "calledgetallpages": false, "maxobjectid": nextID], patch]]
        let patchPath = output + ".update.json"
        try JSONSerialization.data(withJSONObject: update, options: [.sortedKeys, .withoutEscapingSlashes]).write(to: URL(fileURLWithPath: patchPath))
        defer { try? FileManager.default.removeItem(atPath: patchPath) }
        // Object streams (PDF 1.5) pack the thousands of small structure elements: the tagged
        // report shrinks from about 2.2 MB to 0.86 MB.
        _ = try Self.qpdf(["--deterministic-id", "--object-streams=generate", "--update-from-json=" + patchPath, input, output])
    }

    /// Walks the structure tree in pre-order beside the elements the writer opened, adding
    /// `/Alt` and `/Lang` and removing artifacts (with their entries in the parent tree).
    private func fixStructure(treeRef: String, elements: [StructureTag], value: (String) -> [String: Any]?,
                              set: (String, [String: Any]) -> Void, array: (String) -> [Any]?,
                              setArray: (String, [Any]) -> Void) throws {
        guard let tree = value(treeRef) else { throw ExportError.postProcess("unreadable structure tree") }
        var index = 0
        var removed: Set<String> = []
        func isElement(_ ref: String) -> Bool { value(ref)?["/S"] != nil && value(ref)?["/Type"] as? String != "/OBJR" }
        func visit(_ ref: String) throws {
            guard var dict = value(ref) else { return }
            guard index < elements.count else { throw ExportError.postProcess("structure tree has more elements than were written") }
            let tag = elements[index]
            index += 1
            let name = "/" + StructureWriter.cairoName(tag.role)
            guard dict["/S"] as? String == name else {
                throw ExportError.postProcess("structure element \(index) is \(dict["/S"] ?? "?"), expected \(name)")
            }
            if tag.role == .artifact { removed.insert(ref); return }
            var kids: [Any] = (dict["/K"] as? [Any]) ?? (dict["/K"].map { [$0] } ?? [])
            for kid in kids { if let r = kid as? String, isElement(r) { try visit(r) } }
            let before = kids.count
            kids.removeAll { ($0 as? String).map(removed.contains) ?? false }
            var changed = kids.count != before
            if changed { dict["/K"] = kids }
            if let alt = tag.altText { dict["/Alt"] = "u:" + alt; changed = true }
            if let lang = tag.language { dict["/Lang"] = "u:" + lang; changed = true }
            // Folio's header rows head columns; say so for screen readers (PDF/UA 7.5).
            if tag.role == .tableHeader { dict["/A"] = ["/O": "/Table", "/Scope": "/Column"]; changed = true }
            if changed { set(ref, dict) }
        }
        if let k = tree["/K"] as? String { try visit(k) } else if let ks = tree["/K"] as? [Any] {
            for k in ks { if let r = k as? String { try visit(r) } }
        }
        guard index == elements.count else {
            throw ExportError.postProcess("structure tree has \(index) elements, \(elements.count) were written")
        }
        // The parent tree maps marked content back to elements: artifacts map to nothing.
        guard !removed.isEmpty, let parentTreeRef = tree["/ParentTree"] as? String else { return }
        func clean(_ array: [Any]) -> [Any] { array.map { ($0 as? String).map(removed.contains) == true ? NSNull() : $0 } }
        func fixNode(_ ref: String) {
            guard var node = value(ref) else { return }
            if let kids = node["/Kids"] as? [Any] { kids.compactMap { $0 as? String }.forEach(fixNode) }
            guard var nums = node["/Nums"] as? [Any] else { return }
            for i in stride(from: 1, to: nums.count, by: 2) {
                if let array = nums[i] as? [Any] {
                    nums[i] = clean(array)
                } else if let r = nums[i] as? String {
                    if removed.contains(r) {
                        nums[i] = NSNull()
                    } else if let indirect = array(r) {
                        // Cairo writes each page's list as an indirect array.
                        setArray(r, clean(indirect))
                    }
                }
            }
            node["/Nums"] = nums
            set(ref, node)
        }
        fixNode(parentTreeRef)
    }

    /// Rewrites the artifact placeholders in the page content streams: Cairo writes
    /// `/Private << /MCID n >> BDC`, a reader wants `/Artifact BMC` (the `EMC` stays).
    private func markArtifacts(input: String, contentRefs: [String], set: (String, [String: Any]) -> Void) throws {
        guard !contentRefs.isEmpty else { return }
        let selectors = contentRefs.compactMap { $0.split(separator: " ").first.map { "--json-object=" + $0 } }
        let dump = try Self.qpdf(["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized"]
                                 + selectors + [input])
        guard let root = try JSONSerialization.jsonObject(with: dump) as? [String: Any],
              let objects = (root["qpdf"] as? [Any])?.last as? [String: Any] else {
            throw ExportError.postProcess("unexpected qpdf JSON for content streams")
        }
        for ref in contentRefs {
            guard let stream = (objects["obj:" + ref] as? [String: Any])?["stream"] as? [String: Any],
                  let dict = stream["dict"] as? [String: Any], dict["/Filter"] == nil,
                  let base64 = stream["data"] as? String, let data = Data(base64Encoded: base64) else { continue }
            let bytes = [UInt8](data)
            let rewritten = Self.replaceArtifactPlaceholders(bytes)
            guard rewritten != bytes else { continue }
            set(ref, ["stream": ["dict": dict, "data": Data(rewritten).base64EncodedString()]])
        }
    }

    /// Replaces every `/Private << /MCID n >> BDC` with `/Artifact BMC`, scanning bytes
    /// (binary inline data passes through untouched; a regex over the text was ~10× slower).
    static func replaceArtifactPlaceholders(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array("/Private << /MCID ".utf8), suffix = Array(" >> BDC".utf8), replacement = Array("/Artifact BMC".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        outer: while i < n {
            if bytes[i] == 0x2F, i + prefix.count <= n, bytes[i..<(i + prefix.count)].elementsEqual(prefix) {
                var j = i + prefix.count
                let digitsStart = j
                while j < n, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
                if j > digitsStart, j + suffix.count <= n, bytes[j..<(j + suffix.count)].elementsEqual(suffix) {
                    out += replacement
                    i = j + suffix.count
                    continue outer
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// A qpdf JSON string value without its type prefix (`u:`, `b:`) or name slash.
    static func plain(_ s: String) -> String {
        if s.hasPrefix("u:") || s.hasPrefix("b:") { return String(s.dropFirst(2)) }
        if s.hasPrefix("/") { return String(s.dropFirst()) }
        return s
    }

    /// XMP packet with title, language and dates; fixed text for fixed input.
    func xmp() -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let date = info.creationDate.map(PDFExporter.isoDate)
        let dates = date.map { "\n   <xmp:CreateDate>\($0)</xmp:CreateDate>\n   <xmp:ModifyDate>\($0)</xmp:ModifyDate>\n   <xmp:MetadataDate>\($0)</xmp:MetadataDate>" } ?? ""
        let creator = info.author.isEmpty ? "" : "\n   <dc:creator><rdf:Seq><rdf:li>\(esc(info.author))</rdf:li></rdf:Seq></dc:creator>"
        return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(esc(info.title))</rdf:li></rdf:Alt></dc:title>\(creator)
           <dc:language><rdf:Bag><rdf:li>\(esc(info.language))</rdf:li></rdf:Bag></dc:language>
           <xmp:CreatorTool>\(esc(info.creator))</xmp:CreatorTool>\(dates)
           <pdf:Producer>Folio (cairo, qpdf)</pdf:Producer>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    /// Runs qpdf with arguments (never through a shell); exit code 3 means warnings only.
    static func qpdf(_ arguments: [String]) throws -> Data {
        let process = Process()
        guard let executable = which("qpdf") else {
            throw ExportError.postProcess("qpdf is not installed (apt-get install qpdf); it adds what Cairo cannot write")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large dump cannot fill the pipe and block qpdf.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 || process.terminationStatus == 3 else {
            throw ExportError.postProcess("qpdf \(arguments.joined(separator: " ")) failed: " + String(decoding: errors, as: UTF8.self))
        }
        return data
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
