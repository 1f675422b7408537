// Explanations are authored Markdown shown to every student: whatever an author (or an imported
// file) writes, the HTML that comes out has only harmless tags, no event handlers, no raw HTML,
// and links only to http(s), mailto or this site, each rel="noopener noreferrer".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/format/markdown";

const allowedTags = new Set(["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "s"]);
const allowedAttributes = new Set(["href", "rel", "title", "start", "class", "style"]);
const safeHref = /^(https?:|mailto:|\/(?!\/)|#)/i;

/** Every problem with rendered HTML, as sentences (empty when it is safe). */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    const [whole, name, rest] = tag;
    if (!allowedTags.has(name.toLowerCase())) found.push(`tag <${name}> in ${whole}`);
    for (const attribute of rest.matchAll(/([^\s=]+)=("([^"]*)"|'[^']*'|[^\s>]+)/g)) {
      const attributeName = attribute[1].toLowerCase();
      if (!allowedAttributes.has(attributeName)) found.push(`attribute ${attributeName} in ${whole}`);
      if (attributeName === "style" && !/^text-align:(left|right|center)$/.test(attribute[3] ?? "")) found.push(`style in ${whole}`);
      if (attributeName === "class" && !/^language-[^"<>]*$/.test(attribute[3] ?? "")) found.push(`class in ${whole}`);
      if (attributeName === "href") {
        const href = (attribute[3] ?? "").replace(/&amp;/g, "&");
        if (!safeHref.test(href)) found.push(`href ${href}`);
        if (/[\s\u0000-\u001f]/.test(href)) found.push(`whitespace in href ${href}`);
      }
    }
    if (name.toLowerCase() === "a" && !whole.startsWith("</") && !/\srel="noopener noreferrer"/.test(rest)) found.push(`link without rel: ${whole}`);
  }
  // Text between tags never holds a raw "<" that a browser would read as a tag.
  const text = html.replace(/<\/?[a-zA-Z0-9]+[^>]*>/g, "");
  if (/<[a-zA-Z!/?]/.test(text)) found.push(`raw markup in text: ${text}`);
  return found;
}

// Payloads written for this test: script and handler injection, every way of spelling a
// javascript: or data: link (case, entities, percent-encoding, whitespace and control
// characters, reference definitions, autolinks), protocol-relative and backslash links, images.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<!-- <script>alert(1)</script> -->",
  "<style>*{display:none}</style>",
  "<body onload=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x]( javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript:alert(1))",
  "[x](&#0000106;avascript:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](java&#x09;script:alert(1))",
  "[x](java&#x0A;script:alert(1))",
  "[x](java&Tab;script:alert(1))",
  "[x](&Tab;javascript:alert(1))",
  "[x](%6A%61vascript:alert(1))",
  "[x](javascript%3Aalert(1))",
  "[x](\u0001javascript:alert(1))",
  "[x](java\u0000script:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](DATA:text/html,<script>alert(1)</script>)",
  "[x](&#100;ata:text/html,x)",
  "[x](file:///etc/passwd)",
  "[x](//evil.example)",
  "[x](/\\evil.example)",
  "[x](\\\\evil.example)",
  "[x](https://ok.example \"t\" onclick=alert(1))",
  "[x](https://ok.example\" onmouseover=\"alert(1))",
  "[x](https://ok.example/\"><script>alert(1)</script>)",
  "[x][r]\n\n[r]: javascript:alert(1)",
  "[x][r]\n\n[r]: <data:text/html,x>",
  "[x]\n\n[x]: JaVaScRiPt:alert(1) \"title\"",
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<data:text/html,x>",
  "<vbscript:alert(1)>",
  "![x](javascript:alert(1))",
  "![x](https://evil.example/track.png)",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
  "[<img src=x onerror=alert(1)>](https://ok.example)",
  "[x](https://ok.example)<script>alert(1)</script>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "```\"><script>alert(1)</script>\n```",
  "| a |\n|:-:|\n| <b onmouseover=alert(1)>x</b> |",
  "**<u onclick=alert(1)>bold</u>**",
  "> <script>alert(1)</script>",
  "- [x](javascript:alert(1))\n- [y](data:,x)",
  "1. <img src=x onerror=alert(1)>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "javascript:alert(1)",
  "https://ok.example/<script>",
  "[x](mailto:someone@example.com?body=<script>)",
  "[x](https://ok.example/path?q=1&r=<2>)",
];

describe("renderMarkdown sanitises", () => {
  it.each(payloads)("%j", (payload) => {
    const html = renderMarkdown(payload);
    expect(problems(html)).toEqual([]);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data|file):/i);
  });

  it("keeps ordinary Markdown and safe links, each with rel=noopener noreferrer", () => {
    expect(renderMarkdown("**Bold**, *it*, [a site](https://example.com) and [the reader](/sources/a#s-2).")).toBe(
      '<p><strong>Bold</strong>, <em>it</em>, <a href="https://example.com" rel="noopener noreferrer">a site</a> and <a href="/sources/a#s-2" rel="noopener noreferrer">the reader</a>.</p>\n',
    );
    expect(renderMarkdown("[write](mailto:desk@example.com)")).toContain('href="mailto:desk@example.com" rel="noopener noreferrer"');
  });

  it("shows refused links and raw HTML as text instead of dropping the author's words", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
    expect(renderMarkdown("<b>hi</b>")).toBe("<p>&lt;b&gt;hi&lt;/b&gt;</p>\n");
  });

  it("leaves a link with an empty destination inert (no href)", () => {
    expect(renderMarkdown("[x]()")).toBe('<p><a rel="noopener noreferrer">x</a></p>\n');
  });

  it("never lets a backslash or double slash make a link leave the site", () => {
    for (const payload of ["[x](//evil.example)", "[x](/\\evil.example)", "[x](\\\\evil.example)"]) {
      for (const href of renderMarkdown(payload).matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^\/(?![/\\])/);
    }
  });

  it("holds for any mix of dangerous fragments (property)", () => {
    const fragment = fc.constantFrom(
      "[x](", ")", "<", ">", "javascript:", "JaVaScRiPt:", "data:", "&#106;", "&#x3a;", "&colon;", "&Tab;", "\t", "\n", " ", "\"", "'", "onerror=",
      "<script>", "<img src=x ", "![", "]", "[r]: ", "`", "//", "\\", "%3A", "alert(1)", "https://ok.example", "**", "|", "-", "1. ",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const html = renderMarkdown(parts.join(""));
        expect(problems(html)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
