//! Finds Folio's data folders (`Fonts/`, `Layouts/`, `Assets/`) for an installed binary,
//! a build in a checkout, or a folder named by `FOLIO_HOME`.

import Foundation

/// Where the resources live. A resource root is a folder holding `Fonts/`, `Layouts/` and
/// `Assets/editions/` side by side, as in the repository; `make install PREFIX=DIR` copies
/// them to `DIR/share/folio/`. Roots are tried in this order, first match wins:
///
/// 1. `$FOLIO_HOME` when set and not empty — explicit, so it wins even when a folder is
///    missing there (the error then names that folder rather than silently using another).
/// 2. `<exe>/../share/folio`: an installed binary (`DIR/bin/folio`).
/// 3. The checkout the executable was built in (`.build/<config>/folio` below a folder with
///    `Package.swift`).
/// 4. The checkout holding the working directory (tests, and `swift run` from a subfolder).
///
/// `FOLIO_FONTS` overrides the font folder alone (see `FontSet.defaultDirectory()`).
public enum ResourceLocator {
    /// The path of `name` (e.g. `Layouts`) in the first resource root that has it, nil when none does.
    public static func find(_ name: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["FOLIO_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(name).path
        }
        let fm = FileManager.default
        for root in candidateRoots() {
            let candidate = root.appendingPathComponent(name)
            if fm.fileExists(atPath: candidate.path) { return candidate.path }
        }
        return nil
    }

    /// Roots 2–4 of the order above, without duplicates.
    static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        if let exe = executableURL {
            let bin = exe.deletingLastPathComponent()
            roots.append(bin.deletingLastPathComponent().appendingPathComponent("share/folio").standardizedFileURL)
            if let checkout = checkout(containing: bin) { roots.append(checkout) }
        }
        if let checkout = checkout(containing: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            roots.append(checkout)
        }
        var seen = Set<String>()
        return roots.filter { seen.insert($0.path).inserted }
    }

    /// The running executable with symbolic links resolved: `/proc/self/exe` on Linux, so a
    /// binary found through `PATH` (argv[0] = "folio") is still located.
    static var executableURL: URL? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath()
    }

    /// The nearest folder at or above `start` (at most 8 levels) that holds `Package.swift`.
    static func checkout(containing start: URL) -> URL? {
        var dir = start.standardizedFileURL
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return nil
    }
}
