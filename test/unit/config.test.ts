import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.mongodbUri).toBeNull();
    expect(c.seedDemo).toBe(true);
    expect(c.dataDir).toBe(path.resolve('data'));
    expect(c.uploadsDir).toBe(path.resolve('uploads'));
  });

  it('treats empty variables as unset', () => {
    const c = loadConfig({ HOST_EMAIL: '', HOST_PASSWORD: '', MONGODB_URI: '' });
    expect(c.hostEmail).toBeNull();
    expect(c.mongodbUri).toBeNull();
  });

  it('turns SEED_DEMO off by default with an external MONGODB_URI', () => {
    expect(loadConfig({ MONGODB_URI: 'mongodb://db:27017/cw' }).seedDemo).toBe(false);
    expect(loadConfig({ MONGODB_URI: 'mongodb://db:27017/cw', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('normalises PUBLIC_URL to an origin', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://cw.example.org/' }).publicUrl).toBe('https://cw.example.org');
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'eighty',
        HOST_EMAIL: 'x@example.org',
        MONGODB_URI: 'postgres://x',
      });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/MONGODB_URI/);
    }
  });

  it('requires SESSION_SECRET in production and both host variables together', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ HOST_EMAIL: 'a@example.org' })).toThrow(/HOST_PASSWORD/);
  });
});
