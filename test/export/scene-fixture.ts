import type { SceneNode } from '../../src/export/scene-node.js';

/** Every node under `node` (itself included) that passes `test`, in document order. */
export function all(node: SceneNode, test: (node: SceneNode) => boolean, found: SceneNode[] = []): SceneNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children) all(child, test, found);
  return found;
}

export const hasClass = (name: string) => (node: SceneNode) => String(node.attributes.class ?? '').split(' ').includes(name);
