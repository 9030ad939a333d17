/**
 * The HTML part of every e-mail, laid out from its text part: one source of words per mail, so
 * the two parts can never say different things, and no template builds HTML by hand. Every
 * character of the text is escaped; web addresses (the link to the object in the portal, a
 * carrier's tracking page) become links, and a paragraph that is only an address becomes a
 * button. The layout has no words of its own, so it needs no language.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** http(s) addresses, up to whitespace or a character that cannot end one in prose. */
const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)»]/g;

const COLOURS = { text: '#1f2937', muted: '#6b7280', accent: '#1d4ed8', page: '#f3f4f6', card: '#ffffff' };

function linkified(line: string): string {
  let html = '';
  let from = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0];
    html +=
      escapeHtml(line.slice(from, match.index)) +
      `<a href="${escapeHtml(url)}" style="color:${COLOURS.accent}">${escapeHtml(url)}</a>`;
    from = match.index + url.length;
  }
  return html + escapeHtml(line.slice(from));
}

function paragraph(text: string): string {
  const lone = text.match(URL_PATTERN);
  if (lone?.length === 1 && lone[0] === text) {
    const href = escapeHtml(text);
    return (
      `<p style="margin:0 0 16px"><a href="${href}" style="display:inline-block;padding:10px 18px;border-radius:6px;` +
      `background:${COLOURS.accent};color:#ffffff;text-decoration:none;font-weight:bold">${href}</a></p>`
    );
  }
  return `<p style="margin:0 0 16px">${text.split('\n').map(linkified).join('<br>')}</p>`;
}

/** The whole HTML document of a mail; `portalUrl` is the shop's portal, named in the footer. */
export function renderMailHtml(mail: { subject: string; body: string }, portalUrl: string): string {
  const paragraphs = mail.body
    .trim()
    .split(/\n{2,}/)
    .map((text) => paragraph(text.trim()))
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(mail.subject)}</title></head>
<body style="margin:0;padding:0;background:${COLOURS.page};color:${COLOURS.text};font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${COLOURS.page}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;table-layout:fixed;background:${COLOURS.card};border-radius:8px">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e5e7eb;font-size:18px;font-weight:bold">Lumen Trade</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5;overflow-wrap:anywhere;word-break:break-word">
<h1 style="margin:0 0 16px;font-size:18px">${escapeHtml(mail.subject)}</h1>
${paragraphs}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb;font-size:12px;color:${COLOURS.muted}">Lumen Trade · ${linkified(portalUrl)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}
