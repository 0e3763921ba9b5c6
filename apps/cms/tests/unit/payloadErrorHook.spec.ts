import { describe, expect, it } from '@jest/globals'
import { type AfterErrorHookArgs, APIError, NotFound, type PayloadRequest, ValidationError } from 'payload'

import { clarifyClientErrors } from '../../src/api/errors/payloadErrorHook'

/** The hook reads only the error and Payload's formatted result. */
const run = (error: Error, result: AfterErrorHookArgs['result']) =>
  clarifyClientErrors({ error, result, context: {}, req: {} as PayloadRequest })

const fieldErrors = [{ path: 'slug', message: '"Bad Slug" is not a valid slug.' }]

describe('clarifyClientErrors', () => {
  it('restores the per-field errors a production bundle dropped from a validation error', async () => {
    const error = new ValidationError({ collection: 'departments', errors: fieldErrors })
    // What `next start` answered: Payload's class check failed, only the message was left.
    const answer = await run(error, { errors: [{ message: error.message }] })
    expect(answer).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', data: { collection: 'departments', errors: fieldErrors }, message: error.message }] },
    })
  })

  it('restores the message of a public 4xx error Payload could not name', async () => {
    const answer = await run(new APIError('Missing ID of document to update.', 400), { errors: [{ message: 'An unknown error occurred.' }] })
    expect(answer).toEqual({ status: 400, response: { errors: [{ message: 'Missing ID of document to update.' }] } })
  })

  it('leaves a well-formatted answer alone', async () => {
    const error = new ValidationError({ collection: 'departments', errors: fieldErrors })
    expect(await run(error, { errors: [{ name: 'ValidationError', data: { errors: fieldErrors }, message: error.message }] })).toBeUndefined()
    expect(await run(new NotFound(), { errors: [{ message: 'Not Found' }] })).toBeUndefined()
  })

  it('never turns a server error into a client error', async () => {
    expect(await run(new Error('disk full'), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    expect(await run(new APIError('internal', 500), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
  })

  it('answers unparseable input with 400', async () => {
    let syntaxError: unknown
    try {
      JSON.parse('{where')
    } catch (error) {
      syntaxError = error
    }
    const answer = await run(syntaxError as SyntaxError, { errors: [{ message: 'Something went wrong.' }] })
    expect(answer).toMatchObject({ status: 400, response: { errors: [{ message: expect.stringMatching(/^The request could not be parsed: /) }] } })
  })

  it('answers a SQLite foreign-key failure with 400', async () => {
    const driverError = Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
    const queryError = new Error('Failed query: insert into "sections" …', { cause: driverError })
    const answer = await run(queryError, { errors: [{ message: 'Something went wrong.' }] })
    expect(answer).toMatchObject({ status: 400, response: { errors: [{ message: expect.stringMatching(/related document does not exist/) }] } })
  })
})
