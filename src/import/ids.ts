/**
 * Stable, readable ids from names: "Go to work" → "go-to-work", "Оформление карты" → "оформление-карты",
 * "Înscriere și plată" → "inscriere-si-plata". The same name always gives the same id, so a document
 * imported twice keeps its ids; repeats get "-2", "-3".
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out ids unique within one namespace. */
export class IdPool {
  private readonly used = new Set<string>();

  /** A new id for `name`, or `fallback` when the name has no letters or digits. */
  take(name: string, fallback: string): string {
    const base = slug(name) || fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
