import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { settingsSchema, SettingsValues } from './settings-form';

export type SettingsForm = UseFormReturn<SettingsValues, unknown, z.output<typeof settingsSchema>>;
