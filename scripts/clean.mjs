// Removes the previous build so deleted modules never linger in dist/.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
