//! Options of an image in Markdown, written as its title: `![alt](map.png "width=60%")`.

/// Reads the title of an image as options. The only option is `width=N%`, the share of the
/// column (or page, for a full-width figure) the image takes, 1 to 100; without it the image
/// takes the whole width. Anything else in the title is an error, so a typo is not ignored.
enum ImageOptions {
    static func widthFraction(in title: String) -> Result<Double?, ImageProblem> {
        var width: Double?
        for option in title.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].lowercased() == "width" else {
                return .failure(ImageProblem(message: "unknown option \"\(option)\" in the title; the title holds options, e.g. \"width=60%\""))
            }
            guard parts[1].hasSuffix("%"), let n = Double(parts[1].dropLast()), n >= 1, n <= 100 else {
                return .failure(ImageProblem(message: "width \"\(parts[1])\" must be a percentage from 1% to 100%, e.g. \"width=60%\""))
            }
            width = n / 100
        }
        return .success(width)
    }
}
