//! `folio bench`'s editor loop: a narrative saved while `folio watch` runs, timed from the
//! save to the rewritten `report.pdf`; and an analyst note, timed to its city's brief.

import Foundation

/// Runs the real `folio watch` (kernel file events, a long-lived session) on a copy of the
/// edition and saves the first narrative `saves` times, each time with a new word in its
/// first sentence, so no cache can hold the result. Each time runs from the moment the save
/// is written to the moment `report.pdf` is replaced and complete.
public struct WatchBenchmark {
    public var executable: String
    public var editionDirectory: String
    public var saves: Int
    public var jobs: Int

    public init(executable: String, editionDirectory: String, saves: Int, jobs: Int) {
        self.executable = executable; self.editionDirectory = editionDirectory; self.saves = max(1, saves); self.jobs = jobs
    }

    /// What one run measured: the edited narrative (relative to the edition) and the seconds
    /// of each of its saves to the rewritten `report.pdf`; when the edition has analyst notes,
    /// the city whose note was edited and the seconds of each note save to its rewritten brief.
    public struct Result: Sendable {
        public var narrative: String
        public var narrativeSeconds: [Double]
        public var noteCity: String?
        public var noteSeconds: [Double]
    }

    public func run(root: String) throws -> Result {
        let fm = FileManager.default
        let edition = root + "/watch-edition", out = root + "/watch-out"
        try fm.copyItem(atPath: editionDirectory, toPath: edition)
        guard let name = try fm.contentsOfDirectory(atPath: edition + "/narratives").filter({ $0.hasSuffix(".md") }).sorted().first else {
            throw CommandFailure.invalidInput("\(editionDirectory): error: the edition has no narrative to edit")
        }
        let narrative = edition + "/narratives/" + name
        let original = try String(contentsOfFile: narrative, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["watch", "--edition", edition, "--out", out, "--cache", root + "/watch-cache", "--jobs", "\(jobs)",
                             "--duration", "\(600)"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1767225600", "CI": "1"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let pdf = out + "/report.pdf"
        _ = try waitForNewFile(pdf, after: nil, timeout: 600, process: process)
        Thread.sleep(forTimeInterval: 1)
        var times: [Double] = []
        for i in 0..<saves {
            let before = Self.stamp(pdf)
            try Self.withNewWord(original, "edit\(i + 1)").write(toFile: narrative, atomically: true, encoding: .utf8)
            times.append(try waitForNewFile(pdf, after: before, timeout: 120, process: process))
            Thread.sleep(forTimeInterval: 0.3)
        }
        var result = Result(narrative: "narratives/" + name, narrativeSeconds: times, noteCity: nil, noteSeconds: [])
        // A note is printed on its city's brief only: the save is timed to that brief's PDF.
        let notes = edition + "/city-notes.yaml"
        if let text = try? String(contentsOfFile: notes, encoding: .utf8), let city = Self.firstNoteCity(text) {
            let brief = out + "/briefs/" + city + ".pdf"
            result.noteCity = city
            for i in 0..<saves {
                let before = Self.stamp(brief)
                try Self.withNewNoteWord(text, "Edit\(i + 1)").write(toFile: notes, atomically: true, encoding: .utf8)
                result.noteSeconds.append(try waitForNewFile(brief, after: before, timeout: 120, process: process))
                Thread.sleep(forTimeInterval: 0.3)
            }
        }
        return result
    }

    /// The city of the first note written as `  slug: "text"` in `city-notes.yaml`.
    static func firstNoteCity(_ yaml: String) -> String? {
        for line in yaml.components(separatedBy: "\n") where line.hasPrefix("  ") && line.contains(": \"") {
            let slug = line.trimmingCharacters(in: .whitespaces).components(separatedBy: ":")[0]
            if !slug.isEmpty, slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) { return slug }
        }
        return nil
    }

    /// `yaml` with `word` at the start of the first note written as `  slug: "text"`.
    static func withNewNoteWord(_ yaml: String, _ word: String) -> String {
        var lines = yaml.components(separatedBy: "\n")
        guard let i = lines.firstIndex(where: { $0.hasPrefix("  ") && $0.contains(": \"") }),
              let quote = lines[i].range(of: ": \"") else { return yaml }
        lines[i].insert(contentsOf: word + " ", at: quote.upperBound)
        return lines.joined(separator: "\n")
    }

    /// `text` with `word` after the first word of the first paragraph after the front matter.
    static func withNewWord(_ text: String, _ word: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var inFrontMatter = lines.first == "---"
        for i in lines.indices.dropFirst(inFrontMatter ? 1 : 0) {
            if inFrontMatter { if lines[i] == "---" { inFrontMatter = false }; continue }
            guard let first = lines[i].first, first.isLetter, first.isUppercase, let space = lines[i].firstIndex(of: " ") else { continue }
            lines[i].insert(contentsOf: " " + word, at: space)
            return lines.joined(separator: "\n")
        }
        return text + "\n" + word + "\n"
    }

    /// Inode, size and modification time of a file, nil when absent.
    static func stamp(_ path: String) -> [Int64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [Int64(st.st_ino), Int64(st.st_size), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)]
    }

    /// Seconds until `path` differs from `before` and ends with `%%EOF` (a viewer could open it).
    private func waitForNewFile(_ path: String, after before: [Int64]?, timeout: Double, process: Process) throws -> Double {
        let start = ContinuousClock.now
        while (ContinuousClock.now - start).seconds < timeout {
            if let now = Self.stamp(path), now != before, let handle = FileHandle(forReadingAtPath: path) {
                defer { try? handle.close() }
                let size = UInt64(now[1])
                try? handle.seek(toOffset: size > 1024 ? size - 1024 : 0)
                if let tail = try? handle.readToEnd(), String(decoding: tail, as: UTF8.self).contains("%%EOF") {
                    return (ContinuousClock.now - start).seconds
                }
            }
            guard process.isRunning else { throw CommandFailure.internalError("error: folio watch stopped during the benchmark") }
            Thread.sleep(forTimeInterval: 0.002)
        }
        throw CommandFailure.internalError("error: \(path) was not rewritten within \(Int(timeout)) s")
    }
}
