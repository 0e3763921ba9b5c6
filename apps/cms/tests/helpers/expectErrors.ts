import { expect } from '@jest/globals'
import { ValidationError } from 'payload'

export type FieldError = { path: string; message: string }

/**
 * Runs `action`, expects it to fail with Payload's ValidationError (HTTP 400) and
 * returns the per-field errors, so a test can check the paths and messages it expects.
 */
export async function validationErrors(action: () => Promise<unknown>): Promise<FieldError[]> {
  let caught: unknown
  try {
    await action()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ValidationError)
  const error = caught as ValidationError
  expect(error.status).toBe(400)
  return error.data.errors.map(({ path, message }) => ({ path, message }))
}

/** Expects exactly one error on `path` whose message matches `message`. */
export async function expectFieldError(action: () => Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const errors = await validationErrors(action)
  const onPath = errors.filter((error) => error.path === path)
  expect({ path, errors }).toEqual({ path, errors: expect.arrayContaining([{ path, message: expect.stringMatching(message) }]) })
  expect(onPath).toHaveLength(1)
}

/** Runs `action` and returns the HTTP status of the Payload error it throws. */
export async function errorStatus(action: () => Promise<unknown>): Promise<number> {
  try {
    await action()
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status === 'number') return status
    throw error
  }
  throw new Error('Expected the action to fail, but it succeeded')
}
