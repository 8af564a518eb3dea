import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/problems';

describe('AppError details', () => {
  it('takes only a catalogue message: a plain string is refused when compiling and when running', () => {
    // @ts-expect-error a detail is a catalogue message ({ id, params }), never a string
    expect(() => new AppError('INTERNAL', 'The service failed.')).toThrow(TypeError);
  });

  it('renders the detail in the language asked, and in English as its message', () => {
    const error = new AppError('NOT_FOUND', { id: 'http.notFound', params: { path: '/x' } });
    expect(error.message).toBe('There is nothing at /x.');
    expect(error.detailIn('es')).toBe('No hay nada en /x.');
    expect(String(error)).toBe('AppError: There is nothing at /x.');
  });

  it('keeps the message when moved to another path', () => {
    const error = new AppError(
      'INVALID_REFERENCE',
      { id: 'reference.invalid', params: { input: '"x"', what: { id: 'reference.empty' } } },
      { path: ['reference'] },
    ).movedTo(['reference'], ['references', 2]);
    expect(error.path).toEqual(['references', 2]);
    expect(error.message).toBe('"x" is not a valid image reference: the reference is empty.');
  });
});
