import Foundation
import XCTest

/// What the page script measured on a dashboard in the browser.
struct DashboardMeasurement: Decodable {
    /// `<svg class="chart …">` blocks on the page.
    var charts: Int
    /// Labels drawn to fit a box (`text.fit`), and how many of them were measured.
    var fittedLabels: Int
    /// Marks and labels drawn outside their chart, labels outside their box,
    /// and page elements wider than their section.
    var overflow: [String]
    /// Whether the page is wider than the window (it must only scroll down).
    var scrollsSideways: Bool
    /// The computed font of the chart labels.
    var chartFont: String
    var scriptElements: Int
}

/// Opens a dashboard in headless Chromium with a page script that checks
/// every chart: each shape and label lies inside its `<svg>`, each label cut
/// to fit lies inside the box drawn just before it, and no element of the
/// page is wider than its section; then reads the results back.
enum DashboardMeasurer {
    static let script = #"""
    (function () {
      function rect(el) { return el.getBoundingClientRect(); }
      function outside(inner, outer, slack) {
        return inner.left < outer.left - slack || inner.right > outer.right + slack ||
               inner.top < outer.top - slack || inner.bottom > outer.bottom + slack;
      }
      var out = { charts: 0, fittedLabels: 0, overflow: [], scriptElements: document.querySelectorAll('script').length - 1 };
      document.querySelectorAll('svg.chart').forEach(function (svg, index) {
        out.charts += 1;
        var box = rect(svg);
        svg.querySelectorAll('rect, text, line, path, circle').forEach(function (el) {
          var r = rect(el);
          if (r.width === 0 && r.height === 0) return;
          if (outside(r, box, 0.5)) out.overflow.push('chart ' + index + ' (' + svg.getAttribute('class') + '): ' + el.tagName + ' ' + (el.textContent || '').slice(0, 40));
        });
        svg.querySelectorAll('text.fit').forEach(function (text) {
          out.fittedLabels += 1;
          var boxOf = text.previousElementSibling;
          while (boxOf && boxOf.tagName.toLowerCase() !== 'rect') boxOf = boxOf.previousElementSibling;
          if (!boxOf) { out.overflow.push('no box before "' + text.textContent + '"'); return; }
          var t = rect(text), b = rect(boxOf);
          if (t.left < b.left - 0.5 || t.right > b.right + 0.5 || t.top < b.top - 1.5 || t.bottom > b.bottom + 1.5)
            out.overflow.push('"' + text.textContent + '" outside its box by ' +
              Math.max(b.left - t.left, t.right - b.right, b.top - t.top, t.bottom - b.bottom).toFixed(1) + ' px');
        });
      });
      document.querySelectorAll('header.title-block, section.panel').forEach(function (section) {
        var box = rect(section);
        section.querySelectorAll('*').forEach(function (el) {
          if (el.closest('svg')) return;
          var r = rect(el);
          if (r.width === 0 && r.height === 0) return;
          if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.overflow.push(el.tagName + '.' + el.className + ' wider than its section');
        });
      });
      out.scrollsSideways = document.documentElement.scrollWidth > document.documentElement.clientWidth;
      var label = document.querySelector('svg.chart text');
      out.chartFont = label ? getComputedStyle(label).fontFamily : '';
      var pre = document.createElement('pre');
      pre.id = 'wpc-measurements';
      pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(out))));
      document.body.appendChild(pre);
    })();
    """#

    /// Measures the dashboard `html` (written into `folder`) in the browser.
    static func measure(_ html: String, in folder: URL, name: String = "dashboard.html") throws -> DashboardMeasurement {
        let withoutPolicy = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
        let instrumented = withoutPolicy.replacingOccurrences(of: "</body>", with: "<script>" + script + "</script>\n</body>")
        let file = folder.appendingPathComponent(name)
        try instrumented.write(to: file, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(file)
        guard let start = dom.range(of: "<pre id=\"wpc-measurements\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let data = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])) else {
            XCTFail("the page script wrote no measurements")
            throw CocoaError(.fileReadCorruptFile)
        }
        return try JSONDecoder().decode(DashboardMeasurement.self, from: data)
    }
}
