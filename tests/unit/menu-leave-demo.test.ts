import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { LEAVE_DEMO_ROUTE, menuLabels, menuTemplate, type MenuActions } from '../../electron/main/menu';

function actions(log: string[]): MenuActions {
  return { showAbout: () => log.push('about'), openDocumentation: () => log.push('docs'), leaveDemo: () => log.push('leaveDemo') };
}

function fileMenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === label);
  if (!file || !Array.isArray(file.submenu)) throw new Error('no File menu');
  return file.submenu;
}

describe('the File menu while the demo is open', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('offers to leave the demo first, on %s', (platform) => {
    const log: string[] = [];
    const labels = menuLabels('es');
    const items = fileMenu(menuTemplate(platform, labels, actions(log), { dev: false, demo: true }), labels.file);
    expect(items[0]?.label).toBe('Salir de la demostración…');
    (items[0]?.click as () => void)();
    expect(log).toEqual(['leaveDemo']);
    // Quit or Close stays in the menu after it.
    expect(items.some((item) => item.role === 'quit' || item.role === 'close')).toBe(true);
  });

  it('has no such item for a real cooperative: its data is never wiped from the menu', () => {
    const labels = menuLabels('pt-BR');
    const items = fileMenu(menuTemplate('linux', labels, actions([]), { dev: false, demo: false }), labels.file);
    expect(items.map((item) => item.label)).not.toContain(labels.leaveDemo);
  });

  it('takes the window to the settings screen’s confirmation, which asks before anything is wiped', () => {
    expect(LEAVE_DEMO_ROUTE).toBe('/settings?leaveDemo=1');
  });
});
