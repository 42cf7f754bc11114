//! One PDF Cairo wrote, read into objects: the part of the rewrite that a drawing thread does.

/// The objects of a file Cairo wrote for a run of pages, with the artifact placeholders in
/// its page contents already marked, its font dictionaries completed (`FontDictionaries`) and
/// its link annotations described (`PDFPostProcessor.describeLinks`). Made on the thread that drew the run, right after
/// Cairo finished, so reading and recompressing one run overlaps drawing the others.
struct CairoRun: Sendable {
    /// Objects by number; index 0 is unused.
    var objects: [PDFObject?]
    var trailer: PDFDict

    init(bytes: [UInt8], markArtifacts: Bool) throws {
        do {
            let file = try PDFFile(bytes: bytes)
            var objects: [PDFObject?] = [nil]
            for number in 1...max(1, file.maxObjectNumber) {
                let present = file.offsets.indices.contains(number) && file.offsets[number] != nil
                objects.append(present ? try file.object(number) : nil)
            }
            self.objects = objects
            self.trailer = file.trailer
        } catch let error as PDFSyntaxError {
            throw ExportError.postProcess("the PDF Cairo wrote could not be read: \(error)")
        }
        // What the rewrite adds to objects of one run alone is added here, on the drawing
        // thread, so a run that `folio watch` keeps is not completed again on every save.
        try FontDictionaries.complete(&objects)
        PDFPostProcessor.describeLinks(&objects)
        if markArtifacts {
            for page in pageRefs() {
                let contents = objects[page]?.value.dict?["Contents"].map { $0.array ?? [$0] } ?? []
                for n in contents.compactMap(\.ref) where objects.indices.contains(n) {
                    objects[n] = try Self.markingArtifacts(objects[n])
                }
            }
        }
    }

    /// The page objects in page order.
    func pageRefs() -> [Int] {
        var pages: [Int] = []
        func collect(_ n: Int, depth: Int) {
            guard depth < 64, objects.indices.contains(n), let node = objects[n]?.value.dict else { return }
            if let kids = node["Kids"]?.array { kids.compactMap(\.ref).forEach { collect($0, depth: depth + 1) } } else { pages.append(n) }
        }
        if let root = trailer["Root"]?.ref, objects.indices.contains(root),
           let tree = objects[root]?.value.dict?["Pages"]?.ref {
            collect(tree, depth: 0)
        }
        return pages
    }

    /// Rewrites the artifact placeholders in a page content stream: Cairo writes
    /// `/Private << /MCID n >> BDC`, a reader wants `/Artifact BMC` (the `EMC` stays).
    private static func markingArtifacts(_ object: PDFObject?) throws -> PDFObject? {
        guard var object, let stream = object.stream, let dict = object.value.dict else { return object }
        let compressed = dict["Filter"]?.name == "FlateDecode"
        guard compressed || dict["Filter"] == nil else { return object }
        let data = compressed ? try Flate.inflate(stream) : stream
        let rewritten = replaceArtifactPlaceholders(data)
        guard rewritten != data else { return object }
        object.stream = compressed ? try Flate.deflate(rewritten) : rewritten
        return object
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
}
