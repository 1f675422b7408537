// Authored Markdown (explanations) to HTML that is safe to insert: raw HTML in the source is
// escaped, not passed through; links may only be http(s), mailto or on this site; every link
// opens without giving the target page a handle on ours.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const allowedLink = /^(https?:|mailto:|\/(?!\/)|#)/i;
md.validateLink = (url) => allowedLink.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};
// No images in explanations: they would load third-party content.
md.disable(["image"]);

export function renderMarkdown(source: string): string {
  return md.render(source);
}
