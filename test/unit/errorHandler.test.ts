import express from 'express';
import request from 'supertest';
import { errorHandler } from '../../server/middlewares/errorHandler';
import { createLogger } from '../../server/logger';
import { MongoNetworkError, MongoServerError, MongoUnexpectedServerResponseError } from 'mongodb';
import { ConflictError, NotFoundError } from '../../server/errors';

function appThrowing(err: unknown) {
  const app = express();
  app.get('/', () => {
    throw err;
  });
  app.use(errorHandler(createLogger('silent')));
  return app;
}

describe('errorHandler', () => {
  it.each([
    [new NotFoundError('Thing'), 404, 'not_found'],
    [new ConflictError('Taken', 'account_exists'), 409, 'account_exists'],
    [new MongoNetworkError('connection 2 to 127.0.0.1:27017 closed'), 503, 'unavailable'],
    [new MongoUnexpectedServerResponseError('BSON element "cursor" is missing'), 503, 'unavailable'],
    [new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key error' }), 409, 'conflict'],
  ])('maps %s to %i', async (err, status, code) => {
    const res = await request(appThrowing(err)).get('/').expect(status);
    expect(res.body.error).toBe(code);
  });

  it('answers unknown errors with a bare 500 that leaks nothing', async () => {
    const res = await request(appThrowing(new Error('secret path /etc/shadow at line 3')))
      .get('/')
      .expect(500);
    expect(res.body).toEqual({ error: 'internal', message: 'Something went wrong on our side' });
    expect(JSON.stringify(res.body)).not.toMatch(/shadow|stack/);
  });
});
