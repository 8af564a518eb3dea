import { expect } from 'vitest';
import { AppError } from '../../../shared/problems';

/** The AppError a call throws; fails the test if it returns or throws anything else. */
export function appErrorOf(call: () => unknown): AppError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected an AppError, got ${JSON.stringify(result)}`);
}

export const HEX64 = '0123456789abcdef'.repeat(4);
export const HEX96 = '0123456789abcdef'.repeat(6);
export const HEX128 = '0123456789abcdef'.repeat(8);
