import { escapeHtml, renderMailHtml } from './mail-layout';

describe('the HTML part of an e-mail', () => {
  const portal = 'https://portal.lumen.test';

  it('escapes every character of the text that HTML gives a meaning to', () => {
    expect(escapeHtml(`<b a="1" c='2'>&</b>`)).toBe('&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;');
    const html = renderMailHtml(
      { subject: 'Hi <script>x()</script>', body: 'From <img src=x onerror=alert(1)>' },
      portal,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>Hi &lt;script&gt;x()&lt;/script&gt;</title>');
    expect(html).toContain('From &lt;img src=x onerror=alert(1)&gt;');
  });

  it('makes paragraphs and lines of the text, and a link of every web address', () => {
    const html = renderMailHtml(
      {
        subject: 'Order 10001 is confirmed',
        body: 'Line one\nline two, see https://track.test/a?b=1&c=2.\n\nFollow the order here:\nhttps://portal.lumen.test/orders/1',
      },
      portal,
    );
    expect(html).toContain(
      '<p style="margin:0 0 16px">Line one<br>line two, see <a href="https://track.test/a?b=1&amp;c=2" style="color:#1d4ed8">https://track.test/a?b=1&amp;c=2</a>.</p>',
    );
    expect(html).toContain('Follow the order here:<br><a href="https://portal.lumen.test/orders/1"');
  });

  it('shows a paragraph that is only an address as a button', () => {
    const html = renderMailHtml(
      { subject: 'Reset', body: 'The link works once:\n\nhttps://portal.lumen.test/reset?token=a%2Bb' },
      portal,
    );
    expect(html).toMatch(
      /<a href="https:\/\/portal\.lumen\.test\/reset\?token=a%2Bb" style="display:inline-block;[^"]*">/,
    );
  });

  it('never links an address that is not http or https', () => {
    const html = renderMailHtml({ subject: 'x', body: 'javascript:alert(1) and ftp://files.test' }, portal);
    expect(html).not.toContain('<a href="javascript');
    expect(html).not.toContain('<a href="ftp');
  });
});
