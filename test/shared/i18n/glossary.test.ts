import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  SPANISH_GLOSSARY,
  glossaryViolations,
  translate,
  type MessageId,
} from '../../../shared/i18n';

const spanish = CATALOGUES.es;
const ids = Object.keys(spanish) as MessageId[];

describe('the Spanish glossary', () => {
  it('names a Google Cloud page in Spanish for every term', () => {
    for (const term of SPANISH_GLOSSARY) {
      expect(term.source, term.english).toMatch(/^https:\/\/cloud\.google\.com\/.+[?&]hl=es$/);
      expect(term.avoid.length, term.english).toBeGreaterThan(0);
    }
  });

  it.each([
    { text: 'Los nodos descargan la imagen.', found: 'descargan' },
    { text: 'Descargue la imagen en el nodo.', found: 'Descargue' },
    { text: 'Vuelve a subir la imagen.', found: 'subir' },
    { text: 'Los ámbitos de acceso del nodo.', found: 'ámbitos' },
    { text: 'Crea un pool de nodos.', found: 'pool de nodos' },
    { text: 'Fíjala por su digest.', found: 'digest' },
    { text: 'Revisa los logs del nodo.', found: 'logs' },
    { text: 'Está en el diario de containerd.', found: 'diario' },
    { text: 'Envía una petición nueva.', found: 'petición' },
    { text: 'Otorga el rol al nodo.', found: 'Otorga' },
    { text: 'El llamador no tiene permiso.', found: 'llamador' },
    { text: 'Compruebe la subred. Indique el proyecto.', found: 'Compruebe' },
    { text: 'Crea el grupo y vuelva a preguntar.', found: 'vuelva' },
    { text: 'Ejecútelo en el nodo.', found: 'Ejecútelo' },
    { text: 'El nodo no llega a el registro.', found: 'a el' },
    { text: 'La respuesta de el registro.', found: 'de el' },
    { text: 'Habilita el acceso privado a Google.', found: 'acceso privado a Google' },
    { text: 'Copia la imagen a artifact registry.', found: 'artifact registry' },
    { text: 'Bloqueado por VPC Service Controls.', found: 'VPC Service Controls' },
    { text: 'Los nodos sin Private Google Access.', found: 'Private Google Access' },
  ])('catches "$found" in "$text"', ({ text, found }) => {
    const problems = glossaryViolations(text);
    expect(problems.join('\n')).toContain(`"${found}"`);
  });

  it.each([
    'Una imagen que siga en el esquema 1 se tiene que volver a compilar.',
    'Ejecuta `docker pull` o "crane digest" en la consola.',
    'Consulta node-service-account y artifactregistry.repositories.downloadArtifacts.',
    'Acceso privado a Google cubre *.pkg.dev; el LOG NAME es container-runtime.',
    'Busca el valor en el Explorador de registros y en los registros de auditoría.',
  ])('accepts "%s"', (text) => {
    expect(glossaryViolations(text)).toEqual([]);
  });

  it.each(ids)('es %s follows the glossary and the tú form', (id) => {
    expect(glossaryViolations(spanish[id])).toEqual([]);
  });

  it('contracts a preposition with the article a slot brings ("al registro", never "a el")', () => {
    const text = translate('es', 'summary.unauthenticated', {
      image: { id: 'value.unknown.image' },
      registry: { id: 'value.unknown.registry' },
      httpStatus: 401,
    });
    expect(text).toContain('de la imagen del registro llegó al registro');
    expect(glossaryViolations(text)).toEqual([]);
    expect(
      translate('es', 'summary.unauthenticated', {
        image: 'x',
        registry: 'gcr.io',
        httpStatus: 401,
      }),
    ).toContain('de x de gcr.io');
  });
});
