/** The product name, used in page titles, files and the printed report. */
export const APP_NAME = 'Staffing Readiness';
/** Written into exported files; a test keeps it equal to package.json's version. */
export const APP_VERSION = '0.1.0';
