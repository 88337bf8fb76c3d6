import Foundation
import XCTest

/// What the page script measured in the browser.
struct DocumentMeasurement: Decodable {
    struct Page: Decodable {
        var number: Int
        var declaredCount: Int
        var runningTitle: String
        var runningDate: String
        var runningDocument: String
        var columnHeaders: [String]
        var footer: String
        var footnotes: [String]
        /// Elements drawn outside the page box, or text overflowing its band.
        var overflow: [String]
        var contentBottom: Double
        var footerTop: Double
        var rows: [Row]
    }

    struct Row: Decodable {
        var task: String
        var part: Int
        var text: String
        var predicted: Double
        var actual: Double
    }

    var sheets: Int
    var frontSheets: Int
    var pages: [Page]
    /// Width in px of `probeText` at 10px Liberation Sans, as the browser laid it out.
    var probeWidth: Double
    var scriptElements: Int
    var title: String
    /// Elements of front-matter sheets drawn outside their sheet or into its footer.
    var frontOverflow: [String]
    /// The text of every footnote printed, in the front matter's notes or at a page's foot.
    var printedFootnotes: [String]
    /// Footnote marks whose link leads nowhere.
    var deadMarks: [String]
}

/// Opens rendered HTML in headless Chromium with a page script that measures
/// every page and writes the results into the DOM, then reads them back.
enum PageMeasurer {
    static let probeText = "Economic Competitiveness Package – SP1 ¹"

    static let script = #"""
    (function () {
      function rect(el) { return el.getBoundingClientRect(); }
      var out = { sheets: document.querySelectorAll('section.sheet').length,
                  frontSheets: document.querySelectorAll('section.sheet.front').length,
                  pages: [], scriptElements: document.querySelectorAll('script').length - 1, title: document.title };
      var probe = document.createElement('span');
      probe.style.cssText = 'font-family:"Liberation Sans";font-size:10px;font-kerning:none;font-variant-ligatures:none;white-space:nowrap;position:absolute';
      probe.textContent = PROBE;
      document.body.appendChild(probe);
      out.probeWidth = rect(probe).width;
      probe.remove();
      out.frontOverflow = [];
      document.querySelectorAll('section.sheet.front').forEach(function (sheet) {
        var box = rect(sheet), footer = sheet.querySelector('.footer'), limit = footer ? rect(footer).top : box.bottom;
        sheet.querySelectorAll('.fb').forEach(function (el) {
          var r = rect(el);
          if (r.bottom > limit + 0.5 || r.right > box.right + 0.5) out.frontOverflow.push(sheet.dataset.sheet + ': ' + el.textContent.slice(0, 40));
        });
      });
      document.querySelectorAll('section.page').forEach(function (page) {
        var box = rect(page), overflow = [];
        page.querySelectorAll('*').forEach(function (el) {
          var r = rect(el);
          if (r.width === 0 && r.height === 0) return;
          if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.left < box.left - 0.5)
            overflow.push(el.tagName + '.' + el.className + ' by ' + Math.max(r.bottom - box.bottom, r.right - box.right).toFixed(1));
          if (el.classList.contains('band') && el.scrollHeight > el.clientHeight + 1)
            overflow.push('band text taller than its band in ' + el.closest('tr').dataset.task);
        });
        var footer = page.querySelector('.footer');
        var bottom = 0;
        page.querySelectorAll('table.annex, .footnotes').forEach(function (el) { bottom = Math.max(bottom, rect(el).bottom); });
        var q = function (s) { var e = page.querySelector(s); return e ? e.textContent : ''; };
        out.pages.push({
          number: +page.dataset.page, declaredCount: +page.dataset.pages,
          runningTitle: q('.running-header .title'), runningDate: q('.running-header .date'), runningDocument: q('.running-header .document'),
          columnHeaders: Array.prototype.map.call(page.querySelectorAll('thead tr.column-header th'), function (th) { return th.textContent; }),
          footer: footer ? footer.textContent : '',
          footnotes: Array.prototype.map.call(page.querySelectorAll('.footnotes .footnote'), function (f) { return f.textContent; }),
          overflow: overflow, contentBottom: bottom, footerTop: footer ? rect(footer).top : box.bottom,
          rows: Array.prototype.map.call(page.querySelectorAll('tbody tr.task'), function (tr) {
            return { task: tr.dataset.task, part: +tr.dataset.part, text: tr.querySelector('td.task').textContent,
                     predicted: +tr.dataset.predicted, actual: rect(tr).height };
          })
        });
      });
      out.printedFootnotes = Array.prototype.map.call(document.querySelectorAll('[id^="fn-"]'), function (f) { return f.textContent; });
      out.deadMarks = Array.prototype.filter.call(document.querySelectorAll('a.mark'), function (a) {
        return !document.getElementById(a.getAttribute('href').slice(1));
      }).map(function (a) { return a.textContent; });
      var pre = document.createElement('pre');
      pre.id = 'wpc-measurements';
      pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(out))));
      document.body.appendChild(pre);
    })();
    """#

    /// Measures `html` (written next to `folder`) in the browser.
    static func measure(_ html: String, in folder: URL, name: String = "measured.html") throws -> DocumentMeasurement {
        let probe = String(data: try JSONEncoder().encode(probeText), encoding: .utf8) ?? "''"
        let withoutPolicy = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
        let instrumented = withoutPolicy.replacingOccurrences(
            of: "</body>", with: "<script>" + script.replacingOccurrences(of: "PROBE", with: probe) + "</script>\n</body>")
        let file = folder.appendingPathComponent(name)
        try instrumented.write(to: file, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(file)
        guard let start = dom.range(of: "<pre id=\"wpc-measurements\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let data = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])) else {
            XCTFail("the page script wrote no measurements")
            throw CocoaError(.fileReadCorruptFile)
        }
        return try JSONDecoder().decode(DocumentMeasurement.self, from: data)
    }
}
