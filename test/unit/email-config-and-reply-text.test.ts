import { ConfigError, loadConfig } from '../../server/config';
import { replyText } from '../../server/inbound/replyText';

describe('e-mail configuration', () => {
  it('listens for replies on 2525 by default where e-mail goes out, not in tests, and takes off or a port', () => {
    const smtp = { SMTP_URL: 'smtp://127.0.0.1:1025' };
    expect(loadConfig(smtp).inboundSmtpPort).toBe(2525);
    expect(loadConfig({}).inboundSmtpPort).toBeNull(); // no e-mail out, so no reply addresses either
    expect(loadConfig({ ...smtp, NODE_ENV: 'test' }).inboundSmtpPort).toBeNull();
    expect(loadConfig({ ...smtp, INBOUND_SMTP_PORT: 'off' }).inboundSmtpPort).toBeNull();
    expect(loadConfig({ INBOUND_SMTP_PORT: '2600' }).inboundSmtpPort).toBe(2600);
    expect(() => loadConfig({ INBOUND_SMTP_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ EMAIL_BATCH_MINUTES: 'soon' })).toThrow(ConfigError);
  });

  it('takes the reply domain from PUBLIC_URL unless REPLY_DOMAIN is set', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://cw.example.org' }).replyDomain).toBe('cw.example.org');
    expect(loadConfig({ REPLY_DOMAIN: 'reply.example.org' }).replyDomain).toBe('reply.example.org');
    expect(loadConfig({}).emailBatchMs).toBe(5 * 60_000);
  });
});

describe('replyText', () => {
  it('drops Gmail-style quotes, also when the "wrote:" line is wrapped', () => {
    expect(replyText('Yes.\n\nOn Tue, 3 Sep 2013 at 10:00, Hana Host\n<h@example.org> wrote:\n> old')).toBe(
      'Yes.',
    );
  });

  it('drops the signature and "Sent from" footers', () => {
    expect(replyText('Fine by me\n-- \nMira\nECPAT')).toBe('Fine by me');
    expect(replyText('Fine\n\nSent from my phone')).toBe('Fine');
  });

  it('drops an Outlook header block and interleaved quoted lines', () => {
    expect(replyText('Agreed\r\n\r\nFrom: Hana Host\r\nSent: Tuesday\r\nTo: Mira\r\n\r\nold text')).toBe(
      'Agreed',
    );
    expect(replyText('> quoted\nanswer\n> more')).toBe('answer');
  });

  it('keeps a reply without quotes as it is', () => {
    expect(replyText('Line one\n\nLine two')).toBe('Line one\n\nLine two');
  });
});
