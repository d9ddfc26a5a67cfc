export const root: string;
export const providers: readonly ('sqlite' | 'postgresql')[];
export function schemaText(provider: 'sqlite' | 'postgresql'): string;
export function writeSchema(provider: 'sqlite' | 'postgresql'): string;
