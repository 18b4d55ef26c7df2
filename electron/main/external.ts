/** The one place that hands a URL to the operating system; lint forbids `shell.openExternal` elsewhere. */
import { shell } from 'electron';
import { isSafeExternalUrl } from './security';

export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    console.warn('Refused to open an unsafe external URL');
    return false;
  }
  await shell.openExternal(url);
  return true;
}
