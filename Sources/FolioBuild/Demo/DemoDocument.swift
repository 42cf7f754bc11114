//! The demo document: a page that exercises every part of the pipeline.

import FolioDocument
import FolioPage

/// Builds the demo: heading, justified paragraphs with bold, italic and a superscript
/// mark, a Chinese city name, a small table, a vector figure, an internal link, an outline.
public enum DemoDocument {
    public static func make(creationDate: Int?) -> Document {
        let info = DocumentInfo(title: "Folio demonstration", author: "Folio", subject: "Pipeline demonstration",
                                creationDate: creationDate)
        let intro: [Inline] = [
            .text("Folio turns the content of a data-driven city report into finished pages. This paragraph is "),
            .strong([.text("justified")]), .text(", set in "), .emphasis([.text("Noto Serif")]),
            .text(" and hyphenated from a dictionary, so that two narrow columns keep an even texture without rivers of white space."),
            .footnoteMark(1, destination: "demo-notes"),
            .text(" Chinese city names are drawn from the bundled Noto Sans CJK subset: Shenzhen (深圳) leads the economic strength dimension, "
                  + "while Chengdu (成都) and Xi'an (西安) anchor the west."),
        ]
        let second: [Inline] = [
            .text("Every item on a page is a plain value: shaped lines of glyphs, vector shapes, link areas and named destinations. "
                  + "The exporters walk the same list to write a PDF with embedded font subsets, PNG proofs and SVG pages. "
                  + "Internal links work too: "),
            .link([.text("jump to the notes")], .destination("demo-notes")),
            .text(", or visit "), .link([.text("the Cairo documentation")], .url("https://www.cairographics.org/documentation/")),
            .text(". Typographic niceties such as interdisciplinary collaboration, characteristically long words and "
                  + "internationalisation show the hyphenation at work."),
        ]
        let table = TableBlock(
            columns: [TableColumn(width: .fixed(26), numeric: true), TableColumn(width: .auto, rowHeader: true),
                      TableColumn(width: .auto, numeric: true), TableColumn(width: .auto, numeric: true)],
            headerRows: [TableRow(cells: [TableCell(text: "Rank"), TableCell(text: "City"), TableCell(text: "Economic strength"),
                                          TableCell(text: "Total")])],
            rows: [
                TableRow(cells: [TableCell(text: "1"), TableCell(text: "Shenzhen 深圳"), TableCell(text: "286"), TableCell(text: "2,541")]),
                TableRow(cells: [TableCell(text: "2"), TableCell(text: "Shanghai 上海"), TableCell(text: "271"), TableCell(text: "2,615")]),
                TableRow(cells: [TableCell(text: "3"), TableCell(text: "Beijing 北京"), TableCell(text: "261"), TableCell(text: "2,634")]),
            ],
            caption: [.text("Table 1. A small scoring table")], id: "demo-table")
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("A demonstration of Folio")], id: "demo", spanAll: true)),
            .paragraph(Paragraph(style: "lead", content: [.text("One page that exercises the whole pipeline, from blocks to pages to PDF and PNG.")], spanAll: true)),
            .heading(Heading(level: 2, content: [.text("Text")], id: "demo-text")),
            .paragraph(Paragraph(content: intro)),
            .paragraph(Paragraph(content: second)),
            .heading(Heading(level: 2, content: [.text("A table and a shape")], id: "demo-table-heading")),
            .table(table),
            .figure(Figure(content: DemoFigure(), height: 90, caption: [.text("Figure 1. Vector shapes drawn by Cairo.")], id: "demo-figure")),
            .heading(Heading(level: 2, content: [.text("Notes")], id: "demo-notes")),
            .paragraph(Paragraph(style: "reference", content: [.text("1. Hyphenation uses libhyphen with the hyphen-en-us patterns.")])),
        ]
        return Document(info: info, sections: [Section(template: "body", runningTitle: "Demonstration", blocks: blocks)])
    }
}
