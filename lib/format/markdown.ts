// Authored Markdown (explanations) to HTML that is safe to insert: raw HTML in the source is
// escaped, not passed through; links may only be http(s), mailto or on this site; every link
// opens without giving the target page a handle on ours. markdown-it decodes entities and
// percent-encodes whitespace and control characters before validateLink sees a URL, so
// "JaVaScRiPt:", "&#106;avascript:" or "java&Tab;script:" all reach the allow-list below as
// what they are and are refused (tests/unit/markdown-sanitise.test.ts).
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const allowedLink = /^(https?:|mailto:|\/(?!\/)|#)/i;
md.validateLink = (url) => allowedLink.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // Checked again as written out: an empty destination ("[x]()") skips validateLink, and a
  // link without an allowed href is left without one (inert) rather than trusted.
  const href = String(tokens[idx].attrGet("href") ?? "");
  if (!allowedLink.test(href.trim())) tokens[idx].attrs = (tokens[idx].attrs ?? []).filter(([name]) => name !== "href");
  tokens[idx].attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};
// No images in explanations: they would load third-party content.
md.disable(["image"]);

export function renderMarkdown(source: string): string {
  return md.render(source);
}
