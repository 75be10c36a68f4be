/** The URL of the app's chunk (scripts/app-entry-url.ts). */
declare module 'virtual:app-entry-url' {
  export const APP_ENTRY_URL: string;
}
